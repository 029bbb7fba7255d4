// `sim`: play a scenario headless with a bot for every faction; print the outcome.
import { describeMetric, type Scenario } from "../../engine";
import { type BotLevel, formatReplayJson } from "../../replay";
import { report, simulate } from "../../sim";
import { closest } from "../../replay";
import { hintFor, optionalString, parseArgs, requireOption } from "../args";
import { UsageError } from "../errors";
import { type Io, writeText } from "../io";
import { formatIssue, loadScenarioArg } from "../scenarioArg";

export const simUsage =
	"sim --scenario <id|file> --seed <s> [--turns N] [--bots JPN=hard,...] [--out replay.json] [--report report.json] [--json]";

const LEVELS: readonly BotLevel[] = ["easy", "normal", "hard"];

export function simVerb(argv: readonly string[], io: Io): number {
	const args = parseArgs("sim", argv, {
		scenario: { value: true },
		seed: { value: true },
		turns: { value: true },
		bots: { value: true },
		out: { value: true },
		report: { value: true },
		json: { value: false },
	});
	if (args.positionals.length > 0) {
		throw new UsageError(`sim: unexpected argument ${args.positionals[0]}`, hintFor("sim"));
	}
	const scenarioArg = requireOption("sim", args, "scenario");
	const seed = requireOption("sim", args, "seed");
	const turnsArg = optionalString(args, "turns");
	let turns: number | undefined;
	if (turnsArg !== undefined) {
		if (!/^\d+$/.test(turnsArg) || Number(turnsArg) < 1 || Number(turnsArg) > 400) {
			throw new UsageError(`sim: --turns expects a whole number from 1 to 400, got "${turnsArg}"`, hintFor("sim"));
		}
		turns = Number(turnsArg);
	}
	const loaded = loadScenarioArg("sim", scenarioArg);
	const json = args.options.json === true;
	for (const w of loaded.warnings) io.err(formatIssue(loaded.source, w));
	const bots = parseBots(loaded.scenario, optionalString(args, "bots"));

	const { state, replay } = simulate({ scenario: loaded.scenario, hash: loaded.hash, seed, turns, bots });
	const rep = report(loaded.scenario, state);

	const out = optionalString(args, "out");
	if (out) writeText(out, formatReplayJson(replay));
	const reportPath = optionalString(args, "report");
	if (reportPath) writeText(reportPath, `${JSON.stringify(rep, null, 2)}\n`);

	const scenario = loaded.scenario;
	const deterrence = Object.fromEntries(
		scenario.deterrencePairs.map((p) => {
			const key = `${p.challenger}>${p.defender}`;
			return [key, state.deterrence[key] ?? 0];
		}),
	);
	if (json) {
		io.out(
			JSON.stringify({
				scenario: scenario.id,
				scenarioHash: loaded.hash,
				seed,
				engineVersion: replay.engineVersion,
				turns: replay.turns.length,
				over: state.over,
				outcome: state.outcome,
				scores: rep.scores,
				tension: state.tension,
				rung: state.ladder.rung,
				peakRung: state.ladder.peak,
				deterrence,
				hash: rep.hash,
				bots: Object.fromEntries(scenario.factions.map((f) => [f.id, bots[f.id]])),
			}),
		);
		return 0;
	}
	const rung = scenario.ladder.rungs.find((r) => r.rung === state.ladder.rung);
	io.out(`${scenario.name} (${scenario.id}), seed ${seed}: ${replay.turns.length} turns played`);
	io.out(`outcome: ${state.outcome ?? "not finished"}`);
	io.out("scores:");
	for (const f of scenario.factions) io.out(`  ${f.short.padEnd(5)} ${String(rep.scores[f.id] ?? 0).padStart(3)}  ${f.name} (bot ${bots[f.id]})`);
	io.out(`tension: ${state.tension}`);
	io.out(`rung: ${state.ladder.rung}${rung ? ` (${rung.name})` : ""}, peak ${state.ladder.peak}`);
	io.out("deterrence:");
	for (const [key, value] of Object.entries(deterrence)) io.out(`  ${describeMetric(scenario, `deterrence.${key}`)}: ${value}%`);
	io.out(`final hash: ${rep.hash}`);
	if (out) io.out(`replay written to ${out}`);
	if (reportPath) io.out(`report written to ${reportPath}`);
	return 0;
}

/** "JPN=hard,USA=easy" -> a level for every faction (default normal). */
export function parseBots(scenario: Scenario, spec: string | undefined): Record<string, BotLevel> {
	const bots: Record<string, BotLevel> = {};
	for (const f of scenario.factions) bots[f.id] = "normal";
	if (spec === undefined) return bots;
	const ids = scenario.factions.map((f) => f.id);
	for (const part of spec.split(",")) {
		const m = /^\s*([^=\s]+)\s*=\s*([^=\s]+)\s*$/.exec(part);
		if (!m) throw new UsageError(`sim: --bots expects FACTION=LEVEL,... (e.g. JPN=hard), got "${part}"`, hintFor("sim"));
		const [, idArg, level] = m;
		const id = ids.find((x) => x === idArg) ?? scenario.factions.find((f) => f.short === idArg)?.id;
		if (!id) {
			const near = closest(idArg, ids);
			throw new UsageError(
				`sim: --bots: unknown faction "${idArg}"${near ? ` (did you mean "${near}"?)` : ""}; factions: ${ids.join(", ")}`,
				hintFor("sim"),
			);
		}
		if (!LEVELS.includes(level as BotLevel)) {
			throw new UsageError(`sim: --bots: unknown level "${level}" for ${id}; levels: ${LEVELS.join(", ")}`, hintFor("sim"));
		}
		bots[id] = level as BotLevel;
	}
	return bots;
}
