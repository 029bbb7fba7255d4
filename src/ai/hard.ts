// The hard bot (Monte Carlo): a wider menu of plans, screened one turn ahead like the normal bot;
// the best few are then judged three ways, and a plan's worth is the mean of the three:
//  - the screening value (the others repeat their last orders);
//  - one turn ahead against the others modelled as normal players (the normal bot run for each of
//    them with dice of this bot's own, never their real streams: a guess, not a peek);
//  - rollouts of a few turns: each with dice of its own for the events (the same dice for every
//    plan, so plans are compared on equal luck) and its own guess at the others (half repeat their
//    last orders, half play the easy rules); after the first turn the faction plays the easy rules.
// The ladder is held still in imagined turns and its moves carried as a distribution over rungs
// from each turn's odds (lookahead.ts, value.ts). The budget is fixed: the screening, one turn per
// kept plan against the model, and keep x rollouts x depth engine turns.
import { type FactionId, type GameState, type Order, type Rng, rngStream, type Scenario } from "../engine";
import { easyOrders } from "./easy";
import { advance, lastOrders, repeats, stillSeedFor, withMine } from "./lookahead";
import { best, type Judged, judgePlans, normalOrders } from "./normal";
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
	// The others as normal players (with dice of this bot's own, never their real streams).
	const modelled = new Map<FactionId, Order[]>();
	for (const f of scenario.factions) {
		if (f.id !== faction) modelled.set(f.id, normalOrders(scenario, s, f.id, rngStream(s.seed, s.turn, `bot:${faction}:model:${f.id}`)));
	}
	const versus = judgePlans(scenario, s, faction, kept.map((j) => j.plan), modelled);
	const judged: Judged[] = kept.map((j, k) => {
		let sum = 0;
		for (let r = 0; r < budget.rollouts; r++) sum += rolloutValue(scenario, s, faction, j.plan.orders, r, depth);
		const rollout = sum / budget.rollouts;
		// The rollouts' mean, with the two one-turn views: others repeating, others as normal players.
		return { plan: j.plan, value: (j.value + versus[k].value + rollout) / 3 };
	});
	return best(judged, HARD_MARGIN).plan.orders;
}
