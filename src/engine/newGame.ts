// The initial state of a scenario: plain JSON, integers only.
import { copySorted } from "./clone";
import { lookup } from "./lookup";
import { relationKey } from "./ledger";
import { computeDeterrence } from "./steps/deterrence";
import type { FactionState, GameState, Scenario } from "./types";

export function newGame(scenario: Scenario, seed: string): GameState {
	const l = lookup(scenario);
	const factions: Record<string, FactionState> = {};
	for (const id of l.factionIds) {
		const f = l.faction.get(id)!;
		const supplied: Record<string, number> = {};
		for (const m of Object.keys(f.demand)) supplied[m] = 100;
		factions[id] = {
			budget: f.budget,
			funds: f.budget,
			actionPoints: f.actionPoints,
			economy: f.economy,
			support: f.support,
			credibility: f.credibility,
			resolve: f.resolve,
			reserves: f.reserves,
			munitions: { ...f.munitions },
			materials: { ...f.materials },
			demand: { ...f.demand },
			supplied,
			posture: "ambiguity",
			drillBonus: 0,
		};
	}
	const state: GameState = {
		scenario: scenario.id,
		seed,
		turn: 0,
		over: false,
		outcome: null,
		factions,
		regions: Object.fromEntries(
			scenario.regions.map((r) => [
				r.id,
				{ owner: r.owner, readiness: r.readiness, forces: { ...r.forces }, heat: 0, blockaded: false },
			]),
		),
		relations: Object.fromEntries(scenario.relations.map((r) => [relationKey(r.a, r.b), r.value])),
		producers: Object.fromEntries(
			scenario.producers.map((p) => [p.id, { capacity: p.capacity, active: p.active }]),
		),
		contracts: scenario.contracts.map((c) => ({ ...c })),
		exportControls: scenario.exportControls.map((c) => ({ ...c })),
		programmes: Object.fromEntries(
			scenario.programmes.map((p) => [p.id, { status: "idle", progress: 0, committed: [] }]),
		),
		lines: Object.fromEntries(scenario.lines.map((ln) => [ln.id, { rate: ln.rate, active: ln.active, output: 0 }])),
		tension: scenario.tension,
		deterrence: {},
		ladder: { rung: scenario.ladder.initial, peak: scenario.ladder.initial },
		flags: {},
		fired: {},
		flows: [],
		history: [],
	};
	for (const p of scenario.deterrencePairs) {
		state.deterrence[`${p.challenger}>${p.defender}`] = computeDeterrence(scenario, state, p.challenger, p.defender).value;
	}
	// Keys in sorted order, kept by every copy a turn makes: the state hash seldom has to sort.
	return copySorted(state);
}
