// Public face of the scenario layer (docs/CONTRIBUTING.md, "Scenario layer").
export { builtinScenarios, getBuiltinScenario, type BuiltinScenario } from "./builtin";
export type { LoadResult, ScenarioIssue } from "./issues";
export { scenarioJsonSchema } from "./jsonSchema";
export { loadScenario, parseScenario } from "./load";
