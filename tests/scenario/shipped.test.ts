// Every scenario shipped in scenarios/ loads with no errors, and the built-in list matches them.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinScenarios, getBuiltinScenario, loadScenario } from "../../src/scenario";
import { here, show } from "./helpers";

const files = readdirSync(here("../../scenarios"))
	.filter((f) => f.endsWith(".json") && f !== "schema.json")
	.sort();

describe("shipped scenarios", () => {
	it.each(files)("%s loads with no errors", (file) => {
		const result = loadScenario(readFileSync(here(`../../scenarios/${file}`), "utf8"));
		expect(result.ok, result.ok ? "" : show(result.errors)).toBe(true);
	});

	it("are all built in, each under its own id", () => {
		expect(builtinScenarios.map((b) => b.file).sort()).toEqual(files);
		const ids = builtinScenarios.map((b) => b.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(builtinScenarios.map((b) => b.id))("built-in %s loads through getBuiltinScenario", (id) => {
		const result = getBuiltinScenario(id);
		expect(result?.ok, result && !result.ok ? show(result.errors) : "").toBe(true);
		if (!result?.ok) return;
		expect(result.scenario.id).toBe(id);
		// Each call gets its own copy.
		result.scenario.name = "changed";
		const again = getBuiltinScenario(id);
		expect(again?.ok && again.scenario.name).not.toBe("changed");
	});

	it("returns undefined for an unknown id", () => {
		expect(getBuiltinScenario("no-such-scenario")).toBeUndefined();
	});
});
