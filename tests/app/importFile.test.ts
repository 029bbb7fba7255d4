import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { thinkNow } from "../../src/app/bots";
import { importText } from "../../src/app/importFile";
import { ScenarioLibrary } from "../../src/app/scenarios";
import { Session, soloControls } from "../../src/app/session";
import { formatReplayJson } from "../../src/replay";
import { flagship } from "./helpers";

const library = new ScenarioLibrary();
const resolve = (id: string) => library.get(id);

function played(turns: number): Session {
	const { scenario, hash } = flagship();
	const s = new Session({ scenario, hash, seed: "imp", controls: soloControls(scenario, "JPN", "easy") });
	for (let i = 0; i < turns; i++) s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
	return s;
}

describe("import", () => {
	it("loads a save to the same turn", () => {
		const s = played(2);
		const r = importText("game.json", formatReplayJson(s.toSave()), resolve);
		expect(r.ok && r.kind).toBe("save");
		if (r.ok && r.kind === "save") expect(r.session.state.turn).toBe(2);
	});

	it("loads and verifies a replay", () => {
		const s = played(2);
		const r = importText("run.json", formatReplayJson(s.toReplay()), resolve);
		expect(r.ok && r.kind).toBe("replay");
	});

	it("refuses non-JSON, empty files and other formats with a message naming the problem", () => {
		const a = importText("x.json", "hello", resolve);
		expect(!a.ok && a.error).toMatch(/x\.json is not valid JSON/);
		const b = importText("x.json", "  ", resolve);
		expect(!b.ok && b.error).toMatch(/empty/);
		const c = importText("x.json", JSON.stringify({ format: "other/thing" }), resolve);
		expect(!c.ok && c.error).toMatch(/format/);
		const d = importText("x.json", "[]", resolve);
		expect(!d.ok && d.error).toMatch(/JSON object/);
	});

	it("names the field of a broken save", () => {
		const save = played(1).toSave() as unknown as Record<string, unknown>;
		save.seed = 42;
		const r = importText("bad.json", JSON.stringify(save), resolve);
		expect(!r.ok && r.error).toMatch(/seed/);
	});

	it("refuses a save of an unknown scenario", () => {
		const save = played(0).toSave();
		save.scenario.id = "atlantis";
		const r = importText("bad.json", JSON.stringify(save), resolve);
		expect(!r.ok && r.error).toMatch(/atlantis/);
	});

	it("refuses a replay whose orders were edited after recording", () => {
		const replay = played(2).toReplay();
		replay.turns[0].orders = [];
		const r = importText("edited.json", JSON.stringify(replay), resolve);
		expect(r.ok).toBe(false);
	});

	it("recognises a scenario file and validates it", () => {
		const text = readFileSync("scenarios/southwest-shield.json", "utf8");
		const r = importText("mine.json", text, resolve);
		expect(r.ok && r.kind).toBe("scenario");
		const broken = JSON.parse(text);
		broken.factions[0].budget = "lots";
		const b = importText("broken.json", JSON.stringify(broken), resolve);
		expect(!b.ok && b.error).toMatch(/budget/);
	});
});
