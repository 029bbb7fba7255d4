// lookahead() is the bots' quiet resolve(): it must reach exactly the state resolve() reaches
// (same hash), record nothing, and leave the state it is given untouched.
import { describe, expect, it } from "vitest";
import { botOrders } from "../../src/ai";
import { canonicalJson, hashState, lookahead, newGame, type Order, resolve } from "../../src/engine";
import { getBuiltinScenario } from "../../src/scenario/builtin";

const loaded = getBuiltinScenario("southwest-shield");
if (!loaded?.ok) throw new Error("the flagship scenario does not load");
const sc = loaded.scenario;

describe("lookahead", () => {
	it("reaches resolve()'s state, turn by turn, over whole bot games", () => {
		for (const seed of ["1", "7"]) {
			let s = newGame(sc, seed);
			while (!s.over) {
				const orders: Order[] = sc.factions.flatMap((f) => botOrders(sc, s, f.id, "easy"));
				const prev = s;
				const before = canonicalJson(prev);
				const ahead = lookahead(sc, prev, orders);
				expect(canonicalJson(prev), "lookahead() changed its input").toBe(before);
				s = resolve(sc, prev, orders);
				expect(hashState(ahead)).toBe(s.history.at(-1)!.hash);
				expect(ahead.history.length).toBe(s.history.length - 1);
			}
		}
	});

	it("leaves its input unchanged and shares nothing mutable with it", () => {
		const s0 = newGame(sc, "3");
		const s1 = resolve(sc, s0, []);
		const before = canonicalJson(s1);
		const ahead = lookahead(sc, s1, [{ type: "drill", faction: "JPN", region: "sakishima", scale: 2 }]);
		expect(canonicalJson(s1)).toBe(before);
		expect(Object.isFrozen(ahead.factions)).toBe(false);
		ahead.factions.JPN.funds += 1;
		ahead.flows.push(ahead.flows[0]);
		expect(canonicalJson(s1)).toBe(before);
	});

	it("resolve() freezes the state's top level, its history and the new turn record", () => {
		const s = resolve(sc, newGame(sc, "4"), []);
		expect(Object.isFrozen(s)).toBe(true);
		expect(Object.isFrozen(s.history)).toBe(true);
		expect(Object.isFrozen(s.history.at(-1))).toBe(true);
	});
});
