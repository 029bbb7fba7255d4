// What an order does when it resolves (policy and posture steps). Every number moves through the
// ledger with the order as its cause. The coefficients are design choices (README, "The model").
import { setExportControl } from "../effects";
import {
	addFaction,
	addMaterial,
	addReadiness,
	addRelation,
	addTension,
	type Ctx,
	QUIET_CAUSE,
	relationKey,
} from "../ledger";
import { lookup } from "../lookup";
import { clamp, div } from "../math";
import { startProgramme } from "../steps/programmes";
import type { Cause, Order } from "../types";
import { orderCost } from "./costs";
import { describeOrder } from "./describe";

/** Factions that this one regards as adversaries (negative relations), in id order. */
export function adversaries(ctx: Ctx, f: string): string[] {
	return lookup(ctx.scenario).factionIds.filter((x) => x !== f && (ctx.s.relations[relationKey(f, x)] ?? 0) < 0);
}

export function orderCause(ctx: Ctx, o: Order): Cause {
	return ctx.quiet ? QUIET_CAUSE : { kind: "order", id: o.faction, text: describeOrder(ctx.scenario, o) };
}

const isChallenger = (ctx: Ctx, f: string) => ctx.scenario.challenger === f;

/** Orders whose funds cost is a flat fee (others pay inside their own case or via programmes). */
function payFee(ctx: Ctx, o: Order, cause: Cause): void {
	const fee = orderCost(ctx.scenario, ctx.s, o).funds;
	if (fee > 0) addFaction(ctx, o.faction, "funds", -fee, cause);
}

export function applyOrder(ctx: Ctx, o: Order): void {
	const cause = orderCause(ctx, o);
	const l = lookup(ctx.scenario);
	const s = ctx.s;
	switch (o.type) {
		case "pass":
			return;
		case "fundProgramme":
			startProgramme(ctx, o.programme, [o.faction], cause);
			return;
		case "proposeProgramme": {
			const ps = s.programmes[o.programme];
			ps.status = "proposed";
			ps.committed = [o.faction];
			const p = l.programme.get(o.programme)!;
			ctx.headlines.push({ kind: "programme", faction: o.faction, text: `${l.faction.get(o.faction)?.name} proposes ${p.name}` });
			return;
		}
		case "acceptProgramme": {
			const ps = s.programmes[o.programme];
			const committed = [...ps.committed, o.faction].sort();
			const p = l.programme.get(o.programme)!;
			if (p.sponsors.every((x) => committed.includes(x))) startProgramme(ctx, o.programme, committed, cause);
			else ps.committed = committed;
			return;
		}
		case "cancelProgramme": {
			const ps = s.programmes[o.programme];
			const p = l.programme.get(o.programme)!;
			const wasActive = ps.status === "active" || ps.status === "stalled";
			ps.status = "cancelled";
			if (wasActive) addFaction(ctx, o.faction, "credibility", -Math.max(1, div(p.signal, 2)), cause);
			for (const partner of ps.committed) if (partner !== o.faction) addRelation(ctx, o.faction, partner, -5, cause);
			ctx.headlines.push({ kind: "programme", faction: o.faction, text: `${p.name} cancelled` });
			return;
		}
		case "drill": {
			payFee(ctx, o, cause);
			// Drills raise readiness and credibility, and provoke in proportion to where they happen.
			const region = l.region.get(o.region)!;
			const rs = s.regions[o.region];
			rs.heat = clamp(rs.heat + 10 * o.scale, 0, 100);
			const mine = rs.owner === o.faction || (rs.owner !== null && o.partner === rs.owner);
			if (mine || region.kind === "sea") addReadiness(ctx, o.region, 4 * o.scale, cause);
			addTension(ctx, Math.max(1, div(o.scale * region.value, 3)), cause);
			if (isChallenger(ctx, o.faction)) {
				addFaction(ctx, o.faction, "resolve", o.scale, cause);
			} else {
				addFaction(ctx, o.faction, "credibility", o.partner ? 2 * o.scale : o.scale, cause);
			}
			ctx.headlines.push({ kind: "order", faction: o.faction, region: o.region, text: describeOrder(ctx.scenario, o) });
			if (o.partner) {
				addFaction(ctx, o.partner, "credibility", 2 * o.scale, cause);
				addRelation(ctx, o.faction, o.partner, 2, cause);
				s.factions[o.faction].drillBonus = 4;
				s.factions[o.partner].drillBonus = 4;
				// A joint drill is read as alliance commitment by the challenger: an extra rise.
				addTension(ctx, 1, cause);
			}
			return;
		}
		case "deploy":
		case "withdraw": {
			payFee(ctx, o, cause);
			const region = l.region.get(o.region)!;
			const rs = s.regions[o.region];
			const units = o.type === "deploy" ? o.units : -o.units;
			rs.forces[o.faction] = (rs.forces[o.faction] ?? 0) + units;
			if (rs.forces[o.faction] === 0) delete rs.forces[o.faction];
			s.factions[o.faction].reserves -= units;
			if (units > 0) {
				rs.heat = clamp(rs.heat + 5 * units, 0, 100);
				if (region.theatre) addTension(ctx, Math.max(1, div(units * region.value, 6)), cause);
			} else if (region.theatre) {
				addTension(ctx, -1, cause);
			}
			return;
		}
		case "setExportControl": {
			const prev =
				s.exportControls.find((c) => c.issuer === o.faction && c.target === o.target && c.material === o.material)
					?.level ?? 0;
			setExportControl(ctx, { issuer: o.faction, target: o.target, material: o.material, level: o.level });
			const step = o.level - prev;
			addTension(ctx, 2 * step, cause);
			addRelation(ctx, o.faction, o.target, -4 * step, cause);
			if (step > 0 && isChallenger(ctx, o.faction)) addFaction(ctx, o.faction, "resolve", step, cause);
			ctx.headlines.push({ kind: "order", faction: o.faction, text: describeOrder(ctx.scenario, o) });
			return;
		}
		case "liftExportControl": {
			const prev =
				s.exportControls.find((c) => c.issuer === o.faction && c.target === o.target && c.material === o.material)
					?.level ?? 0;
			setExportControl(ctx, { issuer: o.faction, target: o.target, material: o.material, level: 0 });
			addTension(ctx, -2 * prev, cause);
			addRelation(ctx, o.faction, o.target, 3 * prev, cause);
			ctx.headlines.push({ kind: "order", faction: o.faction, text: describeOrder(ctx.scenario, o) });
			return;
		}
		case "statement":
			applyStatement(ctx, o, cause);
			return;
		case "dialogue": {
			payFee(ctx, o, cause);
			addTension(ctx, adversaries(ctx, o.faction).includes(o.with) ? -3 : -1, cause);
			addRelation(ctx, o.faction, o.with, 4, cause);
			// Talking to an adversary costs a little at home.
			if (adversaries(ctx, o.faction).includes(o.with)) addFaction(ctx, o.faction, "support", -1, cause);
			return;
		}
		case "stockpile": {
			const cost = Math.max(1, div(o.amount * (l.material.get(o.material)?.price ?? 0) + 99, 100));
			addFaction(ctx, o.faction, "funds", -cost, cause);
			addMaterial(ctx, o.faction, o.material, o.amount, cause);
			return;
		}
		case "offtake": {
			const p = l.producer.get(o.producer)!;
			addFaction(ctx, o.faction, "funds", -2 * o.share, cause);
			const c = s.contracts.find((x) => x.producer === o.producer && x.consumer === o.faction);
			if (c) c.share += o.share;
			else s.contracts.push({ consumer: o.faction, producer: o.producer, share: o.share });
			addRelation(ctx, o.faction, p.owner, 2, cause);
			ctx.headlines.push({ kind: "order", faction: o.faction, text: describeOrder(ctx.scenario, o) });
			return;
		}
		case "budget":
			addFaction(ctx, o.faction, "budget", o.delta, cause);
			addFaction(ctx, o.faction, "support", o.delta > 0 ? -2 : 1, cause);
			addFaction(ctx, o.faction, "credibility", o.delta > 0 ? 2 : -2, cause);
			return;
		case "aid":
			addFaction(ctx, o.faction, "funds", -o.amount, cause);
			addFaction(ctx, o.partner, "funds", o.amount, cause);
			addRelation(ctx, o.faction, o.partner, Math.max(1, div(o.amount, 10)), cause);
			return;
	}
}

function applyStatement(ctx: Ctx, o: Extract<Order, { type: "statement" }>, cause: Cause): void {
	const challenger = isChallenger(ctx, o.faction);
	const foes = adversaries(ctx, o.faction);
	const credibilityOrResolve = challenger ? "resolve" : "credibility";
	switch (o.tone) {
		case "conciliatory":
			addTension(ctx, -2, cause);
			addFaction(ctx, o.faction, credibilityOrResolve, -1, cause);
			for (const x of foes) addRelation(ctx, o.faction, x, 2, cause);
			break;
		case "neutral":
			break;
		case "firm":
			addTension(ctx, 2, cause);
			addFaction(ctx, o.faction, credibilityOrResolve, 3, cause);
			addFaction(ctx, o.faction, "support", 1, cause);
			break;
		case "hostile":
			addTension(ctx, 5, cause);
			addFaction(ctx, o.faction, credibilityOrResolve, 4, cause);
			for (const x of foes) addRelation(ctx, o.faction, x, -4, cause);
			break;
	}
	if (o.taiwan) {
		const fs = ctx.s.factions[o.faction];
		if (o.taiwan === "clarity") {
			// Clarity strengthens commitment and provokes: the security dilemma in one sentence.
			addFaction(ctx, o.faction, "credibility", 5, cause);
			addTension(ctx, 4, cause);
			if (!challenger) addRelation(ctx, o.faction, ctx.scenario.challenger, -4, cause);
		} else if (fs.posture === "clarity") {
			addTension(ctx, -2, cause);
			addFaction(ctx, o.faction, "credibility", -2, cause);
		}
		fs.posture = o.taiwan;
	}
	if (o.tone !== "neutral" || o.taiwan) {
		ctx.headlines.push({ kind: "order", faction: o.faction, text: describeOrder(ctx.scenario, o) });
	}
}
