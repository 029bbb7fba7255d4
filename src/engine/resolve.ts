// resolve(scenario, state, orders) -> state: one quarter, in the order DESIGN.md gives:
// validate -> policy -> budgets and programmes -> supply -> production -> posture -> tension,
// deterrence, escalation -> events -> economy and politics -> end checks -> turn record.
import { freeze, produce } from "immer";
import { turnLabel } from "./calendar";
import { hashState } from "./hash";
import { type Ctx, trackedMetrics } from "./ledger";
import { applyOrder } from "./orders/apply";
import { validateOrders } from "./orders/validate";
import { deterrenceStep } from "./steps/deterrence";
import { economyStep } from "./steps/economy";
import { eventsStep } from "./steps/events";
import { ladderStep } from "./steps/ladder";
import { postureStep } from "./steps/posture";
import { productionStep } from "./steps/production";
import { programmesStep } from "./steps/programmes";
import { supplyStep } from "./steps/supply";
import { capabilities, tensionStep } from "./steps/tension";
import type { GameState, Headline, Inject, LedgerEntry, Order, Scenario, TurnRecord } from "./types";

const POSTURE_ORDERS = new Set<Order["type"]>(["drill", "deploy", "withdraw"]);

export function resolve(scenario: Scenario, state: GameState, orders: Order[], injects: Inject[] = []): GameState {
	if (state.over) return state;
	const errors = validateOrders(scenario, state, orders);
	const rejected = new Set(errors.map((e) => e.index));
	const valid = orders.filter((_, i) => !rejected.has(i));
	const validInjects = injects.filter((i) => scenario.events.some((e) => e.id === i?.event));

	let ledger: LedgerEntry[] = [];
	let headlines: Headline[] = [];
	const next = produce(state, (s) => {
		ledger = [];
		headlines = [];
		const ctx: Ctx = { scenario, s, ledger, headlines };
		for (const e of errors) {
			headlines.push({ kind: "order", text: `Order ${e.index + 1} (${e.type}) rejected: ${e.field} ${e.message}` });
		}
		const tensionBefore = s.tension;
		const capBefore = capabilities(ctx);

		for (const o of valid) if (!POSTURE_ORDERS.has(o.type)) applyOrder(ctx, o);
		programmesStep(ctx);
		supplyStep(ctx);
		productionStep(ctx);
		postureStep(ctx);
		for (const o of valid) if (POSTURE_ORDERS.has(o.type)) applyOrder(ctx, o);
		tensionStep(ctx, capBefore);
		deterrenceStep(ctx);
		ladderStep(ctx, tensionBefore);
		if (!s.over) eventsStep(ctx, validInjects);
		economyStep(ctx);

		if (!s.over && s.turn + 1 >= scenario.turns) {
			s.over = true;
			s.outcome = s.ladder.rung >= scenario.rules.coercedRung ? "coerced" : "held";
			headlines.push({
				kind: "end",
				text: s.outcome === "held" ? "The scenario ends with deterrence held." : "The scenario ends with the defenders coerced.",
			});
		}
		s.turn += 1;
	});
	// The turn record is built from the finished (plain, frozen) state rather than the draft:
	// hashing and reading metrics through immer's proxies cost more than the rest of the turn.
	const record: TurnRecord = {
		turn: next.turn - 1,
		label: turnLabel(scenario, next.turn - 1),
		orders: orders as Order[],
		injects: validInjects,
		headlines,
		ledger,
		metrics: trackedMetrics(scenario, next),
		hash: hashState(next),
	};
	return freeze({ ...next, history: [...state.history, freeze(record, true)] });
}
