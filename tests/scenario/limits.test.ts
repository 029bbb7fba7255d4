// Hostile and oversized inputs: refused quickly, with a message, never a throw.
import { describe, expect, it } from "vitest";
import { loadScenario, parseScenario } from "../../src/scenario";
import { MAX_TEXT_BYTES } from "../../src/scenario/limits";
import { errorsOf, minimal, show } from "./helpers";

describe("limits", () => {
	it("refuses text over 2 MB before parsing it", () => {
		const s = minimal();
		s.summary = "x".repeat(MAX_TEXT_BYTES);
		const errors = errorsOf(loadScenario(JSON.stringify(s)));
		expect(errors).toHaveLength(1);
		expect(errors[0].path).toBe("");
		expect(errors[0].message).toMatch(/at most 2 MB/);
	});

	it("counts bytes, not characters", () => {
		const text = `"${"é".repeat(MAX_TEXT_BYTES / 2 + 10)}"`; // fewer characters than bytes
		expect(text.length).toBeLessThan(MAX_TEXT_BYTES);
		expect(errorsOf(loadScenario(text))[0].message).toMatch(/at most 2 MB/);
	});

	it("refuses more than 300 events", () => {
		const s = minimal();
		s.events = Array.from({ length: 301 }, (_, i) => ({ ...s.events[0], id: `e${i}` }));
		const errors = errorsOf(loadScenario(JSON.stringify(s)));
		expect(errors.map((e) => [e.path, e.message])).toContainEqual(["events", "expected at most 300 items, found 301"]);
	});

	it("refuses more than 16 factions", () => {
		const s = minimal();
		s.factions = Array.from({ length: 17 }, (_, i) => ({ ...s.factions[0], id: `F${i}` }));
		const errors = errorsOf(loadScenario(JSON.stringify(s)));
		expect(show(errors)).toContain("factions: expected at most 16 items, found 17");
	});

	it("refuses any array over 1000 items without looking inside it", () => {
		const s = minimal();
		s.sources = Array.from({ length: 5000 }, () => ({ bad: [1] }));
		const errors = errorsOf(loadScenario(JSON.stringify(s)));
		expect(errors).toEqual([{ path: "sources", message: "expected at most 1000 items, found an array of 5000 items", severity: "error" }]);
	});

	it("refuses deep nesting in text that JSON.parse accepts", () => {
		const text = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
		const errors = errorsOf(loadScenario(text));
		expect(errors[0].message).toMatch(/nesting/);
	});

	it("refuses cyclic and shared values given to parseScenario", () => {
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(errorsOf(parseScenario(cyclic))[0].message).toMatch(/nesting of at most 32/);

		// 10 levels of 10 keys sharing one child: 10^10 paths, refused after a bounded walk.
		let shared: Record<string, unknown> = { leaf: 1 };
		for (let level = 0; level < 10; level++) {
			const next: Record<string, unknown> = {};
			for (let k = 0; k < 10; k++) next[`k${k}`] = shared;
			shared = next;
		}
		const started = Date.now();
		expect(errorsOf(parseScenario(shared))[0].message).toMatch(/at most 500000 objects and arrays/);
		expect(Date.now() - started).toBeLessThan(10_000); // a hang guard, not a timing test
	});

	it("turns a throwing getter into an issue", () => {
		const s = minimal();
		Object.defineProperty(s, "name", {
			enumerable: true,
			get() {
				throw new Error("boom");
			},
		});
		const errors = errorsOf(parseScenario(s));
		expect(errors[0].path).toBe("");
		expect(errors[0].message).toContain("boom");
	});

	it("stays quick on a large file full of unknown ids", () => {
		const s = minimal();
		const effect = { kind: "readiness", region: "okinawaa-but-misspelt-at-length", delta: 1 };
		s.events = Array.from({ length: 26 }, (_, i) => ({ ...s.events[0], id: `e${i}`, effects: Array(1000).fill(effect) }));
		const text = JSON.stringify(s);
		expect(text.length).toBeGreaterThan(1_500_000);
		expect(text.length).toBeLessThan(2_000_000);
		const started = Date.now();
		const result = loadScenario(text);
		expect(Date.now() - started).toBeLessThan(10_000); // a hang guard, not a timing test
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.at(-1)?.message).toMatch(/more issues not shown/);
	});

	it("caps the number of issues it reports", () => {
		const s = minimal();
		s.events[0].effects = Array(900).fill(5);
		const result = loadScenario(JSON.stringify(s));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.length).toBeLessThanOrEqual(201);
		expect(result.errors.at(-1)?.message).toMatch(/700 more issues not shown/);
	});
});
