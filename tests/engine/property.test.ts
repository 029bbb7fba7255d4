// Property tests (issue #2, "Tests"): random legal order sequences over many seeds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	candidateOrders,
	type GameState,
	newGame,
	type Order,
	resolve,
	validateOrder,
} from "../../src/engine";
import { fixture } from "./fixture";
import { ledgerMismatches } from "./helpers";

const sc = fixture();

function everyNumber(value: unknown, path: string, visit: (n: number, path: string) => void): void {
	if (typeof value === "number") visit(value, path);
	else if (Array.isArray(value)) {
		for (const [i, v] of value.entries()) everyNumber(v, `${path}[${i}]`, visit);
	}
	else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) everyNumber(v, `${path}.${k}`, visit);
}

function checkInvariants(before: GameState, after: GameState): void {
	expect(JSON.parse(JSON.stringify(after))).toEqual(after);
	everyNumber(after, "state", (n, path) => {
		if (!Number.isSafeInteger(n)) throw new Error(`${path} is ${n}, not an integer`);
	});
	for (const [f, fs] of Object.entries(after.factions)) {
		for (const [m, v] of Object.entries({ ...fs.materials, ...fs.munitions })) {
			if (v < 0) throw new Error(`${f}.${m} is negative: ${v}`);
		}
		expect(fs.funds).toBeGreaterThanOrEqual(0);
		expect(fs.support).toBeGreaterThanOrEqual(0);
		expect(fs.support).toBeLessThanOrEqual(100);
	}
	expect(after.tension).toBeGreaterThanOrEqual(0);
	expect(after.tension).toBeLessThanOrEqual(100);
	expect(ledgerMismatches(sc, before, after)).toEqual([]);
}

describe("random legal play", () => {
	it("never throws, keeps integers, never goes negative, stays plain JSON, and the ledger adds up", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 8 }), fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), (seed, picks) => {
				let s = newGame(sc, seed);
				let p = 0;
				while (!s.over) {
					const orders: Order[] = [];
					for (const f of sc.factions) {
						const options = candidateOrders(sc, s, f.id);
						for (let k = 0; k < 3; k++) {
							const o = options[picks[p++ % picks.length] % options.length];
							if (validateOrder(sc, s, o, orders.filter((x) => x.faction === f.id)) === null) orders.push(o);
						}
					}
					const next = resolve(sc, s, orders);
					checkInvariants(s, next);
					expect(next.history.at(-1)!.headlines.some((h) => h.text.includes("rejected"))).toBe(false);
					s = next;
				}
			}),
			{ numRuns: 25 },
		);
	});

	it("arbitrary junk as orders is rejected with a message, never thrown, and changes nothing else", () => {
		fc.assert(
			fc.property(fc.array(fc.anything(), { maxLength: 6 }), (junk) => {
				const s = newGame(sc, "junk");
				for (const j of junk) {
					const e = validateOrder(sc, s, j);
					if (e) expect(e.message.length).toBeGreaterThan(0);
				}
				const withJunk = resolve(sc, s, junk as Order[]);
				const clean = resolve(sc, s, junk.filter((j) => validateOrder(sc, s, j) === null) as Order[]);
				expect(withJunk.history[0].hash).toBe(clean.history[0].hash);
			}),
			{ numRuns: 100 },
		);
	});
});
