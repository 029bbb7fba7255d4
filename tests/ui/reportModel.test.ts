import { describe, expect, it } from "vitest";
import { trackedMetrics } from "../../src/engine";
import { thinkNow } from "../../src/app/bots";
import { Session, soloControls } from "../../src/app/session";
import { concerns, lastWhy, turnChanges } from "../../src/ui/reportModel";
import { flagship } from "../app/helpers";

describe("turn report model", () => {
	const { scenario, hash } = flagship();

	it("lists every changed number with a delta that its ledger entries explain", () => {
		const s = new Session({ scenario, hash, seed: "report", controls: soloControls(scenario, "JPN", "easy") });
		const before = trackedMetrics(scenario, s.state);
		const { record } = s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		const changes = turnChanges(scenario, before, record, "JPN");
		expect(changes.length).toBeGreaterThan(0);
		for (const c of changes) {
			expect(c.after - c.before).toBe(c.delta);
			const explained = c.entries.reduce((a, e) => a + e.delta, 0);
			expect(explained).toBe(c.delta);
			expect(c.label.length).toBeGreaterThan(0);
		}
		// The player's own numbers come first.
		const firstOther = changes.findIndex((c) => !c.mine);
		if (firstOther >= 0) expect(changes.slice(firstOther).every((c) => !c.mine)).toBe(true);
		const tension = changes.find((c) => c.key === "tension");
		if (tension) expect(lastWhy(s.state.history, "tension")).toEqual(tension.entries);
	});

	it("knows which numbers concern a faction", () => {
		expect(concerns("tension", "JPN")).toBe(true);
		expect(concerns("JPN.economy", "JPN")).toBe(true);
		expect(concerns("deterrence.PRC>JPN", "JPN")).toBe(true);
		expect(concerns("relation.JPN|USA", "JPN")).toBe(true);
		expect(concerns("USA.economy", "JPN")).toBe(false);
		expect(concerns("region.okinawa.readiness", "JPN")).toBe(false);
	});
});
