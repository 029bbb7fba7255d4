// Golden replays: committed runs that must replay bit for bit. Their hashes may change only
// together with ENGINE_VERSION (src/engine/version.ts); regenerate them with `npm run golden`.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE_VERSION } from "../../src/engine";
import { parseReplayText, verifyReplay } from "../../src/replay";
import { getBuiltinScenario } from "../../src/scenario";

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
