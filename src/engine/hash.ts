// Stable hashing: a walk over the value in sorted-key order (the same order as canonicalJson)
// feeding a 64-bit FNV-1a-style hash kept as two 32-bit lanes with Math.imul, so Node and every
// browser agree bit for bit (DESIGN.md, "Deterministic"). No string of the whole state is built.
import type { GameState } from "./types";

export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== "object") {
		return value === undefined ? "null" : JSON.stringify(value);
	}
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
	const obj = value as Record<string, unknown>;
	const keys = Object.keys(obj)
		.filter((k) => obj[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

/** An object's keys with a defined value, in sorted order (usually they already are). */
function sortedKeys(obj: Record<string, unknown>): string[] {
	const keys: string[] = [];
	let sorted = true;
	for (const k in obj) {
		if (obj[k] === undefined) continue;
		if (sorted && keys.length > 0 && keys[keys.length - 1] > k) sorted = false;
		keys.push(k);
	}
	if (!sorted) keys.sort();
	return keys;
}

/** Format 1: the walk fed character by character (also hashValue's format, for scenario hashes). */
class Hasher {
	h1 = 0x811c9dc5;
	h2 = 0x5bd1e995 ^ 0x01000193;
	char(c: number): void {
		this.h1 = Math.imul(this.h1 ^ c, 0x01000193);
		const h2 = Math.imul(this.h2 ^ c, 0x5bd1e995);
		this.h2 = h2 ^ (h2 >>> 15);
	}
	text(t: string): void {
		let { h1, h2 } = this;
		for (let i = 0; i < t.length; i++) {
			const c = t.charCodeAt(i);
			h1 = Math.imul(h1 ^ c, 0x01000193);
			h2 = Math.imul(h2 ^ c, 0x5bd1e995);
			h2 ^= h2 >>> 15;
		}
		this.h1 = h1;
		this.h2 = h2;
	}
	/** The decimal digits of a non-negative safe integer, as String(n) would write them. */
	digits(n: number): void {
		if (n >= 10) this.digits(Math.floor(n / 10));
		this.char(48 + (n % 10));
	}
	/** `${tag}${n}${end}` for a length or an integer, without building the string. */
	tagged(tag: number, n: number, end: number): void {
		this.char(tag);
		if (n < 0) {
			this.char(45);
			this.digits(-n);
		} else this.digits(n);
		if (end) this.char(end);
	}
	value(v: unknown): void {
		if (v === null || v === undefined) this.char(110); // "n"
		else if (typeof v === "string") {
			// Length-prefixed, so no string can imitate structure.
			this.tagged(115, v.length, 58); // "s<length>:"
			this.text(v);
		} else if (typeof v === "number") {
			// "d<number>;" with String(v)'s digits; game state holds integers, the fast path.
			if (Number.isSafeInteger(v)) this.tagged(100, v, 59);
			else this.text(`d${String(v)};`);
		} else if (typeof v === "boolean") this.char(v ? 116 : 102);
		else if (Array.isArray(v)) {
			this.tagged(91, v.length, 0); // "[<length>"
			for (let i = 0; i < v.length; i++) this.value(v[i]);
			this.char(93);
		} else {
			const obj = v as Record<string, unknown>;
			const keys = sortedKeys(obj);
			this.tagged(123, keys.length, 0); // "{<count>"
			for (let i = 0; i < keys.length; i++) {
				const k = keys[i];
				this.tagged(107, k.length, 58); // "k<length>:"
				this.text(k);
				this.value(obj[k]);
			}
			this.char(125);
		}
	}
	digest(): string {
		const a = Math.imul(this.h1 ^ (this.h1 >>> 16), 0x85ebca6b);
		const b = Math.imul(this.h2 ^ (this.h2 >>> 13), 0xc2b2ae35);
		return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
	}
}

export function hashString(text: string): string {
	const h = new Hasher();
	h.text(text);
	return h.digest();
}

export function hashValue(value: unknown): string {
	const h = new Hasher();
	h.value(value);
	return h.digest();
}

/**
 * How a state hash is computed. Format 1 (engine 1.0.x) fed the walk to the hash character by
 * character; format 2 (engine 1.1 on) feeds whole 32-bit words: a number is one or two words and a
 * string its 64-bit digest, remembered per string. Same walk, same 64-bit result size, several
 * times faster; replays recorded with format 1 are still checked with format 1 (src/replay).
 */
export type HashFormat = 1 | 2;
export const HASH_FORMAT: HashFormat = 2;

/** The state-hash format an engine version recorded. */
export function hashFormatOf(engineVersion: string): HashFormat {
	return /^1\.0\./.test(engineVersion) ? 1 : 2;
}

/** Hash of the state without its history (history holds the earlier hashes already). */
export function hashState(state: GameState): string {
	return hashStateAs(state, HASH_FORMAT);
}

/** hashState() in a given format (replays recorded by an older engine). */
export function hashStateAs(state: GameState, format: HashFormat): string {
	const h = format === 1 ? new Hasher() : new WordHasher();
	const { history: _history, ...rest } = state;
	h.value(rest);
	return h.digest();
}

// Tags that open each kind of value in format 2, so no sequence of words can imitate another kind.
const Tag = { Null: 1, False: 2, True: 3, Int: 4, Float: 5, Text: 6, List: 7, Record: 8, End: 9 } as const;

/** The two 32-bit lanes of a string's digest (FNV-1a on each, with different primes). */
interface Digest {
	a: number;
	b: number;
}

const digests = new Map<string, Digest>();
const DIGESTS_MAX = 8192;

function digestOf(text: string): Digest {
	const known = digests.get(text);
	if (known) return known;
	let a = 0x811c9dc5 ^ text.length;
	let b = 0x5bd1e995 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995);
		b ^= b >>> 15;
	}
	const d = { a, b };
	if (text.length <= 64) {
		if (digests.size >= DIGESTS_MAX) digests.clear();
		digests.set(text, d);
	}
	return d;
}

class WordHasher {
	h1 = 0x811c9dc5;
	h2 = 0x5bd1e995 ^ 0x01000193;
	/** Each step is a bijection of each lane for a given word, so any one changed word changes both lanes. */
	word(x: number): void {
		const h1 = Math.imul(this.h1 ^ x, 0x9e3779b1);
		this.h1 = h1 ^ (h1 >>> 15);
		const h2 = Math.imul(this.h2 ^ x, 0x85ebca77);
		this.h2 = (h2 << 13) | (h2 >>> 19);
	}
	text(t: string): void {
		const d = digestOf(t);
		this.word(d.a);
		this.word(d.b);
	}
	value(v: unknown): void {
		if (v === null || v === undefined) this.word(Tag.Null);
		else if (typeof v === "number") {
			if (Number.isSafeInteger(v)) {
				this.word(Tag.Int);
				this.word(v >>> 0);
				this.word(Math.floor(v / 4294967296) | 0);
			} else {
				this.word(Tag.Float);
				this.text(String(v));
			}
		} else if (typeof v === "string") {
			this.word(Tag.Text);
			this.text(v);
		} else if (typeof v === "boolean") this.word(v ? Tag.True : Tag.False);
		else if (Array.isArray(v)) {
			this.word(Tag.List);
			this.word(v.length);
			for (let i = 0; i < v.length; i++) this.value(v[i]);
			this.word(Tag.End);
		} else {
			const obj = v as Record<string, unknown>;
			const keys = Object.keys(obj);
			for (let i = 1; i < keys.length; i++) {
				if (keys[i - 1] > keys[i]) {
					keys.sort();
					break;
				}
			}
			// Undefined values are skipped; the count of the others closes the record.
			this.word(Tag.Record);
			let n = 0;
			for (let i = 0; i < keys.length; i++) {
				const x = obj[keys[i]];
				if (x === undefined) continue;
				this.text(keys[i]);
				this.value(x);
				n++;
			}
			this.word(Tag.End);
			this.word(n);
		}
	}
	digest(): string {
		const a = Math.imul(this.h1 ^ (this.h1 >>> 16), 0x85ebca6b);
		const b = Math.imul(this.h2 ^ (this.h2 >>> 13), 0xc2b2ae35);
		return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
	}
}
