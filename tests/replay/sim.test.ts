// src/sim seen from the replay side: a simulated run is a replay, and its report is the ledger's.
import { describe, expect, it } from "vitest";
import { hashState, turnLabel } from "../../src/engine";
import { verifyReplay } from "../../src/replay";
import { report, simulate } from "../../src/sim";
import { builtin } from "./fixtures";

describe("simulate and report", () => {
	const { scenario, hash } = builtin("rare-earth-squeeze");
	const bots = Object.fromEntries(scenario.factions.map((f) => [f.id, "easy" as const]));
	const run = simulate({ scenario, hash, seed: "sim-test", turns: 4, bots });

	it("plays every faction and records a verifiable replay", () => {
		expect(run.replay.turns.length).toBeGreaterThan(0);
		expect(run.replay.turns.length).toBeLessThanOrEqual(4);
		const factions = new Set(run.replay.turns[0].orders.map((o) => o.faction));
		for (const f of scenario.factions) expect(factions.has(f.id), `${f.id} gave no order in turn 1`).toBe(true);
		expect(verifyReplay(scenario, hash, run.replay)).toMatchObject({ ok: true, hash: hashState(run.state) });
	});

	it("is deterministic for a seed", () => {
		const again = simulate({ scenario, hash, seed: "sim-test", turns: 4, bots });
		expect(again.replay).toEqual(run.replay);
	});

	it("reports per-turn metrics, changes that match the ledger, and headlines", () => {
		const rep = report(scenario, run.state);
		expect(rep.turns).toBe(run.replay.turns.length);
		expect(rep.hash).toBe(hashState(run.state));
		expect(rep.history).toHaveLength(rep.turns);
		expect(rep.history[0].label).toBe(turnLabel(scenario, 0));
		for (const turn of rep.history) {
			for (const [key, delta] of Object.entries(turn.changes)) {
				const fromLedger = turn.ledger.filter((e) => e.target === key).reduce((a, e) => a + e.delta, 0);
				expect(fromLedger, `turn ${turn.turn}: ${key}`).toBe(delta);
			}
		}
		expect(rep.headlines.length).toBeGreaterThan(0);
		expect(Object.keys(rep.scores).sort()).toEqual(scenario.factions.map((f) => f.id).sort());
		expect(JSON.parse(JSON.stringify(rep))).toEqual(rep);
	});
});
