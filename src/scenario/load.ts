// Loading a scenario: text -> JSON -> structure -> zod -> cross-references -> one turn of play.
// Each stage runs only if the ones before it found no errors, since it relies on their guarantees;
// within a stage every problem is collected. Nothing here throws.
import { hashValue, type Scenario } from "../engine/index";
import { checkConsistency, checkOddities } from "./consistency";
import { checkCrossReferences } from "./crossref";
import { IssueList, type LoadResult } from "./issues";
import { MAX_ISSUES } from "./limits";
import { checkPlayable } from "./playable";
import { scenarioSchemas } from "./schema";
import { checkStructure, parseJsonText } from "./structure";
import { reportZodIssues } from "./zodIssues";

export function loadScenario(text: string): LoadResult {
	const issues = new IssueList(MAX_ISSUES);
	if (typeof text !== "string") {
		issues.error("", `expected the text of a JSON file, found a ${typeof text}`);
		return { ok: false, errors: issues.result() };
	}
	const parsed = guard(issues, () => parseJsonText(text, issues));
	if (!parsed) return { ok: false, errors: issues.result() };
	return parseScenario(parsed.value);
}

export function parseScenario(value: unknown): LoadResult {
	const issues = new IssueList(MAX_ISSUES);
	const scenario = guard(issues, () => validate(value, issues));
	if (!scenario || issues.hasErrors) return { ok: false, errors: issues.result() };
	return { ok: true, scenario, hash: hashValue(scenario), warnings: issues.result() };
}

function validate(value: unknown, issues: IssueList): Scenario | undefined {
	checkStructure(value, issues);
	if (issues.hasErrors) return undefined;

	const { scenarioSchema } = scenarioSchemas();
	const parsed = scenarioSchema.safeParse(value);
	if (!parsed.success) {
		reportZodIssues(parsed.error.issues, scenarioSchema, value, issues);
		return undefined;
	}
	// The editor hint is not content: drop it so it cannot change the hash.
	const { $schema: _hint, ...scenario } = parsed.data;

	checkCrossReferences(scenario, issues);
	checkConsistency(scenario, issues);
	checkOddities(scenario, issues);
	if (issues.hasErrors) return undefined;

	checkPlayable(scenario, issues);
	return scenario;
}

/** Last line of defence: a bug or a hostile value (a throwing getter) becomes an issue. */
function guard<T>(issues: IssueList, run: () => T): T | undefined {
	try {
		return run();
	} catch (e) {
		issues.error("", `expected a readable scenario, found one that could not be checked: ${reason(e)}`);
		return undefined;
	}
}

function reason(e: unknown): string {
	try {
		return e instanceof Error ? e.message : String(e);
	} catch {
		return "unknown error";
	}
}
