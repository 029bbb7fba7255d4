// Autosave (DESIGN.md "Nothing lost"): written after every turn and every draft change, atomically:
// the new save goes to a scratch key, is read back and validated, and only then replaces the
// current one, whose previous value is kept under ".prev". Reading falls back to ".prev" when the
// current entry is damaged.
import { type Save, parseSaveText } from "../replay";

export const AUTOSAVE_KEY = "island-chain/autosave";
export const AUTOSAVE_PREV_KEY = "island-chain/autosave.prev";
export const AUTOSAVE_NEW_KEY = "island-chain/autosave.new";
/** Rationale notes of the turn in progress (saves carry them as draftNotes; autosaves written before that kept them here). */
export const AUTOSAVE_NOTES_KEY = "island-chain/autosave.notes";
/** A custom scenario (loaded from a file) that the autosave was played on. */
export const CUSTOM_SCENARIO_KEY = "island-chain/custom-scenario";

/** The part of the Web Storage API the autosave needs (a fake in tests). */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type WriteResult = { ok: true } | { ok: false; error: string };

export interface DraftNotes {
	/** Which game and turn the notes belong to, so stale notes are never shown. */
	scenario: string;
	seed: string;
	turn: number;
	notes: Record<string, string>;
}

export function writeAutosave(storage: StorageLike, save: Save, notes?: DraftNotes): WriteResult {
	const text = JSON.stringify(save);
	try {
		storage.setItem(AUTOSAVE_NEW_KEY, text);
		const back = storage.getItem(AUTOSAVE_NEW_KEY);
		if (back !== text) return { ok: false, error: "the browser did not keep the autosave (storage full or blocked?)" };
		const parsed = parseSaveText(back);
		if (!parsed.ok) return { ok: false, error: `autosave did not validate: ${parsed.error}` };
		const current = storage.getItem(AUTOSAVE_KEY);
		if (current !== null && current !== text && parseSaveText(current).ok) {
			storage.setItem(AUTOSAVE_PREV_KEY, current);
		}
		storage.setItem(AUTOSAVE_KEY, text);
		storage.removeItem(AUTOSAVE_NEW_KEY);
		if (notes && Object.keys(notes.notes).length > 0) storage.setItem(AUTOSAVE_NOTES_KEY, JSON.stringify(notes));
		else storage.removeItem(AUTOSAVE_NOTES_KEY);
		return { ok: true };
	} catch (e) {
		try {
			storage.removeItem(AUTOSAVE_NEW_KEY);
		} catch {
			// nothing more to do
		}
		return { ok: false, error: `could not autosave: ${e instanceof Error ? e.message : String(e)}` };
	}
}

export type ReadResult =
	| { ok: true; save: Save; from: "current" | "previous"; notes: DraftNotes | null; warning?: string }
	| { ok: false; error: string | null };

/** The newest valid autosave, or `error: null` when there is none at all. */
export function readAutosave(storage: StorageLike): ReadResult {
	let current: string | null;
	let prev: string | null;
	try {
		current = storage.getItem(AUTOSAVE_KEY);
		prev = storage.getItem(AUTOSAVE_PREV_KEY);
	} catch (e) {
		return { ok: false, error: `cannot read saved games: ${e instanceof Error ? e.message : String(e)}` };
	}
	if (current === null && prev === null) return { ok: false, error: null };
	if (current !== null) {
		const parsed = parseSaveText(current);
		if (parsed.ok) return { ok: true, save: parsed.value, from: "current", notes: readNotes(storage, parsed.value) };
		if (prev !== null) {
			const older = parseSaveText(prev);
			if (older.ok) {
				return {
					ok: true,
					save: older.value,
					from: "previous",
					notes: null,
					warning: `The latest autosave was damaged (${parsed.error}); the one before it was used.`,
				};
			}
		}
		return { ok: false, error: `the autosave is damaged: ${parsed.error}` };
	}
	const older = parseSaveText(prev as string);
	if (older.ok) return { ok: true, save: older.value, from: "previous", notes: null };
	return { ok: false, error: `the autosave is damaged: ${older.error}` };
}

function readNotes(storage: StorageLike, save: Save): DraftNotes | null {
	try {
		const text = storage.getItem(AUTOSAVE_NOTES_KEY);
		if (!text) return null;
		const v = JSON.parse(text) as DraftNotes;
		if (
			typeof v !== "object" ||
			v === null ||
			v.scenario !== save.scenario.id ||
			v.seed !== save.seed ||
			v.turn !== save.turns.length ||
			typeof v.notes !== "object" ||
			v.notes === null
		) {
			return null;
		}
		const notes: Record<string, string> = {};
		for (const [k, n] of Object.entries(v.notes)) if (typeof n === "string") notes[k] = n.slice(0, 2000);
		return { ...v, notes };
	} catch {
		return null;
	}
}

export function clearAutosave(storage: StorageLike): void {
	for (const k of [AUTOSAVE_KEY, AUTOSAVE_PREV_KEY, AUTOSAVE_NEW_KEY, AUTOSAVE_NOTES_KEY]) storage.removeItem(k);
}

/** An in-memory Storage (tests; or when the browser blocks localStorage). */
export class MemoryStorage implements StorageLike {
	private map = new Map<string, string>();
	getItem(key: string): string | null {
		return this.map.has(key) ? (this.map.get(key) as string) : null;
	}
	setItem(key: string, value: string): void {
		this.map.set(key, String(value));
	}
	removeItem(key: string): void {
		this.map.delete(key);
	}
	keys(): string[] {
		return [...this.map.keys()];
	}
}
