// Scenario effects (programmes on completion, events, ladder rungs), applied through the ledger.
import {
	addFaction,
	addMaterial,
	addMunitions,
	addReadiness,
	addRelation,
	addTension,
	type Ctx,
} from "./ledger";
import { moveLadder } from "./steps/ladder";
import { clamp } from "./math";
import type { Cause, Effect, ExportControl } from "./types";

export function setExportControl(ctx: Ctx, control: ExportControl): void {
	const list = ctx.s.exportControls;
	const i = list.findIndex(
		(c) => c.issuer === control.issuer && c.target === control.target && c.material === control.material,
	);
	if (control.level <= 0) {
		if (i >= 0) list.splice(i, 1);
	} else if (i >= 0) list[i].level = control.level;
	else list.push({ ...control });
}

export function applyEffect(ctx: Ctx, e: Effect, cause: Cause): void {
	const s = ctx.s;
	switch (e.kind) {
		case "economy":
		case "support":
		case "funds":
		case "budget":
			addFaction(ctx, e.faction, e.kind, e.delta, cause);
			return;
		case "credibility":
		case "resolve":
			addFaction(ctx, e.faction, e.kind, e.delta, cause);
			return;
		case "tension":
			addTension(ctx, e.delta, cause);
			return;
		case "relation":
			addRelation(ctx, e.a, e.b, e.delta, cause);
			return;
		case "material":
			addMaterial(ctx, e.faction, e.material, e.delta, cause);
			return;
		case "munitions":
			addMunitions(ctx, e.faction, e.munition, e.delta, cause);
			return;
		case "demand": {
			const d = s.factions[e.faction].demand;
			d[e.material] = Math.max(0, (d[e.material] ?? 0) + e.delta);
			if (s.factions[e.faction].supplied[e.material] === undefined) s.factions[e.faction].supplied[e.material] = 100;
			return;
		}
		case "producer": {
			const p = s.producers[e.producer];
			if (e.active !== undefined) p.active = e.active;
			if (e.capacityDelta) p.capacity = Math.max(0, p.capacity + e.capacityDelta);
			return;
		}
		case "contract": {
			const c = s.contracts.find((x) => x.producer === e.producer && x.consumer === e.consumer);
			const others = s.contracts
				.filter((x) => x.producer === e.producer && x.consumer !== e.consumer)
				.reduce((n, x) => n + x.share, 0);
			const share = clamp(e.share, 0, 100 - others);
			if (c) c.share = share;
			else if (share > 0) s.contracts.push({ consumer: e.consumer, producer: e.producer, share });
			return;
		}
		case "line": {
			const ln = s.lines[e.line];
			if (e.active !== undefined) ln.active = e.active;
			if (e.rateDelta) ln.rate = Math.max(0, ln.rate + e.rateDelta);
			return;
		}
		case "readiness":
			addReadiness(ctx, e.region, e.delta, cause);
			return;
		case "exportControl":
			setExportControl(ctx, { issuer: e.issuer, target: e.target, material: e.material, level: e.level });
			return;
		case "blockade":
			s.regions[e.region].blockaded = e.active;
			return;
		case "flag":
			s.flags[e.flag] = e.value;
			return;
		case "ladder":
			moveLadder(ctx, s.ladder.rung + e.delta, cause);
			return;
	}
}
