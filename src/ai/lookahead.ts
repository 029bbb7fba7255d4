// The bots' look-ahead: the engine's own rules (lookahead(): resolve() without the turn record),
// on the state the faction sees, with dice of the bot's own (a sample seed) so that it cannot
// learn this turn's real draws, and with the other factions assumed to repeat what they did last
// turn or the turn before (public in the turn records; their drafts for this turn are never
// looked at).
import { type FactionId, type GameState, lookahead, type Order, rngStream, type Scenario, validateOrder } from "../engine";

/** The orders of the last turn played (empty before the first); `back` 1 for the turn before. */
export function lastOrders(s: GameState, back = 0): readonly Order[] {
	return s.history[s.history.length - 1 - back]?.orders ?? [];
}

/** `faction`'s orders in `last` that are still legal now, in order. */
export function repeatOf(scenario: Scenario, s: GameState, faction: FactionId, last: readonly Order[]): Order[] {
	const out: Order[] = [];
	for (const o of last) {
		if (o?.faction === faction && o.type !== "pass" && validateOrder(scenario, s, o, out) === null) out.push(o);
	}
	return out;
}

/** Each faction's repeat of `last` (see repeatOf), every faction but `except`. */
export function repeats(scenario: Scenario, s: GameState, last: readonly Order[], except: FactionId | null = null): Map<FactionId, Order[]> {
	const out = new Map<FactionId, Order[]>();
	for (const f of scenario.factions) if (f.id !== except) out.set(f.id, repeatOf(scenario, s, f.id, last));
	return out;
}

/** One imagined turn's orders in scenario order: `mine` for `faction`, `others` for the rest. */
export function withMine(scenario: Scenario, faction: FactionId, mine: readonly Order[], others: Map<FactionId, Order[]>): Order[] {
	const out: Order[] = [];
	for (const f of scenario.factions) out.push(...(f.id === faction ? mine : (others.get(f.id) ?? [])));
	return out;
}

/**
 * A sample seed whose dice hold the ladder still this turn: the escalation rule (ladder.ts) draws
 * a climb roll and then a descent roll from the "escalation" stream, and never gives odds above
 * 95% to climb or 60% to descend. An imagined turn on such dice shows every plan's other effects
 * on equal terms, and the value function then weighs the ladder's move by its odds (value.ts)
 * instead of by one roll, which would swing a plan's worth on which side of the roll it fell.
 * The search depends only on (seed, turn): every bot of a game shares it, remembered here.
 */
export function stillSeed(s: GameState): string {
	return stillSeedFor(s.seed, "lookahead", s.turn);
}

/** stillSeed() for a game seed, a purpose (a rollout's own dice) and a turn. */
export function stillSeedFor(gameSeed: string, purpose: string, turn: number): string {
	const key = `${gameSeed}\u0000${purpose}\u0000${turn}`;
	const known = stillSeeds.get(key);
	if (known !== undefined) return known;
	const base = `${gameSeed}\u0000bot:${purpose}`;
	let seed = base;
	for (let k = 0; k < 1000; k++) {
		seed = `${base}:${k}`;
		const rng = rngStream(seed, turn, "escalation");
		if (rng.int(100) >= 95 && rng.int(100) >= 60) break;
	}
	if (stillSeeds.size >= 1024) stillSeeds.clear();
	stillSeeds.set(key, seed);
	return seed;
}

const stillSeeds = new Map<string, string>();

/** The state one turn on, as a bot imagines it. The state given is not changed. */
export function advance(scenario: Scenario, s: GameState, orders: Order[], seed?: string): GameState {
	return lookahead(scenario, seed === undefined || seed === s.seed ? s : { ...s, seed }, orders);
}
