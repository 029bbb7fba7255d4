// Whatever it is given, the loader returns a result and never throws.
import fc from "fast-check";
import { describe, it } from "vitest";
import { type LoadResult, loadScenario, parseScenario } from "../../src/scenario";
import { minimal } from "./helpers";

function wellFormed(result: LoadResult): boolean {
	const issues = result.ok ? result.warnings : result.errors;
	if (!result.ok && !issues.some((i) => i.severity === "error")) return false;
	return issues.every(
		(i) =>
			typeof i.path === "string" &&
			typeof i.message === "string" &&
			i.message.length > 0 &&
			(i.severity === "error" || i.severity === "warning") &&
			(i.suggestion === undefined || typeof i.suggestion === "string"),
	);
}

describe("loader properties", () => {
	it("never throws on arbitrary strings", () => {
		fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => wellFormed(loadScenario(text))), { numRuns: 300 });
	});

	it("never throws on arbitrary JSON values, as text or as values", () => {
		fc.assert(
			fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
				return wellFormed(parseScenario(value)) && wellFormed(loadScenario(JSON.stringify(value) ?? "null"));
			}),
			{ numRuns: 300 },
		);
	});

	it("never throws on the fixture with one field replaced by anything", () => {
		const base = minimal();
		const paths: (string | number)[][] = [];
		const collect = (v: unknown, path: (string | number)[]) => {
			paths.push(path);
			if (v !== null && typeof v === "object") {
				for (const [k, child] of Object.entries(v)) collect(child, [...path, Array.isArray(v) ? Number(k) : k]);
			}
		};
		collect(base, []);
		fc.assert(
			fc.property(fc.constantFrom(...paths.slice(1)), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
				const s = structuredClone(base);
				let o = s;
				for (const p of path.slice(0, -1)) o = o[p];
				o[path[path.length - 1]] = value;
				return wellFormed(parseScenario(s));
			}),
			{ numRuns: 300 },
		);
	});
});
