import { deflateSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { decodeReplayFromUrl, encodeReplayForUrl, type Replay } from "../../src/replay";
import { fromBase64Url, toBase64Url } from "../../src/replay/url";

const HASH = "0123456789abcdef";

function replay(turns = 20): Replay {
	return {
		format: "island-chain/replay",
		version: 1,
		engineVersion: "1.0.0",
		scenario: { id: "southwest-shield", hash: HASH },
		seed: "42",
		turns: Array.from({ length: turns }, (_, i) => ({
			orders: [
				{ type: "drill", faction: "JPN", region: "sakishima", scale: 1 + (i % 3), partner: "USA" },
				{ type: "statement", faction: "PRC", tone: "firm", taiwan: "clarity" },
				{ type: "pass", faction: "USA" },
			],
			injects: i === 3 ? [{ event: "typhoon" }] : [],
			notes: i === 0 ? ["JPN: ünïcödé rationale — 日本"] : [],
			hash: HASH,
		})),
	};
}

const encodeRaw = (text: string) => toBase64Url(deflateSync(strToU8(text)));

describe("replays in share links", () => {
	it("round-trips a replay through base64url deflate", () => {
		const r = replay();
		const encoded = encodeReplayForUrl(r);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(encoded.length).toBeLessThan(JSON.stringify(r).length / 4);
		expect(decodeReplayFromUrl(encoded)).toEqual({ ok: true, value: r });
		// a pasted hash fragment works too
		expect(decodeReplayFromUrl(`#replay=${encoded}`)).toEqual({ ok: true, value: r });
	});

	it("encodes canonically: key order does not matter", () => {
		const r = replay(2);
		const reversed = Object.fromEntries(Object.entries(r).reverse());
		const shuffled = JSON.parse(JSON.stringify(reversed)) as Replay;
		expect(Object.keys(shuffled)[0]).toBe("turns");
		expect(encodeReplayForUrl(shuffled)).toBe(encodeReplayForUrl(r));
	});

	it("base64url handles every length", () => {
		for (let n = 0; n < 10; n++) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
			expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
		}
	});

	const bad: [string, string, string | RegExp][] = [
		["empty", "", "the replay link is empty"],
		["bad character", "abc$def", 'the replay link is damaged: unexpected character "$" at position 4'],
		["impossible length", "abcde", /^the replay link is damaged: its length is impossible/],
		["not deflate data", "AAAAAAAAAAAA", /^the replay link is damaged: its data could not be decompressed/],
		["deflated text that is not JSON", encodeRaw("hello"), /^the replay in the link is invalid: not valid JSON/],
		[
			"deflated JSON that is not a replay",
			encodeRaw('{"format":"island-chain/replay","version":9}'),
			"the replay in the link is invalid: this file needs Island Chain replay format version 9; this build reads up to 1",
		],
		[
			"deflated replay with a bad field",
			encodeRaw(JSON.stringify({ ...replay(1), seed: 42 })),
			"the replay in the link is invalid: seed: expected a string, got 42",
		],
		["a decompression bomb", encodeRaw(" ".repeat(6 * 1024 * 1024)), "the replay link holds more than 5 MB of data: refused"],
	];
	for (const [name, input, expected] of bad) {
		it(`refuses ${name} with a clear message`, () => {
			const result = decodeReplayFromUrl(input);
			expect(result.ok).toBe(false);
			if (!result.ok) {
				if (typeof expected === "string") expect(result.error).toBe(expected);
				else expect(result.error).toMatch(expected);
			}
		});
	}

	it("refuses a truncated link", () => {
		const encoded = encodeReplayForUrl(replay());
		const result = decodeReplayFromUrl(encoded.slice(0, Math.floor(encoded.length / 2)));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/^the replay (link is damaged|in the link is invalid)/);
	});
});
