// Messages between the page and the bot worker (botWorker.ts).
import type { FactionId, GameState, Order, Scenario } from "../engine";
import type { BotLevel } from "../replay";

export interface BotRequest {
	id: number;
	/** The scenario is sent once per game and cached by key in the worker. */
	scenarioKey: string;
	scenario?: Scenario;
	state: GameState;
	bots: { faction: FactionId; level: BotLevel }[];
}

export type BotResponse =
	| { id: number; ok: true; orders: Record<FactionId, Order[]> }
	| { id: number; ok: false; error: string; needScenario?: boolean };
