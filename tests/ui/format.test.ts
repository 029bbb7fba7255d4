import { describe, expect, it } from "vitest";
import type { LedgerEntry } from "../../src/engine";
import { money, signed, summariseCauses, withoutFaction } from "../../src/ui/format";

describe("format", () => {
	it("signs deltas with a true minus", () => {
		expect(signed(3)).toBe("+3");
		expect(signed(-4)).toBe("−4");
		expect(signed(0)).toBe("±0");
	});

	it("drops the player's own name from an order", () => {
		expect(withoutFaction("Japan: drill at Sakishima", "Japan")).toBe("Drill at Sakishima");
		expect(withoutFaction("China: firm statement", "Japan")).toBe("China: firm statement");
	});

	it("writes budget points as dollars", () => {
		expect(money(145)).toBe("$14.5bn");
		expect(money(10)).toBe("$1bn");
	});

	it("sums causes and sorts the biggest first", () => {
		const e = (delta: number, text: string): LedgerEntry => ({
			target: "tension",
			delta,
			cause: { kind: "order", id: "JPN", text },
		});
		expect(summariseCauses([e(1, "drill"), e(3, "statement"), e(2, "drill"), e(-1, "talk"), e(1, "talk")])).toEqual([
			{ text: "drill", delta: 3, kind: "order" },
			{ text: "statement", delta: 3, kind: "order" },
		]);
	});
});
