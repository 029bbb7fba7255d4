// Every legal single order a faction may draft now: the menu for the orders panel and the bots.
import { lookup } from "../lookup";
import { div } from "../math";
import type { GameState, Order, Scenario } from "../types";
import { validateOrder } from "./validate";

export function candidateOrders(scenario: Scenario, s: GameState, faction: string): Order[] {
	const l = lookup(scenario);
	const fs = s.factions[faction];
	if (!fs || s.over) return [];
	const out: Order[] = [{ type: "pass", faction }];
	for (const p of scenario.programmes) {
		if (!p.sponsors.includes(faction)) continue;
		for (const type of ["fundProgramme", "proposeProgramme", "acceptProgramme", "cancelProgramme"] as const) {
			out.push({ type, faction, programme: p.id });
		}
	}
	const partners = l.factionIds.filter((f) => f !== faction);
	for (const r of scenario.regions) {
		for (const scale of [1, 2, 3]) {
			out.push({ type: "drill", faction, region: r.id, scale });
			for (const partner of l.faction.get(faction)!.allies) out.push({ type: "drill", faction, region: r.id, scale, partner });
		}
		for (const units of [1, 2, 4]) {
			out.push({ type: "deploy", faction, region: r.id, units });
			out.push({ type: "withdraw", faction, region: r.id, units });
		}
	}
	for (const target of partners) {
		for (const m of scenario.materials) {
			for (const level of [1, 2, 3]) out.push({ type: "setExportControl", faction, target, material: m.id, level });
			out.push({ type: "liftExportControl", faction, target, material: m.id });
		}
		out.push({ type: "dialogue", faction, with: target });
	}
	for (const tone of ["conciliatory", "neutral", "firm", "hostile"] as const) {
		out.push({ type: "statement", faction, tone });
		for (const taiwan of ["ambiguity", "clarity"] as const) out.push({ type: "statement", faction, tone, taiwan });
	}
	for (const m of scenario.materials) {
		for (const amount of new Set([div(m.market, 4), div(m.market, 2), m.market])) {
			if (amount > 0) out.push({ type: "stockpile", faction, material: m.id, amount });
		}
	}
	for (const p of scenario.producers) for (const share of [5, 10, 20]) out.push({ type: "offtake", faction, producer: p.id, share });
	const step = Math.max(1, div(fs.budget, 10));
	out.push({ type: "budget", faction, delta: step }, { type: "budget", faction, delta: -step });
	for (const ally of l.faction.get(faction)!.allies) {
		for (const amount of [5, 10, 20]) out.push({ type: "aid", faction, partner: ally, amount });
	}
	return out.filter((o) => validateOrder(scenario, s, o) === null);
}
