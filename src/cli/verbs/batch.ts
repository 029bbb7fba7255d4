// `batch`: many seeds in parallel on worker threads; the outcome distribution, score means and
// spreads, the ladder's peak, and with --compare the paired differences of a second bot setting.
import type { Outcome, Scenario } from "../../engine";
import {
	type BatchStats,
	type BotSetting,
	batchCsv,
	batchStats,
	type CompareStats,
	compareStats,
	describeSetting,
	OUTCOMES,
	parseBotSetting,
	parseSeeds,
	runBatch,
} from "../../sim/batch";
import type { Summary } from "../../sim/stats";
import { defaultWorkers } from "../../sim/workers";
import { hintFor, optionalString, parseArgs, requireOption } from "../args";
import { UsageError } from "../errors";
import { type Io, writeText } from "../io";
import { formatIssue, loadScenarioArg } from "../scenarioArg";

export const batchUsage =
	"batch --scenario <id|file> --seeds 1..1000 [--bots JPN=hard,...] [--compare <bots>] [--workers N] [--csv out.csv] [--json]";

export const batchDetails = [
	batchUsage,
	"  Plays every seed with bots (default level normal; --bots all=easy,JPN=hard sets several) on",
	"  worker threads (default one per core; --workers 0 plays in this thread) and prints the outcome",
	"  shares with 95% intervals, each faction's score (mean, spread, interval) and the ladder's peak.",
	"  --compare plays a second bot setting on the same seeds and reports each difference (B - A).",
	"  --csv writes one row per game: seed, outcome, scores, final metrics, final hash; the same seeds",
	"  and settings give the same bytes whatever the number of workers. --json prints the figures as JSON.",
];

const usage = (message: string) => new UsageError(`batch: ${message}`, hintFor("batch"));

export function batchVerb(argv: readonly string[], io: Io): number {
	const args = parseArgs("batch", argv, {
		scenario: { value: true },
		seeds: { value: true },
		bots: { value: true },
		compare: { value: true },
		workers: { value: true },
		csv: { value: true },
		json: { value: false },
	});
	if (args.positionals.length > 0) throw usage(`unexpected argument ${args.positionals[0]}`);
	const seeds = parseSeeds(requireOption("batch", args, "seeds"));
	if (!seeds.ok) throw usage(`--seeds: ${seeds.error}`);
	const workersArg = optionalString(args, "workers");
	let workers = defaultWorkers();
	if (workersArg !== undefined) {
		if (!/^\d+$/.test(workersArg) || Number(workersArg) > 256) {
			throw usage(`--workers expects a whole number from 0 to 256, got "${workersArg}"`);
		}
		workers = Number(workersArg);
	}
	const loaded = loadScenarioArg("batch", requireOption("batch", args, "scenario"));
	const scenario = loaded.scenario;
	const json = args.options.json === true;
	const settings: BotSetting[] = [];
	for (const name of ["bots", "compare"] as const) {
		const spec = optionalString(args, name);
		if (name === "compare" && spec === undefined) continue;
		const parsed = parseBotSetting(scenario, spec);
		if (!parsed.ok) throw usage(`--${name}: ${parsed.error}`);
		settings.push(parsed.value);
	}
	if (!json) for (const w of loaded.warnings) io.err(formatIssue(loaded.source, w));

	const total = seeds.value.length * settings.length;
	const started = Date.now();
	const progress = progressLine(total, started);
	const results = runBatch({ scenario, seeds: seeds.value, settings, workers, onProgress: progress.update });
	progress.end();
	const seconds = (Date.now() - started) / 1000;

	const csvPath = optionalString(args, "csv");
	if (csvPath) writeText(csvPath, batchCsv(scenario, results));

	const stats = results.map((games) => batchStats(scenario, games));
	const diff = results.length > 1 ? compareStats(scenario, results[0], results[1]) : null;
	if (json) {
		io.out(
			JSON.stringify({
				scenario: scenario.id,
				scenarioHash: loaded.hash,
				seeds: seeds.value.length,
				settings: settings.map((s) => ({ ...s })),
				stats,
				compare: diff,
				workers,
				seconds,
			}),
		);
		return 0;
	}
	const label = (i: number) => (settings.length > 1 ? ` ${i === 0 ? "A" : "B"}` : "");
	io.out(
		`${scenario.name} (${scenario.id}): ${seeds.value.length} seeds x ${settings.length} setting${settings.length > 1 ? "s" : ""}, ` +
			`${total} games in ${seconds.toFixed(1)} s on ${workers === 0 ? "this thread" : `${Math.min(workers, total)} worker${workers === 1 ? "" : "s"}`}`,
	);
	stats.forEach((s, i) => {
		io.out("");
		io.out(`bots${label(i)}: ${describeSetting(scenario, settings[i])}`);
		for (const line of formatStats(scenario, s)) io.out(line);
	});
	if (diff) {
		io.out("");
		io.out("difference B - A, paired by seed (mean [95% interval]):");
		for (const line of formatCompare(scenario, diff)) io.out(line);
	}
	if (csvPath) {
		io.out("");
		io.out(`csv written to ${csvPath} (${results.reduce((n, r) => n + r.length, 0)} rows)`);
	}
	return 0;
}

// ---------------------------------------------------------------- text

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const num = (x: number) => x.toFixed(1);
const signedNum = (x: number, digits = 1) => `${x >= 0 ? "+" : ""}${x.toFixed(digits)}`;

function formatStats(scenario: Scenario, s: BatchStats): string[] {
	const out: string[] = ["  outcomes (share [95% interval], games):"];
	for (const o of OUTCOMES) {
		const x = s.outcomes[o];
		out.push(`    ${o.padEnd(9)} ${pct(x.share).padStart(6)}  [${pct(x.lo)}, ${pct(x.hi)}]  ${x.count}`);
	}
	out.push("  scores (mean, sd, [95% interval of the mean], min-max):");
	for (const f of scenario.factions) {
		const x = s.scores[f.id];
		out.push(
			`    ${f.short.padEnd(6)} ${num(x.mean).padStart(5)}  sd ${num(x.sd).padStart(4)}  [${num(x.lo)}, ${num(x.hi)}]  ${x.min}-${x.max}`,
		);
	}
	const p = s.peak.summary;
	out.push(`  ladder peak (mean ${num(p.mean)}, sd ${num(p.sd)}):`);
	const widest = Math.max(...s.peak.rungs.map((r) => r.share), 0.0001);
	for (const r of s.peak.rungs) {
		const name = scenario.ladder.rungs.find((x) => x.rung === r.rung)?.name ?? "";
		const bar = "#".repeat(Math.max(1, Math.round((24 * r.share) / widest)));
		out.push(`    ${String(r.rung).padStart(2)} ${pct(r.share).padStart(6)}  ${bar.padEnd(24)}  ${name}`);
	}
	out.push(`  turns played: mean ${num(s.turns.mean)}, min ${s.turns.min}, max ${s.turns.max}`);
	return out;
}

function interval(x: Summary, scale = 1, unit = ""): string {
	return `${signedNum(x.mean * scale)}${unit} [${signedNum(x.lo * scale)}, ${signedNum(x.hi * scale)}]`;
}

function formatCompare(scenario: Scenario, d: CompareStats): string[] {
	const out: string[] = ["  outcome shares (percentage points):"];
	for (const o of OUTCOMES) out.push(`    ${o.padEnd(9)} ${interval(d.outcomes[o as Outcome], 100, " pp")}`);
	out.push("  scores:");
	for (const f of scenario.factions) out.push(`    ${f.short.padEnd(6)} ${interval(d.scores[f.id])}`);
	out.push(`  ladder peak: ${interval(d.peak)}`);
	return out;
}

/** A progress line on stderr: rewritten in place on a terminal, a line every 10% otherwise. */
function progressLine(total: number, started: number): { update: (done: number, total: number) => void; end: () => void } {
	const tty = process.stderr.isTTY === true;
	let lastWrite = 0;
	let lastTenth = 0;
	let shown = false;
	const text = (done: number) => {
		const elapsed = (Date.now() - started) / 1000;
		const eta = done > 0 ? (elapsed * (total - done)) / done : 0;
		return `batch: ${done}/${total} games (${Math.floor((100 * done) / total)}%), ${elapsed.toFixed(1)} s${done < total ? `, about ${eta.toFixed(0)} s left` : ""}`;
	};
	return {
		update(done) {
			const now = Date.now();
			if (now - started < 1000 && done < total) return;
			if (tty) {
				if (now - lastWrite < 200 && done < total) return;
				lastWrite = now;
				process.stderr.write(`\r${text(done)}\u001b[K`);
				shown = true;
			} else {
				const tenth = Math.floor((10 * done) / total);
				if (tenth > lastTenth && total >= 20) {
					lastTenth = tenth;
					process.stderr.write(`${text(done)}\n`);
				}
			}
		},
		end() {
			if (tty && shown) process.stderr.write("\n");
		},
	};
}
