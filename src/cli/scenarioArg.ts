// `--scenario <id|file>`: a built-in scenario id or a path to a scenario .json file.
import { existsSync } from "node:fs";
import type { Scenario } from "../engine";
import { closest } from "../replay";
import { builtinScenarios, getBuiltinScenario, type LoadResult, loadScenario, type ScenarioIssue } from "../scenario";
import { UsageError, UserError } from "./errors";
import { readText } from "./io";

export interface LoadedScenario {
	scenario: Scenario;
	hash: string;
	warnings: ScenarioIssue[];
	/** Where it came from, for messages: the id or the file path. */
	source: string;
}

export function looksLikeFile(arg: string): boolean {
	return arg.endsWith(".json") || arg.includes("/") || arg.includes("\\") || existsSync(arg);
}

/** "file: path: message (did you mean ...?)" */
export function formatIssue(file: string, issue: ScenarioIssue): string {
	const where = issue.path === "" ? "" : `${issue.path}: `;
	const hint = issue.suggestion ? ` (${issue.suggestion})` : "";
	const tag = issue.severity === "warning" ? "warning: " : "";
	return `${file}: ${tag}${where}${issue.message}${hint}`;
}

/** The built-in scenario with this id, loaded and validated, or null when there is none. */
export function builtin(id: string): LoadResult | null {
	return getBuiltinScenario(id) ?? null;
}

export function builtinIds(): string[] {
	return builtinScenarios.map((s) => s.id);
}

/** Load a scenario named on the command line; user errors become UsageError/UserError. */
export function loadScenarioArg(verb: string, arg: string): LoadedScenario {
	if (looksLikeFile(arg)) return loadScenarioFile(arg);
	const result = builtin(arg);
	if (!result) {
		const ids = builtinIds();
		const near = closest(arg, ids);
		throw new UsageError(
			`${verb}: unknown scenario "${arg}"${near ? ` (did you mean "${near}"?)` : ""}; built-in scenarios: ${ids.join(", ")}, or give a path to a .json file`,
		);
	}
	if (!result.ok) {
		throw new UserError(
			`built-in scenario ${arg} is invalid (${result.errors.length} error${result.errors.length === 1 ? "" : "s"})`,
			result.errors.map((e) => formatIssue(arg, e)),
		);
	}
	return { scenario: result.scenario, hash: result.hash, warnings: result.warnings, source: arg };
}

export function loadScenarioFile(path: string): LoadedScenario {
	const result = loadScenario(readText(path));
	if (!result.ok) {
		const errors = result.errors.filter((e) => e.severity !== "warning");
		throw new UserError(
			`${path}: invalid scenario (${errors.length} error${errors.length === 1 ? "" : "s"})`,
			result.errors.map((e) => formatIssue(path, e)),
		);
	}
	return { scenario: result.scenario, hash: result.hash, warnings: result.warnings, source: path };
}
