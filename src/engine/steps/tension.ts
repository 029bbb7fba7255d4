// Tension moves like Richardson's arms race (domain-facts.md, "Models from the literature"):
// dT = fear x (the other side's build-up) - restraint x (T - baseline), plus the provocations and
// restraint of this turn's orders, which the policy step has already booked.
import { addTension, type Ctx } from "../ledger";
import { lookup } from "../lookup";
import { div, sign } from "../math";
import { capability } from "./capability";

export function capabilities(ctx: Ctx): Record<string, number> {
	const out: Record<string, number> = {};
	for (const f of lookup(ctx.scenario).factionIds) out[f] = capability(ctx.scenario, ctx.s, f);
	return out;
}

/** `capAfter` is capabilities() now, after the posture step (deterrence reuses it). */
export function tensionStep(ctx: Ctx, capBefore: Record<string, number>, capAfter: Record<string, number> = capabilities(ctx)): void {
	const { scenario, s } = ctx;
	const l = lookup(scenario);
	const growth = (f: string) => Math.max(0, capAfter[f] - capBefore[f]);
	const fear = scenario.rules.tensionFear;
	const chName = l.faction.get(scenario.challenger)?.name ?? scenario.challenger;

	const defenderGrowth = l.defenders.reduce((n, f) => n + growth(f), 0);
	const fromDefenders = div(defenderGrowth * fear, 100);
	if (fromDefenders > 0) {
		addTension(ctx, fromDefenders, {
			kind: "rule",
			id: "fear",
			text: `${chName} reacts to its rivals' build-up (capability +${defenderGrowth})`,
		});
	}
	const challengerGrowth = growth(scenario.challenger);
	const fromChallenger = div(challengerGrowth * fear, 100);
	if (fromChallenger > 0) {
		addTension(ctx, fromChallenger, {
			kind: "rule",
			id: "fear",
			text: `rivals react to ${chName}'s build-up (capability +${challengerGrowth})`,
		});
	}
	const gap = s.tension - scenario.rules.tensionBaseline;
	if (gap !== 0) {
		const pull = Math.max(1, div(Math.abs(gap) * scenario.rules.tensionDrift, 100));
		addTension(ctx, -sign(gap) * Math.min(pull, Math.abs(gap)), {
			kind: "rule",
			id: "drift",
			text: "drift toward the baseline (restraint and fatigue)",
		});
	}
}
