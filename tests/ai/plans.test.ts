// The plan templates (src/ai/plans.ts) that follow from a faction's objectives.
import { describe, expect, it } from "vitest";
import { candidatePlans } from "../../src/ai/plans";
import { newGame, type Order, rngStream, validateOrders } from "../../src/engine";
import { flagship } from "./helpers";

const talksWith = (orders: Order[]) => orders.flatMap((o) => (o.type === "dialogue" ? [o.with] : []));

describe("bots: plans from relation objectives", () => {
	const sc = flagship();
	const s = newGame(sc, "1");

	it("talks first with the faction furthest below an objective's target, one dialogue each", () => {
		// Australia starts 20 below its target with Japan (80), 15 with the US (90), 10 with China (0).
		const plans = candidatePlans(sc, s, "AUS", rngStream("1", 0, "test"));
		const befriend = plans.find((p) => p.name === "befriend");
		expect(befriend).toBeDefined();
		expect(talksWith(befriend!.orders)).toEqual(["JPN", "USA", "PRC"]);
		expect(validateOrders(sc, s, befriend!.orders)).toEqual([]);
	});

	it("has no such plan when every relation objective is met", () => {
		// Japan's only relation objective (the US at 70 or more) is met at the start (75).
		const plans = candidatePlans(sc, s, "JPN", rngStream("1", 0, "test"));
		expect(plans.some((p) => p.name === "befriend")).toBe(false);
	});
});
