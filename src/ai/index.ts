// Bots (DESIGN.md, "Bots"): a bot sees the shared state only and returns legal orders,
// deterministic from its own stream ("bot:<faction>") so bot games replay exactly.
//  - easy: readable rules with some randomness (easy.ts);
//  - normal: greedy, a dozen candidate plans each played one turn ahead with the engine and judged
//    by the faction's objectives as they would be scored at the end of the game (normal.ts, value.ts);
//  - hard: the normal search wider and better informed: the others modelled as normal players,
//    the forecast to the end of the game, the last turns played out to the end (hard.ts).
// No Node or DOM APIs here: the same code runs in Node and in the browser's bot worker.
import { type FactionId, type GameState, type Order, rngStream, type Scenario, validateOrder } from "../engine";
import { easyOrders } from "./easy";
import { HARD_BUDGET, type HardBudget, hardOrders } from "./hard";
import { normalOrders } from "./normal";

export type BotLevel = "easy" | "normal" | "hard";
export const BOT_LEVELS: BotLevel[] = ["easy", "normal", "hard"];

export function botOrders(scenario: Scenario, state: GameState, faction: FactionId, level: BotLevel = "easy"): Order[] {
	if (state.over || !state.factions[faction]) return [];
	const rng = rngStream(state.seed, state.turn, `bot:${faction}`);
	let orders: Order[];
	switch (level) {
		case "hard":
			orders = hardOrders(scenario, state, faction, rng);
			break;
		case "normal":
			orders = normalOrders(scenario, state, faction, rng);
			break;
		default:
			orders = easyOrders(scenario, state, faction, rng);
	}
	return legalOnly(scenario, state, orders);
}

/** The orders that are legal together, in order (a last guard: the bots build legal plans). */
function legalOnly(scenario: Scenario, state: GameState, orders: Order[]): Order[] {
	const out: Order[] = [];
	for (const o of orders) if (validateOrder(scenario, state, o, out) === null) out.push(o);
	return out;
}

export { HARD_BUDGET, type HardBudget };
export { easyOrders, hardOrders, normalOrders };
export { stateValue, ladderOutlook, scoresByRung } from "./value";
export { candidatePlans, type Plan } from "./plans";
