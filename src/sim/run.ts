// Headless runs: every faction played by a bot, recorded as a replay (DESIGN.md "Command line").
import { botOrders } from "../ai";
import {
	ENGINE_VERSION,
	type FactionId,
	type GameState,
	type Headline,
	type LedgerEntry,
	type Order,
	type Outcome,
	type Scenario,
	newGame,
	resolve,
	scoreFactions,
	trackedMetrics,
} from "../engine";
import { type BotLevel, type Replay, type ReplayTurn, recordTurn, replayFromRun, turnHash } from "../replay";

export const DEFAULT_BOT_LEVEL: BotLevel = "normal";

export interface SimOptions {
	scenario: Scenario;
	/** Content hash of the scenario, from the loader; recorded in the replay. */
	hash: string;
	seed: string;
	/** Turns to play at most (default: the scenario's length); the game may end sooner. */
	turns?: number;
	/** Bot level per faction; factions not listed play at DEFAULT_BOT_LEVEL. */
	bots?: Record<FactionId, BotLevel>;
}

export interface SimResult {
	state: GameState;
	replay: Replay;
}

/** Play the scenario with a bot for every faction, in scenario order, and record the replay. */
export function simulate(options: SimOptions): SimResult {
	const { scenario, hash, seed } = options;
	const limit = options.turns ?? scenario.turns;
	let state = newGame(scenario, seed);
	const turns: ReplayTurn[] = [];
	while (!state.over && turns.length < limit) {
		const orders: Order[] = [];
		for (const faction of scenario.factions) {
			const level = options.bots?.[faction.id] ?? DEFAULT_BOT_LEVEL;
			orders.push(...botOrders(scenario, state, faction.id, level));
		}
		const input = { orders, injects: [], notes: [] };
		state = resolve(scenario, state, orders, []);
		turns.push(recordTurn(input, state));
	}
	return { state, replay: replayFromRun(scenario, hash, seed, turns) };
}

// ---------------------------------------------------------------- report

export interface TurnReport {
	turn: number;
	label: string;
	metrics: Record<string, number>;
	/** Change of each metric this turn (only those that moved). */
	changes: Record<string, number>;
	ledger: LedgerEntry[];
	headlines: Headline[];
	orders: Order[];
	hash: string;
}

export interface SimReport {
	scenario: { id: string; name: string };
	engineVersion: string;
	seed: string;
	turns: number;
	over: boolean;
	outcome: Outcome | null;
	scores: Record<FactionId, number>;
	final: Record<string, number>;
	hash: string;
	/** Every headline of the run, with the turn label it came in. */
	headlines: { turn: number; label: string; text: string; kind: Headline["kind"] }[];
	history: TurnReport[];
}

/** A plain-data account of a finished (or stopped) run, built from the state's history. */
export function report(scenario: Scenario, state: GameState): SimReport {
	let previous = trackedMetrics(scenario, newGame(scenario, state.seed));
	const history: TurnReport[] = state.history.map((record, i) => {
		const changes: Record<string, number> = {};
		for (const [key, value] of Object.entries(record.metrics)) {
			const delta = value - (previous[key] ?? 0);
			if (delta !== 0) changes[key] = delta;
		}
		previous = record.metrics;
		return {
			turn: i + 1,
			label: record.label,
			metrics: record.metrics,
			changes,
			ledger: record.ledger,
			headlines: record.headlines,
			orders: record.orders,
			hash: record.hash,
		};
	});
	return {
		scenario: { id: scenario.id, name: scenario.name },
		engineVersion: ENGINE_VERSION,
		seed: state.seed,
		turns: state.history.length,
		over: state.over,
		outcome: state.outcome,
		scores: scoreFactions(scenario, state),
		final: trackedMetrics(scenario, state),
		hash: turnHash(state),
		headlines: history.flatMap((t) =>
			t.headlines.map((h) => ({ turn: t.turn, label: t.label, text: h.text, kind: h.kind })),
		),
		history,
	};
}
