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

/** Centripetal-free uniform Catmull-Rom through the points (endpoints repeated), sampled. */
export function catmullRom(points: readonly P[], samplesPerSegment: number): P[] {
	const out: P[] = [];
	const n = points.length;
	for (let i = 0; i < n - 1; i++) {
		const p0 = points[Math.max(0, i - 1)];
		const p1 = points[i];
		const p2 = points[i + 1];
		const p3 = points[Math.min(n - 1, i + 2)];
		for (let s = 0; s < samplesPerSegment; s++) {
			const t = s / samplesPerSegment;
			const t2 = t * t;
			const t3 = t2 * t;
			const f = (a: number, b: number, c: number, d: number) =>
				0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
			out.push({ x: f(p0.x, p1.x, p2.x, p3.x), y: f(p0.y, p1.y, p2.y, p3.y) });
		}
	}
	out.push({ ...points[n - 1] });
	return out;
}

/**
 * The path of a supply route from `from` to `to`: a quadratic Bézier bowed by `bow`, or, when the
 * route passes through regions (`via`), a smooth curve through them.
 */
export function routePath(from: P, to: P, via: readonly P[], bow: number, samples = 48): Polyline {
	if (via.length === 0) {
		const c = bowControl(from, to, bow);
		const pts: P[] = [];
		for (let i = 0; i <= samples; i++) pts.push(quadratic(from, c, to, i / samples));
		return polyline(pts);
	}
	const seg = Math.max(8, Math.round(samples / (via.length + 1)));
	return polyline(catmullRom([from, ...via, to], seg));
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
