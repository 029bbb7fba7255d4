// The deterministic, immediate effects of one order, for the orders panel ("what will this do?").
// Runs the order's own rule on a scratch copy; the state given is not changed.
import { produce } from "immer";
import type { Ctx } from "../ledger";
import { programmesStep } from "../steps/programmes";
import type { GameState, LedgerEntry, Order, Scenario } from "../types";
import { applyOrder } from "./apply";
import { validateOrder } from "./validate";

export function previewOrder(scenario: Scenario, state: GameState, order: Order): LedgerEntry[] {
	if (validateOrder(scenario, state, order)) return [];
	const ledger: LedgerEntry[] = [];
	produce(state, (s) => {
		const ctx: Ctx = { scenario, s, ledger, headlines: [] };
		applyOrder(ctx, order);
		if (order.type === "fundProgramme" || order.type === "acceptProgramme") {
			const before = ledger.length;
			programmesStep(ctx);
			// Keep only this programme's first instalment, not other programmes' upkeep.
			const mine = ledger.splice(before).filter((e) => e.cause.id === order.programme);
			ledger.push(...mine);
		}
	});
	return ledger;
}
