// DESIGN.md, "Ledger": for every tracked number, a turn's entries sum to its change that turn.
import { describe, expect, it } from "vitest";
import { botOrders } from "../../src/ai";
import { newGame, resolve, trackedMetrics } from "../../src/engine";
import { fixture } from "./fixture";
import { ledgerMismatches } from "./helpers";

describe("ledger", () => {
	it("explains every change of every tracked number in bot games", () => {
		const sc = fixture();
		for (const seed of ["1", "2", "3", "4"]) {
			let s = newGame(sc, seed);
			while (!s.over) {
				const next = resolve(sc, s, sc.factions.flatMap((f) => botOrders(sc, s, f.id)));
				expect(ledgerMismatches(sc, s, next)).toEqual([]);
				expect(next.history.at(-1)!.metrics).toEqual(trackedMetrics(sc, next));
				s = next;
			}
		}
	});

	it("gives each entry a cause a player can read", () => {
		const sc = fixture();
		const s = resolve(sc, newGame(sc, "c"), [{ type: "statement", faction: "BLU", tone: "firm" }]);
		const tension = s.history[0].ledger.filter((e) => e.target === "tension");
		expect(tension.map((e) => e.cause.text)).toContain("blu: firm statement");
		for (const e of s.history[0].ledger) {
			expect(e.cause.text.length).toBeGreaterThan(3);
			expect(Number.isInteger(e.delta)).toBe(true);
			expect(e.delta).not.toBe(0);
		}
	});
});
