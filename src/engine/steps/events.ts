// The event deck (DESIGN.md, "Events"): eligible events are drawn by weight, without replacement,
// from the "events" stream of (seed, turn); a facilitator's inject fires a chosen event.
import { applyEffect } from "../effects";
import type { Ctx } from "../ledger";
import { type Condition, eventCondition, lookup } from "../lookup";
import { rngStream } from "../rng";
import type { GameState, Inject, ScenarioEvent } from "../types";

/** Whether event `e` may be drawn in state `s` (its condition, precompiled by lookup()). */
export function eligible(e: ScenarioEvent, s: GameState, w: Condition = eventCondition(e)): boolean {
	if (e.weight <= 0) return false;
	if (e.once && s.fired[e.id] !== undefined) return false;
	const { turn, tension } = s;
	const rung = s.ladder.rung;
	if (turn < w.minTurn || turn > w.maxTurn) return false;
	if (tension < w.minTension || tension > w.maxTension) return false;
	if (rung < w.minRung || rung > w.maxRung) return false;
	for (const [flag, value] of w.flags) if ((s.flags[flag] ?? 0) !== value) return false;
	return true;
}

function fire(ctx: Ctx, e: ScenarioEvent, kind: "event" | "inject"): void {
	ctx.s.fired[e.id] = ctx.s.turn;
	const cause = { kind, id: e.id, text: e.headline };
	for (const effect of e.effects) applyEffect(ctx, effect, cause);
	ctx.headlines.push({ kind: "event", text: e.headline, region: e.region });
}

export function eventsStep(ctx: Ctx, injects: Inject[]): void {
	const { scenario, s } = ctx;
	const l = lookup(scenario);
	for (const inj of injects) {
		const e = l.event.get(inj.event);
		if (e) fire(ctx, e, "inject");
	}
	const rng = rngStream(s.seed, s.turn, "events");
	const pool: ScenarioEvent[] = [];
	scenario.events.forEach((e, i) => {
		if (eligible(e, s, l.conditions[i])) pool.push(e);
	});
	for (let n = 0; n < scenario.rules.eventsPerTurn && pool.length > 0; n++) {
		const total = pool.reduce((t, e) => t + e.weight, 0);
		let roll = rng.int(total);
		let i = 0;
		while (roll >= pool[i].weight) roll -= pool[i++].weight;
		const [e] = pool.splice(i, 1);
		fire(ctx, e, "event");
	}
}
