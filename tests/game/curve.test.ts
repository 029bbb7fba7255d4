import { describe, expect, it } from "vitest";
import { bowControl, dashes, nearestDistance, pointAt, polyline, routePath } from "../../src/game/map/curve";

describe("route curves", () => {
	it("measures a polyline and finds points along it", () => {
		const pl = polyline([
			{ x: 0, y: 0 },
			{ x: 3, y: 4 },
			{ x: 3, y: 10 },
		]);
		expect(pl.length).toBeCloseTo(11, 9);
		expect(pointAt(pl, 0)).toMatchObject({ x: 0, y: 0 });
		expect(pointAt(pl, 5)).toMatchObject({ x: 3, y: 4 });
		const p = pointAt(pl, 8);
		expect(p.x).toBeCloseTo(3, 9);
		expect(p.y).toBeCloseTo(7, 9);
		expect(p.angle).toBeCloseTo(Math.PI / 2, 9);
		expect(pointAt(pl, 99)).toMatchObject({ x: 3, y: 10 });
		expect(nearestDistance(pl, { x: 3.2, y: 9.6 })).toBeCloseTo(11, 9);
	});

	it("bows a chord toward the north (up), like a great circle on a Mercator chart", () => {
		const c = bowControl({ x: 0, y: 100 }, { x: 100, y: 100 }, 0.2);
		expect(c.x).toBeCloseTo(50, 9);
		expect(c.y).toBeCloseTo(80, 9);
		const back = bowControl({ x: 100, y: 100 }, { x: 0, y: 100 }, 0.2);
		expect(back.y).toBeCloseTo(80, 9);
	});

	it("starts and ends a route at its ends, with or without via points", () => {
		const a = { x: 0, y: 0 };
		const b = { x: 200, y: 50 };
		for (const via of [[], [{ x: 80, y: 90 }], [{ x: 60, y: 60 }, { x: 140, y: 80 }]]) {
			const pl = routePath(a, b, via, 0.15);
			expect(pointAt(pl, 0)).toMatchObject(a);
			const end = pointAt(pl, pl.length);
			expect(end.x).toBeCloseTo(b.x, 9);
			expect(end.y).toBeCloseTo(b.y, 9);
			expect(pl.length).toBeGreaterThan(Math.hypot(200, 50));
		}
		// a Catmull-Rom route passes through its via point
		const through = routePath(a, b, [{ x: 80, y: 90 }], 0.15);
		expect(nearestDistance(through, { x: 80, y: 90 })).toBeGreaterThan(0);
		const p = pointAt(through, nearestDistance(through, { x: 80, y: 90 }));
		expect(Math.hypot(p.x - 80, p.y - 90)).toBeLessThan(1e-6);
	});

	it("lays dashes that cover dash/(dash+gap) of the line and move forward with the offset", () => {
		const d0 = dashes(100, 6, 4, 0);
		const covered = d0.reduce((n, [a, b]) => n + (b - a), 0);
		expect(covered).toBeCloseTo(60, 9);
		for (const [a, b] of d0) {
			expect(a).toBeGreaterThanOrEqual(0);
			expect(b).toBeLessThanOrEqual(100);
		}
		const d1 = dashes(100, 6, 4, 3);
		expect(d1[1][0]).toBeCloseTo(d0[1][0] + 3, 9);
		// a whole period later the pattern repeats
		expect(dashes(100, 6, 4, 10)).toEqual(d0);
		expect(dashes(0, 6, 4, 0)).toEqual([]);
		expect(dashes(10, 0, 0, 0)).toEqual([]);
	});
});
