// Levels of detail of the land (src/game/map/lod.ts): what the land worker makes ahead of time is
// what the map would make itself, and it is only used for the land it was made from.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeLand } from "../../src/game/map/geometry";
import { LOD_TOLERANCES, keepLevels, lodLevel, simplifiedFor, simplifyLand } from "../../src/game/map/lod";

const raw = JSON.parse(readFileSync(join(__dirname, "../../assets/map/land.json"), "utf8"));
const points = (lines: readonly (readonly number[])[]) => lines.reduce((n, l) => n + l.length / 2, 0);

describe("land levels of detail", () => {
	it("level 0 is the land as it is; coarser levels keep every country and have fewer points", () => {
		const land = decodeLand(raw);
		const full = simplifyLand(land, 0);
		expect(full.coast).toBe(land.coast);
		expect(full.rings.map(points)).toEqual(land.countries.map((c) => points(c.rings)));
		let last = points(full.coast);
		for (let level = 1; level < LOD_TOLERANCES.length; level++) {
			const l = simplifyLand(land, level);
			expect(l.rings).toHaveLength(land.countries.length);
			expect(l.rings.flat().every((r) => r.length >= 6 && r.length % 2 === 0)).toBe(true);
			expect(points(l.coast)).toBeLessThan(last);
			last = points(l.coast);
		}
	});

	it("levels made elsewhere (the worker, after a structured clone) are the same and kept for their land only", () => {
		const land = decodeLand(raw);
		const made = structuredClone({ land, level: simplifyLand(land, 2) });
		expect(made.level).toEqual(simplifyLand(made.land, 2));
		keepLevels(made.land, new Map([[2, made.level]]));
		expect(simplifiedFor(made.land, 2)).toBe(made.level);
		expect(simplifiedFor(made.land, 1)).toBeUndefined();
		expect(simplifiedFor(land, 2)).toBeUndefined();
	});

	it("picks the coarsest level whose error is under half a device pixel", () => {
		expect(lodLevel(10)).toBe(0);
		expect(lodLevel(0.5 / 0.8)).toBe(1);
		expect(lodLevel(0.5 / 1.5)).toBe(2);
		expect(lodLevel(0.1)).toBe(3);
	});
});
