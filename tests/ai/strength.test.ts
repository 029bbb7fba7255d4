// The strength ordering, pinned small (npm run bench prints the table for every faction): on the
// same 30 seeds, with every other faction at normal, a faction scores more on average when played
// by normal than by easy, and more by hard than by normal. Pinned where the margin is clear (the
// paired 95% interval above zero) on these seeds; measured when pinned (southwest-shield version
// 2, whose objectives give the United States, Taiwan, ASEAN and Australia headroom), mean [95%]:
//   normal - easy: Japan +7.9 [3.1, 12.7], China +13.9 [10.1, 17.8], the United States +10.7
//     [6.2, 15.1], Taiwan +6.6 [2.9, 10.4], ASEAN +7.1 [2.2, 12.1], Australia +22.0 [17.3, 26.6];
//   hard - normal: Japan +6.2 [1.8, 10.6], China +5.2 [1.8, 8.6], the United States +6.0
//     [1.2, 10.9].
// Not pinned: hard - normal for Taiwan (+2.0 [-1.7, 5.7]), ASEAN (+0.5 [-6.1, 7.1]) and Australia
// (+1.8 [-1.6, 5.2]): normal bots meet nearly all of their objectives, and what hard gains them
// comes from the one all-normal game that ends in war (seed 14; ASEAN's hard row has a war of its
// own). That war also lifts the pinned hard - normal rows by 1-2 points; without it Japan's is
// +4.4 [1.7, 7.2], China's +3.6 [2.7, 4.4], the United States' +4.1 [1.0, 7.2]. On seeds 31..60
// every normal - easy row and Japan's and China's hard - normal stay clear, but the United
// States' hard - normal is +2.8 [-1.5, 7.2] (about +0.8 without that set's war): the weakest pin,
// from relations with China (hard keeps them near 30, normal near 15). The hard games are
// the test's cost: three factions' worth keep it near two and a half minutes at load 2-4. The
// games are deterministic, so this is a regression check, not a sample: a change to the bots or
// the rules that moves these numbers should be measured again with npm run bench.
import { beforeAll, describe, expect, it } from "vitest";
import type { BotLevel } from "../../src/ai";
import { type BotSetting, type GameSummary, runBatch } from "../../src/sim/batch";
import { pairedDifference } from "../../src/sim/stats";
import { flagship } from "./helpers";

const SEEDS = Array.from({ length: 30 }, (_, i) => String(i + 1));

/** Faction, level, and the least mean gain over the level below that is pinned. */
const PINNED: { faction: string; level: "easy" | "hard"; gain: number }[] = [
	{ faction: "JPN", level: "easy", gain: 4 },
	{ faction: "PRC", level: "easy", gain: 5 },
	{ faction: "USA", level: "easy", gain: 5 },
	{ faction: "TWN", level: "easy", gain: 3 },
	{ faction: "ASEAN", level: "easy", gain: 3 },
	{ faction: "AUS", level: "easy", gain: 10 },
	{ faction: "JPN", level: "hard", gain: 2 },
	{ faction: "PRC", level: "hard", gain: 2 },
	{ faction: "USA", level: "hard", gain: 2 },
];

describe("bots: strength", () => {
	let normal: GameSummary[] = [];
	let other: GameSummary[][] = [];

	beforeAll(() => {
		const sc = flagship();
		const base: BotSetting = Object.fromEntries(sc.factions.map((f) => [f.id, "normal" as BotLevel]));
		const settings = [base, ...PINNED.map((p) => ({ ...base, [p.faction]: p.level }))];
		[normal, ...other] = runBatch({ scenario: sc, seeds: SEEDS, settings, workers: 2 });
	}, 900_000);

	PINNED.forEach((p, i) => {
		const [weak, strong] = p.level === "easy" ? ["easy", "normal"] : ["normal", "hard"];
		it(`on 30 seeds, ${p.faction} scores more by ${strong} than by ${weak} (by ${p.gain} or more)`, () => {
			const scores = (games: GameSummary[]) => games.map((g) => g.scores[p.faction]);
			const [lower, upper] = p.level === "easy" ? [other[i], normal] : [normal, other[i]];
			const gain = pairedDifference(scores(lower), scores(upper));
			expect(gain.mean).toBeGreaterThanOrEqual(p.gain);
			expect(gain.lo).toBeGreaterThan(0);
		});
	});
});
