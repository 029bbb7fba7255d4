import { describe, expect, it } from "vitest";
import { cacheSize } from "../../src/game/map/cache";
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

	it("sizes the chart texture: even, with a margin, within the GPU's limit", () => {
		const s = cacheSize({ width: 1601, height: 900 }, 1, 8192);
		expect(s.width % 2).toBe(0);
		expect(s.height % 2).toBe(0);
		expect(s.width).toBeGreaterThan(1601);
		const capped = cacheSize({ width: 5000, height: 3000 }, 2, 4096);
		expect(capped.width).toBeLessThanOrEqual(4096);
		expect(capped.height).toBeLessThanOrEqual(4096);
	});
});
