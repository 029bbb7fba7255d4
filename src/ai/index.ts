// Bots (DESIGN.md, "Bots"): a bot sees the shared state only and returns legal orders,
// deterministic from its own stream ("bot:<faction>") so bot games replay exactly.
import { type FactionId, type GameState, type Order, rngStream, type Scenario } from "../engine";
import { easyOrders } from "./easy";

export type BotLevel = "easy" | "normal" | "hard";
export const BOT_LEVELS: BotLevel[] = ["easy", "normal", "hard"];

export function botOrders(scenario: Scenario, state: GameState, faction: FactionId, level: BotLevel = "easy"): Order[] {
	if (state.over || !state.factions[faction]) return [];
	const rng = rngStream(state.seed, state.turn, `bot:${faction}`);
	switch (level) {
		default:
			return easyOrders(scenario, state, faction, rng);
	}
}
