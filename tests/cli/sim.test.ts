import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, STACK_LINE, tempDir } from "./helpers";

const T = 180_000;
const dir = tempDir();

function simJson(...args: string[]) {
	const r = cli("sim", "--scenario", "southwest-shield", "--turns", "5", "--json", ...args);
	expect(r.stderr).not.toMatch(/error/i);
	expect(r.status).toBe(0);
	const lines = r.stdout.trim().split("\n");
	expect(lines).toHaveLength(1);
	return JSON.parse(lines[0]);
}

describe("cli: sim", () => {
	it("--json prints one JSON object, the same for the same seed", { timeout: T }, () => {
		const a = simJson("--seed", "42");
		const b = simJson("--seed", "42");
		expect(a).toEqual(b);
		for (const key of ["outcome", "scores", "hash", "turns", "seed", "scenario"]) expect(a).toHaveProperty(key);
		expect(a.seed).toBe("42");
		expect(a.scenario).toBe("southwest-shield");
		expect(a.turns).toBeGreaterThan(0);
		expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
	});

	it("different seeds give different final hashes", { timeout: T }, () => {
		expect(simJson("--seed", "1").hash).not.toBe(simJson("--seed", "2").hash);
	});

	it("prints a readable summary", { timeout: T }, () => {
		const r = cli("sim", "--scenario", "rare-earth-squeeze", "--seed", "9", "--turns", "3", "--bots", "CHN=easy");
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^outcome: /m);
		expect(r.stdout).toMatch(/^scores:/m);
		expect(r.stdout).toMatch(/^tension: \d+/m);
		expect(r.stdout).toMatch(/^rung: \d+/m);
		expect(r.stdout).toMatch(/^final hash: [0-9a-f]{16}$/m);
	});

	it("--out then replay verify exits 0; --report writes per-turn metrics", { timeout: T }, () => {
		const out = join(dir, "run.json");
		const report = join(dir, "report.json");
		const sim = cli("sim", "--scenario", "southwest-shield", "--seed", "42", "--turns", "5", "--out", out, "--report", report, "--json");
		expect(sim.status).toBe(0);
		const { hash, turns } = JSON.parse(sim.stdout);
		const r = cli("replay", "verify", out);
		expect(r.stderr).toBe("");
		expect(r.status).toBe(0);
		expect(r.stdout.trim()).toBe(`replay OK: ${turns} turns, final hash ${hash}`);
		const rep = JSON.parse(readFileSync(report, "utf8"));
		expect(rep.history).toHaveLength(turns);
		expect(rep.history[0].metrics).toHaveProperty("tension");
		expect(Array.isArray(rep.history[0].ledger)).toBe(true);
		expect(rep.hash).toBe(hash);
	});

	it("sim accepts a scenario file path", { timeout: T }, () => {
		const r = cli("sim", "--scenario", "scenarios/southwest-shield.json", "--seed", "42", "--turns", "2", "--json");
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).scenario).toBe("southwest-shield");
	});

	it("a missing scenario file exits 1 with one line", { timeout: T }, () => {
		const r = cli("sim", "--scenario", join(dir, "nope.json"), "--seed", "1");
		expect(r.status).toBe(1);
		expect(r.stderr.trim()).toBe(`error: ${join(dir, "nope.json")}: cannot read: no such file`);
	});

	it("an invalid scenario file exits 1 listing its errors", { timeout: T }, () => {
		const bad = join(dir, "bad-sim.json");
		writeFileSync(bad, JSON.stringify({ id: "x" }));
		const r = cli("sim", "--scenario", bad, "--seed", "1");
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/invalid scenario/);
		expect(r.stderr).not.toMatch(STACK_LINE);
	});
});
