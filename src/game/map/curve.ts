// Route curves: sampled polylines with arc-length lookup, for drawing animated dashes. Pure.

export type P = { x: number; y: number };

export interface Polyline {
	xs: Float64Array;
	ys: Float64Array;
	/** Cumulative length at each point; cum[0] = 0. */
	cum: Float64Array;
	length: number;
}

export function polyline(points: readonly P[]): Polyline {
	const n = points.length;
	const xs = new Float64Array(n);
	const ys = new Float64Array(n);
	const cum = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		xs[i] = points[i].x;
		ys[i] = points[i].y;
		if (i > 0) cum[i] = cum[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
	}
	return { xs, ys, cum, length: n ? cum[n - 1] : 0 };
}

export function quadratic(a: P, c: P, b: P, t: number): P {
	const u = 1 - t;
	return { x: u * u * a.x + 2 * u * t * c.x + t * t * b.x, y: u * u * a.y + 2 * u * t * c.y + t * t * b.y };
}

/** The derivative of the quadratic Bézier a-c-b at t (the direction of travel, not normalised). */
export function quadraticTangent(a: P, c: P, b: P, t: number): P {
	return { x: 2 * (1 - t) * (c.x - a.x) + 2 * t * (b.x - c.x), y: 2 * (1 - t) * (c.y - a.y) + 2 * t * (b.y - c.y) };
}

/** A point of the cubic Bézier a-c1-c2-b at t. */
export function cubic(a: P, c1: P, c2: P, b: P, t: number): P {
	const u = 1 - t;
	const k0 = u * u * u;
	const k1 = 3 * u * u * t;
	const k2 = 3 * u * t * t;
	const k3 = t * t * t;
	return { x: k0 * a.x + k1 * c1.x + k2 * c2.x + k3 * b.x, y: k0 * a.y + k1 * c1.y + k2 * c2.y + k3 * b.y };
}

/** Smallest distance from p to the polyline's segments. */
export function distanceTo(pl: Polyline, p: P): number {
	const n = pl.xs.length;
	if (n === 0) return Number.POSITIVE_INFINITY;
	if (n === 1) return Math.hypot(pl.xs[0] - p.x, pl.ys[0] - p.y);
	let best = Number.POSITIVE_INFINITY;
	for (let i = 1; i < n; i++) {
		const ax = pl.xs[i - 1];
		const ay = pl.ys[i - 1];
		const dx = pl.xs[i] - ax;
		const dy = pl.ys[i] - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 > 0 ? Math.max(0, Math.min(1, ((p.x - ax) * dx + (p.y - ay) * dy) / len2)) : 0;
		const d = Math.hypot(ax + t * dx - p.x, ay + t * dy - p.y);
		if (d < best) best = d;
	}
	return best;
}

/**
 * The control point that bows the chord a->b by `bow` times its length, toward the north (up on
 * the map, like a great circle on a Mercator chart); vertical chords bow to the left of travel.
 */
export function bowControl(a: P, b: P, bow: number): P {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const len = Math.hypot(dx, dy) || 1;
	let nx = dy / len;
	let ny = -dx / len;
	if (ny > 1e-9 || (Math.abs(ny) <= 1e-9 && nx > 0)) {
		nx = -nx;
		ny = -ny;
	}
	return { x: (a.x + b.x) / 2 + nx * bow * len, y: (a.y + b.y) / 2 + ny * bow * len };
}

/** The point and direction (radians) at distance d along the polyline (clamped). */
export function pointAt(pl: Polyline, d: number): { x: number; y: number; angle: number } {
	const n = pl.xs.length;
	if (n === 0) return { x: 0, y: 0, angle: 0 };
	if (n === 1) return { x: pl.xs[0], y: pl.ys[0], angle: 0 };
	const dd = Math.max(0, Math.min(pl.length, d));
	let lo = 0;
	let hi = n - 1;
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (pl.cum[mid] <= dd) lo = mid;
		else hi = mid;
	}
	const seg = pl.cum[hi] - pl.cum[lo] || 1;
	const t = (dd - pl.cum[lo]) / seg;
	return {
		x: pl.xs[lo] + (pl.xs[hi] - pl.xs[lo]) * t,
		y: pl.ys[lo] + (pl.ys[hi] - pl.ys[lo]) * t,
		angle: Math.atan2(pl.ys[hi] - pl.ys[lo], pl.xs[hi] - pl.xs[lo]),
	};
}

/** Distance along the polyline of the sample nearest to p. */
export function nearestDistance(pl: Polyline, p: P): number {
	let best = 0;
	let bestD = Number.POSITIVE_INFINITY;
	for (let i = 0; i < pl.xs.length; i++) {
		const d = (pl.xs[i] - p.x) ** 2 + (pl.ys[i] - p.y) ** 2;
		if (d < bestD) {
			bestD = d;
			best = i;
		}
	}
	return pl.cum[best] ?? 0;
}

/**
 * Dash intervals [start, end] along a line of the given length; the pattern (dash, gap) is shifted
 * forward by `offset`, so increasing the offset over time makes the dashes travel toward the end.
 */
export function dashes(length: number, dash: number, gap: number, offset: number): [number, number][] {
	const period = dash + gap;
	if (!(period > 0) || !(length > 0)) return [];
	const out: [number, number][] = [];
	const shift = ((offset % period) + period) % period;
	for (let s = shift - period; s < length; s += period) {
		const a = Math.max(0, s);
		const b = Math.min(length, s + dash);
		if (b > a) out.push([a, b]);
	}
	return out;
}
