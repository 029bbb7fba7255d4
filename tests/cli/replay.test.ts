import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers";

const T = 180_000;
const dir = tempDir();

describe("cli: replay", () => {
	const out = join(dir, "tamper.json");

	it("a tampered replay exits 1 naming the first bad turn", { timeout: T }, () => {
		expect(cli("sim", "--scenario", "southwest-shield", "--seed", "5", "--turns", "5", "--out", out).status).toBe(0);
		const replay = JSON.parse(readFileSync(out, "utf8"));
		replay.turns[2].hash = replay.turns[2].hash === "0000000000000000" ? "1111111111111111" : "0000000000000000";
		writeFileSync(out, JSON.stringify(replay));
		const r = cli("replay", "verify", out);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/turn 3 \(\d{4} Q\d\) diverges/);
		expect(r.stderr.trim().split("\n")).toHaveLength(1);
	});

	it("show tells the story turn by turn", { timeout: T }, () => {
		const file = join(dir, "show.json");
		expect(cli("sim", "--scenario", "southwest-shield", "--seed", "8", "--turns", "3", "--out", file).status).toBe(0);
		const r = cli("replay", "show", file);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^Turn 1: \d{4} Q\d$/m);
		expect(r.stdout).toMatch(/^Turn 3: /m);
		expect(r.stdout).toMatch(/^ {2}Orders:$/m);
		expect(r.stdout).toMatch(/^Outcome: /m);
		expect(r.stdout).toMatch(/^Scores: /m);
	});

	it("a replay that is not JSON, or of a newer version, exits 1 with a clear line", { timeout: T }, () => {
		const file = join(dir, "newer.json");
		writeFileSync(file, JSON.stringify({ format: "island-chain/replay", version: 2 }));
		const r = cli("replay", "verify", file);
		expect(r.status).toBe(1);
		expect(r.stderr.trim()).toBe(
			`error: ${file}: this file needs Island Chain replay format version 2; this build reads up to 1`,
		);
		writeFileSync(file, "[1,");
		const j = cli("replay", "show", file);
		expect(j.status).toBe(1);
		expect(j.stderr).toMatch(/not valid JSON/);
		expect(cli("replay", "verify", join(dir, "absent.json")).status).toBe(1);
	});
});
