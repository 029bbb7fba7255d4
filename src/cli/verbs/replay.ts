// `replay verify <file>` and `replay show <file>`.
import {
	describeMetric,
	describeOrder,
	type GameState,
	type LedgerEntry,
	type Scenario,
	scoreFactions,
	turnLabel,
} from "../../engine";
import { type Replay, parseReplayText, runReplay, verifyReplay } from "../../replay";
import { hintFor, optionalString, parseArgs } from "../args";
import { UsageError, UserError } from "../errors";
import { type Io, readText } from "../io";
import { builtin, type LoadedScenario, loadScenarioArg } from "../scenarioArg";

export const replayUsage = [
	"replay verify <file> [--scenario <id|file>]   replay turn by turn and check every state hash",
	"replay show <file> [--scenario <id|file>]     tell the story of a replay, turn by turn",
];

export function replayVerb(argv: readonly string[], io: Io): number {
	const [sub, ...rest] = argv;
	if (sub === undefined) throw new UsageError("replay: missing subcommand: verify or show", hintFor("replay"));
	if (sub !== "verify" && sub !== "show") {
		throw new UsageError(`replay: unknown subcommand "${sub}": expected verify or show`, hintFor("replay"));
	}
	const verb = `replay ${sub}`;
	const args = parseArgs(verb, rest, { scenario: { value: true } });
	if (args.positionals.length !== 1) {
		throw new UsageError(
			args.positionals.length === 0 ? `${verb}: give a replay file` : `${verb}: give exactly one replay file`,
			hintFor("replay"),
		);
	}
	const file = args.positionals[0];
	const replay = readReplay(file);
	const loaded = scenarioFor(verb, replay, optionalString(args, "scenario"));
	return sub === "verify" ? verify(file, replay, loaded, io) : show(file, replay, loaded, io);
}

function readReplay(file: string): Replay {
	const parsed = parseReplayText(readText(file));
	if (!parsed.ok) {
		if (parsed.errors.length === 1) throw new UserError(`${file}: ${parsed.error}`);
		throw new UserError(
			`${file}: invalid replay (${parsed.errors.length} problems)`,
			parsed.errors.map((e) => `${file}: ${e}`),
		);
	}
	return parsed.value;
}

function scenarioFor(verb: string, replay: Replay, arg: string | undefined): LoadedScenario {
	if (arg !== undefined) return loadScenarioArg(verb, arg);
	const found = builtin(replay.scenario.id);
	if (!found) {
		throw new UserError(
			`replay was recorded on scenario ${replay.scenario.id}, which is not built in: pass --scenario <file>`,
		);
	}
	if (!found.ok) throw new UserError(`built-in scenario ${replay.scenario.id} is invalid: run validate on it`);
	return { scenario: found.scenario, hash: found.hash, warnings: found.warnings, source: replay.scenario.id };
}

function verify(file: string, replay: Replay, loaded: LoadedScenario, io: Io): number {
	const result = verifyReplay(loaded.scenario, loaded.hash, replay);
	if (!result.ok) {
		io.err(`${file}: ${result.message}`);
		return 1;
	}
	io.out(`replay OK: ${result.turns} turns, final hash ${result.hash}`);
	return 0;
}

function signed(n: number): string {
	return n > 0 ? `+${n}` : String(n);
}

/** Headline numbers first: the ones a debrief asks "why?" about. */
function priority(target: string): number {
	if (target === "tension" || target === "rung" || target.startsWith("deterrence.")) return 0;
	if (/\.(economy|support|credibility|resolve)$/.test(target) || target.startsWith("relation.")) return 1;
	if (target.includes(".munitions.") || target.endsWith(".readiness")) return 2;
	return 3;
}

/** "tension +7 (drill at Sakishima +4, firm statement +3)" for the key changes of a turn. */
export function keyChanges(scenario: Scenario, ledger: LedgerEntry[], limit = 10): string[] {
	const byTarget = new Map<string, Map<string, number>>();
	for (const e of ledger) {
		const causes = byTarget.get(e.target) ?? new Map<string, number>();
		causes.set(e.cause.text, (causes.get(e.cause.text) ?? 0) + e.delta);
		byTarget.set(e.target, causes);
	}
	const rows = [...byTarget.entries()]
		.map(([target, causes]) => ({ target, total: [...causes.values()].reduce((a, b) => a + b, 0), causes }))
		.filter((row) => row.total !== 0);
	rows.sort(
		(a, b) =>
			priority(a.target) - priority(b.target) ||
			Math.abs(b.total) - Math.abs(a.total) ||
			a.target.localeCompare(b.target),
	);
	return rows.slice(0, limit).map((row) => {
		const all = [...row.causes.entries()].filter(([, d]) => d !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
		const causes = all.slice(0, 5).map(([text, d]) => `${text} ${signed(d)}`);
		if (all.length > 5) causes.push(`${all.length - 5} more`);
		return `${describeMetric(scenario, row.target)} ${signed(row.total)}${causes.length ? ` (${causes.join(", ")})` : ""}`;
	});
}

function show(file: string, replay: Replay, loaded: LoadedScenario, io: Io): number {
	const { scenario } = loaded;
	const verified = verifyReplay(scenario, loaded.hash, replay);
	let state: GameState;
	if (verified.ok) {
		state = verified.state;
	} else {
		if (verified.turn === 0) throw new UserError(`${file}: ${verified.message}`);
		io.err(`warning: ${file}: ${verified.message}; showing the replay as this build plays it`);
		const run = runReplay(scenario, loaded.hash, replay);
		if (!run.ok) throw new UserError(`${file}: ${run.error}`);
		state = run.state;
	}
	io.out(`${scenario.name} (${scenario.id}), seed ${replay.seed}, engine ${replay.engineVersion}`);
	io.out(scenario.summary);
	replay.turns.forEach((turn, i) => {
		const record = state.history[i];
		io.out("");
		io.out(`Turn ${i + 1}: ${turnLabel(scenario, i)}`);
		io.out("  Orders:");
		if (turn.orders.length === 0) io.out("    (none)");
		for (const order of turn.orders) io.out(`    ${describeOrder(scenario, order)}`);
		for (const inject of turn.injects) {
			const event = scenario.events.find((e) => e.id === inject.event);
			io.out(`  Facilitator inject: ${event ? event.headline : inject.event}`);
		}
		for (const note of turn.notes) io.out(`  Note: ${note}`);
		if (!record) return;
		if (record.headlines.length > 0) {
			io.out("  News:");
			for (const h of record.headlines) io.out(`    - ${h.text}`);
		}
		const changes = keyChanges(scenario, record.ledger);
		if (changes.length > 0) {
			io.out("  Changes:");
			for (const c of changes) io.out(`    ${c}`);
		}
	});
	io.out("");
	const scores = scoreFactions(scenario, state);
	io.out(`Outcome: ${state.outcome ?? (state.over ? "over" : "not finished")} after ${replay.turns.length} turns`);
	io.out(`Scores: ${scenario.factions.map((f) => `${f.name} ${scores[f.id] ?? 0}`).join(", ")}`);
	io.out(`Tension ${state.tension}, rung ${state.ladder.rung} (peak ${state.ladder.peak})`);
	if (verified.ok) io.out(`final hash ${verified.hash}`);
	return 0;
}
