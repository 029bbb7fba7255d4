// The orders open to the player for the current selection (DOM-free, tested in Node):
// candidateOrders filtered by the selection, plus templates the engine would refuse, so that
// orders not allowed show with their reason instead of vanishing.
import {
	type FactionId,
	type GameState,
	type Order,
	type OrderError,
	type OrderType,
	type Scenario,
	candidateOrders,
	canonicalJson,
	describeOrder,
	orderCost,
	validateOrder,
} from "../engine";
import type { Selection } from "../app/bus";
import { factionName, withoutFaction } from "./format";

export type OrderGroup = "Forces" | "Diplomacy" | "Programmes" | "Supply and trade" | "Budget";

export const GROUP_ORDER: OrderGroup[] = ["Forces", "Diplomacy", "Programmes", "Supply and trade", "Budget"];

export const GROUP_HELP: Record<OrderGroup, string> = {
	Forces:
		"Drills raise your credibility (more with a partner) but also tension. Deploying units adds capability in theatre.",
	Diplomacy: "Statements signal resolve or restraint; dialogue lowers tension; aid strengthens a partner.",
	Programmes: "Multi-turn projects: production lines, mines, stockpiles. Joint ones need both partners to commit.",
	"Supply and trade":
		"Buy material stockpiles and sign offtake deals with producers. To set or lift an export control, choose the target faction under “Act where / with whom”.",
	Budget: "Raise or cut the defence budget: more funds per turn, but public support reacts.",
};

const GROUP_OF: Record<OrderType, OrderGroup | null> = {
	pass: null,
	drill: "Forces",
	deploy: "Forces",
	withdraw: "Forces",
	statement: "Diplomacy",
	dialogue: "Diplomacy",
	aid: "Diplomacy",
	fundProgramme: "Programmes",
	proposeProgramme: "Programmes",
	acceptProgramme: "Programmes",
	cancelProgramme: "Programmes",
	stockpile: "Supply and trade",
	offtake: "Supply and trade",
	setExportControl: "Supply and trade",
	liftExportControl: "Supply and trade",
	budget: "Budget",
};

export interface OrderOption {
	order: Order;
	key: string;
	label: string;
	group: OrderGroup;
	cost: { actionPoints: number; funds: number };
	/** Why it cannot be added now, or null. */
	error: OrderError | null;
}

export function groupOf(order: Order): OrderGroup | null {
	return GROUP_OF[order.type] ?? null;
}

/** Does the order concern the selected place or faction? */
export function matchesSelection(order: Order, selection: Selection): boolean {
	if (!selection) {
		// Export controls name a target: they are listed when that faction is selected.
		return !("region" in order) && order.type !== "setExportControl" && order.type !== "liftExportControl";
	}
	switch (selection.kind) {
		case "region":
			return "region" in order && order.region === selection.id;
		case "producer":
			return order.type === "offtake" && order.producer === selection.id;
		case "faction":
			return (
				(order.type === "dialogue" && order.with === selection.id) ||
				(order.type === "aid" && order.partner === selection.id) ||
				(order.type === "drill" && order.partner === selection.id) ||
				((order.type === "setExportControl" || order.type === "liftExportControl") && order.target === selection.id)
			);
	}
}

/** Orders the engine may refuse, generated for the selection so the reason can be shown. */
export function templatesFor(faction: FactionId, selection: Selection): Order[] {
	if (!selection) return [];
	const out: Order[] = [];
	if (selection.kind === "region") {
		const region = selection.id;
		out.push({ type: "drill", faction, region, scale: 1 });
		out.push({ type: "deploy", faction, region, units: 1 });
		out.push({ type: "withdraw", faction, region, units: 1 });
	} else if (selection.kind === "faction" && selection.id !== faction) {
		out.push({ type: "dialogue", faction, with: selection.id });
	} else if (selection.kind === "producer") {
		out.push({ type: "offtake", faction, producer: selection.id, share: 10 });
	}
	return out;
}

export function orderOptions(
	scenario: Scenario,
	state: GameState,
	faction: FactionId,
	drafts: Order[],
	selection: Selection,
	candidates: Order[] = candidateOrders(scenario, state, faction),
): OrderOption[] {
	const seen = new Set<string>();
	const out: OrderOption[] = [];
	const fname = factionName(scenario, faction);
	const draftKeys = new Set(drafts.map((d) => canonicalJson(d)));
	for (const order of [...candidates, ...templatesFor(faction, selection)]) {
		const group = groupOf(order);
		if (!group || !matchesSelection(order, selection)) continue;
		const key = canonicalJson(order);
		if (seen.has(key)) continue;
		seen.add(key);
		let error: OrderError | null;
		if (draftKeys.has(key)) {
			error = { index: -1, type: order.type, field: "", message: "already in your orders this turn" };
		} else {
			try {
				error = validateOrder(scenario, state, order, drafts);
			} catch (e) {
				error = { index: -1, type: order.type, field: "", message: e instanceof Error ? e.message : String(e) };
			}
		}
		let cost = { actionPoints: 0, funds: 0 };
		try {
			cost = orderCost(scenario, state, order);
		} catch {
			// an order the engine cannot cost is still shown, with its error
		}
		out.push({ order, key, label: withoutFaction(describeOrder(scenario, order), fname), group, cost, error });
	}
	return out;
}

/** Options grouped in display order; empty groups dropped. */
export function groupOptions(options: OrderOption[]): { group: OrderGroup; options: OrderOption[] }[] {
	return GROUP_ORDER.map((group) => ({ group, options: options.filter((o) => o.group === group) })).filter(
		(g) => g.options.length > 0,
	);
}

export function costText(cost: { actionPoints: number; funds: number }): string {
	const parts: string[] = [];
	parts.push(`${cost.actionPoints} AP`);
	if (cost.funds !== 0) parts.push(`${cost.funds} funds`);
	return parts.join(" · ");
}
