// loadScenario / parseScenario on valid input, warnings, hashing and message details.
import { describe, expect, it } from "vitest";
import { hashValue } from "../../src/engine";
import { loadScenario, parseScenario } from "../../src/scenario";
import { errorsOf, minimal, minimalText, show } from "./helpers";

describe("loadScenario", () => {
	it("loads the minimal fixture with no issues", () => {
		const result = loadScenario(minimalText());
		expect(result.ok, result.ok ? "" : show(result.errors)).toBe(true);
		if (!result.ok) return;
		expect(result.warnings).toEqual([]);
		expect(result.scenario.id).toBe("minimal");
		expect(result.hash).toMatch(/^[0-9a-f]{16}$/);
		expect(result.hash).toBe(hashValue(result.scenario));
	});

	it("drops $schema, so the hint does not change the scenario or its hash", () => {
		const withHint = loadScenario(minimalText());
		const s = minimal();
		delete s.$schema;
		const without = parseScenario(s);
		expect(withHint.ok && without.ok).toBe(true);
		if (!withHint.ok || !without.ok) return;
		expect("$schema" in withHint.scenario).toBe(false);
		expect(withHint.scenario).toEqual(without.scenario);
		expect(withHint.hash).toBe(without.hash);
	});

	it("hashes content, not key order or whitespace", () => {
		const s = minimal();
		const reordered = Object.fromEntries(Object.entries(s).reverse());
		const a = loadScenario(JSON.stringify(s));
		const b = loadScenario(JSON.stringify(reordered, null, 4));
		expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
		s.tension += 1;
		const c = parseScenario(s);
		expect(c.ok && a.ok && c.hash !== a.hash).toBe(true);
	});

	it("accepts a byte-order mark", () => {
		expect(loadScenario(`\uFEFF${minimalText()}`).ok).toBe(true);
	});

	it("reports legal oddities as warnings and still loads", () => {
		const s = minimal();
		s.sources = [];
		s.events[0].weight = 0;
		s.factions[1].briefing = "  ";
		s.events[0].when.minTurn = 8; // turns is 8: never fires
		s.events[1].when.flags = { "never-set": 1 };
		const result = parseScenario(s);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.warnings.every((w) => w.severity === "warning")).toBe(true);
		expect(result.warnings.map((w) => w.path)).toEqual([
			"sources",
			"factions[1].briefing",
			"events[0].weight",
			"events[0].when.minTurn",
			'events[1].when.flags["never-set"]',
		]);
	});

	it("collects every error of a stage, not just the first", () => {
		const s = minimal();
		s.turns = 0;
		s.factions[0].colour = "blue";
		s.regions[1].kind = "air";
		s.events[1].effects[0].delta = 1.5;
		const paths = errorsOf(parseScenario(s)).map((e) => e.path);
		expect(paths).toEqual(["turns", "factions[0].colour", "regions[1].kind", "events[1].effects[0].delta"]);
	});

	it("collects every cross-reference error with suggestions", () => {
		const s = minimal();
		s.regions[0].owner = "JNP";
		s.producers[0].material = "ndp";
		s.contracts[1].consumer = "usa";
		s.ladder.rungs[5].effects[0].target = "Taiwan";
		const errors = errorsOf(parseScenario(s));
		expect(errors.map((e) => [e.path, e.suggestion])).toEqual([
			["regions[0].owner", 'did you mean "JPN"?'],
			["producers[0].material", 'did you mean "ndpr"?'],
			["contracts[1].consumer", 'did you mean "USA"?'],
			["ladder.rungs[5].effects[0].target", undefined],
		]);
		expect(errors[3].message).toBe('unknown faction "Taiwan": expected an id from factions (JPN, USA, PRC)');
	});

	it("quotes record keys that are not plain names in paths", () => {
		const s = minimal();
		s.factions[0].materials = { "nd-pr": 1 };
		const errors = errorsOf(parseScenario(s));
		expect(errors[0].path).toBe('factions[0].materials["nd-pr"]');
		expect(errors[0].suggestion).toBe('did you mean "ndpr"?');
	});

	it("says what is wrong with a record key", () => {
		const s = minimal();
		s.regions[0].forces = { "J P N": 1 };
		const errors = errorsOf(parseScenario(s));
		expect(errors[0].path).toBe('regions[0].forces["J P N"]');
		expect(errors[0].message).toMatch(/^expected the key to be an id.*found "J P N"$/);
	});

	it("reports missing fields, wrong types and a non-object file", () => {
		const s = minimal();
		delete s.rules;
		s.version = "1";
		expect(show(errorsOf(parseScenario(s)))).toBe(
			[
				'error version: expected an integer from 1 to 100000, found "1"',
				'error rules: missing field "rules": expected an object',
			].join("\n"),
		);
		expect(errorsOf(parseScenario(null))[0].message).toBe("expected an object, found null");
		expect(errorsOf(loadScenario("42"))[0].message).toBe("expected an object, found 42");
	});

	it("says where invalid JSON goes wrong", () => {
		const errors = errorsOf(loadScenario('{\n  "id": "x",\n  "name": \'y\'\n}'));
		expect(errors).toEqual([
			{
				path: "",
				message: "invalid JSON: expected a value (an object, array, string, number, true, false or null), found \"'\" at line 3, column 11",
				severity: "error",
			},
		]);
	});

	it("refuses a non-string argument instead of throwing", () => {
		expect(errorsOf(loadScenario(undefined as unknown as string))[0].message).toMatch(/expected the text of a JSON file/);
	});

	it("does not touch the value it is given", () => {
		const s = minimal();
		const before = JSON.stringify(s);
		parseScenario(s);
		expect(JSON.stringify(s)).toBe(before);
	});
});
