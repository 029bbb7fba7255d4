import { describe, expect, it } from "vitest";
import { canonicalJson, candidateOrders, describeOrder, newGame, orderCost, previewOrder, validateOrder, validateOrders } from "../../src/engine";
import { fixture } from "./fixture";

const sc = fixture();
const s = newGame(sc, "o");

describe("order validation", () => {
	it.each([
		[{ type: "launch", faction: "BLU" }, "type", "unknown order type"],
		[{ type: "drill", faction: "PURPLE", region: "home", scale: 1 }, "faction", 'unknown faction "PURPLE"'],
		[{ type: "drill", faction: "BLU", region: "hom", scale: 1 }, "region", 'unknown region "hom"'],
		[{ type: "drill", faction: "BLU", region: "home", scale: 4 }, "scale", "scale must be 1, 2 or 3"],
		[{ type: "drill", faction: "BLU", region: "home", scale: 1.5 }, "scale", "whole number"],
		[{ type: "drill", faction: "BLU", region: "home", scale: 1, partner: "RED" }, "partner", "too cool"],
		[{ type: "drill", faction: "BLU", region: "home" }, "scale", "missing"],
		[{ type: "drill", faction: "BLU", region: "home", scale: 1, extra: 1 }, "extra", "unexpected field"],
		[{ type: "deploy", faction: "BLU", region: "mainland", units: 1 }, "region", "held by RED"],
		[{ type: "deploy", faction: "BLU", region: "home", units: 99 }, "units", "only 6 units in reserve"],
		[{ type: "setExportControl", faction: "BLU", target: "RED", material: "ree", level: 3 }, "material", "produces no ree"],
		[{ type: "setExportControl", faction: "RED", target: "BLU", material: "ree", level: 5 }, "level", "level must be"],
		[{ type: "liftExportControl", faction: "RED", target: "BLU", material: "ree" }, "material", "no such export control"],
		[{ type: "acceptProgramme", faction: "GRN", programme: "coprod" }, "programme", "has not been proposed"],
		[{ type: "fundProgramme", faction: "BLU", programme: "coprod" }, "programme", "is joint"],
		[{ type: "fundProgramme", faction: "GRN", programme: "new-mine" }, "programme", "not a sponsor"],
		[{ type: "stockpile", faction: "BLU", material: "ree", amount: 41 }, "amount", "between 1 and 40"],
		[{ type: "offtake", faction: "RED", producer: "red-mine", share: 5 }, "producer", "own it already"],
		[{ type: "offtake", faction: "BLU", producer: "yel-mine", share: 90 }, "share", "between 1 and 80"],
		[{ type: "budget", faction: "BLU", delta: 50 }, "delta", "between -10 and 10"],
		[{ type: "statement", faction: "BLU", tone: "shouty" }, "tone", "expected one of"],
		[{ type: "aid", faction: "BLU", partner: "BLU", amount: 5 }, "partner", "unknown partner"],
		["drill", "", "must be an object"],
	])("%j is refused on %s", (order, field, message) => {
		const e = validateOrder(sc, s, order);
		expect(e).not.toBeNull();
		expect(e!.field).toBe(field);
		expect(e!.message).toContain(message);
	});

	it("counts action points and funds across a faction's drafts", () => {
		const drafts = [
			{ type: "drill", faction: "BLU", region: "home", scale: 3 },
			{ type: "drill", faction: "BLU", region: "strait", scale: 3 },
			{ type: "dialogue", faction: "BLU", with: "RED" },
		] as const;
		const e = validateOrder(sc, s, { type: "statement", faction: "BLU", tone: "firm" }, [...drafts]);
		expect(e?.message).toContain("action point");
		const errors = validateOrders(sc, s, [...drafts, { type: "statement", faction: "BLU", tone: "firm" }, { type: "statement", faction: "BLU", tone: "firm" }]);
		expect(errors.map((x) => x.index)).toEqual([3, 4]);
	});

	it("refuses a second order of a one-per-turn kind", () => {
		const first = { type: "statement", faction: "BLU", tone: "firm" } as const;
		expect(validateOrder(sc, s, { ...first, tone: "hostile" }, [first])?.message).toBe("already ordered this turn");
	});

	it("refuses every order once the game is over", () => {
		expect(validateOrder(sc, { ...s, over: true }, { type: "pass", faction: "BLU" })?.message).toBe("the game is over");
	});
});

describe("candidates, costs, previews", () => {
	it("offers only legal orders, for every faction", () => {
		for (const f of sc.factions) {
			const c = candidateOrders(sc, s, f.id);
			expect(c.length).toBeGreaterThan(5);
			for (const o of c) expect(validateOrder(sc, s, o)).toBeNull();
		}
	});

	it("prices orders and describes them in words", () => {
		const drill = { type: "drill", faction: "BLU", region: "home", scale: 2, partner: "GRN" } as const;
		expect(orderCost(sc, s, drill)).toEqual({ actionPoints: 1, funds: 6 });
		expect(describeOrder(sc, drill)).toBe("blu: drill at Home Islands (scale 2, with grn)");
	});

	it("previews an order's effects without changing the state", () => {
		const before = canonicalJson(s);
		const preview = previewOrder(sc, s, { type: "drill", faction: "BLU", region: "home", scale: 2, partner: "GRN" });
		expect(canonicalJson(s)).toBe(before);
		const targets = preview.map((e) => e.target);
		expect(targets).toContain("tension");
		expect(targets).toContain("BLU.credibility");
		expect(targets).toContain("GRN.credibility");
		expect(preview.find((e) => e.target === "BLU.funds")?.delta).toBe(-6);
	});
});
