import { describe, expect, it } from "vitest";
import { inRange, tileRange, tilesByDistance } from "../../src/game/map/cache";
import { deltaDecode, deltaEncode } from "../../src/game/map/codec";
import { decodeLand, deriveLines } from "../../src/game/map/geometry";
import { simplifyLine, simplifyRing } from "../../src/game/map/lod";

describe("map geometry", () => {
	it("delta-codes coordinate lists losslessly", () => {
		const flat = [10, 20, 13, 18, 13, 30, -4, 2];
		expect(deltaEncode(flat)).toEqual([10, 20, 3, -2, 0, 12, -17, -28]);
		expect(deltaDecode(deltaEncode(flat))).toEqual(flat);
	});

	it("refuses a file that is not a land file", () => {
		expect(() => decodeLand({ format: "x" })).toThrow(/npm run map/);
		expect(() => decodeLand(null)).toThrow();
	});

	it("derives coastlines, shared borders (once) and drops the frame's clip edge", () => {
		// two squares side by side, the left one clipped by the frame's west edge (x = 0)
		const left = [0, 10, 10, 10, 10, 20, 0, 20];
		const right = [10, 10, 20, 10, 20, 20, 10, 20];
		const { coast, borders } = deriveLines([left, right], 100, 100);
		expect(borders).toEqual([[10, 10, 10, 20]]);
		const coastLength = coast.reduce((n, l) => n + l.length / 2 - 1, 0);
		// left: top and bottom (its west side is the frame); right: top, east, bottom
		expect(coastLength).toBe(5);
		for (const l of coast) for (let i = 0; i + 3 < l.length; i += 2) expect(l[i] === 0 && l[i + 2] === 0).toBe(false);
	});

	it("simplifies lines and rings for zoomed-out levels of detail", () => {
		const wiggly = [0, 0, 1, 0.1, 2, -0.1, 3, 0.05, 4, 0, 5, 3];
		expect(simplifyLine(wiggly, 0.5)).toEqual([0, 0, 4, 0, 5, 3]);
		expect(simplifyLine(wiggly, 0)).toEqual(wiggly);
		const square = [0, 0, 5, 0.1, 10, 0, 10, 10, 0, 10];
		const s = simplifyRing(square, 0.5)!;
		expect(s.length / 2).toBe(4);
		expect(simplifyRing([0, 0, 0.2, 0, 0, 0.2], 1)).toBeNull();
	});

	it("finds the chart tiles a view shows, within the world, and orders them from the middle", () => {
		const world = { x: 0, y: 0, width: 1000, height: 800 };
		const vp = { width: 400, height: 300 };
		// zoom 1, view centred on (500, 400): screen (0, 0) is world (300, 250)
		const v = { cx: 500, cy: 400, zoom: 1 };
		expect(tileRange(v, vp, 1, 100, 0, world)).toEqual({ i0: 3, i1: 6, j0: 2, j1: 5 });
		// a margin grows it; the world's edge clips it
		expect(tileRange(v, vp, 1, 100, 100, world)).toEqual({ i0: 2, i1: 7, j0: 1, j1: 6 });
		expect(tileRange({ cx: 100, cy: 100, zoom: 1 }, vp, 1, 100, 0, world)).toEqual({ i0: 0, i1: 2, j0: 0, j1: 2 });
		// tiles painted at zoom 2 while the view is at zoom 1: twice the tiles
		expect(tileRange(v, vp, 2, 100, 0, world)).toEqual({ i0: 6, i1: 13, j0: 5, j1: 10 });
		// off the world: none
		expect(tileRange({ cx: 5000, cy: 400, zoom: 1 }, vp, 1, 100, 0, world)).toBeNull();
		expect(inRange(null, 0, 0)).toBe(false);
		expect(inRange({ i0: 1, i1: 2, j0: 1, j1: 1 }, 2, 1)).toBe(true);
		const order = tilesByDistance({ i0: 0, i1: 2, j0: 0, j1: 2 }, 1, 1);
		expect(order[0]).toEqual([1, 1]);
		expect(order).toHaveLength(9);
		expect(order.slice(-4).every(([i, j]) => i !== 1 && j !== 1)).toBe(true);
	});
});
