// resolve(scenario, state, orders) -> state: one quarter, in the order DESIGN.md gives:
// validate -> policy -> budgets and programmes -> supply -> production -> posture -> tension,
// deterrence, escalation -> events -> economy and politics -> end checks -> turn record.
// The rules write to a private copy of the state (clone.ts); the result is frozen.
import { turnLabel } from "./calendar";
import { copyState } from "./clone";
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

/** The rules of one turn, applied to `s` in place (a private copy); returns the turn's ledger and headlines. */
function playTurn(
	scenario: Scenario,
	s: GameState,
	orders: Order[],
	injects: Inject[],
	quiet: boolean,
): { ledger: LedgerEntry[]; headlines: Headline[] } {
	const errors = validateOrders(scenario, s, orders);
	const rejected = new Set(errors.map((e) => e.index));
	const valid = orders.filter((_, i) => !rejected.has(i));
	const ledger: LedgerEntry[] = [];
	const headlines: Headline[] = [];
	const ctx: Ctx = { scenario, s, ledger, headlines, quiet };
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
	// Tension changes nothing that capability counts, so deterrence reuses the step's figures.
	const capAfter = capabilities(ctx);
	tensionStep(ctx, capBefore, capAfter);
	deterrenceStep(ctx, capAfter);
	ladderStep(ctx, tensionBefore);
	if (!s.over) eventsStep(ctx, injects);
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
	return { ledger, headlines };
}

const knownInjects = (scenario: Scenario, injects: Inject[]): Inject[] =>
	injects.filter((i) => scenario.events.some((e) => e.id === i?.event));

export function resolve(scenario: Scenario, state: GameState, orders: Order[], injects: Inject[] = []): GameState {
	if (state.over) return state;
	const validInjects = knownInjects(scenario, injects);
	const s = copyState(state);
	const { ledger, headlines } = playTurn(scenario, s, orders, validInjects, false);
	const record: TurnRecord = {
		turn: s.turn - 1,
		label: turnLabel(scenario, s.turn - 1),
		orders: orders as Order[],
		injects: validInjects,
		headlines,
		ledger,
		metrics: trackedMetrics(scenario, s),
		hash: hashState(s),
	};
	s.history = Object.freeze([...state.history, Object.freeze(record)]) as TurnRecord[];
	// States are immutable values. The engine never writes to a state it is given (tests/engine/
	// purity.test.ts runs it on deep-frozen states); freezing every object of every state costs
	// more than the rules themselves (docs/PERFORMANCE.md), so only the top level is frozen.
	return Object.freeze(s);
}

/**
 * For the bots' look-ahead: the state one turn on by the same rules as resolve() (the same
 * state hash), but without the turn record: no history entry, metrics or hash are computed and
 * the result is neither frozen nor sharing anything mutable with `state`, which is not changed.
 */
export function lookahead(scenario: Scenario, state: GameState, orders: Order[], injects: Inject[] = []): GameState {
	if (state.over) return state;
	const s = copyState(state);
	playTurn(scenario, s, orders, knownInjects(scenario, injects), true);
	s.history = state.history;
	return s;
}
