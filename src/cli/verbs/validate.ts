// `validate <file...>`: check scenario, replay and save files; list every error with its path.
import { canonicalJson } from "../../engine";
import { loadScenario, scenarioJsonSchema } from "../../scenario";
import { checkCompatible, parseReplay, parseSave } from "../../replay";
import { hintFor, parseArgs } from "../args";
import { UsageError, UserError } from "../errors";
import { type Io, readText } from "../io";
import { builtin, formatIssue } from "../scenarioArg";

export const validateUsage = "validate <file...>    check scenario, replay and save files";

export function validateVerb(argv: readonly string[], io: Io): number {
	const args = parseArgs("validate", argv, {});
	if (args.positionals.length === 0) throw new UsageError("validate: give at least one file", hintFor("validate"));
	let failed = 0;
	for (const file of args.positionals) {
		const { errors, warnings } = checkFile(file);
		for (const w of warnings) io.err(w);
		if (errors.length === 0) {
			io.out(`${file}: OK`);
		} else {
			failed++;
			for (const e of errors) io.err(e);
		}
	}
	if (failed > 0) {
		io.err(`${failed} of ${args.positionals.length} file${args.positionals.length === 1 ? "" : "s"} invalid`);
		return 1;
	}
	return 0;
}

function checkFile(file: string): { errors: string[]; warnings: string[] } {
	let text: string;
	try {
		text = readText(file);
	} catch (e) {
		if (e instanceof UserError) return { errors: [e.message], warnings: [] };
		throw e;
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { errors: [`${file}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`], warnings: [] };
	}
	const format = (json as { format?: unknown } | null)?.format;
	if (typeof format === "string" && format.startsWith("island-chain/")) return checkReplayOrSave(file, json, format);
	const schemaRef = (json as { $schema?: unknown } | null)?.$schema;
	if (typeof schemaRef === "string" && schemaRef.includes("json-schema.org")) return checkJsonSchema(file, json);
	const result = loadScenario(text);
	if (!result.ok) {
		return {
			errors: result.errors.filter((e) => e.severity !== "warning").map((e) => formatIssue(file, e)),
			warnings: result.errors.filter((e) => e.severity === "warning").map((e) => formatIssue(file, e)),
		};
	}
	return { errors: [], warnings: result.warnings.map((w) => formatIssue(file, w)) };
}

function checkReplayOrSave(file: string, json: unknown, format: string): { errors: string[]; warnings: string[] } {
	const parsed = format === "island-chain/save" ? parseSave(json) : parseReplay(json);
	if (!parsed.ok) return { errors: parsed.errors.map((e) => `${file}: ${e}`), warnings: [] };
	const { scenario: ref } = parsed.value;
	const found = builtin(ref.id);
	if (!found?.ok) {
		return {
			errors: [],
			warnings: [`${file}: warning: scenario ${ref.id} is not built in, so the file was checked for shape only`],
		};
	}
	const problem = checkCompatible(found.scenario, found.hash, parsed.value);
	return { errors: problem ? [`${file}: ${problem}`] : [], warnings: [] };
}

/** scenarios/schema.json: a JSON Schema document, which must be the one this build generates. */
function checkJsonSchema(file: string, json: unknown): { errors: string[]; warnings: string[] } {
	if (canonicalJson(json) === canonicalJson(scenarioJsonSchema())) return { errors: [], warnings: [] };
	return {
		errors: [
			`${file}: this JSON Schema differs from the scenario schema of this build; regenerate it with \`npm run cli -- schema > ${file}\``,
		],
		warnings: [],
	};
}
