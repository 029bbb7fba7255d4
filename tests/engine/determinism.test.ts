import { describe, expect, it } from "vitest";
import { botOrders } from "../../src/ai";
import { canonicalJson, hashState, hashValue, newGame, resolve, rngStream } from "../../src/engine";
import { fixture } from "./fixture";

const sc = fixture();
function botGame(seed: string) {
	let s = newGame(sc, seed);
	while (!s.over) s = resolve(sc, s, sc.factions.flatMap((f) => botOrders(sc, s, f.id)));
	return s;
}

describe("determinism", () => {
	it("the same scenario, seed and orders give the same hashes", () => {
		const a = botGame("42");
		const b = botGame("42");
		expect(a.history.map((r) => r.hash)).toEqual(b.history.map((r) => r.hash));
		expect(canonicalJson(a)).toBe(canonicalJson(b));
	});

	it("different seeds give different runs", () => {
		const hashes = new Set(["1", "2", "3", "4", "5"].map((seed) => botGame(seed).history.at(-1)!.hash));
		expect(hashes.size).toBe(5);
	});

	it("does not change the state it is given", () => {
		const s = newGame(sc, "p");
		const before = canonicalJson(s);
		resolve(sc, s, [{ type: "drill", faction: "BLU", region: "home", scale: 2 }]);
		expect(canonicalJson(s)).toBe(before);
	});

	it("a turn's hash covers the state: changing any number changes it", () => {
		const s = newGame(sc, "h");
		const other = structuredClone(s);
		other.factions.BLU.funds += 1;
		expect(hashState(other)).not.toBe(hashState(s));
	});
});

describe("hash", () => {
	it("is independent of key order and 16 hex digits", () => {
		expect(hashValue({ a: 1, b: [1, 2, { c: 3, d: 4 }] })).toBe(hashValue({ b: [1, 2, { d: 4, c: 3 }], a: 1 }));
		expect(hashValue({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
		expect(hashValue({ a: 1 })).not.toBe(hashValue({ a: 2 }));
		expect(hashValue("ab")).not.toBe(hashValue("ba"));
	});

	it("has a pinned value, so Node and browsers can be compared against it", () => {
		expect(hashValue({ island: "chain", turn: 1, list: [3, 2, 1] })).toBe("692d3fae6d24a1fa");
		expect(canonicalJson({ b: 1, a: [true, null, "x"] })).toBe('{"a":[true,null,"x"],"b":1}');
	});
});

describe("random streams", () => {
	it("are reproducible and independent of each other's use", () => {
		const a = rngStream("s", 3, "events");
		const first = [a.int(100), a.int(100), a.int(100)];
		const noisy = rngStream("s", 3, "escalation");
		for (let i = 0; i < 50; i++) noisy.int(10);
		const b = rngStream("s", 3, "events");
		expect([b.int(100), b.int(100), b.int(100)]).toEqual(first);
		const c = rngStream("s", 4, "events");
		expect([c.int(100), c.int(100), c.int(100)]).not.toEqual(first);
	});

	it("changing one faction's orders does not reshuffle the next turn's event draw", () => {
		const base = newGame(sc, "ev");
		const a = resolve(sc, base, [{ type: "pass", faction: "BLU" }]);
		const b = resolve(sc, base, [{ type: "dialogue", faction: "YEL", with: "BLU" }]);
		const drawn = (s: typeof a) => s.history[0].headlines.filter((h) => h.kind === "event").map((h) => h.text);
		expect(drawn(a)).toEqual(drawn(b));
	});
});
