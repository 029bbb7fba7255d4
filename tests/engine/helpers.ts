import { type GameState, newGame, type Order, resolve, type Scenario, trackedMetrics } from "../../src/engine";

/** Plays `turns` turns with a fixed order list each turn. */
export function play(scenario: Scenario, seed: string, turns: number, orders: (s: GameState) => Order[] = () => []): GameState {
	let s = newGame(scenario, seed);
	for (let t = 0; t < turns && !s.over; t++) s = resolve(scenario, s, orders(s));
	return s;
}

/** A state with some numbers overwritten (tests set up situations directly). */
export function withState(s: GameState, patch: (draft: GameState) => void): GameState {
	const copy = structuredClone(s);
	patch(copy);
	return copy;
}

export const seeds = (n: number): string[] => Array.from({ length: n }, (_, i) => `seed-${i + 1}`);

/** Tracked numbers whose change in the last turn differs from the sum of its ledger entries. */
export function ledgerMismatches(scenario: Scenario, before: GameState, after: GameState): string[] {
	const a = trackedMetrics(scenario, before);
	const b = trackedMetrics(scenario, after);
	const record = after.history[after.history.length - 1];
	const sums: Record<string, number> = {};
	for (const e of record.ledger) sums[e.target] = (sums[e.target] ?? 0) + e.delta;
	const out: string[] = [];
	for (const key of new Set([...Object.keys(a), ...Object.keys(b), ...Object.keys(sums)])) {
		const change = (b[key] ?? 0) - (a[key] ?? 0);
		if (change !== (sums[key] ?? 0)) out.push(`${key}: changed ${change}, ledger says ${sums[key] ?? 0}`);
	}
	return out;
}
