// `npm run bench` figures (DESIGN.md "Testing": timings belong here, never in a test's pass/fail).
// Each figure is a median over repeated runs. Targets from the issue are kept beside the figures
// so the report can say how far each one is.
import { availableParallelism, cpus, loadavg } from "node:os";
import { type BotLevel, botOrders } from "../ai";
import { type GameState, lookahead, newGame, type Order, resolve, type Scenario } from "../engine";
import { replayFromRun, verifyReplay } from "../replay";
import { type BotSetting, playGame, runBatch } from "../sim/batch";
import { median, pairedDifference, summarize } from "../sim/stats";

export const TARGETS = {
	engineTurnsPerSecond: 20_000,
	normalGameMs: 100,
	thousandSeedsSeconds: 60,
	scaling: 1.7,
	verifyRatio: 0.2,
	normalDecisionMs: 20,
	hardDecisionMs: 500,
} as const;

export interface Machine {
	cores: number;
	node: string;
	/** One-minute load average when the bench started (other work on the machine skews timings). */
	load: number;
}

export function machine(): Machine {
	return {
		cores: typeof availableParallelism === "function" ? availableParallelism() : cpus().length,
		node: process.version,
		load: loadavg()[0],
	};
}

const now = () => performance.now();

/** Milliseconds for fn, as the median of `runs` runs (after one warm-up run). */
export function medianMs(runs: number, fn: () => void, warmUps = 1): { ms: number; runs: number[] } {
	for (let i = 0; i < warmUps; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = now();
		fn();
		times.push(now() - t);
	}
	return { ms: median(times), runs: times };
}

/** Every faction at one level. */
export function allAt(scenario: Scenario, level: BotLevel): BotSetting {
	return Object.fromEntries(scenario.factions.map((f) => [f.id, level]));
}

export interface Script {
	seed: string;
	turns: Order[][];
}

/** The orders of a whole game played by bots: a script to replay without bots. */
export function scriptOf(scenario: Scenario, seed: string, level: BotLevel = "normal"): Script {
	const turns = playGame(scenario, seed, allAt(scenario, level)).history.map((r) => r.orders.map((o) => ({ ...o })));
	return { seed, turns };
}

// ---------------------------------------------------------------- engine

export interface EngineFigure {
	turnsPerSecond: number;
	microsPerTurn: number;
	/** The bots' look-ahead turn (no turn record), for comparison. */
	lookaheadMicrosPerTurn: number;
	turnsPerRun: number;
}

const ENGINE_WARM_UPS = 30;

/** resolve() over scripted games (orders recorded from bot games), no bots in the loop. */
export function engineFigure(scenario: Scenario, scripts: Script[], runs: number): EngineFigure {
	let turns = 0;
	const play = (step: (s: GameState, o: Order[]) => GameState) => () => {
		turns = 0;
		for (const script of scripts) {
			let s = newGame(scenario, script.seed);
			for (const orders of script.turns) {
				if (s.over) break;
				s = step(s, orders);
				turns++;
			}
		}
	};
	// A run is a few scripted games (under a hundred turns): the JIT needs a few thousand turns
	// before the engine runs on optimised code, as it does in any batch or long game.
	const full = medianMs(runs, play((s, o) => resolve(scenario, s, o)), ENGINE_WARM_UPS);
	const perRun = turns;
	const ahead = medianMs(
		runs,
		play((s, o) => lookahead(scenario, s, o)),
		ENGINE_WARM_UPS,
	);
	return {
		turnsPerSecond: (perRun * 1000) / full.ms,
		microsPerTurn: (full.ms * 1000) / perRun,
		lookaheadMicrosPerTurn: (ahead.ms * 1000) / Math.max(1, turns),
		turnsPerRun: perRun,
	};
}

// ---------------------------------------------------------------- games, replays, decisions

export interface GameFigure {
	/** Median ms of one full game with normal bots (seeds 1..n, one game per seed). */
	normalGameMs: number;
	games: number;
	/** Replay verification of those games: median ms, and its ratio to the game's play time. */
	verifyMs: number;
	verifyRatio: number;
}

const WARM_UP_GAMES = 5;

export function gameFigure(scenario: Scenario, scenarioHash: string, games: number): GameFigure {
	const play: number[] = [];
	const verify: number[] = [];
	const ratios: number[] = [];
	// A batch plays a game on code the JIT has compiled; the first few games in a fresh process
	// run on code still being compiled (about 1.1 s, 0.7 s, 0.35 s, then steady).
	for (let i = 1; i <= WARM_UP_GAMES; i++) playGame(scenario, `warm-up-${i}`, allAt(scenario, "normal"));
	for (let i = 1; i <= games; i++) {
		const seed = String(i);
		let t = now();
		const state = playGame(scenario, seed, allAt(scenario, "normal"));
		const playMs = now() - t;
		const replay = replayFromRun(
			scenario,
			scenarioHash,
			seed,
			state.history.map((r) => ({ orders: r.orders, injects: r.injects, notes: [], hash: r.hash })),
		);
		t = now();
		const result = verifyReplay(scenario, scenarioHash, replay);
		const verifyMs = now() - t;
		if (!result.ok) throw new Error(`bench: the replay of seed ${seed} does not verify: ${result.message}`);
		play.push(playMs);
		verify.push(verifyMs);
		ratios.push(verifyMs / playMs);
	}
	return { normalGameMs: median(play), games, verifyMs: median(verify), verifyRatio: median(ratios) };
}

export interface DecisionFigure {
	level: BotLevel;
	decisions: number;
	medianMs: number;
	p90Ms: number;
	maxMs: number;
}

/** Time of each bot decision per level, over games where one faction at a time plays the level. */
export function decisionFigures(scenario: Scenario, games: number): DecisionFigure[] {
	const out: DecisionFigure[] = [];
	for (const level of ["easy", "normal", "hard"] as BotLevel[]) {
		const times: number[] = [];
		for (let i = 0; i < games; i++) {
			const who = scenario.factions[i % scenario.factions.length].id;
			let s = newGame(scenario, `decide-${i + 1}`);
			while (!s.over) {
				const orders: Order[] = [];
				for (const f of scenario.factions) {
					if (f.id === who) {
						const t = now();
						orders.push(...botOrders(scenario, s, f.id, level));
						times.push(now() - t);
					} else orders.push(...botOrders(scenario, s, f.id, "normal"));
				}
				s = resolve(scenario, s, orders);
			}
		}
		const sorted = [...times].sort((a, b) => a - b);
		out.push({
			level,
			decisions: times.length,
			medianMs: median(times),
			p90Ms: sorted[Math.floor(sorted.length * 0.9)] ?? 0,
			maxMs: sorted[sorted.length - 1] ?? 0,
		});
	}
	return out;
}

// ---------------------------------------------------------------- batch throughput

export interface ThroughputFigure {
	/** Seeds in the shorter of the two runs per worker count (the longer has twice as many). */
	seeds: number;
	/** Games per second once the workers run: the extra seeds of the longer run over its extra time. */
	oneWorker: number;
	allWorkers: number;
	workers: number;
	/** allWorkers / oneWorker. */
	scaling: number;
	/** What a batch costs before its games run at that rate (workers starting, the JIT warming up), s. */
	startSeconds: { oneWorker: number; allWorkers: number };
	/** 1,000 seeds with normal bots on all workers: start-up plus 1,000 games at the measured rate. */
	thousandSeedsSeconds: number;
}

/**
 * Throughput of `batch` with normal bots, on 1 worker and on all: each worker count runs `seeds`
 * and then 2 x `seeds` seeds (median of `runs`), so start-up (worker threads, each compiling the
 * engine and bots afresh) is told apart from the rate at which games then run.
 */
export function throughputFigure(scenario: Scenario, seeds: number, workers: number, runs: number): ThroughputFigure {
	const time = (w: number, n: number) => {
		const list = Array.from({ length: n }, (_, i) => String(i + 1));
		return medianMs(runs, () => {
			runBatch({ scenario, seeds: list, settings: [allAt(scenario, "normal")], workers: w });
		}).ms;
	};
	const measure = (w: number) => {
		const short = time(w, seeds);
		const long = time(w, 2 * seeds);
		const rate = (seeds * 1000) / Math.max(1, long - short);
		return { rate, start: Math.max(0, short / 1000 - seeds / rate) };
	};
	const one = measure(1);
	const all = measure(workers);
	return {
		seeds,
		oneWorker: one.rate,
		allWorkers: all.rate,
		workers,
		scaling: all.rate / one.rate,
		startSeconds: { oneWorker: one.start, allWorkers: all.start },
		thousandSeedsSeconds: all.start + 1000 / all.rate,
	};
}

// ---------------------------------------------------------------- strength

export interface StrengthRow {
	faction: string;
	/** Mean score of the faction played at each level, the others at normal, on the same seeds. */
	easy: number;
	normal: number;
	hard: number;
	/** Paired differences (same seeds) with 95% intervals. */
	normalMinusEasy: { mean: number; lo: number; hi: number };
	hardMinusNormal: { mean: number; lo: number; hi: number };
}

/**
 * The strength table: for each faction, its mean score when played by easy, normal and hard
 * bots, every other faction at normal, on the same seeds (1..n). The all-normal games are
 * played once and shared by every row.
 */
export function strengthTable(
	scenario: Scenario,
	seeds: number,
	workers: number,
	factions: readonly string[] = scenario.factions.map((f) => f.id),
	onProgress?: (done: number, total: number) => void,
): StrengthRow[] {
	const list = Array.from({ length: seeds }, (_, i) => String(i + 1));
	const base = allAt(scenario, "normal");
	const settings: BotSetting[] = [base];
	for (const f of factions) settings.push({ ...base, [f]: "easy" }, { ...base, [f]: "hard" });
	const results = runBatch({ scenario, seeds: list, settings, workers, onProgress });
	const scores = (setting: number, f: string) => results[setting].map((g) => g.scores[f] ?? 0);
	const interval = (a: number[], b: number[]) => {
		const d = pairedDifference(a, b);
		return { mean: d.mean, lo: d.lo, hi: d.hi };
	};
	return factions.map((f, i) => {
		const easy = scores(1 + 2 * i, f);
		const normal = scores(0, f);
		const hard = scores(2 + 2 * i, f);
		return {
			faction: f,
			easy: summarize(easy).mean,
			normal: summarize(normal).mean,
			hard: summarize(hard).mean,
			normalMinusEasy: interval(easy, normal),
			hardMinusNormal: interval(normal, hard),
		};
	});
}
