// Shared test fixtures: a built-in scenario and a short bot-played run of it.
import type { Scenario } from "../../src/engine";
import type { Replay } from "../../src/replay";
import { getBuiltinScenario } from "../../src/scenario";
import { simulate } from "../../src/sim";

export function builtin(id: string): { scenario: Scenario; hash: string } {
	const loaded = getBuiltinScenario(id);
	if (!loaded) throw new Error(`no built-in scenario ${id}`);
	if (!loaded.ok) throw new Error(`built-in scenario ${id} does not load: ${JSON.stringify(loaded.errors[0])}`);
	return { scenario: loaded.scenario, hash: loaded.hash };
}

const cache = new Map<string, { scenario: Scenario; hash: string; replay: Replay }>();

/** A bot-played run of `turns` turns (easy bots: fast), cached per test file. */
export function shortRun(id = "southwest-shield", seed = "42", turns = 6): { scenario: Scenario; hash: string; replay: Replay } {
	const key = `${id}/${seed}/${turns}`;
	const hit = cache.get(key);
	if (hit) return { ...hit, replay: structuredClone(hit.replay) };
	const { scenario, hash } = builtin(id);
	const bots = Object.fromEntries(scenario.factions.map((f) => [f.id, "easy" as const]));
	const { replay } = simulate({ scenario, hash, seed, turns, bots });
	if (replay.turns.length < 3) throw new Error(`fixture: the ${id} run ended after ${replay.turns.length} turns; tests need 3`);
	cache.set(key, { scenario, hash, replay });
	return { scenario, hash, replay: structuredClone(replay) };
}
