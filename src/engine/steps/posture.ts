// Posture upkeep: readiness drifts back to its peacetime level, local heat cools, and credibility
// built by recent joint drills (and resolve shown by the challenger) fades when the drills stop.
import { addFaction, addReadiness, type Ctx } from "../ledger";
import { lookup } from "../lookup";
import { div, sign } from "../math";

export function postureStep(ctx: Ctx): void {
	const { scenario, s } = ctx;
	for (const r of scenario.regions) {
		const rs = s.regions[r.id];
		const gap = rs.readiness - r.readiness;
		if (gap !== 0) {
			addReadiness(ctx, r.id, -sign(gap) * Math.max(1, div(Math.abs(gap), 4)), {
				kind: "rule",
				id: "readinessDecay",
				text: "readiness returns to its peacetime level",
			});
		}
		rs.heat = rs.heat - Math.max(div(rs.heat, 4), rs.heat > 0 ? 1 : 0);
	}
	for (const f of lookup(scenario).factionIds) {
		const fs = s.factions[f];
		if (fs.drillBonus > 0) {
			fs.drillBonus -= 1;
			continue;
		}
		const def = lookup(scenario).faction.get(f)!;
		if (fs.credibility > def.credibility) {
			addFaction(ctx, f, "credibility", -1, {
				kind: "rule",
				id: "credibilityFade",
				text: "commitment fades without fresh drills",
			});
		}
		// Resolve fades the same way: a challenger must keep showing it (and pays for that in tension).
		if (fs.resolve > def.resolve) {
			addFaction(ctx, f, "resolve", -1, { kind: "rule", id: "resolveFade", text: "resolve fades without fresh shows of force" });
		}
	}
}
