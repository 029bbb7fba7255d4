import { describe, expect, it } from "vitest";
import { bearing, bearingArrow, edgePoint, edgePointWith } from "../../src/game/map/edge";
import type { MapProjection } from "../../src/game/map/projection";
import { projection } from "../../src/game/map/projection";

describe("bearing", () => {
	it("is 0 due north, 90 due east on the equator, 180 due south", () => {
		expect(bearing(130, 20, 130, 40)).toBeCloseTo(0, 6);
		expect(bearing(0, 0, 10, 0)).toBeCloseTo(90, 6);
		expect(bearing(130, 20, 130, -10)).toBeCloseTo(180, 6);
		expect(bearing(130, 20, 100, 20)).toBeGreaterThan(270);
	});
});

describe("edgePoint", () => {
	it("puts Mt Weld (Western Australia) on the bottom edge, a little west of the centre", () => {
		const e = edgePoint(122.55, -28.86);
		expect(e.side).toBe("bottom");
		expect(e.y).toBeCloseTo(projection.height, 6);
		expect(e.x).toBeLessThan(projection.width / 2);
		expect(e.x).toBeGreaterThan(0);
		expect(bearingArrow(e.bearing)).toBe("↓");
	});

	it("puts Mountain Pass (California) on the right edge, to the north-east", () => {
		const e = edgePoint(-115.53, 35.48);
		expect(e.side).toBe("right");
		expect(e.x).toBeCloseTo(projection.width, 6);
		expect(e.y).toBeLessThan(projection.height / 2);
		expect(e.bearing).toBeGreaterThan(0);
		expect(e.bearing).toBeLessThan(90);
	});

	it("puts Myanmar on the left edge and respects the inset", () => {
		const e = edgePoint(97.4, 25.4, 50);
		expect(e.side).toBe("left");
		expect(e.x).toBeCloseTo(50, 6);
		expect(e.y).toBeGreaterThanOrEqual(50);
		expect(e.y).toBeLessThanOrEqual(projection.height - 50);
	});

	it("follows the bearing from the frame's centre on a simple square map", () => {
		const square: MapProjection = {
			width: 100,
			height: 100,
			frame: { west: -10, east: 10, south: -10, north: 10 },
			project: (lon, lat) => [50 + lon * 5, 50 - lat * 5],
			invert: (x, y) => [(x - 50) / 5, (50 - y) / 5],
			inFrame: (lon, lat) => Math.abs(lon) <= 10 && Math.abs(lat) <= 10,
		};
		const north = edgePointWith(square, 0, 60);
		expect(north.side).toBe("top");
		expect(north.x).toBeCloseTo(50, 6);
		expect(north.y).toBeCloseTo(0, 6);
		const east = edgePointWith(square, 60, 0);
		expect(east.side).toBe("right");
		expect(east.y).toBeCloseTo(50, 6);
		// north-east: the ray leaves through the top-right corner region
		const ne = edgePointWith(square, 20, 20);
		expect(Math.min(ne.x, 100 - ne.y)).toBeGreaterThan(40);
	});

	it("has an arrow for every direction", () => {
		expect([0, 45, 90, 135, 180, 225, 270, 315, 359].map(bearingArrow).join("")).toBe("↑↗→↘↓↙←↖↑");
	});
});
