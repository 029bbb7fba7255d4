// Checks before zod: size, JSON syntax, nesting, hostile keys and counts. They bound the work
// that the schema and cross-reference checks do later, whatever the input.
import { type IssueList, type PathPart, describeValue } from "./issues";
import { findJsonSyntaxError } from "./jsonSyntax";
import { FORBIDDEN_KEYS, MAX_DEPTH, MAX_ITEMS, MAX_NODES, MAX_TEXT_BYTES } from "./limits";

/** Parses the text as JSON, reporting oversize or syntax errors; undefined if it cannot. */
export function parseJsonText(text: string, issues: IssueList): { value: unknown } | undefined {
	// Every UTF-16 unit is at least one UTF-8 byte, so a long string is too big without encoding it.
	const bytes = text.length > MAX_TEXT_BYTES ? text.length : new TextEncoder().encode(text).length;
	if (bytes > MAX_TEXT_BYTES) {
		issues.error("", `expected a file of at most 2 MB (${MAX_TEXT_BYTES} bytes), found ${bytes} bytes or more`);
		return undefined;
	}
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // editors may add a BOM
	try {
		return { value: JSON.parse(body) };
	} catch (e) {
		issues.error("", `invalid JSON: ${jsonErrorMessage(e, body)}`);
		return undefined;
	}
}

function jsonErrorMessage(e: unknown, text: string): string {
	const located = findJsonSyntaxError(text);
	if (located) {
		const { line, column } = lineColumn(text, located.offset);
		return `${located.problem} at line ${line}, column ${column}`;
	}
	return e instanceof Error ? e.message : String(e);
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: end - start + 1 };
}

/** Walks the value once: nesting depth, forbidden keys, oversized arrays and objects. */
export function checkStructure(value: unknown, issues: IssueList): void {
	const path: PathPart[] = [];
	let nodes = 0;
	let exhausted = false;

	const visit = (v: unknown, depth: number): void => {
		if (exhausted || v === null || typeof v !== "object") return;
		if (++nodes > MAX_NODES) {
			exhausted = true;
			issues.error("", `expected at most ${MAX_NODES} objects and arrays in all, found more`);
			return;
		}
		if (depth > MAX_DEPTH) {
			issues.error(path, `expected nesting of at most ${MAX_DEPTH} levels, found deeper`);
			return;
		}
		if (Array.isArray(v)) {
			if (v.length > MAX_ITEMS) {
				issues.error(path, `expected at most ${MAX_ITEMS} items, found ${describeValue(v)}`);
				return;
			}
			for (let i = 0; i < v.length; i++) {
				path.push(i);
				visit(v[i], depth + 1);
				path.pop();
			}
			return;
		}
		const keys = Object.keys(v);
		if (keys.length > MAX_ITEMS) {
			issues.error(path, `expected at most ${MAX_ITEMS} keys, found ${keys.length}`);
			return;
		}
		for (const key of keys) {
			path.push(key);
			if ((FORBIDDEN_KEYS as readonly string[]).includes(key)) {
				issues.error(path, `forbidden key ${JSON.stringify(key)}: expected a data field, found a key that could alter object prototypes`);
			} else {
				visit((v as Record<string, unknown>)[key], depth + 1);
			}
			path.pop();
		}
	};

	visit(value, 1);
}
