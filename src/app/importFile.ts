// Import of a save, replay or scenario file: everything is checked before anything changes
// (DESIGN.md "Nothing lost"). The result says what the file is and carries what is needed to
// switch to it; a failure carries a message naming the field.
import type { Scenario } from "../engine";
import { type Replay, type Save, parseReplay, parseSave, verifyReplay } from "../replay";
import { type LoadedScenario, checkScenarioText } from "./scenarios";
import { Session } from "./session";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportResult =
	| { ok: true; kind: "save"; save: Save; session: Session; warnings: string[] }
	| { ok: true; kind: "replay"; replay: Replay; scenario: Scenario; hash: string; warnings: string[] }
	| { ok: true; kind: "scenario"; entry: LoadedScenario; warnings: string[] }
	| { ok: false; error: string; details: string[] };

export type ScenarioResolver = (id: string) => LoadedScenario | null;

export function importText(fileName: string, text: string, resolveScenario: ScenarioResolver): ImportResult {
	const name = fileName || "the file";
	if (text.length > MAX_IMPORT_BYTES) return fail(`${name} is too large (over 5 MB) to be an Island Chain file.`);
	if (text.trim() === "") return fail(`${name} is empty.`);
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return fail(`${name} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
	}
	if (typeof value !== "object" || value === null || Array.isArray(value)) {
		return fail(`${name} is not an Island Chain save, replay or scenario (expected a JSON object).`);
	}
	const format = (value as Record<string, unknown>).format;
	if (format === "island-chain/save") return importSave(name, value, resolveScenario);
	if (format === "island-chain/replay") return importReplay(name, value, resolveScenario);
	if (format === undefined && "factions" in value && "regions" in value) {
		const checked = checkScenarioText(text);
		if (!checked.ok) {
			return fail(`${name} is not a valid scenario: ${checked.errors[0]}`, checked.errors);
		}
		return { ok: true, kind: "scenario", entry: checked.entry, warnings: checked.warnings };
	}
	if (format === undefined) {
		return fail(
			`${name} is not an Island Chain save, replay or scenario: format: missing (expected "island-chain/save" or "island-chain/replay").`,
		);
	}
	return fail(
		`${name}: format: ${JSON.stringify(String(format).slice(0, 60))} is not an Island Chain save or replay (expected "island-chain/save" or "island-chain/replay").`,
	);
}

function importSave(name: string, value: unknown, resolveScenario: ScenarioResolver): ImportResult {
	const parsed = parseSave(value);
	if (!parsed.ok) return fail(`${name} is not a valid save: ${parsed.error}`, parsed.errors);
	const save = parsed.value;
	const entry = resolveScenario(save.scenario.id);
	if (!entry)
		return fail(`${name}: scenario.id: unknown scenario "${save.scenario.id}" — load its scenario file first.`);
	const loaded = Session.fromSave(entry.scenario, entry.hash, save);
	if (!loaded.ok) return fail(`${name} cannot be loaded: ${loaded.error}`);
	return { ok: true, kind: "save", save, session: loaded.session, warnings: loaded.warnings };
}

function importReplay(name: string, value: unknown, resolveScenario: ScenarioResolver): ImportResult {
	const parsed = parseReplay(value);
	if (!parsed.ok) return fail(`${name} is not a valid replay: ${parsed.error}`, parsed.errors);
	return checkReplay(name, parsed.value, resolveScenario);
}

/** Verify a parsed replay against its scenario (also used for #replay= links). */
export function checkReplay(name: string, replay: Replay, resolveScenario: ScenarioResolver): ImportResult {
	const entry = resolveScenario(replay.scenario.id);
	if (!entry) {
		return fail(`${name}: scenario.id: unknown scenario "${replay.scenario.id}" — load its scenario file first.`);
	}
	const verified = verifyReplay(entry.scenario, entry.hash, replay);
	if (!verified.ok) return fail(`${name} does not replay: ${verified.message}`);
	return { ok: true, kind: "replay", replay, scenario: entry.scenario, hash: entry.hash, warnings: [] };
}

function fail(error: string, details: string[] = []): { ok: false; error: string; details: string[] } {
	return { ok: false, error, details };
}
