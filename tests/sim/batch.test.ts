import { describe, expect, it } from "vitest";
import { batchCsv, batchStats, compareStats, parseBotSetting, parseSeeds, playGame, runBatch } from "../../src/sim/batch";
import { simulate } from "../../src/sim/run";
import { flagship } from "../ai/helpers";

const T = 300_000;

describe("batch: arguments", () => {
	it("seeds: ranges, single seeds and lists", () => {
		expect(parseSeeds("1..3")).toEqual({ ok: true, value: ["1", "2", "3"] });
		expect(parseSeeds("7")).toEqual({ ok: true, value: ["7"] });
		expect(parseSeeds("1..2,5,9..10")).toEqual({ ok: true, value: ["1", "2", "5", "9", "10"] });
	});

	it("seeds: a reversed, empty or malformed range is refused with a reason", () => {
		expect(parseSeeds("10..1")).toMatchObject({ ok: false, error: expect.stringMatching(/reversed/) });
		expect(parseSeeds("")).toMatchObject({ ok: false });
		expect(parseSeeds("1..")).toMatchObject({ ok: false });
		expect(parseSeeds("a..b")).toMatchObject({ ok: false });
		expect(parseSeeds("1..3,2")).toMatchObject({ ok: false, error: expect.stringMatching(/twice/) });
	});

	it("bot settings: defaults to normal, all= first, unknown factions and levels refused", () => {
		const sc = flagship();
		const def = parseBotSetting(sc, undefined);
		expect(def.ok && Object.values(def.value).every((l) => l === "normal")).toBe(true);
		const s = parseBotSetting(sc, "JPN=hard,all=easy");
		expect(s.ok && s.value.JPN === "hard" && s.value.PRC === "easy").toBe(true);
		expect(parseBotSetting(sc, "XYZ=hard")).toMatchObject({ ok: false, error: expect.stringMatching(/unknown faction "XYZ"/) });
		expect(parseBotSetting(sc, "JPN=genius")).toMatchObject({ ok: false, error: expect.stringMatching(/unknown bot level "genius"/) });
		expect(parseBotSetting(sc, "JPN")).toMatchObject({ ok: false });
		expect(parseBotSetting(sc, "")).toMatchObject({ ok: false });
		expect(parseBotSetting(sc, "JPN=easy,JPN=hard")).toMatchObject({ ok: false });
	});
});

describe("batch: running", () => {
	it("a game in a batch is the game `sim` plays: the same final hash", { timeout: T }, () => {
		const sc = flagship();
		const bots = Object.fromEntries(sc.factions.map((f) => [f.id, "normal" as const]));
		for (const seed of ["3", "11"]) {
			const a = playGame(sc, seed, bots);
			const b = simulate({ scenario: sc, hash: "", seed, bots }).state;
			expect(a.history.at(-1)!.hash).toBe(b.history.at(-1)!.hash);
		}
	});

	it("the same seeds and settings give byte-identical CSV whatever the worker count", { timeout: T }, () => {
		const sc = flagship();
		const seeds = ["1", "2", "3", "4", "5"];
		const easy = Object.fromEntries(sc.factions.map((f) => [f.id, "easy" as const]));
		const settings = [easy, { ...easy, JPN: "normal" as const }];
		const inline = batchCsv(sc, runBatch({ scenario: sc, seeds, settings, workers: 0 }));
		const one = batchCsv(sc, runBatch({ scenario: sc, seeds, settings, workers: 1 }));
		const two = batchCsv(sc, runBatch({ scenario: sc, seeds, settings, workers: 2 }));
		expect(one).toBe(inline);
		expect(two).toBe(inline);
		const lines = inline.trim().split("\n");
		expect(lines).toHaveLength(1 + 2 * seeds.length);
		expect(lines[0]).toMatch(/^setting,seed,outcome,turns,score\.JPN,/);
		expect(lines[0]).toMatch(/,hash$/);
		expect(lines[1]).toMatch(/^A,1,(held|coerced|conflict),\d+,/);
	});

	it("aggregates: outcome shares add up, differences are paired", { timeout: T }, () => {
		const sc = flagship();
		const easy = Object.fromEntries(sc.factions.map((f) => [f.id, "easy" as const]));
		const [a] = runBatch({ scenario: sc, seeds: ["1", "2", "3", "4"], settings: [easy], workers: 0 });
		const stats = batchStats(sc, a);
		expect(stats.games).toBe(4);
		expect(stats.outcomes.held.count + stats.outcomes.coerced.count + stats.outcomes.conflict.count).toBe(4);
		expect(stats.peak.rungs.reduce((n, r) => n + r.count, 0)).toBe(4);
		const same = compareStats(sc, a, a);
		expect(same.scores.JPN.mean).toBe(0);
		expect(same.outcomes.conflict.mean).toBe(0);
	});
});
