import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOT_LEVELS, type BotLevel, botOrders } from "../../src/ai";
import { menu } from "../../src/ai/menu";
import { stateValue } from "../../src/ai/value";
import {
	candidateOrders,
	type GameState,
	hashState,
	lookahead,
	newGame,
	type Order,
	resolve,
	type Scenario,
	validateOrders,
} from "../../src/engine";
import { ORDER_TYPES } from "../../src/engine/orders/shape";
import { fixture } from "../engine/fixture";
import { flagship } from "./helpers";

const T = 120_000;

/** States along a game where every faction plays `level` (each turn's state before it resolves). */
function statesOf(scenario: Scenario, seed: string, level: BotLevel, turns: number): GameState[] {
	const out: GameState[] = [];
	let s = newGame(scenario, seed);
	for (let t = 0; t < turns && !s.over; t++) {
		out.push(s);
		s = resolve(scenario, s, scenario.factions.flatMap((f) => botOrders(scenario, s, f.id, level)));
	}
	return out;
}

describe("bots: legal orders", () => {
	for (const [name, scenario] of [
		["fixture", fixture()],
		["southwest-shield", flagship()],
	] as const) {
		for (const level of BOT_LEVELS) {
			it(`${level} bots on ${name}: every order is legal, the faction's own, and all legal together`, { timeout: T }, () => {
				const turns = level === "hard" ? 4 : 10;
				for (const seed of ["a", "b"]) {
					for (const s of statesOf(scenario, seed, level === "hard" ? "normal" : level, turns)) {
						const all: Order[] = [];
						for (const f of scenario.factions) {
							const orders = botOrders(scenario, s, f.id, level);
							expect(orders.every((o) => o.faction === f.id)).toBe(true);
							expect(validateOrders(scenario, s, orders)).toEqual([]);
							all.push(...orders);
						}
						// What resolve would drop is exactly nothing.
						expect(validateOrders(scenario, s, all)).toEqual([]);
					}
				}
			});
		}
	}

	it("a finished game or an unknown faction gets no orders", () => {
		const sc = fixture();
		const s = newGame(sc, "x");
		expect(botOrders(sc, { ...s, over: true }, "BLU", "normal")).toEqual([]);
		expect(botOrders(sc, s, "NOPE", "hard")).toEqual([]);
	});
});

describe("bots: determinism", () => {
	it("the same state gives the same orders, whatever was asked before", { timeout: T }, () => {
		const sc = flagship();
		const states = statesOf(sc, "det", "normal", 6);
		for (const level of BOT_LEVELS) {
			const first = states.map((s) => sc.factions.map((f) => botOrders(sc, s, f.id, level)));
			// Ask again in another order (other factions, other levels in between).
			botOrders(sc, states[2], "PRC", "easy");
			const again = [...states].reverse().map((s) => [...sc.factions].reverse().map((f) => botOrders(sc, s, f.id, level)).reverse()).reverse();
			expect(again).toEqual(first);
		}
	});

	it("bot games replay exactly: the same seed gives the same hashes", { timeout: T }, () => {
		const sc = flagship();
		const run = () => statesOf(sc, "replay", "normal", 20).map(hashState);
		expect(run()).toEqual(run());
	});

	it("a bot does not change the state it is given", { timeout: T }, () => {
		const sc = flagship();
		const s = statesOf(sc, "pure", "normal", 3)[2];
		const before = JSON.stringify(s);
		for (const level of BOT_LEVELS) for (const f of sc.factions) botOrders(sc, s, f.id, level);
		expect(JSON.stringify(s)).toBe(before);
	});
});

describe("bots: the menu and the look-ahead", () => {
	it("menu() lists, per type, exactly what candidateOrders() lists", { timeout: T }, () => {
		for (const sc of [fixture(), flagship()]) {
			for (const s of statesOf(sc, "menu", "easy", 8)) {
				for (const f of sc.factions) {
					const all = candidateOrders(sc, s, f.id);
					for (const type of ORDER_TYPES) expect(menu(sc, s, f.id, type)).toEqual(all.filter((o) => o.type === type));
				}
			}
		}
	});

	it("lookahead() reaches the state resolve() reaches, hash for hash", { timeout: T }, () => {
		const sc = flagship();
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 19 }), (seed, turns) => {
				let s = newGame(sc, String(seed));
				for (let t = 0; t < turns && !s.over; t++) s = resolve(sc, s, sc.factions.flatMap((f) => botOrders(sc, s, f.id, "easy")));
				if (s.over) return;
				const orders = sc.factions.flatMap((f) => candidateOrders(sc, s, f.id).slice(0, 3));
				const next = resolve(sc, s, orders);
				const ahead = lookahead(sc, s, orders);
				expect(hashState(ahead)).toBe(next.history.at(-1)!.hash);
				expect(ahead.history).toBe(s.history);
			}),
			{ numRuns: 25 },
		);
	});

	it("the value of a state falls for a defender as the ladder and tension rise", () => {
		const sc = flagship();
		const s = newGame(sc, "v");
		const at = (rung: number, tension: number) => stateValue(sc, { ...s, tension, ladder: { rung, peak: rung } }, "JPN");
		expect(at(5, 40)).toBeGreaterThan(at(5, 80));
		expect(at(4, 60)).toBeGreaterThan(at(7, 60));
		expect(at(8, 95)).toBeLessThan(at(5, 50));
	});
});
