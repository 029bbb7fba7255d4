// Delta coding of integer coordinate lists: [x0, y0, x1 - x0, y1 - y0, ...]. Small numbers make
// assets/map/land.json about half the size of absolute coordinates.

export function deltaEncode(flat: readonly number[]): number[] {
	const out: number[] = new Array(flat.length);
	for (let i = 0; i < flat.length; i++) out[i] = i < 2 ? flat[i] : flat[i] - flat[i - 2];
	return out;
}

export function deltaDecode(deltas: readonly number[]): number[] {
	const out: number[] = new Array(deltas.length);
	for (let i = 0; i < deltas.length; i++) out[i] = i < 2 ? deltas[i] : deltas[i] + out[i - 2];
	return out;
}
