// The corpus of broken scenario files: each is a small mutation of fixtures/minimal.json and
// must be refused with the error listed in broken/expected.json. Files that are not even JSON
// end in .txt, so that biome does not try to parse them.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario";
import { errorsOf, here, readText, show } from "./helpers";

interface Expected {
	path: string;
	message: string;
	suggestion?: string;
}

const expected: Record<string, Expected> = JSON.parse(readText("./broken/expected.json"));
const files = readdirSync(here("./broken"))
	.filter((f) => (f.endsWith(".json") || f.endsWith(".txt")) && f !== "expected.json")
	.sort();

describe("broken scenario corpus", () => {
	it("has an expectation for every file and a file for every expectation", () => {
		expect(files.length).toBeGreaterThanOrEqual(15);
		expect(Object.keys(expected).sort()).toEqual(files);
	});

	it.each(files)("%s is refused with the expected error", (file) => {
		const want = expected[file];
		const errors = errorsOf(loadScenario(readText(`./broken/${file}`)));
		const hit = errors.find((e) => e.path === want.path && e.message.includes(want.message));
		expect(hit, `no error at "${want.path}" containing "${want.message}"; got:\n${show(errors)}`).toBeDefined();
		if (want.suggestion !== undefined) expect(hit?.suggestion).toBe(want.suggestion);
	});
});
