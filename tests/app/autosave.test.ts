import { describe, expect, it } from "vitest";
import {
	AUTOSAVE_KEY,
	AUTOSAVE_NEW_KEY,
	AUTOSAVE_NOTES_KEY,
	AUTOSAVE_PREV_KEY,
	MemoryStorage,
	readAutosave,
	writeAutosave,
} from "../../src/app/autosave";
import { thinkNow } from "../../src/app/bots";
import { Session, soloControls } from "../../src/app/session";
import { flagship } from "./helpers";

function session(): Session {
	const { scenario, hash } = flagship();
	return new Session({ scenario, hash, seed: "auto", controls: soloControls(scenario, "JPN", "easy") });
}

describe("autosave", () => {
	it("reports no autosave on empty storage", () => {
		expect(readAutosave(new MemoryStorage())).toEqual({ ok: false, error: null });
	});

	it("writes, reads back, and keeps the previous save", () => {
		const storage = new MemoryStorage();
		const s = session();
		expect(writeAutosave(storage, s.toSave())).toEqual({ ok: true });
		const first = storage.getItem(AUTOSAVE_KEY);
		s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		expect(writeAutosave(storage, s.toSave())).toEqual({ ok: true });
		expect(storage.getItem(AUTOSAVE_PREV_KEY)).toBe(first);
		expect(storage.getItem(AUTOSAVE_NEW_KEY)).toBeNull();
		const read = readAutosave(storage);
		expect(read.ok && read.save.turns.length).toBe(1);
		expect(read.ok && read.from).toBe("current");
	});

	it("falls back to the previous save when the current one is damaged", () => {
		const storage = new MemoryStorage();
		const s = session();
		writeAutosave(storage, s.toSave());
		s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		writeAutosave(storage, s.toSave());
		storage.setItem(AUTOSAVE_KEY, "{not json");
		const read = readAutosave(storage);
		expect(read.ok).toBe(true);
		if (read.ok) {
			expect(read.from).toBe("previous");
			expect(read.save.turns.length).toBe(0);
			expect(read.warning).toMatch(/damaged/);
		}
	});

	it("keeps the old save when the new one cannot be stored", () => {
		const storage = new MemoryStorage();
		const s = session();
		writeAutosave(storage, s.toSave());
		const before = storage.getItem(AUTOSAVE_KEY);
		const full = Object.assign(Object.create(storage), {
			setItem(key: string, value: string) {
				if (key === AUTOSAVE_NEW_KEY) throw new Error("QuotaExceededError");
				storage.setItem(key, value);
			},
		}) as MemoryStorage;
		s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		const result = writeAutosave(full, s.toSave());
		expect(result.ok).toBe(false);
		expect(storage.getItem(AUTOSAVE_KEY)).toBe(before);
	});

	it("keeps the old save when the browser silently drops the write", () => {
		const storage = new MemoryStorage();
		const s = session();
		writeAutosave(storage, s.toSave());
		const before = storage.getItem(AUTOSAVE_KEY);
		const lossy = Object.assign(Object.create(storage), {
			setItem(key: string, value: string) {
				storage.setItem(key, key === AUTOSAVE_NEW_KEY ? value.slice(0, 10) : value);
			},
		}) as MemoryStorage;
		expect(writeAutosave(lossy, s.toSave()).ok).toBe(false);
		expect(storage.getItem(AUTOSAVE_KEY)).toBe(before);
	});

	it("keeps the draft notes of the turn in progress, and only for that turn", () => {
		const storage = new MemoryStorage();
		const s = session();
		writeAutosave(storage, s.toSave(), { scenario: s.scenario.id, seed: s.seed, turn: 0, notes: { JPN: "why" } });
		const read = readAutosave(storage);
		expect(read.ok && read.notes?.notes).toEqual({ JPN: "why" });
		storage.setItem(
			AUTOSAVE_NOTES_KEY,
			JSON.stringify({ scenario: s.scenario.id, seed: s.seed, turn: 5, notes: { JPN: "old" } }),
		);
		const stale = readAutosave(storage);
		expect(stale.ok && stale.notes).toBeNull();
	});
});
