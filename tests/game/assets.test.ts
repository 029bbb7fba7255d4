// The generated map assets: they parse, lie within the frame, are small, hold the islands the
// scenarios need, and are what `npm run map` generates now (up to date).
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildMap } from "../../scripts/build-map";
import { FRAME, MAP_WIDTH, decodeLand } from "../../src/game/map/geometry";
import { ringContains } from "../../src/game/map/land";
import { projection } from "../../src/game/map/projection";

const dir = join(__dirname, "../../assets/map");
const landText = readFileSync(join(dir, "land.json"), "utf8");
const land = decodeLand(JSON.parse(landText));

describe("assets/map", () => {
	it("projection.json describes the frame on the logical canvas", () => {
		const p = JSON.parse(readFileSync(join(dir, "projection.json"), "utf8"));
		expect(p.type).toBe("mercator");
		expect(p.frame).toEqual(FRAME);
		expect(p.width).toBe(MAP_WIDTH);
		expect(land.width).toBe(p.width);
		expect(land.height).toBe(p.height);
	});

	it("land.json is small and carries integer coordinates inside the frame", () => {
		expect(statSync(join(dir, "land.json")).size).toBeLessThan(150 * 1024);
		const all = [...land.countries.flatMap((c) => c.rings), ...land.coast, ...land.borders];
		expect(all.length).toBeGreaterThan(300);
		const bad: string[] = [];
		for (const r of all) {
			for (let i = 0; i < r.length; i += 2) {
				const [x, y] = [r[i], r[i + 1]];
				const ok = Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x <= land.width && y <= land.height;
				if (!ok) bad.push(`${x},${y}`);
			}
		}
		expect(bad).toEqual([]);
	});

	it("has no ring spanning the whole frame (a winding artefact would flood the map)", () => {
		for (const c of land.countries) {
			for (const r of c.rings) {
				const xs = r.filter((_, i) => i % 2 === 0);
				const ys = r.filter((_, i) => i % 2 === 1);
				const spans = Math.max(...xs) - Math.min(...xs) >= land.width && Math.max(...ys) - Math.min(...ys) >= land.height;
				expect(spans, c.name).toBe(false);
			}
		}
	});

	it("keeps the small islands the scenarios are about", () => {
		const near = (lon: number, lat: number, units: number) => {
			const [x, y] = projection.project(lon, lat);
			return land.countries.some((c) =>
				c.rings.some((r) => ringContains(r, x, y) || r.some((v, i) => i % 2 === 0 && Math.hypot(v - x, r[i + 1] - y) < units)),
			);
		};
		expect(near(127.8, 26.45, 8), "Okinawa").toBe(true);
		expect(near(124.16, 24.4, 8), "Ishigaki").toBe(true);
		expect(near(123.0, 24.46, 8), "Yonaguni").toBe(true);
		expect(near(123.5, 25.75, 10), "Senkaku").toBe(true);
		expect(near(153.98, 24.29, 10), "Minamitorishima").toBe(true);
		expect(near(144.79, 13.44, 10), "Guam").toBe(true);
		expect(near(121.0, 23.7, 2), "Taiwan").toBe(true);
	});

	it("has chart labels inside the frame", () => {
		expect(land.labels.map((l) => l.text)).toContain("CHINA");
		for (const l of land.labels) {
			expect(l.x).toBeGreaterThan(0);
			expect(l.x).toBeLessThan(land.width);
			expect(l.y).toBeGreaterThan(0);
			expect(l.y).toBeLessThan(land.height);
		}
	});

	it("is what npm run map generates now", () => {
		const built = buildMap();
		expect(built.projection).toBe(readFileSync(join(dir, "projection.json"), "utf8"));
		expect(built.land === landText, "assets/map/land.json is stale: run npm run map").toBe(true);
	});
});
