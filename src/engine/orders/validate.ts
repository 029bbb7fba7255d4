// Order validation: a typed error naming the order and the field, never a throw, never a change.
import { relationKey } from "../ledger";
import { lookup } from "../lookup";
import { div } from "../math";
import type { GameState, Order, OrderError, Scenario } from "../types";
import { orderCost } from "./costs";
import { checkShape } from "./shape";

export { orderCost } from "./costs";
export { describeOrder } from "./describe";

/** Orders of which a faction may issue only one per turn with the same key. */
function uniquenessKey(o: Order): string | null {
	switch (o.type) {
		case "statement":
		case "budget":
			return o.type;
		case "fundProgramme":
		case "proposeProgramme":
		case "acceptProgramme":
		case "cancelProgramme":
			return `programme:${o.programme}`;
		case "setExportControl":
		case "liftExportControl":
			return `control:${o.target}:${o.material}`;
		case "dialogue":
			return `dialogue:${o.with}`;
		case "drill":
			return `drill:${o.region}`;
		case "stockpile":
			return `stockpile:${o.material}`;
		case "offtake":
			return `offtake:${o.producer}`;
		default:
			return null;
	}
}

/** What a faction has already drafted this turn: spent points and the one-per-turn keys taken. */
interface Drafted {
	ap: number;
	funds: number;
	keys: Set<string>;
}

function draftedOf(scenario: Scenario, s: GameState, faction: string, drafted: readonly Order[]): Drafted {
	const out: Drafted = { ap: 0, funds: 0, keys: new Set() };
	for (const d of drafted) if (d.faction === faction) take(scenario, s, out, d);
	return out;
}

function take(scenario: Scenario, s: GameState, into: Drafted, o: Order): void {
	const c = orderCost(scenario, s, o);
	into.ap += c.actionPoints;
	into.funds += c.funds;
	const key = uniquenessKey(o);
	if (key) into.keys.add(key);
}

export function validateOrder(scenario: Scenario, s: GameState, order: unknown, drafted: Order[] = []): OrderError | null {
	const faction = (order as Order | null)?.faction;
	const before = typeof faction === "string" ? draftedOf(scenario, s, faction, drafted) : { ap: 0, funds: 0, keys: new Set<string>() };
	return validateAt(scenario, s, order, before, -1);
}

export function validateOrders(scenario: Scenario, s: GameState, orders: unknown[]): OrderError[] {
	const errors: OrderError[] = [];
	const byFaction = new Map<string, Drafted>();
	for (let i = 0; i < orders.length; i++) {
		const o = orders[i] as Order;
		const faction = typeof o?.faction === "string" ? o.faction : "";
		let before = byFaction.get(faction);
		if (!before) {
			before = { ap: 0, funds: 0, keys: new Set() };
			byFaction.set(faction, before);
		}
		const e = validateAt(scenario, s, o, before, i);
		if (e) errors.push(e);
		else take(scenario, s, before, o);
	}
	return errors;
}

function validateAt(scenario: Scenario, s: GameState, raw: unknown, spent: Drafted, index: number): OrderError | null {
	const shape = checkShape(raw, index);
	if (shape) return shape;
	const o = raw as Order;
	const bad = (field: string, message: string): OrderError => ({ index, type: o.type, field, message });
	if (s.over) return bad("type", "the game is over");
	const fs = s.factions[o.faction];
	if (!fs) return bad("faction", `unknown faction "${o.faction}"`);
	const key = uniquenessKey(o);
	if (key && spent.keys.has(key)) return bad("type", "already ordered this turn");

	const semantic = checkSemantics(scenario, s, o, bad);
	if (semantic) return semantic;

	const cost = orderCost(scenario, s, o);
	if (spent.ap + cost.actionPoints > fs.actionPoints) {
		return bad("faction", `needs ${cost.actionPoints} action point(s); ${fs.actionPoints - spent.ap} left this turn`);
	}
	if (spent.funds + cost.funds > fs.funds) {
		return bad("faction", `needs ${cost.funds} points of funds; ${fs.funds - spent.funds} left`);
	}
	return null;
}

function checkSemantics(
	scenario: Scenario,
	s: GameState,
	o: Order,
	bad: (field: string, message: string) => OrderError,
): OrderError | null {
	const l = lookup(scenario);
	const fs = s.factions[o.faction];
	const isFaction = (id: string) => Object.hasOwn(s.factions, id);
	switch (o.type) {
		case "pass":
			return null;
		case "fundProgramme":
		case "proposeProgramme":
		case "acceptProgramme":
		case "cancelProgramme": {
			const p = l.programme.get(o.programme);
			if (!p) return bad("programme", `unknown programme "${o.programme}"`);
			if (!p.sponsors.includes(o.faction)) return bad("programme", `${o.faction} is not a sponsor of ${p.name}`);
			const ps = s.programmes[o.programme];
			if (o.type === "fundProgramme") {
				if (p.joint) return bad("programme", `${p.name} is joint: propose it to the partners instead`);
				if (ps.status !== "idle") return bad("programme", `${p.name} is ${ps.status}`);
			} else if (o.type === "proposeProgramme") {
				if (!p.joint) return bad("programme", `${p.name} is not joint: fund it directly`);
				if (ps.status !== "idle") return bad("programme", `${p.name} is ${ps.status}`);
			} else if (o.type === "acceptProgramme") {
				if (ps.status !== "proposed") return bad("programme", `${p.name} has not been proposed`);
				if (ps.committed.includes(o.faction)) return bad("programme", "already committed");
			} else {
				if (!["proposed", "active", "stalled"].includes(ps.status)) return bad("programme", `${p.name} is ${ps.status}`);
				if (!ps.committed.includes(o.faction)) return bad("programme", "not committed to it");
			}
			return null;
		}
		case "drill": {
			if (!l.region.has(o.region)) return bad("region", `unknown region "${o.region}"`);
			if (o.scale < 1 || o.scale > 3) return bad("scale", "scale must be 1, 2 or 3");
			if (o.partner !== undefined) {
				if (!isFaction(o.partner) || o.partner === o.faction) return bad("partner", `unknown partner "${o.partner}"`);
				if ((s.relations[relationKey(o.faction, o.partner)] ?? 0) < 30) {
					return bad("partner", `relations with ${o.partner} are too cool for a joint drill (need 30)`);
				}
			}
			return null;
		}
		case "deploy":
		case "withdraw": {
			const r = l.region.get(o.region);
			if (!r) return bad("region", `unknown region "${o.region}"`);
			if (o.units < 1) return bad("units", "at least 1 unit");
			if (o.type === "deploy") {
				if (o.units > fs.reserves) return bad("units", `only ${fs.reserves} units in reserve`);
				const owner = s.regions[o.region].owner;
				if (r.kind === "land" && owner !== o.faction && !(owner && l.faction.get(o.faction)?.allies.includes(owner))) {
					return bad("region", `${r.name} is held by ${owner ?? "nobody"}: deploy on your own or an ally's land, or at sea`);
				}
			} else if (o.units > (s.regions[o.region].forces[o.faction] ?? 0)) {
				return bad("units", `only ${s.regions[o.region].forces[o.faction] ?? 0} units there`);
			}
			return null;
		}
		case "setExportControl":
		case "liftExportControl": {
			if (!isFaction(o.target) || o.target === o.faction) return bad("target", `unknown target "${o.target}"`);
			if (!l.material.has(o.material)) return bad("material", `unknown material "${o.material}"`);
			const existing = s.exportControls.find(
				(c) => c.issuer === o.faction && c.target === o.target && c.material === o.material,
			);
			if (o.type === "liftExportControl") return existing ? null : bad("material", "no such export control to lift");
			if (o.level < 1 || o.level > 3) return bad("level", "level must be 1 (licensing), 2 (restricted) or 3 (ban)");
			if (!scenario.producers.some((p) => p.owner === o.faction && p.material === o.material)) {
				return bad("material", `${o.faction} produces no ${o.material} to control`);
			}
			if (existing?.level === o.level) return bad("level", "that control is already in force");
			return null;
		}
		case "statement":
			return null;
		case "dialogue":
			if (!isFaction(o.with) || o.with === o.faction) return bad("with", `unknown faction "${o.with}"`);
			return null;
		case "stockpile": {
			const m = l.material.get(o.material);
			if (!m) return bad("material", `unknown material "${o.material}"`);
			if (o.amount < 1 || o.amount > m.market) return bad("amount", `between 1 and ${m.market} (the market's limit a quarter)`);
			return null;
		}
		case "offtake": {
			const p = l.producer.get(o.producer);
			if (!p) return bad("producer", `unknown producer "${o.producer}"`);
			if (p.owner === o.faction) return bad("producer", "you own it already");
			if ((s.relations[relationKey(o.faction, p.owner)] ?? 0) < 0) {
				return bad("producer", `${p.owner} will not sign with you while relations are hostile`);
			}
			const taken = s.contracts.filter((c) => c.producer === o.producer).reduce((n, c) => n + c.share, 0);
			if (o.share < 1 || o.share > 100 - taken) return bad("share", `between 1 and ${100 - taken} (percent still free)`);
			return null;
		}
		case "budget": {
			const max = Math.max(1, div(fs.budget, 10));
			if (o.delta === 0 || Math.abs(o.delta) > max) return bad("delta", `between -${max} and ${max}, not 0`);
			return null;
		}
		case "aid":
			if (!isFaction(o.partner) || o.partner === o.faction) return bad("partner", `unknown partner "${o.partner}"`);
			if (o.amount < 1) return bad("amount", "at least 1 point");
			return null;
	}
}
