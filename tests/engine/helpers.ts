import { type GameState, newGame, type Order, resolve, type Scenario } from "../../src/engine";

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
