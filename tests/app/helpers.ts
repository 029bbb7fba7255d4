// Shared fixtures for the browser-app tests (run in Node: no DOM).
import { getBuiltinScenario } from "../../src/scenario";
import type { Scenario } from "../../src/engine";

export function flagship(): { scenario: Scenario; hash: string } {
	const r = getBuiltinScenario("southwest-shield");
	if (!r?.ok) throw new Error("the flagship scenario does not load");
	return { scenario: r.scenario, hash: r.hash };
}
