// Series for the history charts (DOM-free): one value per turn boundary, starting before turn 1.
import type { TurnRecord } from "../engine";

export interface Series {
	key: string;
	label: string;
	colour: string;
	/** Dash pattern so lines differ by more than colour. */
	dash: string;
	values: number[];
}

/** Okabe-Ito: a palette safe for the common forms of colour blindness. */
export const OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#BBBBBB"];
export const DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"];

/** Values of `key` at the start and after each turn. */
export function seriesValues(initial: Record<string, number>, history: TurnRecord[], key: string): number[] {
	const out = [initial[key] ?? 0];
	for (const r of history) out.push(r.metrics[key] ?? out[out.length - 1]);
	return out;
}

/** Axis range and tick step with round numbers (1, 2, 2.5, 5 x 10^k), covering all values. */
export function niceRange(values: number[][]): { min: number; max: number; step: number } {
	let min = Number.POSITIVE_INFINITY;
	let max = Number.NEGATIVE_INFINITY;
	for (const vs of values) {
		for (const v of vs) {
			if (v < min) min = v;
			if (v > max) max = v;
		}
	}
	if (!Number.isFinite(min)) return { min: 0, max: 4, step: 1 };
	if (min === max) {
		min -= 2;
		max += 2;
	}
	const step = niceStep((max - min) / 4);
	let lo = Math.floor(min / step) * step;
	const hi = Math.ceil(max / step) * step;
	if (lo < 0 && min >= 0) lo = 0;
	return { min: lo, max: hi === lo ? lo + step : hi, step };
}

export function niceStep(raw: number): number {
	if (!(raw > 0)) return 1;
	const mag = 10 ** Math.floor(Math.log10(raw));
	for (const m of [1, 2, 2.5, 5, 10]) {
		if (m * mag >= raw) return Math.max(1, m * mag);
	}
	return Math.max(1, 10 * mag);
}
