import { describe, expect, it } from "vitest";
import { ENGINE_VERSION, hashState, newGame, type Order, resolve, turnLabel, validateOrder } from "../../src/engine";
import {
	type Replay,
	forkReplay,
	formatReplayJson,
	loadSave,
	parseReplayText,
	parseSaveText,
	recordTurn,
	replayFromRun,
	runReplay,
	saveFromSession,
	verifyReplay,
} from "../../src/replay";
import { simulate } from "../../src/sim";
import { builtin, shortRun } from "./fixtures";

const scenario0 = () => builtin("southwest-shield").scenario;

function bumpMinor(version: string): string {
	const [major, minor = "0"] = version.split(".");
	return `${major}.${Number(minor) + 1}.0`;
}

/** Index of a non-pass order of turn `turn` (0-based) that the engine accepts when it is played. */
function effectiveOrder(replay: Replay, run: ReturnType<typeof shortRun>, turn: number): number {
	const before = runReplay(run.scenario, run.hash, replay, { upToTurn: turn });
	if (!before.ok) throw new Error(before.error);
	const orders = replay.turns[turn].orders;
	const index = orders.findIndex(
		(o, i) =>
			o.type !== "pass" &&
			validateOrder(
				run.scenario,
				before.state,
				o,
				orders.filter((x, j) => j !== i && x.faction === o.faction),
			) === null,
	);
	if (index < 0) throw new Error(`the bots gave no effective order in turn ${turn + 1}`);
	return index;
}

describe("replays", () => {
	it("round-trips: a simulated run replays to the same state, from its file text", () => {
		const run = shortRun();
		const { scenario, hash } = run;
		const bots = Object.fromEntries(scenario.factions.map((f) => [f.id, "easy" as const]));
		const direct = simulate({ scenario, hash, seed: "42", turns: 6, bots });
		const n = direct.replay.turns.length;
		const parsed = parseReplayText(formatReplayJson(direct.replay));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value).toEqual(direct.replay);
		expect(parsed.value.engineVersion).toBe(ENGINE_VERSION);
		expect(parsed.value.scenario).toEqual({ id: scenario.id, hash });
		const replayed = runReplay(scenario, hash, parsed.value);
		expect(replayed.ok).toBe(true);
		if (replayed.ok) {
			expect(replayed.state).toEqual(direct.state);
			expect(hashState(replayed.state)).toBe(parsed.value.turns[n - 1].hash);
		}
		const verified = verifyReplay(scenario, hash, parsed.value);
		expect(verified).toMatchObject({ ok: true, turns: n, hash: hashState(direct.state) });
	});

	it("runReplay stops after upToTurn turns", () => {
		const { scenario, hash, replay } = shortRun();
		const n = replay.turns.length;
		const three = runReplay(scenario, hash, replay, { upToTurn: 3 });
		expect(three.ok && hashState(three.state)).toBe(replay.turns[2].hash);
		const none = runReplay(scenario, hash, replay, { upToTurn: 0 });
		expect(none.ok && none.state).toEqual(newGame(scenario, "42"));
		expect(runReplay(scenario, hash, replay, { upToTurn: n + 1 })).toMatchObject({
			ok: false,
			error: `upToTurn: expected a whole number from 0 to ${n}, got ${n + 1}`,
		});
	});

	it("replayFromRun records what was played, with the engine version", () => {
		const { scenario, hash } = shortRun();
		let state = newGame(scenario, "s1");
		const orders: Order[] = [{ type: "pass", faction: scenario.factions[0].id }];
		state = resolve(scenario, state, orders, []);
		const turn = recordTurn({ orders, notes: [`${scenario.factions[0].short}: wait and see`] }, state);
		const replay = replayFromRun(scenario, hash, "s1", [turn]);
		expect(replay).toEqual({
			format: "island-chain/replay",
			version: 1,
			engineVersion: ENGINE_VERSION,
			scenario: { id: scenario.id, hash },
			seed: "s1",
			turns: [{ orders, injects: [], notes: [`${scenario.factions[0].short}: wait and see`], hash: hashState(state) }],
		});
		expect(verifyReplay(scenario, hash, replay).ok).toBe(true);
	});

	it("verify names the turn whose recorded hash was tampered with", () => {
		const { scenario, hash, replay } = shortRun();
		replay.turns[3].hash = replay.turns[3].hash.replace(/^./, (c) => (c === "0" ? "1" : "0"));
		const result = verifyReplay(scenario, hash, replay);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.turn).toBe(4);
		expect(result.expected).toBe(replay.turns[3].hash);
		expect(result.message).toMatch(new RegExp(`^turn 4 \\(${turnLabel(scenario, 3)}\\) diverges: recorded state hash`));
		expect(result.message).toContain("changed after recording");
	});

	it("verify names the turn whose orders were tampered with", () => {
		const run = shortRun();
		const { scenario, hash, replay } = run;
		const index = effectiveOrder(replay, run, 2);
		replay.turns[2].orders.splice(index, 1);
		const result = verifyReplay(scenario, hash, replay);
		expect(result).toMatchObject({ ok: false, turn: 3 });
		if (!result.ok) expect(result.message).toMatch(/^turn 3 \(\d{4} Q\d\) diverges/);
	});

	it("refuses a replay recorded on another version of the scenario", () => {
		const { scenario, hash, replay } = shortRun();
		const other = "ffffffffffffffff";
		const message = `replay was recorded on scenario ${scenario.id} with hash ${hash}; this scenario has hash ${other}`;
		expect(verifyReplay(scenario, other, replay)).toEqual({ ok: false, turn: 0, expected: hash, actual: other, message });
		expect(runReplay(scenario, other, replay)).toEqual({ ok: false, error: message });
		replay.scenario.id = "rare-earth-squeeze";
		expect(verifyReplay(scenario, hash, replay)).toMatchObject({
			ok: false,
			message: `replay was recorded on scenario rare-earth-squeeze; this scenario is ${scenario.id}`,
		});
	});

	it("refuses another engine major version, and explains a divergence across minor versions", () => {
		const { scenario, hash, replay } = shortRun();
		const major = Number(ENGINE_VERSION.split(".")[0]);
		replay.engineVersion = `${major + 1}.0.0`;
		const refused = verifyReplay(scenario, hash, replay);
		expect(refused).toMatchObject({ ok: false, turn: 0 });
		if (!refused.ok) expect(refused.message).toContain(`replay was recorded with engine ${major + 1}.0.0; this build runs engine ${ENGINE_VERSION}`);

		replay.engineVersion = bumpMinor(ENGINE_VERSION);
		expect(verifyReplay(scenario, hash, replay).ok).toBe(true);
		replay.turns[1].hash = "0000000000000000";
		const diverged = verifyReplay(scenario, hash, replay);
		expect(diverged).toMatchObject({ ok: false, turn: 2 });
		if (!diverged.ok) expect(diverged.message).toContain(`recorded with engine ${replay.engineVersion} and this build runs ${ENGINE_VERSION}`);
	});

	it("refuses injects of unknown events, naming the turn", () => {
		const { scenario, hash, replay } = shortRun();
		replay.turns[1].injects = [{ event: "no-such-event" }];
		expect(verifyReplay(scenario, hash, replay)).toMatchObject({
			ok: false,
			turn: 2,
			message: `turn 2 (${turnLabel(scenario, 1)}): inject of unknown event "no-such-event"`,
		});
	});

	it("refuses turns played after the game ended", () => {
		const { scenario, hash, replay } = shortRun("southwest-shield", "42", scenario0().turns);
		const end = runReplay(scenario, hash, replay);
		if (!end.ok) throw new Error(end.error);
		expect(end.state.over).toBe(true);
		const n = replay.turns.length;
		replay.turns.push({ ...replay.turns[n - 1] });
		expect(verifyReplay(scenario, hash, replay)).toMatchObject({
			ok: false,
			turn: n + 1,
			message: expect.stringMatching(new RegExp(`^turn ${n + 1} \\(.*\\): the game had already ended \\((held|coerced|conflict)\\) after turn ${n}`)),
		});
	});

	it("forks a replay at a turn and plays on from there", () => {
		const { scenario, hash, replay } = shortRun();
		const original = structuredClone(replay);
		const fork = forkReplay(replay, 3);
		expect(fork.turns).toHaveLength(3);
		expect(replay).toEqual(original);
		expect(verifyReplay(scenario, hash, fork)).toMatchObject({ ok: true, turns: 3, hash: replay.turns[2].hash });

		// play a different fourth turn on the fork
		const at = runReplay(scenario, hash, fork);
		if (!at.ok) throw new Error(at.error);
		const orders: Order[] = scenario.factions.map((f) => ({ type: "pass", faction: f.id }));
		const next = resolve(scenario, at.state, orders, []);
		fork.turns.push(recordTurn({ orders }, next));
		expect(verifyReplay(scenario, hash, fork)).toMatchObject({ ok: true, turns: 4 });
		expect(forkReplay(replay, 0).turns).toEqual([]);
		const n = replay.turns.length;
		expect(() => forkReplay(replay, n + 1)).toThrow(`from 0 to ${n}`);
	});
});

describe("saves", () => {
	function session() {
		const { scenario, hash, replay } = shortRun();
		const [first, second] = scenario.factions;
		return {
			scenario,
			scenarioHash: hash,
			seed: replay.seed,
			turns: replay.turns,
			drafts: [{ type: "pass", faction: first.id }] as Order[],
			controls: {
				[first.id]: { control: "human" as const, level: "normal" as const },
				[second.id]: { control: "bot" as const, level: "hard" as const },
			},
			savedAt: "2026-03-01T12:00:00.000Z",
		};
	}

	it("a save is the replay plus drafts and controls; loading it replays to the end", () => {
		const s = session();
		const save = saveFromSession(s);
		expect(save.format).toBe("island-chain/save");
		const parsed = parseSaveText(formatReplayJson(save));
		expect(parsed).toEqual({ ok: true, value: save });
		if (!parsed.ok) return;
		const loaded = loadSave(s.scenario, s.scenarioHash, parsed.value);
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		const n = s.turns.length;
		expect(hashState(loaded.state)).toBe(s.turns[n - 1].hash);
		expect(loaded.state.turn).toBe(n);
		expect(loaded.drafts).toEqual(s.drafts);
		expect(loaded.turns).toEqual(s.turns);
		expect(loaded.warnings).toEqual([]);
		// every faction gets a control, listed ones as saved
		expect(Object.keys(loaded.controls).sort()).toEqual(s.scenario.factions.map((f) => f.id).sort());
		expect(loaded.controls[s.scenario.factions[1].id]).toEqual({ control: "bot", level: "hard" });
	});

	it("refuses an altered save made with this engine", () => {
		const s = session();
		const save = saveFromSession(s);
		save.turns[2].hash = "0000000000000000";
		const loaded = loadSave(s.scenario, s.scenarioHash, save);
		expect(loaded).toMatchObject({ ok: false, error: expect.stringMatching(/^turn 3 \(.*\) diverges/) });
	});

	it("loads a save from another engine minor version with a warning, re-recording its hashes", () => {
		const s = session();
		const save = saveFromSession(s);
		save.engineVersion = bumpMinor(ENGINE_VERSION);
		save.turns[2].hash = "0000000000000000";
		const loaded = loadSave(s.scenario, s.scenarioHash, save);
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		expect(loaded.warnings[0]).toMatch(/^turn 3 .* diverges.*loaded as this build plays it$/);
		expect(loaded.turns[2].hash).toBe(s.turns[2].hash);
	});

	it("replays a save made on another revision of the same scenario, with a warning", () => {
		const s = session();
		const save = saveFromSession(s);
		const result = loadSave(s.scenario, "ffffffffffffffff", save);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.warnings.join(" ")).toMatch(/has changed since this save was made/);
	});

	it("refuses a save of another scenario", () => {
		const s = session();
		const save = saveFromSession(s);
		expect(loadSave(s.scenario, s.scenarioHash, { ...save, scenario: { id: "elsewhere", hash: "ffffffffffffffff" } })).toMatchObject({
			ok: false,
			error: expect.stringMatching(/^replay was recorded on scenario elsewhere/),
		});
	});
});
