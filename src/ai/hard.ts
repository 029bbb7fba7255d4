// The hard bot (Monte Carlo): a wider menu of plans, screened one turn ahead like the normal bot;
// the best few are then played out in rollouts of a few turns. In a rollout the faction keeps to
// its plan and the others repeat their last orders; each rollout has dice of its own for the
// events (the same dice for every plan, so plans are compared on equal luck), while the ladder is
// held still and its moves are carried as a distribution over rungs, turn by turn, from each
// imagined turn's odds (lookahead.ts, value.ts). The budget is fixed: at most
// keep x rollouts x depth engine turns, plus the screening.
import type { FactionId, GameState, Order, Rng, Scenario } from "../engine";
import { advance, lastOrders, repeatOf, repeats, stillSeedFor, withMine } from "./lookahead";
import { easyOrders } from "./easy";
import { rngStream } from "../engine";
import { best, type Judged, judgePlans } from "./normal";
import { candidatePlans } from "./plans";
import { ladderTurn, onRung, stateValue, weakestDeterrence } from "./value";

export interface HardBudget {
	/** Plans kept after screening. */
	keep: number;
	/** Rollouts per plan. */
	rollouts: number;
	/** Turns per rollout (fewer near the end of the game). */
	depth: number;
}

/** Rollouts are noisier than one look-ahead: a plan must win by more to be preferred (normal.ts). */
const HARD_MARGIN = 0.2;

export const HARD_BUDGET: HardBudget = { keep: 6, rollouts: 4, depth: 3 };
// EXPERIMENT
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
if (env.HB) Object.assign(HARD_BUDGET, JSON.parse(env.HB));

function rolloutValue(scenario: Scenario, s: GameState, faction: FactionId, plan: Order[], r: number, depth: number): number {
	let dist = onRung(s.ladder.rung);
	let state = s;
	let last: Order[] = withMine(scenario, faction, plan, repeats(scenario, s, lastOrders(s), faction));
	for (let t = 0; t < depth && !state.over; t++) {
		// After the first turn everyone repeats their last orders (the faction its plan) where still legal.
		if (t > 0) {
			const mode = env.HMODE ?? "repeat";
			const mine = mode === "repeat" ? repeatOf(scenario, state, faction, last) : mode === "hold" ? [] : easyOrders(scenario, state, faction, rngStream(state.seed, state.turn, `bot:${faction}:rollout`));
			last = withMine(scenario, faction, mine, repeats(scenario, state, last, faction));
		}
		state = advance(scenario, state, last, stillSeedFor(s.seed, `rollout:${r}`, state.turn));
		// The ladder's move in this imagined turn, by its odds; the last turn's move is stateValue's first step.
		if (t < depth - 1 && !state.over) dist = ladderTurn(scenario, dist, state.tension, weakestDeterrence(scenario, state));
	}
	return stateValue(scenario, state, faction, 4, dist);
}

export function hardOrders(scenario: Scenario, s: GameState, faction: FactionId, rng: Rng, budget: HardBudget = HARD_BUDGET): Order[] {
	const plans = candidatePlans(scenario, s, faction, rng, true);
	const screened = judgePlans(scenario, s, faction, plans);
	const ranked = screened.map((j, i) => ({ j, i })).sort((a, b) => b.j.value - a.j.value || a.i - b.i);
	const kept = ranked.slice(0, budget.keep).map((x) => x.j);
	const depth = Math.max(1, Math.min(budget.depth, scenario.turns - s.turn));
	const judged: Judged[] = kept.map((j) => {
		let sum = 0;
		for (let r = 0; r < budget.rollouts; r++) sum += rolloutValue(scenario, s, faction, j.plan.orders, r, depth);
		return { plan: j.plan, value: sum / budget.rollouts };
	});
	if (env.HDEBUG) console.log(screened.map((j) => `${j.plan.name}:${j.value.toFixed(3)}`).join(" "), "||", judged.map((j) => `${j.plan.name}:${j.value.toFixed(3)}`).join(" "));
	return best(judged, HARD_MARGIN).plan.orders;
}
