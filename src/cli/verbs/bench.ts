// `bench`: timings of the engine, bots, batches and replays, and the bots' strength table
// (DESIGN.md "Testing": timings belong here). Each figure is a median over repeated runs.
import { BROWSER_TARGETS, type BrowserFigures, browserFigures } from "../../bench/browser";
import {
	decisionFigures,
	engineFigure,
	gameFigure,
	machine,
	type StrengthRow,
	scriptOf,
	strengthTable,
	TARGETS,
	throughputFigure,
} from "../../bench/bench";
import { defaultWorkers } from "../../sim/workers";
import { hintFor, optionalString, parseArgs } from "../args";
import { UsageError } from "../errors";
import type { Io } from "../io";
import { loadScenarioArg } from "../scenarioArg";

export const benchUsage =
	"bench [--scenario <id|file>] [--quick] [--strength-seeds N] [--no-strength] [--no-browser | --browser] [--json]";

export const benchDetails = [
	benchUsage,
	"  Timings on this machine, each a median over repeated runs, with the core count: engine turns per",
	"  second with scripted orders, a full game with normal bots, batch throughput on 1 worker and on all",
	"  cores, replay verification against play time, bot decision time per level; then the browser",
	"  figures: the production build served by vite preview in the system's Chromium (/usr/bin/chromium,",
	"  or CHROMIUM_PATH), a fresh profile per run, playing the flagship as Japan: navigation to an",
	"  interactive map, frame time while panning, what is transferred before the first turn (skipped",
	"  with one line when Chromium is missing); then the strength table: each faction's mean score played",
	"  by easy, normal and hard bots, the others at normal, on the same seeds (default 200; --quick: fewer",
	"  runs, 30 seeds). --no-browser skips the browser figures; --browser prints only them.",
];

const fmt = (x: number, digits = 1) => x.toFixed(digits);
const int = (x: number) => Math.round(x).toLocaleString("en-US");

function verdict(ok: boolean, miss: string): string {
	return ok ? "target met" : `target missed: ${miss}`;
}

export async function benchVerb(argv: readonly string[], io: Io): Promise<number> {
	const args = parseArgs("bench", argv, {
		scenario: { value: true },
		quick: { value: false },
		"strength-seeds": { value: true },
		"no-strength": { value: false },
		browser: { value: false },
		"no-browser": { value: false },
		json: { value: false },
	});
	if (args.positionals.length > 0) throw new UsageError(`bench: unexpected argument ${args.positionals[0]}`, hintFor("bench"));
	const browserOnly = args.options.browser === true;
	const withBrowser = args.options["no-browser"] !== true;
	if (browserOnly && !withBrowser) throw new UsageError("bench: --browser and --no-browser together", hintFor("bench"));
	const quick = args.options.quick === true;
	const seedsArg = optionalString(args, "strength-seeds");
	let strengthSeeds = quick ? 30 : 200;
	if (seedsArg !== undefined) {
		if (!/^\d+$/.test(seedsArg) || Number(seedsArg) < 1 || Number(seedsArg) > 100_000) {
			throw new UsageError(`bench: --strength-seeds expects a whole number from 1, got "${seedsArg}"`, hintFor("bench"));
		}
		strengthSeeds = Number(seedsArg);
	}
	const loaded = loadScenarioArg("bench", optionalString(args, "scenario") ?? "southwest-shield");
	const scenario = loaded.scenario;
	const json = args.options.json === true;
	const m = machine();
	const workers = defaultWorkers();
	const out: Record<string, unknown> = { scenario: scenario.id, machine: m, targets: { ...TARGETS, browser: BROWSER_TARGETS } };
	const say = (line: string) => {
		if (!json) io.out(line);
	};
	const step = (what: string) => process.stderr.write(`bench: ${what}...\n`);

	say(`Island Chain bench: ${scenario.name} (${scenario.id}), ${m.cores} cores, Node ${m.node}, load average ${fmt(m.load, 2)} at start`);
	say(`medians over repeated runs${quick ? " (--quick: fewer runs)" : ""}`);
	say("");

	let status = 0;
	const browser = async () => {
		step("browser");
		let b: BrowserFigures;
		try {
			b = await browserFigures({ quick, progress: step });
		} catch (e) {
			status = 1;
			b = { available: false, lines: [`  failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`] };
		}
		out.browser = b;
		say("browser:");
		for (const line of b.lines) say(line);
		say("");
	};
	if (browserOnly) {
		await browser();
		if (json) io.out(JSON.stringify(out));
		return status;
	}

	step("engine");
	const scripts = Array.from({ length: quick ? 2 : 4 }, (_, i) => scriptOf(scenario, `script-${i + 1}`));
	const engine = engineFigure(scenario, scripts, quick ? 5 : 9);
	out.engine = engine;
	say("engine, scripted orders (no bots):");
	say(`  ${int(engine.turnsPerSecond)} turns/s, ${fmt(engine.microsPerTurn, 0)} us per turn (resolve with its turn record)`);
	say(`  ${fmt(engine.lookaheadMicrosPerTurn, 0)} us per look-ahead turn (the bots' resolve without a record)`);
	say(
		`  ${verdict(engine.turnsPerSecond >= TARGETS.engineTurnsPerSecond, `${int(TARGETS.engineTurnsPerSecond)} turns/s wanted, ${fmt(TARGETS.engineTurnsPerSecond / engine.turnsPerSecond)}x short`)}`,
	);
	say("");

	step("games and replays");
	const games = gameFigure(scenario, loaded.hash, quick ? 3 : 7);
	out.games = games;
	say(`one full game with normal bots (median of ${games.games}):`);
	say(`  ${fmt(games.normalGameMs, 0)} ms; ${verdict(games.normalGameMs <= TARGETS.normalGameMs, `${TARGETS.normalGameMs} ms wanted, ${fmt(games.normalGameMs / TARGETS.normalGameMs)}x over`)}`);
	say("replay verify of a full game:");
	say(
		`  ${fmt(games.verifyMs, 1)} ms, ${fmt(games.verifyRatio, 3)}x the time the game took to play; ${verdict(games.verifyRatio <= TARGETS.verifyRatio, `${TARGETS.verifyRatio}x wanted`)}`,
	);
	say("");

	step("bot decisions");
	const decisions = decisionFigures(scenario, quick ? 2 : 6);
	out.decisions = decisions;
	say("bot decision time per faction-turn:");
	for (const d of decisions) {
		const target = d.level === "normal" ? TARGETS.normalDecisionMs : d.level === "hard" ? TARGETS.hardDecisionMs : null;
		const note = target === null ? "" : `  (target <= ${target} ms: ${d.medianMs <= target ? "met" : "missed"})`;
		say(`  ${d.level.padEnd(6)} median ${fmt(d.medianMs, 2)} ms, p90 ${fmt(d.p90Ms, 2)} ms, max ${fmt(d.maxMs, 1)} ms over ${d.decisions} decisions${note}`);
	}
	say("");

	step("batch throughput");
	const tp = throughputFigure(scenario, quick ? 12 : 30, workers, quick ? 1 : 3);
	out.throughput = tp;
	say(`batch throughput, normal bots (runs of ${tp.seeds} and ${2 * tp.seeds} seeds; the rate is the longer run's extra games over its extra time):`);
	say(`  1 worker: ${fmt(tp.oneWorker, 2)} games/s; ${tp.workers} workers: ${fmt(tp.allWorkers, 2)} games/s; ratio ${fmt(tp.scaling, 2)}x`);
	say(`  start-up before the games run at that rate: ${fmt(tp.startSeconds.oneWorker)} s on 1 worker, ${fmt(tp.startSeconds.allWorkers)} s on ${tp.workers}`);
	say(`  ${verdict(tp.scaling >= TARGETS.scaling, `${TARGETS.scaling}x wanted`)} (scaling)`);
	say(
		`  1,000 seeds on ${tp.workers} workers: about ${fmt(tp.thousandSeedsSeconds, 0)} s; ${verdict(tp.thousandSeedsSeconds <= TARGETS.thousandSeedsSeconds, `${TARGETS.thousandSeedsSeconds} s wanted, ${fmt(tp.thousandSeedsSeconds / TARGETS.thousandSeedsSeconds)}x over`)}`,
	);
	say("");

	if (withBrowser) await browser();

	if (args.options["no-strength"] !== true) {
		step(`strength table (${strengthSeeds} seeds)`);
		let lastTenth = -1;
		const rows = strengthTable(scenario, strengthSeeds, workers, undefined, (done, total) => {
			const tenth = Math.floor((10 * done) / total);
			if (tenth !== lastTenth) {
				lastTenth = tenth;
				process.stderr.write(`bench: strength ${done}/${total} games\n`);
			}
		});
		out.strength = { seeds: strengthSeeds, rows };
		say(`strength: mean score of each faction by level, the others at normal, seeds 1..${strengthSeeds}:`);
		for (const line of strengthLines(rows)) say(`  ${line}`);
		say("");
	}

	if (json) io.out(JSON.stringify(out));
	return status;
}

export function strengthLines(rows: readonly StrengthRow[]): string[] {
	const iv = (d: { mean: number; lo: number; hi: number }) => `${d.mean >= 0 ? "+" : ""}${fmt(d.mean)} [${fmt(d.lo)}, ${fmt(d.hi)}]`;
	const lines = ["faction   easy  normal   hard   normal-easy [95%]    hard-normal [95%]"];
	for (const r of rows) {
		const ordered = r.hard > r.normal && r.normal > r.easy ? "" : "  (not in order)";
		lines.push(
			`${r.faction.padEnd(7)} ${fmt(r.easy).padStart(6)} ${fmt(r.normal).padStart(7)} ${fmt(r.hard).padStart(6)}   ${iv(r.normalMinusEasy).padEnd(20)} ${iv(r.hardMinusNormal)}${ordered}`,
		);
	}
	const mean = (k: "easy" | "normal" | "hard") => rows.reduce((n, r) => n + r[k], 0) / Math.max(1, rows.length);
	lines.push(`${"mean".padEnd(7)} ${fmt(mean("easy")).padStart(6)} ${fmt(mean("normal")).padStart(7)} ${fmt(mean("hard")).padStart(6)}`);
	return lines;
}
