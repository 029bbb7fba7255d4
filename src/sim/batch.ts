// Batches (DESIGN.md "Command line", `batch`): many seeded games with bots, played on worker
// threads, summarised per game (outcome, scores, key final metrics, final hash) and in aggregate
// (outcome shares with intervals, score means and spreads, the ladder's peak). A second bot
// setting on the same seeds gives paired differences: "what if Japan had played harder?".
import { type BotLevel, botOrders } from "../ai";
import { type FactionId, type GameState, newGame, type Order, type Outcome, resolve, type Scenario, scoreFactions } from "../engine";
import { DEFAULT_BOT_LEVEL } from "./run";
import { histogram, pairedDifference, type Share, type Summary, share, summarize } from "./stats";
import { runPool } from "./workers";

/** A bot level for every faction. */
export type BotSetting = Record<FactionId, BotLevel>;

export const OUTCOMES: readonly Outcome[] = ["held", "coerced", "conflict"];
const LEVELS: readonly BotLevel[] = ["easy", "normal", "hard"];

/** One game, boiled down to what a batch reports and what its CSV holds. */
export interface GameSummary {
	seed: string;
	outcome: Outcome;
	turns: number;
	scores: Record<FactionId, number>;
	peak: number;
	rung: number;
	tension: number;
	/** Final deterrence per challenger>defender pair. */
	deterrence: Record<string, number>;
	economy: Record<FactionId, number>;
	support: Record<FactionId, number>;
	/** Hash of the final state (the replay's last turn hash). */
	hash: string;
}

/**
 * Plays one seed with bots, exactly as `sim` does (simulate() in run.ts): every turn each faction
 * in scenario order drafts its orders from the same state, then the turn resolves.
 */
export function playGame(scenario: Scenario, seed: string, bots: Partial<BotSetting>): GameState {
	let state = newGame(scenario, seed);
	while (!state.over) {
		const orders: Order[] = [];
		for (const f of scenario.factions) orders.push(...botOrders(scenario, state, f.id, bots[f.id] ?? DEFAULT_BOT_LEVEL));
		state = resolve(scenario, state, orders, []);
	}
	return state;
}

export function summarizeGame(scenario: Scenario, state: GameState): GameSummary {
	const ids = scenario.factions.map((f) => f.id);
	return {
		seed: state.seed,
		outcome: state.outcome ?? "held",
		turns: state.history.length,
		scores: scoreFactions(scenario, state),
		peak: state.ladder.peak,
		rung: state.ladder.rung,
		tension: state.tension,
		deterrence: Object.fromEntries(
			scenario.deterrencePairs.map((p) => {
				const key = `${p.challenger}>${p.defender}`;
				return [key, state.deterrence[key] ?? 0];
			}),
		),
		economy: Object.fromEntries(ids.map((f) => [f, state.factions[f].economy])),
		support: Object.fromEntries(ids.map((f) => [f, state.factions[f].support])),
		hash: state.history[state.history.length - 1]?.hash ?? "",
	};
}

// ---------------------------------------------------------------- running

/** What every worker is given once. */
export interface BatchShared {
	scenario: Scenario;
	settings: BotSetting[];
}

export interface GameJob {
	setting: number;
	seed: string;
}

export function playJob(shared: BatchShared, job: GameJob): GameSummary {
	return summarizeGame(shared.scenario, playGame(shared.scenario, job.seed, shared.settings[job.setting]));
}

export interface BatchOptions {
	scenario: Scenario;
	seeds: readonly string[];
	/** One setting, or two for a comparison; every setting plays every seed. */
	settings: readonly BotSetting[];
	/** Worker threads; 0 plays in the calling thread. */
	workers: number;
	onProgress?: (done: number, total: number) => void;
}

/** Every setting on every seed: result[setting][i] is seeds[i]. The same whatever the worker count. */
export function runBatch(options: BatchOptions): GameSummary[][] {
	const shared: BatchShared = { scenario: options.scenario, settings: [...options.settings] };
	const jobs: GameJob[] = [];
	// Seed-major, so a comparison's two games of one seed finish close together.
	for (const seed of options.seeds) for (let setting = 0; setting < shared.settings.length; setting++) jobs.push({ setting, seed });
	let flat: GameSummary[];
	if (options.workers <= 0) {
		flat = jobs.map((job, i) => {
			const summary = playJob(shared, job);
			options.onProgress?.(i + 1, jobs.length);
			return summary;
		});
	} else {
		flat = runPool<GameJob, GameSummary>(jobs, { workers: options.workers, shared, onProgress: options.onProgress });
	}
	return shared.settings.map((_, setting) => flat.filter((_, i) => jobs[i].setting === setting));
}

// ---------------------------------------------------------------- arguments

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_SEEDS = 1_000_000;

/** "1..1000", "7", or a comma list of those ("1..10,50,60..70"): the seeds as strings, in order. */
export function parseSeeds(spec: string): Parsed<string[]> {
	const out: string[] = [];
	const seen = new Set<string>();
	for (const part of spec.split(",")) {
		const p = part.trim();
		const range = /^(\d+)\.\.(\d+)$/.exec(p);
		const single = /^\d+$/.exec(p);
		let from: number;
		let to: number;
		if (range) {
			from = Number(range[1]);
			to = Number(range[2]);
			if (to < from) return { ok: false, error: `the seed range ${p} is reversed (write ${to}..${from})` };
		} else if (single) {
			from = to = Number(p);
		} else {
			return { ok: false, error: `expected seeds as A..B, N or a comma list of those (e.g. 1..1000), got "${p}"` };
		}
		if (!Number.isSafeInteger(to) || out.length + (to - from + 1) > MAX_SEEDS) {
			return { ok: false, error: `too many seeds (at most ${MAX_SEEDS})` };
		}
		for (let n = from; n <= to; n++) {
			const seed = String(n);
			if (seen.has(seed)) return { ok: false, error: `seed ${seed} is listed twice` };
			seen.add(seed);
			out.push(seed);
		}
	}
	if (out.length === 0) return { ok: false, error: "no seeds given" };
	return { ok: true, value: out };
}

/**
 * "JPN=hard,PRC=easy" (factions by id or short name; `all=LEVEL` sets every faction first):
 * a level for every faction, DEFAULT_BOT_LEVEL for those not named.
 */
export function parseBotSetting(scenario: Scenario, spec: string | undefined): Parsed<BotSetting> {
	const setting: BotSetting = {};
	for (const f of scenario.factions) setting[f.id] = DEFAULT_BOT_LEVEL;
	if (spec === undefined) return { ok: true, value: setting };
	if (spec.trim() === "") return { ok: false, error: "empty bot setting (expected FACTION=LEVEL,..., e.g. JPN=hard)" };
	const ids = scenario.factions.map((f) => f.id);
	const parts = spec.split(",").map((p) => p.trim());
	// `all=` first, whatever its position, so that "JPN=hard,all=easy" means what it says.
	parts.sort((a, b) => Number(!/^all\s*=/i.test(a)) - Number(!/^all\s*=/i.test(b)));
	const named = new Set<string>();
	for (const part of parts) {
		const m = /^([^=\s]+)\s*=\s*([^=\s]+)$/.exec(part);
		if (!m) return { ok: false, error: `expected FACTION=LEVEL (e.g. JPN=hard), got "${part}"` };
		const [, who, level] = m;
		if (!LEVELS.includes(level as BotLevel)) {
			return { ok: false, error: `unknown bot level "${level}" for ${who}; levels: ${LEVELS.join(", ")}` };
		}
		if (who.toLowerCase() === "all") {
			for (const id of ids) setting[id] = level as BotLevel;
			continue;
		}
		const id = ids.find((x) => x === who) ?? scenario.factions.find((f) => f.short === who)?.id;
		if (!id) return { ok: false, error: `unknown faction "${who}"; factions: ${ids.join(", ")} (or all)` };
		if (named.has(id)) return { ok: false, error: `faction ${id} is given twice` };
		named.add(id);
		setting[id] = level as BotLevel;
	}
	return { ok: true, value: setting };
}

/** "JPN=hard USA=normal ..." in scenario order. */
export function describeSetting(scenario: Scenario, setting: BotSetting): string {
	return scenario.factions.map((f) => `${f.id}=${setting[f.id]}`).join(" ");
}

// ---------------------------------------------------------------- aggregates

export interface PeakRow extends Share {
	rung: number;
}

export interface BatchStats {
	games: number;
	outcomes: Record<Outcome, Share>;
	scores: Record<FactionId, Summary>;
	peak: { summary: Summary; rungs: PeakRow[] };
	turns: Summary;
}

export function batchStats(scenario: Scenario, games: readonly GameSummary[]): BatchStats {
	const n = games.length;
	const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, share(games.filter((g) => g.outcome === o).length, n)])) as Record<Outcome, Share>;
	const scores = Object.fromEntries(scenario.factions.map((f) => [f.id, summarize(games.map((g) => g.scores[f.id] ?? 0))]));
	const peaks = games.map((g) => g.peak);
	return {
		games: n,
		outcomes,
		scores,
		peak: { summary: summarize(peaks), rungs: histogram(peaks).map((h) => ({ rung: h.value, ...share(h.count, n) })) },
		turns: summarize(games.map((g) => g.turns)),
	};
}

export interface CompareStats {
	games: number;
	/** Change in each outcome's share (b - a), paired by seed: mean and interval in 0..1 units. */
	outcomes: Record<Outcome, Summary>;
	scores: Record<FactionId, Summary>;
	peak: Summary;
}

/** The paired differences b - a of two settings played on the same seeds. */
export function compareStats(scenario: Scenario, a: readonly GameSummary[], b: readonly GameSummary[]): CompareStats {
	const is = (games: readonly GameSummary[], o: Outcome) => games.map((g) => (g.outcome === o ? 1 : 0));
	return {
		games: a.length,
		outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, pairedDifference(is(a, o), is(b, o))])) as Record<Outcome, Summary>,
		scores: Object.fromEntries(
			scenario.factions.map((f) => [
				f.id,
				pairedDifference(
					a.map((g) => g.scores[f.id] ?? 0),
					b.map((g) => g.scores[f.id] ?? 0),
				),
			]),
		),
		peak: pairedDifference(
			a.map((g) => g.peak),
			b.map((g) => g.peak),
		),
	};
}

// ---------------------------------------------------------------- CSV

function csvField(v: string | number): string {
	const s = String(v);
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One row per game (per setting and seed when there are two settings), with a header. */
export function batchCsv(scenario: Scenario, results: readonly (readonly GameSummary[])[]): string {
	const ids = scenario.factions.map((f) => f.id);
	const pairs = scenario.deterrencePairs.map((p) => `${p.challenger}>${p.defender}`);
	const compare = results.length > 1;
	const header = [
		...(compare ? ["setting"] : []),
		"seed",
		"outcome",
		"turns",
		...ids.map((f) => `score.${f}`),
		"peak",
		"rung",
		"tension",
		...pairs.map((k) => `deterrence.${k}`),
		...ids.map((f) => `economy.${f}`),
		...ids.map((f) => `support.${f}`),
		"hash",
	];
	const lines = [header.map(csvField).join(",")];
	results.forEach((games, setting) => {
		for (const g of games) {
			const row: (string | number)[] = [
				...(compare ? [setting === 0 ? "A" : "B"] : []),
				g.seed,
				g.outcome,
				g.turns,
				...ids.map((f) => g.scores[f] ?? 0),
				g.peak,
				g.rung,
				g.tension,
				...pairs.map((k) => g.deterrence[k] ?? 0),
				...ids.map((f) => g.economy[f] ?? 0),
				...ids.map((f) => g.support[f] ?? 0),
				g.hash,
			];
			lines.push(row.map(csvField).join(","));
		}
	});
	return `${lines.join("\n")}\n`;
}
