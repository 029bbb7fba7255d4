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
			const keys: string[] = [];
			let sorted = true;
			for (const k in obj) {
				if (obj[k] === undefined) continue;
				if (sorted && keys.length > 0 && keys[keys.length - 1] > k) sorted = false;
				keys.push(k);
			}
			if (!sorted) keys.sort();
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

/** Hash of the state without its history (history holds the earlier hashes already). */
export function hashState(state: GameState): string {
	const h = new Hasher();
	const { history: _history, ...rest } = state;
	h.value(rest);
	return h.digest();
}
