// `help [verb]`.
import type { Io } from "../io";
import { batchDetails, batchUsage } from "./batch";
import { benchDetails, benchUsage } from "./bench";
import { replayUsage } from "./replay";
import { schemaUsage } from "./schema";
import { simUsage } from "./sim";
import { validateUsage } from "./validate";

export const VERBS = ["validate", "sim", "replay", "schema", "batch", "bench", "help"] as const;

const DETAILS: Record<string, string[]> = {
	validate: [
		validateUsage,
		"  Scenario files are checked against the schema and cross-references; replay and save files",
		"  for shape and against their built-in scenario. Exit 0 when all are valid, 1 otherwise.",
	],
	sim: [
		simUsage,
		"  Play every faction with a bot (default level normal). --scenario is a built-in id or a .json file.",
		"  --out writes the replay, --report a per-turn report (metrics, ledger, headlines),",
		"  --json prints one JSON object: scenario, seed, turns, outcome, scores, tension, rung, deterrence, hash.",
	],
	replay: [...replayUsage, "  The scenario is the replay's built-in one unless --scenario is given."],
	schema: [schemaUsage],
	batch: batchDetails,
	bench: benchDetails,
	help: ["help [verb]           this text"],
};

export function usage(): string[] {
	return [
		"usage: npm run cli -- <verb> [arguments]",
		"",
		"verbs:",
		`  ${validateUsage}`,
		`  ${simUsage}`,
		...replayUsage.map((l) => `  ${l}`),
		`  ${schemaUsage}`,
		`  ${batchUsage}`,
		`  ${benchUsage}`,
		"  help [verb]           this text, or the details of one verb",
		"",
		"exit codes: 0 success, 1 invalid input or failed check, 2 bad arguments, 3 internal error",
	];
}

export function helpVerb(argv: readonly string[], io: Io): number {
	const verb = argv[0];
	if (verb !== undefined && Object.hasOwn(DETAILS, verb)) {
		for (const line of DETAILS[verb]) io.out(line);
		return 0;
	}
	for (const line of usage()) io.out(line);
	return 0;
}
