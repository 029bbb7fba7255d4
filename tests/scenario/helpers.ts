// Shared helpers for the scenario-layer tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LoadResult, ScenarioIssue } from "../../src/scenario";

export const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
export const readText = (rel: string) => readFileSync(here(rel), "utf8");

export const minimalText = () => readText("./fixtures/minimal.json");
// biome-ignore lint/suspicious/noExplicitAny: tests mutate the fixture freely.
export const minimal = (): any => JSON.parse(minimalText());

export function errorsOf(result: LoadResult): ScenarioIssue[] {
	if (result.ok) throw new Error("expected the scenario to be refused, but it loaded");
	return result.errors.filter((e) => e.severity === "error");
}

/** A readable list for failure messages. */
export const show = (issues: readonly ScenarioIssue[]) =>
	issues.map((i) => `${i.severity} ${i.path || "(file)"}: ${i.message}${i.suggestion ? ` [${i.suggestion}]` : ""}`).join("\n");
