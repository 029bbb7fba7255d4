// The event deck (DESIGN.md, "Events"): eligible events are drawn by weight, without replacement,
// from the "events" stream of (seed, turn); a facilitator's inject fires a chosen event.
import { applyEffect } from "../effects";
import type { Ctx } from "../ledger";
import { lookup } from "../lookup";
import { rngStream } from "../rng";
import type { GameState, Inject, ScenarioEvent } from "../types";

export function eligible(e: ScenarioEvent, s: GameState): boolean {
	const w = e.when;
	if (e.weight <= 0) return false;
	if (e.once && s.fired[e.id] !== undefined) return false;
	if (w.minTurn !== undefined && s.turn < w.minTurn) return false;
	if (w.maxTurn !== undefined && s.turn > w.maxTurn) return false;
	if (w.minTension !== undefined && s.tension < w.minTension) return false;
	if (w.maxTension !== undefined && s.tension > w.maxTension) return false;
	if (w.minRung !== undefined && s.ladder.rung < w.minRung) return false;
	if (w.maxRung !== undefined && s.ladder.rung > w.maxRung) return false;
	const flags = w.flags;
	if (flags) for (const flag in flags) if ((s.flags[flag] ?? 0) !== flags[flag]) return false;
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
	const pool = scenario.events.filter((e) => eligible(e, s));
	for (let n = 0; n < scenario.rules.eventsPerTurn && pool.length > 0; n++) {
		const total = pool.reduce((t, e) => t + e.weight, 0);
		let roll = rng.int(total);
		let i = 0;
		while (roll >= pool[i].weight) roll -= pool[i++].weight;
		const [e] = pool.splice(i, 1);
		fire(ctx, e, "event");
	}
}
