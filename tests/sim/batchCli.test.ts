import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli";

function run(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
	return { status, out: out.join("\n"), err: err.join("\n"), errLines: err };
}

describe("cli: batch", () => {
	it("bad settings get one clear line and exit 2", () => {
		const cases: [string[], RegExp][] = [
			[["--seeds", "1..5", "--bots", "XYZ=hard"], /unknown faction "XYZ"/],
			[["--seeds", "1..5", "--bots", "JPN=genius"], /unknown bot level "genius"/],
			[["--seeds", "5..1"], /reversed/],
			[["--seeds", ""], /needs a value|no seeds|expected seeds/],
			[["--seeds", "1..5", "--compare", "JPN=nope"], /--compare: unknown bot level/],
			[["--seeds", "1..5", "--workers", "x"], /--workers/],
		];
		for (const [args, message] of cases) {
			const r = run("batch", "--scenario", "southwest-shield", ...args);
			expect(r.status, args.join(" ")).toBe(2);
			expect(r.errLines[0]).toMatch(message);
			expect(r.errLines[0]).toMatch(/^error: /);
		}
		expect(run("batch", "--scenario", "nowhere", "--seeds", "1").status).toBe(2);
		expect(run("batch", "--seeds", "1").status).toBe(2);
	});

	it("prints the distribution and writes the CSV", { timeout: 300_000 }, () => {
		const csv = join(mkdtempSync(join(tmpdir(), "island-chain-batch-")), "out.csv");
		const r = run("batch", "--scenario", "southwest-shield", "--seeds", "1..4", "--bots", "all=easy", "--workers", "0", "--csv", csv);
		expect(r.status).toBe(0);
		expect(r.out).toMatch(/outcomes \(share \[95% interval\], games\):/);
		expect(r.out).toMatch(/^ {4}held +\d+\.\d%/m);
		expect(r.out).toMatch(/scores \(mean, sd/);
		expect(r.out).toMatch(/ladder peak/);
		const rows = readFileSync(csv, "utf8").trim().split("\n");
		expect(rows).toHaveLength(5);
		expect(rows[0]).toMatch(/^seed,outcome,turns,/);
		const json = run("batch", "--scenario", "southwest-shield", "--seeds", "1..2", "--bots", "all=easy", "--compare", "all=easy,JPN=normal", "--workers", "0", "--json");
		expect(json.status).toBe(0);
		const parsed = JSON.parse(json.out);
		expect(parsed.stats).toHaveLength(2);
		expect(parsed.compare.scores.JPN).toHaveProperty("mean");
	});
});
