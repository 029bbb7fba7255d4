// The command line (DESIGN.md "Command line"): verb dispatch and the error handler.
// Exit codes: 0 success, 1 invalid input or failed check, 2 bad arguments, 3 internal error.
// User errors print one line (or a list of validation errors) and never a stack trace.
import { closest } from "../replay";
import { EXIT, UsageError, UserError } from "./errors";
import { type Io, processIo } from "./io";
import { batchVerb } from "./verbs/batch";
import { benchVerb } from "./verbs/bench";
import { helpVerb, VERBS } from "./verbs/help";
import { replayVerb } from "./verbs/replay";
import { schemaVerb } from "./verbs/schema";
import { simVerb } from "./verbs/sim";
import { validateVerb } from "./verbs/validate";

/** A verb returns its exit code, or a promise of it (the browser bench is asynchronous). */
type Verb = (argv: readonly string[], io: Io) => number | Promise<number>;

const verbs: Record<string, Verb> = {
	validate: validateVerb,
	sim: simVerb,
	replay: replayVerb,
	schema: schemaVerb,
	batch: batchVerb,
	bench: benchVerb,
	help: helpVerb,
};

export function main(argv: readonly string[], io: Io = processIo): number | Promise<number> {
	const fail = (e: unknown) => failure(e, io);
	try {
		const [verb, ...rest] = argv;
		if (verb === undefined) throw new UsageError("missing verb");
		if (verb === "--help" || verb === "-h") return helpVerb([], io);
		if (!Object.hasOwn(verbs, verb)) {
			const near = closest(verb, VERBS);
			throw new UsageError(`unknown verb "${verb}"${near ? ` (did you mean "${near}"?)` : ""}; verbs: ${VERBS.join(", ")}`);
		}
		if (rest.includes("--help") || rest.includes("-h")) return helpVerb([verb], io);
		const status = verbs[verb](rest, io);
		return typeof status === "number" ? status : status.catch(fail);
	} catch (e) {
		return fail(e);
	}
}

/** The one-line report of a failed verb, and its exit code. */
function failure(e: unknown, io: Io): number {
	if (e instanceof UsageError) {
		io.err(`error: ${e.message}`);
		io.err(e.hint);
		return EXIT.usage;
	}
	if (e instanceof UserError) {
		io.err(e.details.length > 0 ? e.message : `error: ${e.message}`);
		for (const line of e.details) io.err(line);
		return EXIT.failed;
	}
	const message = e instanceof Error ? e.message : String(e);
	io.err(`internal error: ${message.split("\n")[0]}`);
	io.err("this is a bug in Island Chain; set ISLAND_CHAIN_DEBUG=1 to see where it happened");
	if (process.env.ISLAND_CHAIN_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
	return EXIT.internal;
}
