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
	value(v: unknown): void {
		if (v === null || v === undefined) this.text("n");
		else if (typeof v === "string") {
			// Length-prefixed, so no string can imitate structure.
			this.text(`s${v.length}:`);
			this.text(v);
		} else if (typeof v === "number") this.text(`d${String(v)};`);
		else if (typeof v === "boolean") this.text(v ? "t" : "f");
		else if (Array.isArray(v)) {
			this.text(`[${v.length}`);
			for (const x of v) this.value(x);
			this.text("]");
		} else {
			const obj = v as Record<string, unknown>;
			const keys = Object.keys(obj)
				.filter((k) => obj[k] !== undefined)
				.sort();
			this.text(`{${keys.length}`);
			for (const k of keys) {
				this.text(`k${k.length}:`);
				this.text(k);
				this.value(obj[k]);
			}
			this.text("}");
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
