// Small statistics for batches of seeded games: shares with a Wilson 95% interval, means with a
// normal-approximation interval, and paired differences (two settings played on the same seeds).

/** The 97.5% quantile of the standard normal: a two-sided 95% interval. */
export const Z95 = 1.959964;

export interface Interval {
	lo: number;
	hi: number;
}

export interface Share extends Interval {
	count: number;
	n: number;
	/** count / n, 0..1. */
	share: number;
}

/** The share of `count` in `n` with its Wilson score interval (sound near 0% and 100% too). */
export function share(count: number, n: number, z = Z95): Share {
	if (n <= 0) return { count, n, share: 0, lo: 0, hi: 0 };
	const p = count / n;
	const z2 = z * z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
	return { count, n, share: p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

export interface Summary extends Interval {
	n: number;
	mean: number;
	/** Sample standard deviation (n - 1). */
	sd: number;
	min: number;
	max: number;
}

/** Mean, spread and a 95% interval of the mean (normal approximation). */
export function summarize(values: readonly number[], z = Z95): Summary {
	const n = values.length;
	if (n === 0) return { n, mean: 0, sd: 0, min: 0, max: 0, lo: 0, hi: 0 };
	let sum = 0;
	let min = Number.POSITIVE_INFINITY;
	let max = Number.NEGATIVE_INFINITY;
	for (const v of values) {
		sum += v;
		if (v < min) min = v;
		if (v > max) max = v;
	}
	const mean = sum / n;
	let ss = 0;
	for (const v of values) ss += (v - mean) * (v - mean);
	const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
	const half = n > 1 ? (z * sd) / Math.sqrt(n) : 0;
	return { n, mean, sd, min, max, lo: mean - half, hi: mean + half };
}

/** The paired difference b - a, seed by seed, summarized (a and b in the same seed order). */
export function pairedDifference(a: readonly number[], b: readonly number[], z = Z95): Summary {
	if (a.length !== b.length) throw new RangeError(`pairedDifference: ${a.length} values against ${b.length}`);
	return summarize(
		a.map((x, i) => b[i] - x),
		z,
	);
}

/** Counts of each value, keys in ascending numeric order. */
export function histogram(values: readonly number[]): { value: number; count: number }[] {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts.entries()].sort((x, y) => x[0] - y[0]).map(([value, count]) => ({ value, count }));
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((x, y) => x - y);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
