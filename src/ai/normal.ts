// The normal bot (greedy): builds a dozen candidate plans from rule templates, plays each one
// turn ahead with the engine (the other factions assumed to repeat last turn's orders, the dice
// its own), and keeps the plan whose result scores best against the faction's objectives.
import type { FactionId, GameState, Order, Rng, Scenario } from "../engine";
import { advance, lastOrders, repeats, stillSeed, withMine } from "./lookahead";
import { candidatePlans, type Plan } from "./plans";
import { stateValue } from "./value";

export interface Judged {
	plan: Plan;
	value: number;
}

/** Each plan's value one turn ahead, in the order given. */
export function judgePlans(
	scenario: Scenario,
	s: GameState,
	faction: FactionId,
	plans: Plan[],
	others: Map<FactionId, Order[]> = repeats(scenario, s, lastOrders(s), faction),
): Judged[] {
	const seed = stillSeed(s);
	return plans.map((plan) => {
		const next = advance(scenario, s, withMine(scenario, faction, plan.orders, others), seed);
		return { plan, value: stateValue(scenario, next, faction) };
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

export function normalOrders(scenario: Scenario, s: GameState, faction: FactionId, rng: Rng): Order[] {
	const plans = candidatePlans(scenario, s, faction, rng);
	return best(judgePlans(scenario, s, faction, plans)).plan.orders;
}
