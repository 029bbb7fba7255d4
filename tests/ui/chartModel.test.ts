import { describe, expect, it } from "vitest";
import type { TurnRecord } from "../../src/engine";
import { OKABE_ITO, niceRange, niceStep, seriesValues } from "../../src/ui/chartModel";

describe("chart model", () => {
	it("builds a series from the start value and each turn's metrics", () => {
		const history = [{ metrics: { tension: 60 } }, { metrics: { tension: 64 } }] as unknown as TurnRecord[];
		expect(seriesValues({ tension: 55 }, history, "tension")).toEqual([55, 60, 64]);
		expect(seriesValues({}, [], "tension")).toEqual([0]);
	});

	it("picks round axis steps that cover the data", () => {
		expect(niceStep(3)).toBe(5);
		expect(niceStep(0.2)).toBe(1);
		expect(niceStep(22)).toBe(25);
		const r = niceRange([[98, 101]]);
		expect(r.min).toBeLessThanOrEqual(98);
		expect(r.max).toBeGreaterThanOrEqual(101);
		expect(Number.isInteger(r.step)).toBe(true);
		const flat = niceRange([[50, 50]]);
		expect(flat.max).toBeGreaterThan(flat.min);
		expect(niceRange([])).toEqual({ min: 0, max: 4, step: 1 });
	});

	it("uses the Okabe-Ito palette", () => {
		expect(OKABE_ITO).toContain("#0072B2");
		expect(OKABE_ITO).toContain("#D55E00");
	});
});
