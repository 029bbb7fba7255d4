// The normal bot (greedy): builds a dozen candidate plans from rule templates, plays each one
// turn ahead with the engine (the dice its own) and keeps the plan whose result is worth most by
// the value function (value.ts: the faction's objectives as they would be scored at the end of
// the game). The other factions are assumed to repeat what they did last turn, and, for the best
// few plans, what they did the turn before: every faction decides at once, and many take turns at
// pressing and calming, so one guess alone is how everyone presses at the same moment. The chosen
// plan is then refined: a supply contract or a programme added to it if that is worth more.
import type { FactionId, GameState, Order, Rng, Scenario } from "../engine";
import { advance, lastOrders, repeats, stillSeed, withMine } from "./lookahead";
import { type Plan, planMenu, type Refiner } from "./plans";
import { FORECAST_REACH, HORIZON, stateValue } from "./value";

export interface Judged {
	plan: Plan;
	value: number;
}

/** Each plan's value one turn ahead, in the order given; `reach`: turns the value's forecast looks ahead. */
export function judgePlans(
	scenario: Scenario,
	s: GameState,
	faction: FactionId,
	plans: Plan[],
	others: Map<FactionId, Order[]> = repeats(scenario, s, lastOrders(s), faction),
	reach = FORECAST_REACH,
): Judged[] {
	const seed = stillSeed(s);
	return plans.map((plan) => {
		const next = advance(scenario, s, withMine(scenario, faction, plan.orders, others), seed);
		return { plan, value: stateValue(scenario, next, faction, HORIZON, undefined, reach) };
	});
}

/**
 * The best of `judged`: the highest value, where a later plan must beat an earlier one by more
 * than `margin` (score points) to replace it, so a near tie goes to the earlier, plainer plan
 * ("hold" comes first) rather than to the noise of the look-ahead.
 */
export function best(judged: Judged[], margin = NORMAL_MARGIN): Judged {
	let top = judged[0];
	for (const j of judged) if (j.value > top.value + margin) top = j;
	return top;
}

export const NORMAL_MARGIN = 0.02;

/** Plans judged again against the second guess at the others (the best by the first). */
const SECOND_LOOK = 3;
/** Rounds of refinement of the chosen plan (the refiner's options tried one at a time). */
const REFINE_ROUNDS = 1;

/**
 * Each plan's value one turn ahead against two guesses at the others: they repeat last turn's
 * orders, or the orders of the turn before; a plan's value is the mean of the two. The second
 * guess is tried on the `second` best plans by the first only; the others are left out (their
 * value is -Infinity), so best() picks among those judged both ways.
 */
export function judgeTwice(
	scenario: Scenario,
	s: GameState,
	faction: FactionId,
	plans: Plan[],
	second = plans.length,
	reach = FORECAST_REACH,
): Judged[] {
	const first = judgePlans(scenario, s, faction, plans, undefined, reach);
	if (s.history.length < 2 || second <= 0) return first;
	const order = first.map((j, i) => ({ j, i })).sort((a, b) => b.j.value - a.j.value || a.i - b.i);
	const again = order.slice(0, second).map((x) => x.i);
	const before = repeats(scenario, s, lastOrders(s, 1), faction);
	const other = judgePlans(
		scenario,
		s,
		faction,
		again.map((i) => plans[i]),
		before,
		reach,
	);
	const out = first.map((j) => ({ plan: j.plan, value: Number.NEGATIVE_INFINITY }));
	again.forEach((i, k) => {
		out[i] = { plan: plans[i], value: (first[i].value + other[k].value) / 2 };
	});
	return out;
}

/** `top` improved by the refiner's options, one added per round while the best of them is worth more. */
export function refine(judge: (plans: Plan[]) => Judged[], top: Judged, refiner: Refiner, rounds: number, margin = NORMAL_MARGIN): Judged {
	for (let r = 0; r < rounds; r++) {
		const tries: Plan[] = [];
		for (const o of refiner.options) {
			const p = refiner.extend(top.plan, o);
			if (p) tries.push(p);
		}
		if (tries.length === 0) break;
		const better = best([top, ...judge(tries)], margin);
		if (better === top) break;
		top = better;
	}
	return top;
}

/**
 * The normal bot's orders. `quick`: the plans judged against the first guess at the others only
 * and not refined, about half the work (the hard bot's guess at how another faction plays).
 */
export function normalOrders(scenario: Scenario, s: GameState, faction: FactionId, rng: Rng, quick = false): Order[] {
	const { plans, refiner } = planMenu(scenario, s, faction, rng);
	if (quick) return best(judgePlans(scenario, s, faction, plans)).plan.orders;
	const top = best(judgeTwice(scenario, s, faction, plans, SECOND_LOOK));
	// Refinements are judged by the first guess, the best of them by both (as `top` was).
	return refine((p) => judgeTwice(scenario, s, faction, p, 1), top, refiner, REFINE_ROUNDS).plan.orders;
}
