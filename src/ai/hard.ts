// The hard bot: the normal bot's search, wider, better informed and looking further.
//  - A wider menu of plans (more templates, a plan per programme, a rival cut off at once rather
//    than one export-control level a turn), screened as the normal bot screens its own (normal.ts).
//  - The best few judged again against the other factions modelled as normal players: the normal
//    bot run for each of them with dice of this bot's own (a guess at how they play, never a peek
//    at their real streams or drafts), `samples` times with different dice. Every faction decides
//    at once; where the normal bot assumes the others repeat their recent orders, the hard bot
//    sees who is about to press and who to calm down.
//  - Its value's forecast runs to the end of the game (the normal bot's stops 10 turns ahead).
//  - In the last ENDGAME turns, when the final score is close, each kept plan is played out to
//    the end: the faction by the normal bot, the others repeating their modelled orders.
//  - The choice is refined an order at a time, as the normal bot's is, with more options and rounds.
// The budget is fixed: the screening, samples x (factions - 1) normal decisions, keep x samples
// engine turns (or play-outs), and the refinement's rounds.
import { type FactionId, type GameState, type Order, type Rng, rngStream, type Scenario } from "../engine";
import { advance, repeatOf, stillSeedFor, withMine } from "./lookahead";
import { best, type Judged, judgePlans, judgeTwice, normalOrders, refine } from "./normal";
import { type Plan, planMenu } from "./plans";
import { HORIZON, ladderTurn, onRung, stateValue, weakestDeterrence } from "./value";

/** Turns the hard bot's forecast looks ahead: to the end of the game. */
const HARD_REACH = 20;

/** Turns from the end at which the hard bot plays its plans out to the end of the game. */
const ENDGAME = 3;



/** `s` with a record of an imagined turn's orders, so that a bot asked about it sees them as the last turn's. */
function withRecord(s: GameState, orders: Order[]): GameState {
	return { ...s, history: [...s.history, { turn: s.turn - 1, label: "", orders, injects: [], headlines: [], ledger: [], metrics: {}, hash: "" }] };
}

/**
 * A plan played out to the end of the game: this turn against the modelled others, then the
 * faction by the normal bot (its quick path) and the others repeating what they were modelled to do, each turn on
 * dice of its own that hold the ladder still; the ladder's moves are carried as a distribution
 * over rungs from each turn's odds, and the last state is judged by stateValue.
 */
function playOut(scenario: Scenario, s: GameState, faction: FactionId, plan: Plan, modelled: Map<FactionId, Order[]>, m: number): number {
	let orders = withMine(scenario, faction, plan.orders, modelled);
	let state = withRecord(advance(scenario, s, orders, stillSeedFor(s.seed, `hard:${m}`, s.turn)), orders);
	let dist = onRung(s.ladder.rung);
	while (!state.over) {
		dist = ladderTurn(scenario, dist, state.tension, weakestDeterrence(scenario, state));
		const mine = normalOrders(scenario, state, faction, rngStream(s.seed, state.turn, `bot:${faction}:playout:${m}`), true);
		const others = new Map<FactionId, Order[]>();
		for (const f of scenario.factions) if (f.id !== faction) others.set(f.id, repeatOf(scenario, state, f.id, orders));
		orders = withMine(scenario, faction, mine, others);
		state = withRecord(advance(scenario, state, orders, stillSeedFor(s.seed, `hard:${m}`, state.turn)), orders);
	}
	return stateValue(scenario, state, faction, HORIZON, dist, HARD_REACH);
}

export interface HardBudget {
	/** Plans kept after screening. */
	keep: number;
	/** Guesses at the others' orders (normal bots with dice of this bot's own). */
	samples: number;
	/** Weight of the screening value (others repeating recent orders) beside the modelled one. */
	screenWeight: number;
	/** Rounds of refinement of the chosen plan. */
	refine: number;
}

export const HARD_BUDGET: HardBudget = {
	keep: 5,
	samples: 2,
	screenWeight: 0.25,
	refine: 2,
};

/** A plan must beat the screening's choice by more than this (score points) to replace it. */
const HARD_MARGIN = 0.05;

export function hardOrders(scenario: Scenario, s: GameState, faction: FactionId, rng: Rng, budget: HardBudget = HARD_BUDGET): Order[] {
	const { plans, refiner } = planMenu(scenario, s, faction, rng, true);
	const screened = judgeTwice(scenario, s, faction, plans, budget.keep + 2, HARD_REACH);
	const ranked = screened.map((j, i) => ({ j, i })).sort((a, b) => b.j.value - a.j.value || a.i - b.i);
	// The screening's own choice first (what the normal bot would play from this menu), then the runners-up.
	const top = best(screened);
	const kept: Judged[] = [top, ...ranked.map((x) => x.j).filter((j) => j !== top)].slice(0, budget.keep);
	const models: Map<FactionId, Order[]>[] = [];
	for (let m = 0; m < budget.samples; m++) {
		const modelled = new Map<FactionId, Order[]>();
		for (const f of scenario.factions) {
			if (f.id !== faction) modelled.set(f.id, normalOrders(scenario, s, f.id, rngStream(s.seed, s.turn, `bot:${faction}:model:${m}:${f.id}`)));
		}
		models.push(modelled);
	}
	const w = budget.screenWeight;
	// A plan's worth: the screening's view (others repeating) beside the mean over the modelled others.
	const endgame = scenario.turns - s.turn <= ENDGAME;
	const judge = (list: Plan[], screen: number[]): Judged[] => {
		const sums = list.map(() => 0);
		models.forEach((modelled, m) => {
			if (endgame) {
				list.forEach((plan, k) => {
					sums[k] += playOut(scenario, s, faction, plan, modelled, m);
				});
			} else {
				judgePlans(scenario, s, faction, list, modelled, HARD_REACH).forEach((v, k) => {
					sums[k] += v.value;
				});
			}
		});
		return list.map((plan, k) => ({ plan, value: w * screen[k] + ((1 - w) * sums[k]) / Math.max(1, models.length) }));
	};
	const judged = judge(
		kept.map((j) => j.plan),
		kept.map((j) => j.value),
	);
	const choice = best(judged, HARD_MARGIN);
	const judgeNew = (list: Plan[]) =>
		judge(
			list,
			judgeTwice(scenario, s, faction, list, list.length, HARD_REACH).map((j) => j.value),
		);
	return refine(judgeNew, choice, refiner, budget.refine, HARD_MARGIN).plan.orders;
}
