// Replays as a fold of the log over the initial state (DESIGN.md "Replays and saves"):
// state_n = resolve(...resolve(newGame(scenario, seed), turns[0])..., turns[n-1]).
import {
	ENGINE_VERSION,
	type FactionId,
	type GameState,
	type Inject,
	type Order,
	HASH_FORMAT,
	type HashFormat,
	hashFormatOf,
	hashState,
	hashStateAs,
	type Scenario,
	newGame,
	resolve,
	turnLabel,
} from "../engine";
import { FORMAT_VERSION, type FactionControl, REPLAY_FORMAT, type Replay, type ReplayTurn, SAVE_FORMAT, type Save } from "./format";

/** What was played in one turn, before resolution. */
export interface TurnInput {
	orders: Order[];
	injects?: Inject[];
	notes?: string[];
}

/** The hash a replay records after each turn (in this engine's format unless told otherwise). */
export function turnHash(state: GameState, format: HashFormat = HASH_FORMAT): string {
	return format === HASH_FORMAT ? hashState(state) : hashStateAs(state, format);
}

/** One replay turn from what was played and the state it led to. */
export function recordTurn(input: TurnInput, next: GameState): ReplayTurn {
	return {
		orders: input.orders.map((o) => ({ ...o })),
		injects: (input.injects ?? []).map((i) => ({ ...i })),
		notes: [...(input.notes ?? [])],
		hash: turnHash(next),
	};
}

export function replayFromRun(
	scenario: Scenario,
	scenarioHash: string,
	seed: string,
	turns: (TurnInput & { hash: string })[],
): Replay {
	return {
		format: REPLAY_FORMAT,
		version: FORMAT_VERSION,
		engineVersion: ENGINE_VERSION,
		scenario: { id: scenario.id, hash: scenarioHash },
		seed,
		turns: turns.map((t) => ({
			orders: t.orders.map((o) => ({ ...o })),
			injects: (t.injects ?? []).map((i) => ({ ...i })),
			notes: [...(t.notes ?? [])],
			hash: t.hash,
		})),
	};
}

/** "turn 4 (2026 Q4)" for the 0-based turn index 3. */
export function turnName(scenario: Scenario, index: number): string {
	return `turn ${index + 1} (${turnLabel(scenario, index)})`;
}

function major(version: string): string {
	return String(version).split(".")[0];
}

/**
 * Why this replay cannot be played on this scenario with this engine, or null.
 * A different scenario hash or engine major version is refused; a minor engine difference is
 * allowed (the turn hashes then say whether behaviour changed).
 */
export function checkCompatible(
	scenario: Scenario,
	scenarioHash: string,
	file: Pick<Replay, "scenario" | "engineVersion">,
): string | null {
	if (file.scenario.id !== scenario.id) {
		return `replay was recorded on scenario ${file.scenario.id}; this scenario is ${scenario.id}`;
	}
	if (file.scenario.hash !== scenarioHash) {
		return `replay was recorded on scenario ${file.scenario.id} with hash ${file.scenario.hash}; this scenario has hash ${scenarioHash}`;
	}
	if (major(file.engineVersion) !== major(ENGINE_VERSION)) {
		return `replay was recorded with engine ${file.engineVersion}; this build runs engine ${ENGINE_VERSION}, whose rules differ (major version ${major(ENGINE_VERSION)})`;
	}
	return null;
}

function unknownInject(scenario: Scenario, injects: Inject[]): string | null {
	for (const inject of injects) {
		if (!scenario.events.some((e) => e.id === inject.event)) return inject.event;
	}
	return null;
}

type Step = { ok: true; state: GameState } | { ok: false; error: string };

/** Resolve one replay turn, refusing what the engine must not be asked to do. */
function step(scenario: Scenario, state: GameState, turn: ReplayTurn, index: number, total: number): Step {
	const name = turnName(scenario, index);
	if (state.over) {
		return {
			ok: false,
			error: `${name}: the game had already ended (${state.outcome ?? "over"}) after turn ${index}, but the replay has ${total} turns`,
		};
	}
	const bad = unknownInject(scenario, turn.injects);
	if (bad !== null) return { ok: false, error: `${name}: inject of unknown event "${bad}"` };
	try {
		return { ok: true, state: resolve(scenario, state, turn.orders, turn.injects) };
	} catch (e) {
		return { ok: false, error: `${name}: the engine could not resolve this turn: ${e instanceof Error ? e.message : String(e)}` };
	}
}

export type RunResult = { ok: true; state: GameState } | { ok: false; error: string };

/**
 * The state after replaying `upToTurn` turns (default: all), without checking the recorded
 * hashes (verifyReplay does that). Refuses a replay made on another scenario or engine major.
 */
export function runReplay(
	scenario: Scenario,
	scenarioHash: string,
	replay: Replay,
	options: { upToTurn?: number } = {},
): RunResult {
	const problem = checkCompatible(scenario, scenarioHash, replay);
	if (problem) return { ok: false, error: problem };
	const upTo = options.upToTurn ?? replay.turns.length;
	if (!Number.isInteger(upTo) || upTo < 0 || upTo > replay.turns.length) {
		return { ok: false, error: `upToTurn: expected a whole number from 0 to ${replay.turns.length}, got ${upTo}` };
	}
	let state = newGame(scenario, replay.seed);
	for (let i = 0; i < upTo; i++) {
		const next = step(scenario, state, replay.turns[i], i, upTo);
		if (!next.ok) return next;
		state = next.state;
	}
	return { ok: true, state };
}

export type VerifyResult =
	| { ok: true; turns: number; hash: string; state: GameState }
	| { ok: false; turn: number; expected: string; actual: string; message: string };

/**
 * Recompute the replay turn by turn and compare each state hash with the recorded one.
 * `turn` in a failure is 1-based (0 when the replay cannot be played at all).
 */
export function verifyReplay(scenario: Scenario, scenarioHash: string, replay: Replay): VerifyResult {
	const problem = checkCompatible(scenario, scenarioHash, replay);
	if (problem) {
		return { ok: false, turn: 0, expected: replay.scenario.hash, actual: scenarioHash, message: problem };
	}
	// An older engine may have recorded its hashes in an older format (engine 1.0: format 1).
	const format = hashFormatOf(replay.engineVersion);
	let state = newGame(scenario, replay.seed);
	for (let i = 0; i < replay.turns.length; i++) {
		const turn = replay.turns[i];
		const next = step(scenario, state, turn, i, replay.turns.length);
		if (!next.ok) return { ok: false, turn: i + 1, expected: turn.hash, actual: "", message: next.error };
		state = next.state;
		const actual = turnHash(state, format);
		if (actual !== turn.hash) {
			const engineNote =
				replay.engineVersion !== ENGINE_VERSION
					? `; it was recorded with engine ${replay.engineVersion} and this build runs ${ENGINE_VERSION}`
					: "; the orders or hashes were changed after recording";
			return {
				ok: false,
				turn: i + 1,
				expected: turn.hash,
				actual,
				message: `${turnName(scenario, i)} diverges: recorded state hash ${turn.hash}, replayed ${actual}${engineNote}`,
			};
		}
	}
	return { ok: true, turns: replay.turns.length, hash: turnHash(state, format), state };
}

/** The replay cut after `turn` turns (0 keeps none): the start of a fork from that turn. */
export function forkReplay(replay: Replay, turn: number): Replay {
	if (!Number.isInteger(turn) || turn < 0 || turn > replay.turns.length) {
		throw new RangeError(`forkReplay: turn must be a whole number from 0 to ${replay.turns.length}, got ${turn}`);
	}
	return {
		...replay,
		scenario: { ...replay.scenario },
		turns: replay.turns.slice(0, turn).map((t) => ({
			orders: t.orders.map((o) => ({ ...o })),
			injects: t.injects.map((i) => ({ ...i })),
			notes: [...t.notes],
			hash: t.hash,
		})),
	};
}

// ---------------------------------------------------------------- saves

export interface SessionSnapshot {
	scenario: Scenario;
	scenarioHash: string;
	seed: string;
	/** Every resolved turn so far, as recorded (recordTurn). */
	turns: ReplayTurn[];
	/** Orders drafted for the turn in progress. */
	drafts: Order[];
	/** Rationale notes for the turn in progress, by faction. */
	draftNotes?: Record<FactionId, string>;
	controls: Record<FactionId, FactionControl>;
	/** ISO time; passed in so that this module stays free of clocks. */
	savedAt?: string;
}

export function saveFromSession(session: SessionSnapshot): Save {
	const replay = replayFromRun(session.scenario, session.scenarioHash, session.seed, session.turns);
	const save: Save = {
		format: SAVE_FORMAT,
		version: FORMAT_VERSION,
		engineVersion: replay.engineVersion,
		scenario: replay.scenario,
		seed: replay.seed,
		turns: replay.turns,
		drafts: session.drafts.map((o) => ({ ...o })),
		controls: Object.fromEntries(Object.entries(session.controls).map(([f, c]) => [f, { ...c }])),
	};
	const notes = Object.entries(session.draftNotes ?? {}).filter(([, n]) => n.trim() !== "");
	if (notes.length > 0) save.draftNotes = Object.fromEntries(notes);
	if (session.savedAt !== undefined) save.savedAt = session.savedAt;
	return save;
}

export type LoadSaveResult =
	| {
			ok: true;
			state: GameState;
			turns: ReplayTurn[];
			drafts: Order[];
			/** Rationale notes of the turn in progress, for the scenario's factions. */
			draftNotes: Record<FactionId, string>;
			controls: Record<FactionId, FactionControl>;
			/** Non-fatal: e.g. a save from another engine minor version that plays out differently. */
			warnings: string[];
	  }
	| { ok: false; error: string };

/**
 * Load a save by replaying it to the end. Hashes are checked: a save whose turns no longer
 * reproduce is refused if made with this engine version (it was altered), and loaded with a
 * warning if made with another minor version (the rules moved on; the orders still stand).
 */
export function loadSave(scenario: Scenario, scenarioHash: string, save: Save): LoadSaveResult {
	const replay: Replay = {
		format: REPLAY_FORMAT,
		version: FORMAT_VERSION,
		engineVersion: save.engineVersion,
		scenario: save.scenario,
		seed: save.seed,
		turns: save.turns,
	};
	const warnings: string[] = [];
	const verified = verifyReplay(scenario, scenarioHash, replay);
	let state: GameState;
	if (verified.ok) {
		state = verified.state;
		// Verified in the format it was recorded in; the session goes on in this engine's format.
		if (hashFormatOf(save.engineVersion) !== HASH_FORMAT) {
			replay.turns = replay.turns.map((t, i) => ({ ...t, hash: state.history[i].hash }));
		}
	} else {
		// A save of the same scenario in an earlier revision (its data edited since, e.g. rebalanced)
		// is replayed under the current revision rather than lost: the orders still stand.
		const scenarioMoved =
			verified.turn === 0 &&
			save.scenario.hash !== scenarioHash &&
			checkCompatible(scenario, scenarioHash, { ...save, scenario: { id: save.scenario.id, hash: scenarioHash } }) === null;
		const engineMoved = verified.turn > 0 && verified.actual !== "" && save.engineVersion !== ENGINE_VERSION;
		if (!scenarioMoved && !engineMoved) return { ok: false, error: verified.message };
		// The rules moved on since the save was made: replay its orders under this engine and
		// record the hashes this engine gives, so that the session's own replay verifies.
		state = newGame(scenario, replay.seed);
		const turns: ReplayTurn[] = [];
		for (let i = 0; i < replay.turns.length; i++) {
			const next = step(scenario, state, replay.turns[i], i, replay.turns.length);
			if (!next.ok) return next;
			state = next.state;
			turns.push({ ...replay.turns[i], hash: turnHash(state) });
		}
		replay.turns = turns;
		warnings.push(
			scenarioMoved
				? `the scenario "${scenario.name}" has changed since this save was made; its ${turns.length} turn(s) were replayed under the current version and may have played out differently`
				: `${verified.message}; the save was loaded as this build plays it`,
		);
	}
	const controls: Record<FactionId, FactionControl> = {};
	for (const f of scenario.factions) {
		const c = save.controls[f.id];
		controls[f.id] = c ? { ...c } : { control: f.defaultControl, level: "normal" };
	}
	for (const f of Object.keys(save.controls)) {
		if (!scenario.factions.some((x) => x.id === f)) warnings.push(`controls: unknown faction "${f}" ignored`);
	}
	const draftNotes: Record<FactionId, string> = {};
	for (const [f, n] of Object.entries(save.draftNotes ?? {})) {
		if (scenario.factions.some((x) => x.id === f)) draftNotes[f] = n;
		else warnings.push(`draftNotes: unknown faction "${f}" ignored`);
	}
	return { ok: true, state, turns: replay.turns, drafts: save.drafts.map((o) => ({ ...o })), draftNotes, controls, warnings };
}
