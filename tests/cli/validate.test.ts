import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT, STACK_LINE, tempDir } from "./helpers";

const T = 180_000;
const dir = tempDir();

describe("cli: validate", () => {
	it("passes the built-in scenario files", { timeout: T }, () => {
		const files = ["scenarios/southwest-shield.json", "scenarios/rare-earth-squeeze.json"];
		const r = cli("validate", ...files);
		expect(r.stderr).not.toMatch(/error/i);
		expect(r.status).toBe(0);
		expect(r.stdout.trim().split("\n")).toEqual(files.map((f) => `${f}: OK`));
	});

	it("lists every error with file and path, and exits 1", { timeout: T }, () => {
		const scenario = JSON.parse(readFileSync(join(ROOT, "scenarios/southwest-shield.json"), "utf8"));
		scenario.turns = "twenty";
		scenario.factions[0].allies = ["NOPE"];
		const bad = join(dir, "bad-scenario.json");
		writeFileSync(bad, JSON.stringify(scenario));
		const good = join(ROOT, "scenarios/southwest-shield.json");
		const r = cli("validate", good, bad);
		expect(r.status).toBe(1);
		expect(r.stdout).toContain(`${good}: OK`);
		expect(r.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: turns: `, "m"));
		expect(r.stderr).toContain(`${bad}: `);
		expect(r.stderr).toMatch(/1 of 2 files invalid/);
		expect(r.stderr).not.toMatch(STACK_LINE);
	});

	it("reports a missing file and bad JSON, exit 1", { timeout: T }, () => {
		const broken = join(dir, "broken.json");
		writeFileSync(broken, "{ not json");
		const missing = join(dir, "missing.json");
		const r = cli("validate", missing, broken);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`${missing}: cannot read: no such file`);
		expect(r.stderr).toMatch(/broken\.json: not valid JSON: /);
		expect(r.stderr).not.toMatch(STACK_LINE);
	});

	it("validates replay files by shape, naming the field", { timeout: T }, () => {
		const out = join(dir, "v-replay.json");
		expect(cli("sim", "--scenario", "southwest-shield", "--seed", "3", "--turns", "2", "--out", out).status).toBe(0);
		expect(cli("validate", out)).toMatchObject({ status: 0, stdout: `${out}: OK\n` });
		const replay = JSON.parse(readFileSync(out, "utf8"));
		replay.turns[1].orders[0] = { ...replay.turns[1].orders[0], faction: 5 };
		writeFileSync(out, JSON.stringify(replay));
		const r = cli("validate", out);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`${out}: turns[1].orders[0].faction: expected a string, got 5`);
	});
});
