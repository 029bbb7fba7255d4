// Turns zod's issues into ScenarioIssues that say what was expected and what was found.
import type { z } from "zod";
import { describeSchema, knownKeysAt, schemaAt, valueAt } from "./expected";
import { type IssueList, type PathPart, describeValue, suggest } from "./issues";

type ZodIssue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, string> = {
	int: "an integer",
	number: "a number",
	string: "a string",
	boolean: "true or false",
	object: "an object",
	record: "an object",
	array: "an array",
	null: "null",
};

const plural = (n: number | bigint, word: string) => `${n} ${word}${Number(n) === 1 ? "" : "s"}`;

export function reportZodIssues(issues: readonly ZodIssue[], root: z.ZodType, data: unknown, out: IssueList): void {
	for (const issue of issues) reportOne(issue, root, data, out);
}

function reportOne(issue: ZodIssue, root: z.ZodType, data: unknown, out: IssueList): void {
	const path = issue.path as PathPart[];
	const found = valueAt(data, path);
	const expected = () => describeSchema(schemaAt(root, data, path));

	switch (issue.code) {
		case "invalid_type": {
			const what = expected() ?? TYPE_WORDS[issue.expected] ?? issue.expected;
			const parent = valueAt(data, path.slice(0, -1));
			const key = path[path.length - 1];
			const missing = found === undefined && parent !== null && typeof parent === "object" && typeof key === "string";
			if (missing && !Object.hasOwn(parent, key)) out.error(path, `missing field ${JSON.stringify(key)}: expected ${what}`);
			else out.error(path, `expected ${what}, found ${describeValue(found)}`);
			return;
		}
		case "too_big":
		case "too_small": {
			const bound = issue.code === "too_big" ? issue.maximum : issue.minimum;
			const side = issue.code === "too_big" ? (issue.inclusive ? "at most" : "less than") : issue.inclusive ? "at least" : "more than";
			if (issue.origin === "array") {
				out.error(path, `expected ${side} ${plural(bound, "item")}, found ${Array.isArray(found) ? found.length : "?"}`);
			} else if (issue.origin === "string") {
				const len = typeof found === "string" ? found.length : 0;
				out.error(path, `expected ${side} ${plural(bound, "character")}, found ${len === 0 ? "an empty string" : plural(len, "character")}`);
			} else {
				out.error(path, `expected ${expected() ?? `a value ${side} ${bound}`}, found ${describeValue(found)}`);
			}
			return;
		}
		case "invalid_format":
			out.error(path, `expected ${issue.message}, found ${describeValue(found)}`);
			return;
		case "invalid_value": {
			const options = issue.values.map((v) => JSON.stringify(v)).join(", ");
			const hint = typeof found === "string" ? suggest(found, issue.values.map(String)) : undefined;
			out.error(path, `expected one of ${options}, found ${describeValue(found)}`, hint);
			return;
		}
		case "unrecognized_keys": {
			const known = knownKeysAt(root, data, path);
			const allowed = known.length > 0 ? ` (allowed: ${known.join(", ")})` : "";
			for (const key of issue.keys) {
				out.error([...path, key], `unknown key ${JSON.stringify(key)}: expected only the fields of this object${allowed}`, suggest(key, known));
			}
			return;
		}
		case "invalid_union": {
			// A discriminated union whose tag matched no option lists the tags it knows.
			const tags = "options" in issue && issue.discriminator !== undefined ? issue.options : undefined;
			if (tags) {
				const options = tags.map((o) => String(o));
				const field = JSON.stringify(issue.discriminator ?? path[path.length - 1]);
				const hint = typeof found === "string" ? suggest(found, options) : undefined;
				const list = options.map((o) => JSON.stringify(o)).join(", ");
				out.error(path, `expected ${field} to be one of ${list}, found ${describeValue(found)}`, hint);
				return;
			}
			out.error(path, `expected ${expected() ?? "a valid value"}, found ${describeValue(found)}`);
			return;
		}
		case "invalid_key": {
			const key = path[path.length - 1];
			const inner = issue.issues[0];
			const what = inner?.code === "invalid_format" ? inner.message : "a valid key";
			out.error(path, `expected the key to be ${what}, found ${JSON.stringify(key)}`);
			return;
		}
		default:
			out.error(path, `${issue.message}, found ${describeValue(found)}`);
	}
}
