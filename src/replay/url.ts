// A whole replay in a share link (DESIGN.md: "a whole replay can ride in the URL hash,
// compressed"): canonical JSON, raw DEFLATE (fflate), base64url without padding.
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { canonicalJson } from "../engine";
import { LIMITS, type ParseResult, type Replay, parseReplayText } from "./format";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Longest encoded string accepted (about 1.5 MB of compressed data). */
export const MAX_URL_CHARS = 2_000_000;

export function encodeReplayForUrl(replay: Replay): string {
	return toBase64Url(deflateSync(strToU8(canonicalJson(replay)), { level: 9 }));
}

export function decodeReplayFromUrl(encoded: string): ParseResult<Replay> {
	if (typeof encoded !== "string") return fail("the replay link is empty");
	const text = encoded.trim().replace(/^#?(replay=)?/, "");
	if (text === "") return fail("the replay link is empty");
	if (text.length > MAX_URL_CHARS) return fail("the replay link is too long to be a replay");
	const bytes = fromBase64Url(text);
	if (typeof bytes === "string") return fail(`the replay link is damaged: ${bytes}`);
	const out = new Uint8Array(LIMITS.bytes + 1);
	let inflated: Uint8Array;
	try {
		inflated = inflateSync(bytes, { out });
	} catch {
		return fail("the replay link is damaged: its data could not be decompressed (was it cut short?)");
	}
	if (inflated.length > LIMITS.bytes) return fail("the replay link holds more than 5 MB of data: refused");
	let json: string;
	try {
		json = strFromU8(inflated);
	} catch {
		return fail("the replay link is damaged: its data is not text");
	}
	const parsed = parseReplayText(json);
	if (!parsed.ok) {
		const errors = parsed.errors.map((e) => `the replay in the link is invalid: ${e}`);
		return { ok: false, error: errors[0], errors };
	}
	return parsed;
}

export function toBase64Url(bytes: Uint8Array): string {
	let out = "";
	let i = 0;
	for (; i + 2 < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
		out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
	}
	const rest = bytes.length - i;
	if (rest === 1) {
		const n = bytes[i] << 16;
		out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
	} else if (rest === 2) {
		const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
		out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
	}
	return out;
}

/** Bytes, or a message saying what is wrong with the text. */
export function fromBase64Url(text: string): Uint8Array | string {
	const clean = text.replace(/=+$/, "");
	if (clean.length % 4 === 1) return "its length is impossible for base64url (was it cut short?)";
	const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
	let acc = 0;
	let bits = 0;
	let j = 0;
	for (let i = 0; i < clean.length; i++) {
		const v = LOOKUP.get(clean[i]);
		if (v === undefined) return `unexpected character ${JSON.stringify(clean[i])} at position ${i + 1}`;
		acc = ((acc << 6) | v) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[j++] = (acc >> bits) & 0xff;
		}
	}
	return bytes.subarray(0, j);
}

function fail(error: string): { ok: false; error: string; errors: string[] } {
	return { ok: false, error, errors: [error] };
}
