// The ledger (DESIGN.md, "Ledger"): every change to a tracked number goes through one of these
// functions, which clamps, applies and records {target, delta, cause}. Because the recorded delta
// is the applied (clamped) one, a turn's entries for a key always sum to that key's change.
import { lookup } from "./lookup";
import { clamp } from "./math";
import type { Cause, FactionId, GameState, Headline, LedgerEntry, Scenario } from "./types";

export interface Ctx {
	scenario: Scenario;
	s: GameState;
	ledger: LedgerEntry[];
	headlines: Headline[];
	/**
	 * The bots' look-ahead: the same rules, but nothing is recorded (no ledger entries), so the
	 * causes' texts need not be built. The state comes out exactly the same (same hash).
	 */
	quiet?: boolean;
}

/** The cause given in quiet mode instead of a described one (it is never recorded). */
export const QUIET_CAUSE: Cause = Object.freeze({ kind: "rule", id: "quiet", text: "" }) as Cause;

export const relationKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
export const deterrenceKey = (challenger: string, defender: string): string => `${challenger}>${defender}`;

/** Whether a change of `delta` is to be recorded (checked before the target's key is built). */
const recording = (ctx: Ctx, delta: number): boolean => delta !== 0 && !ctx.quiet;

function record(ctx: Ctx, target: string, delta: number, cause: Cause): void {
	ctx.ledger.push({ target, delta, cause });
}

export type FactionNumber = "economy" | "support" | "funds" | "credibility" | "resolve" | "budget";

const factionBounds: Record<FactionNumber, [number, number]> = {
	economy: [0, 200],
	support: [0, 100],
	funds: [0, 1_000_000_000],
	credibility: [0, 100],
	resolve: [0, 100],
	budget: [0, 1_000_000],
};

export function addFaction(ctx: Ctx, f: FactionId, field: FactionNumber, delta: number, cause: Cause): number {
	const fs = ctx.s.factions[f];
	const [lo, hi] = factionBounds[field];
	const next = clamp(fs[field] + delta, lo, hi);
	const applied = next - fs[field];
	fs[field] = next;
	if (recording(ctx, applied)) record(ctx, `${f}.${field}`, applied, cause);
	return applied;
}

export function addMaterial(ctx: Ctx, f: FactionId, material: string, delta: number, cause: Cause): number {
	const stocks = ctx.s.factions[f].materials;
	const next = Math.max(0, (stocks[material] ?? 0) + delta);
	const applied = next - (stocks[material] ?? 0);
	stocks[material] = next;
	if (recording(ctx, applied)) record(ctx, `${f}.material.${material}`, applied, cause);
	return applied;
}

export function addMunitions(ctx: Ctx, f: FactionId, munition: string, delta: number, cause: Cause): number {
	const stocks = ctx.s.factions[f].munitions;
	const next = Math.max(0, (stocks[munition] ?? 0) + delta);
	const applied = next - (stocks[munition] ?? 0);
	stocks[munition] = next;
	if (recording(ctx, applied)) record(ctx, `${f}.munitions.${munition}`, applied, cause);
	return applied;
}

export function addTension(ctx: Ctx, delta: number, cause: Cause): number {
	const next = clamp(ctx.s.tension + delta, 0, 100);
	const applied = next - ctx.s.tension;
	ctx.s.tension = next;
	if (recording(ctx, applied)) record(ctx, "tension", applied, cause);
	return applied;
}

export function addRelation(ctx: Ctx, a: FactionId, b: FactionId, delta: number, cause: Cause): number {
	if (a === b) return 0;
	const key = relationKey(a, b);
	const cur = ctx.s.relations[key] ?? 0;
	const next = clamp(cur + delta, -100, 100);
	ctx.s.relations[key] = next;
	if (recording(ctx, next - cur)) record(ctx, `relation.${key}`, next - cur, cause);
	return next - cur;
}

export function addReadiness(ctx: Ctx, region: string, delta: number, cause: Cause): number {
	const r = ctx.s.regions[region];
	const next = clamp(r.readiness + delta, 0, 100);
	const applied = next - r.readiness;
	r.readiness = next;
	if (recording(ctx, applied)) record(ctx, `region.${region}.readiness`, applied, cause);
	return applied;
}

export function setRung(ctx: Ctx, rung: number, cause: Cause): number {
	const next = clamp(rung, 0, 10);
	const applied = next - ctx.s.ladder.rung;
	ctx.s.ladder.rung = next;
	if (next > ctx.s.ladder.peak) ctx.s.ladder.peak = next;
	if (recording(ctx, applied)) record(ctx, "rung", applied, cause);
	return applied;
}

export function setDeterrence(ctx: Ctx, key: string, value: number, cause: Cause): void {
	const cur = ctx.s.deterrence[key] ?? 0;
	const next = clamp(value, 0, 999);
	ctx.s.deterrence[key] = next;
	if (recording(ctx, next - cur)) record(ctx, `deterrence.${key}`, next - cur, cause);
}

/** Metric keys, built once per string pair: a turn record lists every tracked number. */
const keyParts = new Map<string, Map<string, string>>();
function metricKey(prefix: string, rest: string, suffix = ""): string {
	let inner = keyParts.get(prefix);
	if (!inner) {
		inner = new Map();
		keyParts.set(prefix, inner);
	}
	let key = inner.get(rest);
	if (key === undefined) {
		key = `${prefix}${rest}${suffix}`;
		if (inner.size < 4096) inner.set(rest, key);
	}
	return key;
}

const FACTION_NUMBERS = Object.keys(factionBounds) as FactionNumber[];

/** Every tracked number by metric key (docs/CONTRIBUTING.md lists the keys). */
export function trackedMetrics(scenario: Scenario, s: GameState): Record<string, number> {
	const out: Record<string, number> = { tension: s.tension, rung: s.ladder.rung };
	for (const k in s.deterrence) out[metricKey("deterrence.", k)] = s.deterrence[k];
	for (const k in s.relations) out[metricKey("relation.", k)] = s.relations[k];
	for (const f of lookup(scenario).factionIds) {
		const fs = s.factions[f];
		for (const field of FACTION_NUMBERS) out[metricKey(`${f}.`, field)] = fs[field];
		for (const m in fs.materials) out[metricKey(`${f}.material.`, m)] = fs.materials[m];
		for (const m in fs.munitions) out[metricKey(`${f}.munitions.`, m)] = fs.munitions[m];
	}
	for (const id in s.regions) out[metricKey("region.", id, ".readiness")] = s.regions[id].readiness;
	return out;
}

/** "Japan economy", "Deterrence China > Japan", "Tension". */
export function describeMetric(scenario: Scenario, key: string): string {
	const l = lookup(scenario);
	const fname = (id: string) => l.faction.get(id)?.name ?? id;
	if (key === "tension") return "Tension";
	if (key === "rung") return "Coercion ladder";
	if (key.startsWith("deterrence.")) {
		const [ch, def] = key.slice(11).split(">");
		return `Deterrence of ${fname(ch)} by ${fname(def)}`;
	}
	if (key.startsWith("relation.")) {
		const [a, b] = key.slice(9).split("|");
		return `Relations ${fname(a)}–${fname(b)}`;
	}
	if (key.startsWith("region.")) {
		const id = key.split(".")[1];
		return `${l.region.get(id)?.name ?? id} readiness`;
	}
	const [f, field, sub] = key.split(".");
	if (field === "material") return `${fname(f)} ${l.material.get(sub)?.name ?? sub} stock`;
	if (field === "munitions") return `${fname(f)} ${l.munition.get(sub)?.name ?? sub} rounds`;
	return `${fname(f)} ${field}`;
}
