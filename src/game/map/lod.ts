// Levels of detail for the land: Douglas-Peucker on flat [x0, y0, x1, y1, ...] lists, so the
// zoomed-out chart draws fewer points. Pure.

function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
	t = Math.min(1, Math.max(0, t));
	const qx = ax + t * dx - px;
	const qy = ay + t * dy - py;
	return qx * qx + qy * qy;
}

/** Simplifies an open polyline (first and last points kept). */
export function simplifyLine(flat: readonly number[], tolerance: number): number[] {
	const n = flat.length / 2;
	if (n <= 2 || tolerance <= 0) return [...flat];
	const keep = new Uint8Array(n);
	keep[0] = 1;
	keep[n - 1] = 1;
	const tol2 = tolerance * tolerance;
	const stack: number[] = [0, n - 1];
	while (stack.length) {
		const j = stack.pop()!;
		const i = stack.pop()!;
		let best = -1;
		let bestD = tol2;
		for (let k = i + 1; k < j; k++) {
			const d = segDist2(flat[2 * k], flat[2 * k + 1], flat[2 * i], flat[2 * i + 1], flat[2 * j], flat[2 * j + 1]);
			if (d > bestD) {
				bestD = d;
				best = k;
			}
		}
		if (best >= 0) {
			keep[best] = 1;
			stack.push(i, best, best, j);
		}
	}
	const out: number[] = [];
	for (let k = 0; k < n; k++) if (keep[k]) out.push(flat[2 * k], flat[2 * k + 1]);
	return out;
}

/**
 * Simplifies a closed ring (implicitly closed, no repeated end point); keeps at least a triangle,
 * or returns null when the ring is smaller than the tolerance (it would not show anyway).
 */
export function simplifyRing(flat: readonly number[], tolerance: number): number[] | null {
	const n = flat.length / 2;
	if (n < 3) return null;
	// split at the point farthest from the first, simplify both halves
	let far = 1;
	let farD = -1;
	for (let k = 1; k < n; k++) {
		const d = (flat[2 * k] - flat[0]) ** 2 + (flat[2 * k + 1] - flat[1]) ** 2;
		if (d > farD) {
			farD = d;
			far = k;
		}
	}
	if (Math.sqrt(farD) < tolerance) return null;
	const a = simplifyLine(flat.slice(0, 2 * far + 2), tolerance);
	const b = simplifyLine([...flat.slice(2 * far), flat[0], flat[1]], tolerance);
	const out = [...a, ...b.slice(2, -2)];
	return out.length >= 6 ? out : flat.slice(0, 6);
}
