// The "can be played for one turn" check reports an engine failure as an error at path "".
import { describe, expect, it, vi } from "vitest";
import { parseScenario } from "../../src/scenario";
import { minimal } from "./helpers";

vi.mock("../../src/engine/index", async (importOriginal) => {
	const real = await importOriginal<typeof import("../../src/engine/index")>();
	return {
		...real,
		resolve: (...args: Parameters<typeof real.resolve>) => {
			if (args[0].id === "explodes") throw new Error("no such faction in turn 1");
			return real.resolve(...args);
		},
	};
});

describe("one-turn check", () => {
	it("passes a scenario the engine can play", () => {
		expect(parseScenario(minimal()).ok).toBe(true);
	});

	it("reports an engine failure without throwing", () => {
		const s = minimal();
		s.id = "explodes";
		const result = parseScenario(s);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toEqual([
			{
				path: "",
				message: "expected a scenario the engine can play for one turn, found that it fails: no such faction in turn 1",
				severity: "error",
			},
		]);
	});
});
