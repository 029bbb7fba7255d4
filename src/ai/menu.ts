// The legal single orders of one type, in the order candidateOrders() lists them. Bots ask for a
// few types at a time, so they validate tens of orders instead of the whole menu (hundreds).
// tests/ai/menu.test.ts checks that every type's list equals candidateOrders() filtered by type.
import { type GameState, type Order, type Scenario, validateOrder } from "../engine";

type OfType<T extends Order["type"]> = Extract<Order, { type: T }>;

/** Every order of one type the menu offers `faction`, legal or not, in candidateOrders() order. */
export function rawMenu<T extends Order["type"]>(scenario: Scenario, s: GameState, faction: string, type: T): OfType<T>[] {
	return raw(scenario, s, faction, type) as OfType<T>[];
}

function raw(scenario: Scenario, s: GameState, faction: string, type: Order["type"]): Order[] {
	const out: Order[] = [];
	const self = scenario.factions.find((f) => f.id === faction);
	if (!self) return out;
	switch (type) {
		case "pass":
			out.push({ type, faction });
			break;
		case "fundProgramme":
		case "proposeProgramme":
		case "acceptProgramme":
		case "cancelProgramme":
			for (const p of scenario.programmes) if (p.sponsors.includes(faction)) out.push({ type, faction, programme: p.id });
			break;
		case "drill":
			for (const r of scenario.regions) {
				for (const scale of [1, 2, 3]) {
					out.push({ type, faction, region: r.id, scale });
					for (const partner of self.allies) out.push({ type, faction, region: r.id, scale, partner });
				}
			}
			break;
		case "deploy":
		case "withdraw":
			for (const r of scenario.regions) for (const units of [1, 2, 4]) out.push({ type, faction, region: r.id, units });
			break;
		case "setExportControl":
		case "liftExportControl":
			for (const target of partnersOf(scenario, faction)) {
				for (const m of scenario.materials) {
					if (type === "setExportControl") for (const level of [1, 2, 3]) out.push({ type, faction, target, material: m.id, level });
					else out.push({ type, faction, target, material: m.id });
				}
			}
			break;
		case "dialogue":
			for (const target of partnersOf(scenario, faction)) out.push({ type, faction, with: target });
			break;
		case "statement":
			for (const tone of ["conciliatory", "neutral", "firm", "hostile"] as const) {
				out.push({ type, faction, tone });
				for (const taiwan of ["ambiguity", "clarity"] as const) out.push({ type, faction, tone, taiwan });
			}
			break;
		case "stockpile":
			for (const m of scenario.materials) {
				for (const amount of new Set([Math.trunc(m.market / 4), Math.trunc(m.market / 2), m.market])) {
					if (amount > 0) out.push({ type, faction, material: m.id, amount });
				}
			}
			break;
		case "offtake":
			for (const p of scenario.producers) for (const share of [5, 10, 20]) out.push({ type, faction, producer: p.id, share });
			break;
		case "budget": {
			const step = Math.max(1, Math.trunc((s.factions[faction]?.budget ?? 0) / 10));
			out.push({ type, faction, delta: step }, { type, faction, delta: -step });
			break;
		}
		case "aid":
			for (const ally of self.allies) for (const amount of [5, 10, 20]) out.push({ type, faction, partner: ally, amount });
			break;
	}
	return out;
}

function partnersOf(scenario: Scenario, faction: string): string[] {
	return scenario.factions
		.map((f) => f.id)
		.filter((f) => f !== faction)
		.sort();
}

/** The legal orders of one type for `faction` now (alone, not alongside other drafts). */
export function menu<T extends Order["type"]>(scenario: Scenario, s: GameState, faction: string, type: T): OfType<T>[] {
	if (s.over || !s.factions[faction]) return [];
	return raw(scenario, s, faction, type).filter((o) => validateOrder(scenario, s, o) === null) as OfType<T>[];
}

export type Menu = <T extends Order["type"]>(type: T) => OfType<T>[];

/**
 * A per-decision cache of menu() (validated: `legal` true) or of rawMenu(), so the rules of one
 * bot can ask for a type repeatedly.
 */
export function menuCache(scenario: Scenario, s: GameState, faction: string, legal = true): Menu {
	const cache = new Map<string, Order[]>();
	return <T extends Order["type"]>(type: T): OfType<T>[] => {
		let list = cache.get(type);
		if (!list) {
			list = legal ? menu(scenario, s, faction, type) : s.over ? [] : raw(scenario, s, faction, type);
			cache.set(type, list);
		}
		return list as OfType<T>[];
	};
}
