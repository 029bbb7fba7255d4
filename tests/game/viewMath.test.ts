import { describe, expect, it } from "vitest";
import {
	clampView,
	declutter,
	fitView,
	fitZoom,
	hitTest,
	lerpView,
	openRect,
	placeLabels,
	screenToWorld,
	worldToScreen,
	zoomAt,
} from "../../src/game/map/viewMath";

const vp = { width: 1600, height: 900 };
const world = { x: 0, y: 0, width: 4000, height: 3518 };

describe("view maths", () => {
	it("converts between world and screen", () => {
		const v = { cx: 2000, cy: 1500, zoom: 0.5 };
		expect(worldToScreen(v, vp, 2000, 1500)).toEqual([800, 450]);
		const [wx, wy] = screenToWorld(v, vp, 100, 700);
		expect(worldToScreen(v, vp, wx, wy)).toEqual([100, 700]);
	});

	it("zooms about a screen point without moving it", () => {
		const v = { cx: 2000, cy: 1500, zoom: 0.5 };
		const before = screenToWorld(v, vp, 300, 200);
		const z = zoomAt(v, vp, 1.7, 300, 200);
		expect(z.zoom).toBeCloseTo(0.85, 9);
		const after = screenToWorld(z, vp, 300, 200);
		expect(after[0]).toBeCloseTo(before[0], 6);
		expect(after[1]).toBeCloseTo(before[1], 6);
	});

	it("fits a rectangle, also into the part panels leave open", () => {
		expect(fitZoom(vp, { width: 800, height: 900 })).toBe(1);
		const insets = { top: 80, right: 340, bottom: 0, left: 320 };
		const rect = { x: 1000, y: 1000, width: 500, height: 500 };
		const v = fitView(vp, rect, 0, insets);
		const open = openRect(vp, insets);
		const [sx, sy] = worldToScreen(v, vp, 1250, 1250);
		expect(sx).toBeCloseTo(open.x + open.width / 2, 6);
		expect(sy).toBeCloseTo(open.y + open.height / 2, 6);
	});

	it("clamps the zoom and keeps the world in sight", () => {
		const v = clampView({ cx: -5000, cy: 99999, zoom: 50 }, vp, world, 0.2, 4, 0);
		expect(v.zoom).toBe(4);
		const [lx] = worldToScreen(v, vp, 0, 0);
		expect(lx).toBeCloseTo(0, 6);
		const [, by] = worldToScreen(v, vp, 0, world.height);
		expect(by).toBeCloseTo(vp.height, 6);
		// a world smaller than the screen is centred
		const small = clampView({ cx: 0, cy: 0, zoom: 0.1 }, vp, world, 0.1, 4, 0);
		expect(small.cx).toBeCloseTo(2000, 6);
		expect(small.cy).toBeCloseTo(1759, 6);
	});

	it("clamps within the open area when panels cover the edges", () => {
		const insets = { top: 0, right: 0, bottom: 0, left: 400 };
		const v = clampView({ cx: -5000, cy: 1759, zoom: 1 }, vp, world, 0.2, 4, 0, insets);
		// the world's west edge stops at the panel's edge, not at the screen's
		const [lx] = worldToScreen(v, vp, 0, 0);
		expect(lx).toBeCloseTo(400, 6);
	});

	it("interpolates views with a geometric zoom", () => {
		const m = lerpView({ cx: 0, cy: 0, zoom: 1 }, { cx: 10, cy: 20, zoom: 4 }, 0.5);
		expect(m).toEqual({ cx: 5, cy: 10, zoom: 2 });
	});

	it("places labels by priority, trying alternatives and avoiding obstacles", () => {
		const box = (x: number, y: number) => ({ x, y, width: 50, height: 10 });
		const chosen = placeLabels(
			[
				{ id: "low", priority: 1, candidates: [box(0, 0)] },
				{ id: "high", priority: 9, candidates: [box(10, 0)] },
				{ id: "moves", priority: 5, candidates: [box(20, 5), box(200, 5)] },
				{ id: "blocked", priority: 4, candidates: [box(500, 500)] },
			],
			[{ x: 490, y: 490, width: 30, height: 30 }],
		);
		expect(chosen.get("high")).toBe(0);
		expect(chosen.get("moves")).toBe(1);
		expect(chosen.has("low")).toBe(false);
		expect(chosen.has("blocked")).toBe(false);
		expect(declutter([{ id: "a", x: 0, y: 0, w: 10, h: 10, priority: 1 }])).toEqual(new Set(["a"]));
	});

	it("prefers label spots inside the bounds", () => {
		const chosen = placeLabels(
			[{ id: "l", priority: 1, candidates: [{ x: -20, y: 0, width: 40, height: 10 }, { x: 5, y: 0, width: 40, height: 10 }] }],
			[],
			0,
			{ x: 0, y: 0, width: 100, height: 100 },
		);
		expect(chosen.get("l")).toBe(1);
	});

	it("hit-tests by priority, then distance", () => {
		const t = [
			{ value: "sea", x: 0, y: 0, r: 100, priority: 1 },
			{ value: "pin", x: 10, y: 0, r: 12, priority: 3 },
			{ value: "pin2", x: 30, y: 0, r: 12, priority: 3 },
		];
		expect(hitTest(t, 12, 0)).toBe("pin");
		expect(hitTest(t, 28, 0)).toBe("pin2");
		expect(hitTest(t, -50, 0)).toBe("sea");
		expect(hitTest(t, 500, 0)).toBe(null);
	});
});
