// The hard bot (Monte Carlo): a wider menu of plans, screened one turn ahead like the normal bot;
// the best few are then played out in rollouts of a few turns. Each rollout has dice of its own for
// the events (the same dice for every plan, so plans are compared on equal luck) and its own guess
// at the other factions: half the rollouts have them repeat their last orders, half play the easy
// rules from a rollout stream (never their real drafts). After the first turn the faction itself
// plays the easy rules too. The ladder is held still in the imagined turns and its moves carried
// as a distribution over rungs from each turn's odds (lookahead.ts, value.ts). A plan's worth is
// the mean of its rollouts and its screening value. The budget is fixed: keep x rollouts x depth
// engine turns, plus the screening.
import { type FactionId, type GameState, type Order, type Rng, rngStream, type Scenario } from "../engine";
import { easyOrders } from "./easy";
import { advance, lastOrders, repeats, stillSeedFor, withMine } from "./lookahead";
import { best, type Judged, judgePlans } from "./normal";
import { candidatePlans } from "./plans";
import { HORIZON, ladderTurn, onRung, stateValue, weakestDeterrence } from "./value";

export interface HardBudget {
	/** Plans kept after screening. */
	keep: number;
	/** Rollouts per plan. */
	rollouts: number;
	/** Turns per rollout (fewer near the end of the game). */
	depth: number;
}

export const HARD_BUDGET: HardBudget = { keep: 6, rollouts: 4, depth: 2 };

/** Rollouts are noisier than one look-ahead: a plan must win by more to be preferred (normal.ts). */
const HARD_MARGIN = 0.2;

/** Every faction's orders by the easy rules, from rollout streams. */
function easyAll(scenario: Scenario, s: GameState, except: FactionId, tag: string): Map<FactionId, Order[]> {
	const out = new Map<FactionId, Order[]>();
	for (const f of scenario.factions) {
		if (f.id !== except) out.set(f.id, easyOrders(scenario, s, f.id, rngStream(s.seed, s.turn, `bot:${f.id}:${tag}`)));
	}
	return out;
}

function rolloutValue(scenario: Scenario, s: GameState, faction: FactionId, plan: Order[], r: number, depth: number): number {
	const easyOthers = r % 2 === 1;
	const tag = `rollout:${faction}:${r}`;
	let dist = onRung(s.ladder.rung);
	let state = s;
	let last: readonly Order[] = lastOrders(s);
	for (let t = 0; t < depth && !state.over; t++) {
		const seed = stillSeedFor(s.seed, `rollout:${r}`, state.turn);
		const others = easyOthers ? easyAll(scenario, state, faction, tag) : repeats(scenario, state, last, faction);
		const mine = t === 0 ? plan : easyOrders(scenario, state, faction, rngStream(seed, state.turn, `bot:${faction}:${tag}`));
		const orders = withMine(scenario, faction, mine, others);
		state = advance(scenario, state, orders, seed);
		last = orders;
		// The ladder's move in this imagined turn, by its odds; the last turn's move is stateValue's first step.
		if (t < depth - 1 && !state.over) dist = ladderTurn(scenario, dist, state.tension, weakestDeterrence(scenario, state));
	}
	return stateValue(scenario, state, faction, HORIZON, dist);
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
		const rollout = sum / budget.rollouts;
		// The rollouts' mean, steadied by the screening value (one look-ahead on the game's own view).
		return { plan: j.plan, value: (j.value + rollout) / 2 };
	});
	return best(judged, HARD_MARGIN).plan.orders;
}
