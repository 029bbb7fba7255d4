import { describe, expect, it } from "vitest";
import { cli, STACK_LINE } from "./helpers";

const T = 180_000;

describe("cli: usage errors exit 2 with one line and a hint, never a stack", () => {
	const cases: [string[], RegExp][] = [
		[[], /^error: missing verb$/m],
		[["frobnicate"], /^error: unknown verb "frobnicate"/m],
		[["simm"], /did you mean "sim"\?/],
		[["sim", "--seed", "1"], /^error: sim: missing option --scenario$/m],
		[["sim", "--scenario", "southwest-shield"], /^error: sim: missing option --seed$/m],
		[["sim", "--scenario", "southwest-shield", "--seed", "1", "--sede", "2"], /unknown option --sede \(did you mean --seed\?\)/],
		[["sim", "--scenario", "southwest-shield", "--seed"], /option --seed needs a value/],
		[["sim", "--scenario", "southwest-shield", "--seed", "1", "--turns", "lots"], /--turns expects a whole number/],
		[["sim", "--scenario", "southwest-shield", "--seed", "1", "--bots", "XXX=hard"], /--bots: unknown faction "XXX"/],
		[["sim", "--scenario", "southwest-shield", "--seed", "1", "--bots", "JPN=godlike"], /--bots: unknown level "godlike"/],
		[["sim", "--scenario", "south-shield", "--seed", "1"], /unknown scenario "south-shield".*built-in scenarios: /],
		[["replay"], /replay: missing subcommand/],
		[["replay", "check", "x.json"], /replay: unknown subcommand "check"/],
		[["replay", "verify"], /replay verify: give a replay file/],
		[["validate"], /validate: give at least one file/],
	];
	for (const [args, message] of cases) {
		it(`npm run cli -- ${args.join(" ")}`, { timeout: T }, () => {
			const r = cli(...args);
			expect(r.status).toBe(2);
			expect(r.stderr).toMatch(message);
			expect(r.stderr).toMatch(/npm run cli -- help/);
			expect(r.stderr).not.toMatch(STACK_LINE);
			expect(r.stderr.trim().split("\n")).toHaveLength(2);
		});
	}

	it("help lists the verbs and exits 0", { timeout: T }, () => {
		const r = cli("help");
		expect(r.status).toBe(0);
		for (const verb of ["validate", "sim", "replay verify", "replay show", "schema", "bench"]) expect(r.stdout).toContain(verb);
	});

	it("bench refuses an unknown option with a usage line (its figures belong in npm run bench)", { timeout: T }, () => {
		const r = cli("bench", "--nope");
		expect(r.status).toBe(2);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});
});

describe("cli: schema", () => {
	it("prints the scenario JSON Schema", { timeout: T }, () => {
		const r = cli("schema");
		expect(r.status).toBe(0);
		const schema = JSON.parse(r.stdout);
		expect(typeof schema).toBe("object");
		expect(JSON.stringify(schema)).toContain("factions");
	});
});
