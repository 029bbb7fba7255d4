// Golden replays: committed runs that must replay bit for bit. Their hashes may change only
// together with ENGINE_VERSION (src/engine/version.ts); regenerate them with `npm run golden`.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE_VERSION, hashValue } from "../../src/engine";
import { loadSave, parseReplayText, SAVE_FORMAT, type Save, verifyReplay } from "../../src/replay";
import { getBuiltinScenario, parseScenario } from "../../src/scenario";

const ROOT = resolve(import.meta.dirname, "../..");
const GOLDENS = ["southwest-shield-seed-42.json", "rare-earth-squeeze-seed-7.json"];
const FIX = "bump ENGINE_VERSION in src/engine/version.ts and regenerate goldens with `npm run golden`";

describe.each(GOLDENS)("golden replay %s", (file) => {
	const parsed = parseReplayText(readFileSync(join(ROOT, "tests/golden", file), "utf8"));

	it("is a valid replay of a built-in scenario", () => {
		expect(parsed.ok, parsed.ok ? "" : parsed.error).toBe(true);
	});

	it("was recorded with this engine version", () => {
		if (!parsed.ok) return;
		expect(
			parsed.value.engineVersion,
			`golden ${file} was recorded with engine ${parsed.value.engineVersion}, this build is ${ENGINE_VERSION}: regenerate goldens with \`npm run golden\``,
		).toBe(ENGINE_VERSION);
	});

	it("replays bit for bit", () => {
		if (!parsed.ok) return;
		const replay = parsed.value;
		const loaded = getBuiltinScenario(replay.scenario.id);
		expect(loaded?.ok, `scenario ${replay.scenario.id} is not built in or does not load`).toBe(true);
		if (!loaded?.ok) return;
		expect(replay.turns.length).toBeGreaterThan(0);
		const result = verifyReplay(loaded.scenario, loaded.hash, replay);
		const message = result.ok
			? ""
			: result.turn === 0
				? `${result.message}: the scenario file changed; regenerate goldens with \`npm run golden\``
				: `engine behaviour changed: ${FIX} (${result.message})`;
		expect(result.ok, message).toBe(true);
	});
});

// Engine 1.0 recorded state hashes in format 1 (character by character); 1.1 has the same rules
// and records format 2. A replay or save made by 1.0 must still verify, and load without warnings.
describe("a replay recorded by engine 1.0.0 (hash format 1)", () => {
	const parsed = parseReplayText(readFileSync(join(ROOT, "tests/golden/legacy/southwest-shield-seed-42-engine-1.0.0.json"), "utf8"));
	// The flagship's version 1 (version 2 changed objectives and texts, no rule the replay depends on).
	const version1 = parseScenario(JSON.parse(readFileSync(join(ROOT, "tests/golden/legacy/southwest-shield-version-1.json"), "utf8")));
	if (!parsed.ok || !version1.ok) throw new Error("legacy golden or flagship version 1 does not load");
	const replay = parsed.value;
	// The flagship as it was then: Australia's map anchor came later (it changes no rule).
	const then = structuredClone(version1.scenario);
	for (const f of then.factions) delete f.anchor;
	const loaded = { scenario: then, hash: hashValue(then) };

	it("is checked against the flagship as it was when recorded", () => {
		expect(loaded.hash).toBe(replay.scenario.hash);
	});

	it("still verifies, turn by turn", () => {
		expect(replay.engineVersion).toBe("1.0.0");
		const result = verifyReplay(loaded.scenario, loaded.hash, replay);
		expect(result.ok, result.ok ? "" : result.message).toBe(true);
		if (result.ok) expect(result.hash).toBe(replay.turns.at(-1)!.hash);
	});

	it("fails verification when one of its hashes is altered", () => {
		const altered = { ...replay, turns: replay.turns.map((t, i) => (i === 3 ? { ...t, hash: "0123456789abcdef" } : t)) };
		const result = verifyReplay(loaded.scenario, loaded.hash, altered);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.turn).toBe(4);
	});

	it("loads as a save with no warning, its hashes moved to this engine's format", () => {
		const save: Save = { ...replay, format: SAVE_FORMAT, drafts: [], controls: {} };
		const result = loadSave(loaded.scenario, loaded.hash, save);
		expect(result.ok, result.ok ? "" : result.error).toBe(true);
		if (!result.ok) return;
		expect(result.warnings).toEqual([]);
		expect(result.turns.map((t) => t.hash)).toEqual(result.state.history.map((r) => r.hash));
		expect(result.turns[0].hash).not.toBe(replay.turns[0].hash);
		const again = verifyReplay(loaded.scenario, loaded.hash, { ...replay, engineVersion: ENGINE_VERSION, turns: result.turns });
		expect(again.ok).toBe(true);
	});
});

describe("a save made on an earlier revision of a scenario", () => {
	const parsed = parseReplayText(readFileSync(join(ROOT, "tests/golden/legacy/southwest-shield-seed-42-engine-1.0.0.json"), "utf8"));
	const current = getBuiltinScenario("southwest-shield");
	if (!parsed.ok || !current?.ok) throw new Error("legacy golden or flagship does not load");

	it("is replayed under the current revision with a warning, not refused", () => {
		expect(parsed.value.scenario.hash).not.toBe(current.hash);
		const save: Save = { ...parsed.value, format: SAVE_FORMAT, drafts: [], controls: {} };
		const result = loadSave(current.scenario, current.hash, save);
		expect(result.ok, result.ok ? "" : result.error).toBe(true);
		if (!result.ok) return;
		expect(result.warnings.join(" ")).toMatch(/has changed since this save was made/);
		expect(result.turns).toHaveLength(parsed.value.turns.length);
		expect(result.turns.map((t) => t.hash)).toEqual(result.state.history.map((r) => r.hash));
	});

	it("is still refused by strict verification (the CLI's replay verify)", () => {
		const result = verifyReplay(current.scenario, current.hash, parsed.value);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/with hash/);
	});
});
