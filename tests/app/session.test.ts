import { describe, expect, it } from "vitest";
import { candidateOrders, hashState, type Order } from "../../src/engine";
import { thinkNow } from "../../src/app/bots";
import { Session, defaultControls, soloControls } from "../../src/app/session";
import { formatReplayJson, parseSaveText, verifyReplay } from "../../src/replay";
import { flagship } from "./helpers";

function japanSession(seed = "s1"): Session {
	const { scenario, hash } = flagship();
	return new Session({ scenario, hash, seed, controls: soloControls(scenario, "JPN", "easy") });
}

describe("Session", () => {
	it("starts with Japan human and every other faction a bot", () => {
		const s = japanSession();
		expect(s.humans()).toEqual(["JPN"]);
		expect(s.player()).toBe("JPN");
		expect(s.bots().map((b) => b.faction)).not.toContain("JPN");
		expect(s.state.turn).toBe(0);
	});

	it("keeps a faction that is not playable a bot even when asked for a human", () => {
		const { scenario, hash } = flagship();
		const controls = defaultControls(scenario);
		const unplayable = scenario.factions.find((f) => !f.playable);
		if (!unplayable) return;
		controls[unplayable.id] = { control: "human", level: "easy" };
		const s = new Session({ scenario, hash, seed: "x", controls });
		expect(s.controls[unplayable.id].control).toBe("bot");
	});

	it("adds valid drafts, refuses invalid ones with a reason, and counts what is left", () => {
		const s = japanSession();
		const ap = s.state.factions.JPN.actionPoints;
		const order = candidateOrders(s.scenario, s.state, "JPN").find((o) => o.type === "dialogue") as Order;
		expect(s.addDraft(order)).toBeNull();
		expect(s.draftsOf("JPN")).toHaveLength(1);
		expect(s.remaining("JPN").actionPoints).toBeLessThan(ap);
		const bad = s.addDraft({ type: "drill", faction: "JPN", region: "nowhere", scale: 1 });
		expect(bad?.message).toBeTruthy();
		expect(s.draftsOf("JPN")).toHaveLength(1);
		const botOrder = s.addDraft({ type: "pass", faction: "PRC" });
		expect(botOrder?.field).toBe("faction");
	});

	it("removes drafts until End turn", () => {
		const s = japanSession();
		const orders = candidateOrders(s.scenario, s.state, "JPN").filter((o) => o.type === "dialogue");
		s.addDraft(orders[0]);
		s.addDraft(orders[1]);
		s.removeDraft("JPN", 0);
		expect(s.draftsOf("JPN")).toEqual([orders[1]]);
	});

	it("resolves a turn with the drafts and the bots' orders, records it and clears the drafts", () => {
		const s = japanSession();
		const order = candidateOrders(s.scenario, s.state, "JPN").find((o) => o.type === "dialogue") as Order;
		s.addDraft(order);
		s.setNote("JPN", "talk first");
		const { prev, next, record } = s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		expect(prev.turn).toBe(0);
		expect(next.turn).toBe(1);
		expect(record.orders).toContainEqual(order);
		expect(s.turns).toHaveLength(1);
		expect(s.turns[0].notes).toEqual(["JPN: talk first"]);
		expect(s.turns[0].hash).toBe(hashState(next));
		expect(s.draftsOf("JPN")).toEqual([]);
		expect(s.notes).toEqual({});
	});

	it("keeps the turn in progress's drafts and rationale notes in an exported save", () => {
		const s = japanSession("notes");
		s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		const order = candidateOrders(s.scenario, s.state, "JPN").find((o) => o.type === "dialogue") as Order;
		s.addDraft(order);
		s.setNote("JPN", "reassure Taipei before the drill");
		const text = formatReplayJson(s.toSave("2026-11-26T00:00:00.000Z"));
		const parsed = parseSaveText(text);
		expect(parsed.ok, parsed.ok ? "" : parsed.error).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value.draftNotes).toEqual({ JPN: "reassure Taipei before the drill" });
		const loaded = Session.fromSave(s.scenario, s.hash, parsed.value);
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		expect(loaded.warnings).toEqual([]);
		expect(loaded.session.notes).toEqual({ JPN: "reassure Taipei before the drill" });
		expect(loaded.session.draftsOf("JPN")).toEqual([order]);
		expect(loaded.session.turns).toEqual(s.turns);
	});

	it("writes no draftNotes field when no note was written", () => {
		const s = japanSession("quiet");
		expect("draftNotes" in s.toSave()).toBe(false);
	});

	it("ignores orders a bot gives for another faction", () => {
		const s = japanSession();
		const { record } = s.resolveTurn({ PRC: [{ type: "pass", faction: "JPN" }] });
		expect(record.orders.some((o) => o.faction === "JPN" && o.type === "pass")).toBe(false);
	});

	it("round-trips through a save, drafts included, at the same turn and hash", () => {
		const s = japanSession("round-trip");
		for (let i = 0; i < 2; i++) s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		const order = candidateOrders(s.scenario, s.state, "JPN").find((o) => o.type === "statement") as Order;
		s.addDraft(order);
		const loaded = Session.fromSave(s.scenario, s.hash, s.toSave());
		if (!loaded.ok) throw new Error(loaded.error);
		expect(loaded.session.state.turn).toBe(2);
		expect(hashState(loaded.session.state)).toBe(hashState(s.state));
		expect(loaded.session.draftsOf("JPN")).toEqual([order]);
		expect(loaded.session.controls).toEqual(s.controls);
	});

	it("refuses a save whose recorded hashes were tampered with", () => {
		const s = japanSession("tamper");
		s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		const save = s.toSave();
		save.turns[0].hash = "0000000000000000";
		const loaded = Session.fromSave(s.scenario, s.hash, save);
		expect(loaded.ok).toBe(false);
	});

	it("exports a replay that verifies", () => {
		const s = japanSession("verify");
		for (let i = 0; i < 3; i++) s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		const v = verifyReplay(s.scenario, s.hash, s.toReplay());
		expect(v.ok).toBe(true);
	});

	it("replays recorded turns exactly", () => {
		const a = japanSession("exact");
		for (let i = 0; i < 3; i++) a.resolveTurn(thinkNow(a.scenario, a.state, a.bots()));
		const b = Session.fromReplayStart(a.scenario, a.hash, a.toReplay());
		for (const t of a.toReplay().turns) b.applyRecordedTurn(t);
		expect(hashState(b.state)).toBe(hashState(a.state));
	});

	it("refuses drafts once the game is over", () => {
		const s = japanSession("over");
		s.state = { ...s.state, over: true };
		expect(s.addDraft({ type: "pass", faction: "JPN" })?.message).toMatch(/over/);
	});
});
