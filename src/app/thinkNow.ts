// The bots' thinking in this thread. The browser thinks in the bot worker (bots.ts), so the page
// loads this, and the AI with it, only when the worker cannot run: it is not in the page's first
// chunk.
import { botOrders } from "../ai";
import type { FactionId, GameState, Order, Scenario } from "../engine";
import type { BotLevel } from "../replay";

export type BotList = { faction: FactionId; level: BotLevel }[];

export function thinkNow(scenario: Scenario, state: GameState, bots: BotList): Record<FactionId, Order[]> {
	const out: Record<FactionId, Order[]> = {};
	for (const b of bots) out[b.faction] = botOrders(scenario, state, b.faction, b.level);
	return out;
}
