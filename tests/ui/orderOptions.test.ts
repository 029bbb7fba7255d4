import { describe, expect, it } from "vitest";
import { candidateOrders, newGame, type Order } from "../../src/engine";
import { groupOptions, matchesSelection, orderOptions } from "../../src/ui/orderOptions";
import { flagship } from "../app/helpers";

describe("order options", () => {
	const { scenario } = flagship();
	const state = newGame(scenario, "opts");

	it("lists national orders when nothing is selected, without region orders or export controls", () => {
		const opts = orderOptions(scenario, state, "JPN", [], null);
		expect(opts.length).toBeGreaterThan(0);
		expect(opts.some((o) => "region" in o.order)).toBe(false);
		expect(opts.some((o) => o.order.type === "setExportControl")).toBe(false);
		expect(opts.some((o) => o.order.type === "pass")).toBe(false);
	});

	it("lists the orders for a selected region, each with a cost and a label without the faction", () => {
		const opts = orderOptions(scenario, state, "JPN", [], { kind: "region", id: "sakishima" });
		expect(opts.length).toBeGreaterThan(0);
		for (const o of opts) {
			expect("region" in o.order && o.order.region).toBe("sakishima");
			expect(o.label.startsWith("Japan:")).toBe(false);
			expect(o.cost.actionPoints).toBeGreaterThanOrEqual(0);
		}
		expect(groupOptions(opts).map((g) => g.group)).toEqual(["Forces"]);
	});

	it("shows orders not allowed, disabled with the reason, instead of dropping them", () => {
		// Spend every action point, then every option must carry a reason.
		const drafts: Order[] = [];
		for (const o of candidateOrders(scenario, state, "JPN")) {
			if (o.type !== "dialogue") continue;
			drafts.push(o);
		}
		const opts = orderOptions(scenario, state, "JPN", drafts, null);
		const disabled = opts.filter((o) => o.error);
		expect(disabled.length).toBeGreaterThan(0);
		for (const o of disabled) expect(o.error?.message.length).toBeGreaterThan(0);
		const drafted = opts.find((o) => o.order.type === "dialogue");
		expect(drafted?.error?.message).toBeTruthy();
	});

	it("includes refused templates for a region (a withdrawal with nothing there)", () => {
		const empty = scenario.regions.find((r) => !(state.regions[r.id].forces.JPN > 0));
		if (!empty) return;
		const opts = orderOptions(scenario, state, "JPN", [], { kind: "region", id: empty.id });
		const withdraw = opts.find((o) => o.order.type === "withdraw");
		expect(withdraw?.error).not.toBeNull();
	});

	it("matches orders to a faction selection", () => {
		expect(matchesSelection({ type: "dialogue", faction: "JPN", with: "PRC" }, { kind: "faction", id: "PRC" })).toBe(
			true,
		);
		expect(
			matchesSelection(
				{ type: "setExportControl", faction: "JPN", target: "PRC", material: "ndpr", level: 1 },
				{ kind: "faction", id: "PRC" },
			),
		).toBe(true);
		expect(matchesSelection({ type: "statement", faction: "JPN", tone: "firm" }, { kind: "faction", id: "PRC" })).toBe(
			false,
		);
	});
});
