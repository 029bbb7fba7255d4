// Levels of detail for the land: Douglas-Peucker on flat [x0, y0, x1, y1, ...] lists, so the
// zoomed-out chart draws fewer points. Pure. These run once per level, in code the engine has not
// optimised yet (the loops call nothing and copy nothing they need not): in the land worker
// (landWorker.ts) as the page starts, or on the main thread for a level it did not make.
import type { Land } from "./geometry";

/** Simplification tolerances (world units) of the levels of detail; level 0 is the full data. */
export const LOD_TOLERANCES = [0, 0.8, 1.5, 3];

/** The coarsest level whose error stays under half a device pixel at this zoom. */
export function lodLevel(zoom: number): number {
	let level = 0;
	for (let i = 1; i < LOD_TOLERANCES.length; i++) if (LOD_TOLERANCES[i] * zoom <= 0.5) level = i;
	return level;
}

/** The land's lines at one level of detail: each country's rings (by index), coast and borders. */
export interface LandLevel {
	rings: (readonly number[])[][];
	coast: (readonly number[])[];
	borders: (readonly number[])[];
}

/** The land at a level of detail (level 0: as it is). */
export function simplifyLand(land: Land, level: number): LandLevel {
	const tol = LOD_TOLERANCES[level] ?? 0;
	if (tol <= 0) return { rings: land.countries.map((c) => c.rings), coast: land.coast, borders: land.borders };
	return {
		rings: land.countries.map((c) => c.rings.map((r) => simplifyRing(r, tol)).filter((r) => r !== null)),
		coast: land.coast.map((l) => simplifyLine(l, tol)),
		borders: land.borders.map((l) => simplifyLine(l, tol)),
	};
}

/** Levels made ahead of time (by the land worker), by the land they belong to. */
const made = new WeakMap<Land, Map<number, LandLevel>>();

/** Keeps levels made elsewhere for `land` (from simplifyLand on the same land). */
export function keepLevels(land: Land, levels: ReadonlyMap<number, LandLevel>): void {
	made.set(land, new Map(levels));
}

/** A level made ahead of time for this land, if any. */
export function simplifiedFor(land: Land, level: number): LandLevel | undefined {
	return made.get(land)?.get(level);
}

/**
 * Marks the points Douglas-Peucker keeps of points [from, to] (indices of points, not numbers) of
 * `flat` in `keep` (from and to themselves are kept by the caller). Point index n (one past the
 * last) stands for point 0, closing a ring.
 */
function mark(flat: readonly number[], from: number, to: number, tol2: number, keep: Uint8Array): void {
	const n = flat.length / 2;
	const stack: number[] = [from, to];
	while (stack.length) {
		const j = stack.pop() as number;
		const i = stack.pop() as number;
		const ax = flat[2 * i];
		const ay = flat[2 * i + 1];
		const jj = j === n ? 0 : j;
		const dx = flat[2 * jj] - ax;
		const dy = flat[2 * jj + 1] - ay;
		const len2 = dx * dx + dy * dy;
		let best = -1;
		let bestD = tol2;
		for (let k = i + 1; k < j; k++) {
			// the squared distance from point k to the segment i-j
			const px = flat[2 * k];
			const py = flat[2 * k + 1];
			let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
			t = Math.min(1, Math.max(0, t));
			const qx = ax + t * dx - px;
			const qy = ay + t * dy - py;
			const d = qx * qx + qy * qy;
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
}

/** Simplifies an open polyline (first and last points kept). */
export function simplifyLine(flat: readonly number[], tolerance: number): number[] {
	const n = flat.length / 2;
	if (n <= 2 || tolerance <= 0) return [...flat];
	const keep = new Uint8Array(n);
	keep[0] = 1;
	keep[n - 1] = 1;
	mark(flat, 0, n - 1, tolerance * tolerance, keep);
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
	// the second half runs from `far` back round to the first point: points far..n-1, then 0 (n)
	const keep = new Uint8Array(n + 1);
	keep[0] = 1;
	keep[far] = 1;
	keep[n] = 1;
	const tol2 = tolerance * tolerance;
	mark(flat, 0, far, tol2, keep);
	mark(flat, far, n, tol2, keep);
	const out: number[] = [];
	for (let k = 0; k < n; k++) if (keep[k]) out.push(flat[2 * k], flat[2 * k + 1]);
	return out.length >= 6 ? out : flat.slice(0, 6);
}
