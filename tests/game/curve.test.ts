import { describe, expect, it } from "vitest";
import {
	bowControl,
	cubic,
	dashes,
	distanceTo,
	nearestDistance,
	pointAt,
	polyline,
	quadratic,
	quadraticTangent,
} from "../../src/game/map/curve";

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

	it("gives a Bézier's ends, its direction of travel, and a polyline's distance to a point", () => {
		const a = { x: 0, y: 0 };
		const c = { x: 50, y: 100 };
		const b = { x: 100, y: 0 };
		expect(quadraticTangent(a, c, b, 0)).toEqual({ x: 100, y: 200 });
		expect(quadraticTangent(a, c, b, 1)).toEqual({ x: 100, y: -200 });
		expect(quadratic(a, c, b, 0.5)).toEqual({ x: 50, y: 50 });
		expect(cubic(a, { x: 0, y: 10 }, { x: 10, y: 10 }, { x: 10, y: 0 }, 0)).toEqual(a);
		expect(cubic(a, { x: 0, y: 10 }, { x: 10, y: 10 }, { x: 10, y: 0 }, 1)).toEqual({ x: 10, y: 0 });
		const pl = polyline([a, { x: 10, y: 0 }, { x: 10, y: 10 }]);
		expect(distanceTo(pl, { x: 5, y: 3 })).toBeCloseTo(3, 9);
		expect(distanceTo(pl, { x: 14, y: 5 })).toBeCloseTo(4, 9);
		expect(distanceTo(pl, { x: -3, y: -4 })).toBeCloseTo(5, 9);
	});
});
