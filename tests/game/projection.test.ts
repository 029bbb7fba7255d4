import { geoMercator } from "d3-geo";
import { describe, expect, it } from "vitest";
import projectionFile from "../../assets/map/projection.json";
import { FRAME } from "../../src/game/map/geometry";
import { projection } from "../../src/game/map/projection";

describe("projection", () => {
	const d3p = geoMercator()
		.scale(projectionFile.scale)
		.translate(projectionFile.translate as [number, number]);

	it("matches d3-geo's Mercator from projection.json point for point", () => {
		for (const [lon, lat] of [
			[105, 47],
			[160, 5],
			[127.77, 26.35],
			[153.98, 24.28],
			[122.55, -28.86],
			[-115.53, 35.48],
			[0, 0],
		]) {
			const [x, y] = projection.project(lon, lat);
			const [dx, dy] = d3p([lon, lat])!;
			expect(x).toBeCloseTo(dx, 9);
			expect(y).toBeCloseTo(dy, 9);
		}
	});

	it("maps the frame's corners onto the canvas corners", () => {
		const [x0, y0] = projection.project(FRAME.west, FRAME.north);
		const [x1, y1] = projection.project(FRAME.east, FRAME.south);
		expect(x0).toBeCloseTo(0, 6);
		expect(y0).toBeCloseTo(0, 6);
		expect(x1).toBeCloseTo(projection.width, 6);
		expect(Math.abs(y1 - projection.height)).toBeLessThan(0.5);
	});

	it("inverts", () => {
		const [x, y] = projection.project(131.2, 33.1);
		const [lon, lat] = projection.invert(x, y);
		expect(lon).toBeCloseTo(131.2, 9);
		expect(lat).toBeCloseTo(33.1, 9);
	});

	it("knows the frame", () => {
		expect(projection.inFrame(127.77, 26.35)).toBe(true);
		expect(projection.inFrame(122.55, -28.86)).toBe(false);
		expect(projection.inFrame(-115.53, 35.48)).toBe(false);
	});
});
