// The turn's working copy (copyState) and the engine's promise never to write to a state it is
// given: resolve() and lookahead() run here on deep-frozen states, so any write to the input
// throws (modules are strict), over bot games that fire every event once as an inject.
import { describe, expect, it } from "vitest";
import { botOrders } from "../../src/ai";
import { type GameState, hashState, type Inject, lookahead, newGame, type Order, resolve, type Scenario } from "../../src/engine";
import { copyState } from "../../src/engine/clone";
import { getBuiltinScenario } from "../../src/scenario/builtin";

const scenarios: Scenario[] = ["southwest-shield", "rare-earth-squeeze"].map((id) => {
	const loaded = getBuiltinScenario(id);
	if (!loaded?.ok) throw new Error(`${id} does not load`);
	return loaded.scenario;
});

function deepFreeze<T>(value: T): T {
	if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
	Object.freeze(value);
	for (const v of Object.values(value as object)) deepFreeze(v);
	return value;
}

/** Paths at which `copy` holds the very object `from` holds (a shared object a turn could write through). */
function shared(from: unknown, copy: unknown, path = "state"): string[] {
	if (typeof from !== "object" || from === null || typeof copy !== "object" || copy === null) return [];
	if (from === copy) return [path];
	const out: string[] = [];
	for (const k of Object.keys(from)) out.push(...shared((from as never)[k], (copy as never)[k], `${path}.${k}`));
	return out;
}

/** A few turns into a bot game, with an offtake, a programme and an export control in play. */
function busyState(sc: Scenario, seed: string): GameState {
	let s = newGame(sc, seed);
	for (let t = 0; t < 6 && !s.over; t++) s = resolve(sc, s, sc.factions.flatMap((f) => botOrders(sc, s, f.id, "normal")));
	return s;
}

describe("copyState", () => {
	for (const sc of scenarios) {
		it(`${sc.id}: copies every field, in the same key order, and shares nothing but history and flows`, () => {
			const s = busyState(sc, "3");
			const copy = copyState(s);
			const { history: _h, flows: _f, ...rest } = s;
			const { history: _h2, flows: _f2, ...restCopy } = copy;
			expect(JSON.stringify(restCopy)).toBe(JSON.stringify(rest));
			expect(shared(rest, restCopy)).toEqual([]);
			expect(copy.history).toBe(s.history);
		});
	}
});

describe("the engine never writes to its input", () => {
	for (const sc of scenarios) {
		it(`${sc.id}: resolve() and lookahead() on deep-frozen states, every event injected once`, () => {
			for (const seed of ["1", "2"]) {
				let s = deepFreeze(newGame(sc, seed));
				let next = 0;
				while (!s.over) {
					const orders: Order[] = sc.factions.flatMap((f) => botOrders(sc, s, f.id, "normal"));
					const injects: Inject[] = next < sc.events.length ? [{ event: sc.events[next++].id }] : [];
					const ahead = lookahead(sc, s, orders, injects);
					s = deepFreeze(resolve(sc, s, orders, injects));
					expect(hashState(ahead)).toBe(s.history.at(-1)?.hash);
				}
			}
		});
	}
});
