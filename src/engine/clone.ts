// Plain copies of game state for resolve(): a turn touches most of the state, and writing to a
// private copy is several times faster than going through immer's proxies (npm run bench,
// "engine turns per second"). Generic over the JSON shape, so a new state field is copied too.

/** A deep copy of plain JSON data. */
export function copyJson<T>(value: T): T {
	if (typeof value !== "object" || value === null) return value;
	if (Array.isArray(value)) {
		const n = value.length;
		const out = new Array(n);
		for (let i = 0; i < n; i++) out[i] = copyJson(value[i]);
		return out as T;
	}
	// The copy's keys go in sorted order: the state hash walks keys sorted, and finds them so.
	const out: Record<string, unknown> = {};
	const obj = value as Record<string, unknown>;
	const keys = Object.keys(obj);
	for (let i = 1; i < keys.length; i++) {
		if (keys[i - 1] > keys[i]) {
			keys.sort();
			break;
		}
	}
	for (let i = 0; i < keys.length; i++) out[keys[i]] = copyJson(obj[keys[i]]);
	return out as T;
}

/** Freezes plain JSON data all the way down (already frozen parts are skipped). */
export function freezeJson<T>(value: T): T {
	if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
	Object.freeze(value);
	const obj = value as Record<string, unknown>;
	for (const k in obj) freezeJson(obj[k]);
	return value;
}
