// What the loader reports: problems as values with a JSON path, never thrown.
import type { Scenario } from "../engine/index";

export interface ScenarioIssue {
	/** JSON path, e.g. "events[3].effects[0].faction"; "" for the whole file. */
	path: string;
	message: string;
	severity: "error" | "warning";
	suggestion?: string;
}

export type LoadResult =
	| { ok: true; scenario: Scenario; hash: string; warnings: ScenarioIssue[] }
	| { ok: false; errors: ScenarioIssue[] };

export type PathPart = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ["events", 3, "effects", 0, "faction"] -> "events[3].effects[0].faction"; odd keys are quoted. */
export function formatPath(parts: readonly PathPart[]): string {
	let out = "";
	for (const part of parts) {
		if (typeof part === "number") out += `[${part}]`;
		else if (PLAIN_KEY.test(part)) out += out === "" ? part : `.${part}`;
		else out += `[${JSON.stringify(part)}]`;
	}
	return out;
}

/** A short description of a value for "found ..." in messages. */
export function describeValue(value: unknown): string {
	if (value === undefined) return "nothing";
	if (value === null) return "null";
	if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
	switch (typeof value) {
		case "string":
			return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
		case "number":
			return Number.isFinite(value) ? String(value) : `the number ${value}`;
		case "boolean":
			return String(value);
		case "object":
			return "an object";
		default:
			return `a ${typeof value}`;
	}
}

/** Levenshtein distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
	const s = a.toLowerCase();
	const t = b.toLowerCase();
	let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const row = [i];
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost));
		}
		prev = row;
	}
	return prev[t.length];
}

/** The closest candidate if it is close enough to be a likely typo: `did you mean "okinawa"?`. */
export function suggest(wrong: string, candidates: Iterable<string>): string | undefined {
	const limit = Math.max(2, Math.floor(wrong.length / 3));
	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		// Lengths this far apart cannot be within the limit: skip the quadratic work.
		if (candidate === wrong || Math.abs(candidate.length - wrong.length) > limit) continue;
		const d = editDistance(wrong, candidate);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best !== undefined && bestDistance <= limit ? `did you mean ${JSON.stringify(best)}?` : undefined;
}

/** Collects issues in order; stops growing at a cap so a huge broken file stays readable. */
export class IssueList {
	readonly items: ScenarioIssue[] = [];
	private dropped = 0;
	private droppedErrors = 0;

	constructor(private readonly cap: number) {}

	add(
		path: readonly PathPart[] | string,
		message: string,
		severity: ScenarioIssue["severity"] = "error",
		suggestion?: string,
	): void {
		if (this.items.length >= this.cap) {
			this.dropped++;
			if (severity === "error") this.droppedErrors++;
			return;
		}
		const issue: ScenarioIssue = {
			path: typeof path === "string" ? path : formatPath(path),
			message,
			severity,
		};
		if (suggestion !== undefined) issue.suggestion = suggestion;
		this.items.push(issue);
	}

	error(path: readonly PathPart[] | string, message: string, suggestion?: string): void {
		this.add(path, message, "error", suggestion);
	}

	warn(path: readonly PathPart[] | string, message: string): void {
		this.add(path, message, "warning");
	}

	/** Once full, callers can skip costly work (suggestions) for issues that will be dropped. */
	get full(): boolean {
		return this.items.length >= this.cap;
	}

	get hasErrors(): boolean {
		return this.items.some((i) => i.severity === "error") || this.droppedErrors > 0;
	}

	/** Errors first (in document order), then warnings, then a note on any left out. */
	result(): ScenarioIssue[] {
		const errors = this.items.filter((i) => i.severity === "error");
		const warnings = this.items.filter((i) => i.severity === "warning");
		const out = [...errors, ...warnings];
		if (this.dropped > 0) {
			const severity = this.droppedErrors > 0 ? "error" : "warning";
			out.push({ path: "", message: `${this.dropped} more issues not shown`, severity });
		}
		return out;
	}
}
