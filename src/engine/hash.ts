// Stable hashing: sorted-key JSON, then a 64-bit FNV-1a-style hash done as two 32-bit lanes with
// Math.imul, so Node and every browser agree bit for bit (DESIGN.md, "Deterministic").
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

export function hashString(text: string): string {
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x5bd1e995);
		h2 ^= h2 >>> 15;
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
	h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
	return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

export function hashValue(value: unknown): string {
	return hashString(canonicalJson(value));
}

/** Hash of the state without its history (history holds the earlier hashes already). */
export function hashState(state: GameState): string {
	const { history: _history, ...rest } = state;
	return hashValue(rest);
}
