// The coercion ladder (DESIGN.md): the challenger climbs when tension is high and deterrence weak,
// holds or descends when deterrence is strong and tension falls; tension past the spiral threshold
// climbs even against strong deterrence (the security dilemma). Rungs carry effects; the
// conflict rung ends the game.
import { applyEffect } from "../effects";
import { type Ctx, setRung } from "../ledger";
import { lookup } from "../lookup";
import { clamp, div } from "../math";
import { rngStream } from "../rng";
import type { Cause } from "../types";

/** Move the ladder to a rung, applying the effects of each rung entered on the way up and
 * undoing the blockades and export controls of each rung left on the way down. */
export function moveLadder(ctx: Ctx, target: number, cause: Cause): void {
	const rungs = ctx.scenario.ladder.rungs;
	const from = ctx.s.ladder.rung;
	const to = clamp(target, 0, 10);
	setRung(ctx, to, cause);
	for (let r = from + 1; r <= to; r++) {
		const rung = rungs.find((x) => x.rung === r);
		if (!rung) continue;
		ctx.headlines.push({ kind: "rung", text: `Coercion ladder: rung ${r}, ${rung.name}` });
		for (const e of rung.effects) applyEffect(ctx, e, { kind: "rung", id: String(r), text: `rung ${r}: ${rung.name}` });
	}
	for (let r = from; r > to; r--) {
		const rung = rungs.find((x) => x.rung === r);
		if (!rung) continue;
		ctx.headlines.push({ kind: "rung", text: `Coercion ladder: down from ${rung.name}` });
		for (const e of rung.effects) {
			const undo: Cause = { kind: "rung", id: String(r), text: `leaving rung ${r}: ${rung.name}` };
			if (e.kind === "blockade") applyEffect(ctx, { ...e, active: false }, undo);
			if (e.kind === "exportControl") applyEffect(ctx, { ...e, level: floorLevel(ctx, e, r - 1) }, undo);
		}
	}
}

/** The level a control falls back to below a rung: what the scenario started with or a lower
 * rung imposes, so stepping down from a broad embargo restores the earlier controls, not none. */
function floorLevel(ctx: Ctx, e: { issuer: string; target: string; material: string }, below: number): number {
	const same = (c: { issuer: string; target: string; material: string }) =>
		c.issuer === e.issuer && c.target === e.target && c.material === e.material;
	let level = ctx.scenario.exportControls.find(same)?.level ?? 0;
	for (const rung of ctx.scenario.ladder.rungs) {
		if (rung.rung > below) continue;
		for (const x of rung.effects) if (x.kind === "exportControl" && same(x)) level = Math.max(level, x.level);
	}
	return level;
}

export interface LadderOdds {
	climb: number;
	descend: number;
	weakestDeterrence: number;
}

/** Percent chances this turn, from tension and the weakest deterrence the challenger faces. */
export function ladderOdds(ctx: Ctx, tensionBefore: number): LadderOdds {
	const { scenario, s } = ctx;
	const r = scenario.rules;
	const dets = lookup(scenario).defenders.map((d) => s.deterrence[`${scenario.challenger}>${d}`] ?? 0);
	const weakest = dets.length ? Math.min(...dets) : r.holdDeterrence;
	const pressure = s.tension - r.holdTension + div(r.holdDeterrence - weakest, 2);
	const spiral = s.tension > r.spiralTension ? (s.tension - r.spiralTension) * 6 : 0;
	const climb = clamp(Math.max(pressure * 3, spiral), 0, 95);
	const calm = weakest >= r.holdDeterrence && s.tension < r.holdTension && s.tension <= tensionBefore;
	const descend = calm ? clamp((r.holdTension - s.tension) * 3 + div(weakest - r.holdDeterrence, 2), 0, 60) : 0;
	return { climb, descend, weakestDeterrence: weakest };
}

export function ladderStep(ctx: Ctx, tensionBefore: number): void {
	const { scenario, s } = ctx;
	const odds = ladderOdds(ctx, tensionBefore);
	const rng = rngStream(s.seed, s.turn, "escalation");
	const climbRoll = rng.int(100);
	const descendRoll = rng.int(100);
	const why = `tension ${s.tension}, weakest deterrence ${odds.weakestDeterrence}%`;
	if (climbRoll < odds.climb) {
		moveLadder(ctx, s.ladder.rung + 1, { kind: "rule", id: "escalation", text: `escalation: ${why} (${odds.climb}% chance)` });
	} else if (descendRoll < odds.descend && s.ladder.rung > 0) {
		moveLadder(ctx, s.ladder.rung - 1, {
			kind: "rule",
			id: "deescalation",
			text: `de-escalation: ${why} (${odds.descend}% chance)`,
		});
	}
	if (s.ladder.rung >= scenario.rules.conflictRung && !s.over) {
		s.over = true;
		s.outcome = "conflict";
		ctx.headlines.push({ kind: "end", text: "Deterrence has failed: the crisis becomes a war." });
	}
}
