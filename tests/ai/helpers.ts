import type { Scenario } from "../../src/engine";
import { getBuiltinScenario } from "../../src/scenario";

/** The flagship scenario, loaded and validated as the game does. */
export function flagship(): Scenario {
	const r = getBuiltinScenario("southwest-shield");
	if (!r?.ok) throw new Error("southwest-shield does not load");
	return r.scenario;
}
