import { describe, expect, it } from "vitest";
import { histogram, median, pairedDifference, share, summarize } from "../../src/sim/stats";

describe("stats", () => {
	it("a share has a Wilson 95% interval", () => {
		const s = share(50, 100);
		expect(s.share).toBe(0.5);
		expect(s.lo).toBeCloseTo(0.4038, 3);
		expect(s.hi).toBeCloseTo(0.5962, 3);
		// Sound at the edges: never outside 0..1, and not empty at 0 or n.
		expect(share(0, 20).lo).toBe(0);
		expect(share(0, 20).hi).toBeGreaterThan(0.1);
		expect(share(20, 20).hi).toBe(1);
		expect(share(0, 0)).toMatchObject({ share: 0, lo: 0, hi: 0 });
	});

	it("a summary has mean, sample sd and an interval of the mean", () => {
		const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
		expect(s.mean).toBe(5);
		expect(s.sd).toBeCloseTo(2.138, 3);
		expect(s.hi - s.mean).toBeCloseTo((1.959964 * s.sd) / Math.sqrt(8), 9);
		expect([s.min, s.max]).toEqual([2, 9]);
		expect(summarize([3])).toMatchObject({ mean: 3, sd: 0, lo: 3, hi: 3 });
	});

	it("paired differences are taken seed by seed", () => {
		const d = pairedDifference([1, 2, 3], [2, 4, 6]);
		expect(d.mean).toBe(2);
		expect(() => pairedDifference([1], [1, 2])).toThrow(RangeError);
	});

	it("histograms and medians", () => {
		expect(histogram([6, 5, 6, 9])).toEqual([
			{ value: 5, count: 1 },
			{ value: 6, count: 2 },
			{ value: 9, count: 1 },
		]);
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
	});
});
