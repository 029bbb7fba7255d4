// One game in the browser: scenario, seed, the engine state, who plays what, the drafts of the
// turn in progress and the rationale notes. DOM-free (tests run it in Node); the app wires it to
// the bus, the panels, the bots and the autosave.
import {
	type FactionId,
	type GameState,
	type Inject,
	type Order,
	type OrderError,
	type Scenario,
	type TurnRecord,
	newGame,
	orderCost,
	resolve,
	validateOrder,
} from "../engine";
import {
	type BotLevel,
	type FactionControl,
	type Replay,
	type ReplayTurn,
	type Save,
	loadSave,
	recordTurn,
	replayFromRun,
	saveFromSession,
} from "../replay";

export type Controls = Record<FactionId, FactionControl>;

export interface SessionInit {
	scenario: Scenario;
	/** Content hash of the scenario (recorded in replays and saves). */
	hash: string;
	seed: string;
	controls: Controls;
}

export interface TurnResult {
	prev: GameState;
	next: GameState;
	record: TurnRecord;
}

export type SessionLoad = { ok: true; session: Session; warnings: string[] } | { ok: false; error: string };

/** Default controls: the scenario's `defaultControl` per faction, bots at "normal". */
export function defaultControls(scenario: Scenario): Controls {
	const out: Controls = {};
	for (const f of scenario.factions) out[f.id] = { control: f.defaultControl, level: "normal" };
	return out;
}

/** Controls with only `player` human (when it is playable), every other faction a bot. */
export function soloControls(scenario: Scenario, player: FactionId, level: BotLevel = "normal"): Controls {
	const out: Controls = {};
	for (const f of scenario.factions) {
		out[f.id] = { control: f.id === player && f.playable ? "human" : "bot", level };
	}
	return out;
}

export class Session {
	readonly scenario: Scenario;
	readonly hash: string;
	readonly seed: string;
	state: GameState;
	controls: Controls;
	/** Orders drafted this turn, per human faction, in the order they were added. */
	drafts: Record<FactionId, Order[]> = {};
	/** Rationale note per faction for the turn in progress. */
	notes: Record<FactionId, string> = {};
	/** Every resolved turn, as recorded for the replay. */
	turns: ReplayTurn[] = [];

	constructor(init: SessionInit, state?: GameState) {
		this.scenario = init.scenario;
		this.hash = init.hash;
		this.seed = init.seed;
		this.controls = normaliseControls(init.scenario, init.controls);
		this.state = state ?? newGame(init.scenario, init.seed);
	}

	/** Rebuild a session from a save: replays every turn and checks the recorded hashes. */
	static fromSave(scenario: Scenario, hash: string, save: Save): SessionLoad {
		const loaded = loadSave(scenario, hash, save);
		if (!loaded.ok) return loaded;
		const session = new Session({ scenario, hash, seed: save.seed, controls: loaded.controls }, loaded.state);
		session.turns = loaded.turns.map((t) => ({ ...t }));
		const warnings = [...loaded.warnings];
		for (const order of loaded.drafts) {
			const error = session.addDraft(order);
			if (error) warnings.push(`draft dropped: ${error.message}`);
		}
		for (const [f, n] of Object.entries(loaded.draftNotes)) session.setNote(f, n);
		return { ok: true, session, warnings };
	}

	/** A session at the start of a replay's game (for watching or forking it). */
	static fromReplayStart(scenario: Scenario, hash: string, replay: Replay, controls?: Controls): Session {
		return new Session({ scenario, hash, seed: replay.seed, controls: controls ?? defaultControls(scenario) });
	}

	get over(): boolean {
		return this.state.over;
	}

	/** Human factions, in scenario order. */
	humans(): FactionId[] {
		return this.scenario.factions.filter((f) => this.controls[f.id]?.control === "human").map((f) => f.id);
	}

	bots(): { faction: FactionId; level: BotLevel }[] {
		return this.scenario.factions
			.filter((f) => this.controls[f.id]?.control !== "human")
			.map((f) => ({ faction: f.id, level: this.controls[f.id]?.level ?? "normal" }));
	}

	/** The faction whose view the screen shows: the first human, else the first playable. */
	player(): FactionId | null {
		return this.humans()[0] ?? null;
	}

	draftsOf(faction: FactionId): Order[] {
		return this.drafts[faction] ?? [];
	}

	allDrafts(): Order[] {
		return this.humans().flatMap((f) => this.draftsOf(f));
	}

	/** Why `order` cannot be added now (given the faction's other drafts), or null. */
	check(order: Order): OrderError | null {
		if (this.state.over) return { index: -1, type: order.type, field: "", message: "the game is over" };
		if (this.controls[order.faction]?.control !== "human") {
			return { index: -1, type: order.type, field: "faction", message: "that faction is played by a bot" };
		}
		return validateOrder(this.scenario, this.state, order, this.draftsOf(order.faction));
	}

	/** Add a draft if it is valid; returns the error otherwise (nothing changes). */
	addDraft(order: Order): OrderError | null {
		const error = this.check(order);
		if (error) return error;
		this.drafts[order.faction] = [...this.draftsOf(order.faction), { ...order }];
		return null;
	}

	/** Remove the draft at `index`; drafts after it that became invalid are dropped too. */
	removeDraft(faction: FactionId, index: number): Order[] {
		const list = this.draftsOf(faction);
		if (index < 0 || index >= list.length) return [];
		const keep = list.filter((_, i) => i !== index);
		this.drafts[faction] = [];
		const dropped: Order[] = [];
		for (const o of keep) {
			if (validateOrder(this.scenario, this.state, o, this.drafts[faction])) dropped.push(o);
			else this.drafts[faction].push(o);
		}
		return dropped;
	}

	clearDrafts(faction: FactionId): void {
		this.drafts[faction] = [];
	}

	setNote(faction: FactionId, text: string): void {
		const t = text.slice(0, 2000);
		if (t.trim() === "") delete this.notes[faction];
		else this.notes[faction] = t;
	}

	/** Action points and funds a faction has left after its drafts. */
	remaining(faction: FactionId): { actionPoints: number; funds: number } {
		const fs = this.state.factions[faction];
		if (!fs) return { actionPoints: 0, funds: 0 };
		let ap = fs.actionPoints;
		let funds = fs.funds;
		for (const o of this.draftsOf(faction)) {
			const c = orderCost(this.scenario, this.state, o);
			ap -= c.actionPoints;
			funds -= c.funds;
		}
		return { actionPoints: ap, funds };
	}

	/** Resolve the turn: humans' drafts plus the bots' orders. Returns prev, next and the record. */
	resolveTurn(botOrders: Record<FactionId, Order[]>, injects: Inject[] = []): TurnResult {
		const prev = this.state;
		const orders: Order[] = [];
		for (const f of this.scenario.factions) {
			if (this.controls[f.id]?.control === "human") orders.push(...this.draftsOf(f.id));
			else orders.push(...(botOrders[f.id] ?? []).filter((o) => o.faction === f.id));
		}
		const noteLines = this.scenario.factions
			.filter((f) => this.notes[f.id])
			.map((f) => `${f.short}: ${this.notes[f.id]}`);
		const next = resolve(this.scenario, prev, orders, injects);
		this.turns.push(recordTurn({ orders, injects, notes: noteLines }, next));
		this.state = next;
		this.drafts = {};
		this.notes = {};
		const record = next.history[next.history.length - 1];
		return { prev, next, record };
	}

	/** Resolve a turn exactly as a replay recorded it (orders in their recorded order). */
	applyRecordedTurn(turn: ReplayTurn): TurnResult {
		const prev = this.state;
		const next = resolve(this.scenario, prev, turn.orders, turn.injects);
		this.turns.push({
			orders: turn.orders.map((o) => ({ ...o })),
			injects: turn.injects.map((i) => ({ ...i })),
			notes: [...turn.notes],
			hash: turn.hash,
		});
		this.state = next;
		this.drafts = {};
		this.notes = {};
		return { prev, next, record: next.history[next.history.length - 1] };
	}

	toSave(savedAt?: string): Save {
		return saveFromSession({
			scenario: this.scenario,
			scenarioHash: this.hash,
			seed: this.seed,
			turns: this.turns,
			drafts: this.allDrafts(),
			draftNotes: this.notes,
			controls: this.controls,
			savedAt,
		});
	}

	toReplay(): Replay {
		return replayFromRun(this.scenario, this.hash, this.seed, this.turns);
	}
}

function normaliseControls(scenario: Scenario, controls: Controls): Controls {
	const out: Controls = {};
	for (const f of scenario.factions) {
		const c = controls[f.id];
		const human = c?.control === "human" && f.playable;
		out[f.id] = { control: human ? "human" : "bot", level: c?.level ?? "normal" };
	}
	return out;
}
