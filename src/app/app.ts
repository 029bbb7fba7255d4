// The browser application: menu -> briefing -> map -> end, with the session, the bots (in a
// worker), the autosave, imports and exports, share links and keyboard shortcuts.
import { type FactionId, type Order, type OrderError, trackedMetrics, newGame, turnLabel } from "../engine";
import { type Replay, encodeReplayForUrl, formatReplayJson } from "../replay";
import { routeCaption, supplyRoutes } from "../game/map/supply";
import { chartsSection } from "../ui/charts";
import { h } from "../ui/dom";
import { gameMenu } from "../ui/gameMenu";
import type { ContinueInfo, MenuSetup } from "../ui/menu";
import { Shell } from "../ui/shell";
import type { Actions, DrawerTab, GameView } from "../ui/view";
import {
	type StorageLike,
	AUTOSAVE_KEY,
	CUSTOM_SCENARIO_KEY,
	MemoryStorage,
	readAutosave,
	writeAutosave,
} from "./autosave";
import type { BotRunner } from "./botRunner";
import { type Bus, type BusEvents, type SceneKey, type Selection, bus as pageBus } from "./bus";
import { downloadText, fileStamp } from "./download";
import { checkReplay, importText } from "./importFile";
import { installKeyboard } from "./keyboard";
import { parseLaunch } from "./launch";
import { type LoadedScenario, ScenarioLibrary } from "./scenarios";
import { Session } from "./session";

export interface AppOptions {
	root: HTMLElement;
	bus?: Bus;
	storage?: StorageLike;
	bots: BotRunner;
	location?: { search: string; hash: string; href: string };
}

type Mode = "menu" | "briefing" | "play" | "end" | "replay";

export class App {
	readonly bus: Bus;
	readonly library = new ScenarioLibrary();
	readonly storage: StorageLike;
	readonly shell: Shell;
	session: Session | null = null;
	mode: Mode = "menu";
	private bots: BotRunner;
	private selection: Selection = null;
	private viewer: FactionId | null = null;
	private thinking = false;
	private animating = false;
	private animationTimer: ReturnType<typeof setTimeout> | null = null;
	private initial: Record<string, number> = {};
	private replay: { replay: Replay; shown: number } | null = null;
	private canvasReady = false;
	private endAfterAnimation = false;
	/** While the game screen is being filled: its insets are reported once, after (enterPlay). */
	private holdInsets = false;
	/** Whether the last pointer press was on the map canvas (see listen()). */

	constructor(private opts: AppOptions) {
		this.bus = opts.bus ?? pageBus;
		this.storage = opts.storage ?? new MemoryStorage();
		this.bots = opts.bots;
		this.shell = new Shell(opts.root, {
			actions: this.actions(),
			menu: {
				scenario: (id) => this.library.get(id)?.scenario ?? null,
				start: (setup) => this.startNew(setup),
				continueGame: () => this.continueGame(),
				importFile: (file) => void this.importFile(file),
				randomSeed,
			},
			briefing: { begin: () => this.beginPlay(), back: () => this.openMenu() },
			end: {
				playAgain: () => this.playAgain(),
				exportReplay: () => this.exportReplay(),
				copyReplayLink: () => void this.copyReplayLink(),
				review: () => this.review(),
				toMenu: () => this.openMenu(),
			},
			replay: {
				restart: () => this.replayRestart(),
				next: () => this.replayNext(),
				toEnd: () => this.replayToEnd(),
				takeOver: () => this.takeOver(),
				exit: () => this.exitReplay(),
			},
		});
		this.restoreCustomScenario();
		this.listen();
		this.shell.onLayout = () => {
			if (!this.holdInsets) this.reportInsets();
		};
		installKeyboard(this);
	}

	// ------------------------------------------------------------ start-up

	/** Read the URL, then show the menu (pre-filled) or the replay it asks for. */
	boot(): void {
		const loc = this.opts.location ?? { search: "", hash: "", href: "http://localhost/" };
		const launch = parseLaunch(loc.search, loc.hash, this.library.ids());
		for (const e of launch.errors) this.shell.banners.show("error", e);
		if (launch.replay) {
			const checked = checkReplay("The replay in the link", launch.replay, (id) => this.library.get(id));
			if (checked.ok && checked.kind === "replay") {
				this.openReplay(checked.replay, checked.scenario.id);
				return;
			}
			if (!checked.ok) this.shell.banners.show("error", checked.error, checked.details);
		}
		this.openMenu({ scenario: launch.scenario, seed: launch.seed });
	}

	private listen(): void {
		// a reload or a closed tab does not lose an autosave still waiting (autosaveSoon, autosaveWhenIdle)
		if (typeof window !== "undefined") {
			window.addEventListener("pagehide", () => this.flushPendingSave());
			document.addEventListener("visibilitychange", () => {
				if (document.visibilityState === "hidden") this.flushPendingSave();
			});
		}
		// the map's clicks (src/game/map/controls.ts: press and release on the map, no drag)
		this.bus.on("select", (sel) => this.setSelection(sel, false));
		this.bus.on("ready", () => {
			this.canvasReady = true;
		});
		this.bus.on("animationDone", () => this.animationDone());
		this.bus.on("hover", (hv) => {
			if (!hv?.selection || !this.session) {
				this.shell.tooltip.hidePoint();
				return;
			}
			if (this.shell.screen !== "game") return;
			const name = this.placeName(hv.selection);
			if (!name) return;
			const supply = this.supplyLines(hv.selection);
			if (supply.length === 0) this.shell.tooltip.showAt(hv.x, hv.y, [name]);
			else
				this.shell.tooltip.showAt(hv.x, hv.y, [
					h("strong", { text: name }),
					...supply.map((line) => h("div", { class: "tooltip-line", text: line })),
				]);
		});
	}

	/**
	 * Tell the canvas. A failure in a canvas handler must not stop the panels: it is logged, and
	 * the game goes on (the state is the app's, not the canvas's).
	 */
	private emit<K extends keyof BusEvents>(event: K, payload: BusEvents[K]): void {
		try {
			this.bus.emit(event, payload);
		} catch (e) {
			console.error(`Island Chain: the map could not handle "${event}":`, e);
		}
	}

	/** The canvas remembers a scene asked for before it is ready (src/game/router.ts). */
	private goto(scene: SceneKey): void {
		this.emit("goto", { scene });
	}

	private emitLoaded(): void {
		const s = this.session;
		if (!s) return;
		this.emit("gameLoaded", { scenario: s.scenario, state: s.state, player: this.replay ? null : s.player() });
		this.emit("select", this.selection);
	}

	private lastInsets = "";

	/** Tell the canvas how much of it the panels cover (bus "insets"). */
	reportInsets(): void {
		const insets = this.shell.insets();
		const key = JSON.stringify(insets);
		if (key === this.lastInsets) return;
		this.lastInsets = key;
		this.emit("insets", insets);
	}

	// ------------------------------------------------------------ menu

	openMenu(prefill?: { scenario?: string | null; seed?: string | null }): void {
		this.mode = "menu";
		this.replay = null;
		this.shell.dialog.close();
		this.shell.chartsDialog.close();
		this.shell.menu.open(this.library.list(), this.continueInfo(), prefill);
		this.shell.setScreen("menu");
		this.goto("Menu");
		this.shell.menu.focusFirst();
	}

	continueInfo(): ContinueInfo | null {
		const read = readAutosave(this.storage);
		if (!read.ok) {
			if (read.error) this.shell.banners.show("error", `Your autosave cannot be continued: ${read.error}`);
			return null;
		}
		const entry = this.library.get(read.save.scenario.id);
		if (!entry) return null;
		const { scenario } = entry;
		const turn = read.save.turns.length;
		const human = scenario.factions.find((f) => read.save.controls[f.id]?.control === "human");
		return {
			scenarioName: scenario.name,
			turnLabel: turnLabel(scenario, Math.min(turn, scenario.turns - 1)),
			turn,
			turns: scenario.turns,
			player: human ? human.name : "bots only",
			over: turn >= scenario.turns,
		};
	}

	private startNew(setup: MenuSetup): void {
		this.shell.banners.clear();
		const entry = this.library.get(setup.scenarioId);
		if (!entry) {
			this.shell.banners.show("error", `Scenario "${setup.scenarioId}" cannot be loaded.`);
			return;
		}
		const session = new Session({
			scenario: entry.scenario,
			hash: entry.hash,
			seed: setup.seed,
			controls: setup.controls,
		});
		this.useSession(session, entry);
		this.mode = "briefing";
		const player = session.player();
		this.shell.briefing.open(session.scenario, this.viewer!, player === null);
		this.shell.setScreen("briefing");
		this.goto("Briefing");
		this.shell.briefing.focus();
	}

	private useSession(session: Session, entry?: LoadedScenario): void {
		this.session = session;
		this.replay = null;
		this.selection = null;
		this.thinking = false;
		this.animating = false;
		this.viewer =
			session.player() ?? session.scenario.factions.find((f) => f.playable)?.id ?? session.scenario.factions[0].id;
		this.initial = trackedMetrics(session.scenario, newGame(session.scenario, session.seed));
		this.shell.drawer.report.showLatest();
		if (entry && this.library.isCustom(entry.scenario.id) && entry.text) {
			try {
				this.storage.setItem(CUSTOM_SCENARIO_KEY, entry.text);
			} catch {
				// the game still runs; Continue after a reload will not find the scenario
			}
		}
	}

	private beginPlay(): void {
		this.enterPlay();
		this.autosaveWhenIdle();
	}

	private enterPlay(): void {
		if (!this.session) return;
		if (this.session.over) {
			this.showEnd();
			return;
		}
		this.mode = this.replay ? "replay" : "play";
		// the panels' insets are measured once they are filled (measuring lays the page out)
		this.holdInsets = true;
		try {
			this.shell.setScreen("game");
			this.goto(this.replay ? "Replay" : "Map");
			this.emitLoaded();
			// the orders' effect previews fill in once the map is drawn (src/ui/ordersPanel.ts)
			this.shell.orders.deferPreviewsOnce();
			this.refresh();
			this.shell.drawer.select(this.session.state.history.length > 0 && this.mode === "replay" ? "report" : "turn");
			const first = this.shell.orders.el.querySelector<HTMLElement>("select, button:not([disabled])");
			first?.focus();
		} finally {
			this.holdInsets = false;
		}
		this.reportInsets();
	}

	private continueGame(): void {
		this.shell.banners.clear();
		const read = readAutosave(this.storage);
		if (!read.ok) {
			this.shell.banners.show("error", read.error ?? "There is no saved game to continue.");
			return;
		}
		if (read.warning) this.shell.banners.show("info", read.warning);
		const entry = this.library.get(read.save.scenario.id);
		if (!entry) {
			this.shell.banners.show("error", `The saved game's scenario "${read.save.scenario.id}" is not available.`);
			return;
		}
		const loaded = Session.fromSave(entry.scenario, entry.hash, read.save);
		if (!loaded.ok) {
			this.shell.banners.show("error", `The saved game cannot be continued: ${loaded.error}`);
			return;
		}
		for (const w of loaded.warnings) this.shell.banners.show("info", w, [], 8000);
		if (read.notes) for (const [f, n] of Object.entries(read.notes.notes)) loaded.session.setNote(f, n);
		this.useSession(loaded.session);
		this.enterPlay();
	}

	private playAgain(): void {
		const s = this.session;
		if (!s) return;
		this.startNew({ scenarioId: s.scenario.id, seed: s.seed, controls: s.controls });
	}

	// ------------------------------------------------------------ playing

	private actions(): Actions {
		return {
			addDraft: (order) => this.addDraft(order),
			removeDraft: (index) => this.removeDraft(index),
			setNote: (text) => this.setNote(text),
			endTurn: () => void this.endTurn(),
			select: (sel) => this.setSelection(sel, true),
			setViewer: (f) => {
				this.viewer = f;
				this.refresh();
			},
			skipAnimation: () => {
				this.emit("skipAnimation", {});
				this.animationDone();
			},
			openTab: (tab) => this.openTab(tab),
			openCharts: () => this.openCharts(),
			showEnd: () => this.showEnd(),
			toMenu: () => this.openGameMenu(),
		};
	}

	view(): GameView | null {
		const s = this.session;
		if (!s) return null;
		const viewer = this.viewer ?? s.scenario.factions[0].id;
		const canOrder = !this.replay && s.controls[viewer]?.control === "human";
		return {
			scenario: s.scenario,
			state: s.state,
			viewer,
			canOrder,
			humans: this.replay ? [] : s.humans(),
			drafts: canOrder ? s.draftsOf(viewer) : [],
			remaining: s.remaining(viewer),
			note: s.notes[viewer] ?? "",
			selection: this.selection,
			thinking: this.thinking,
			animating: this.animating,
			initial: this.initial,
			replay: this.replay ? { shown: s.state.history.length, total: this.replay.replay.turns.length } : null,
		};
	}

	refresh(): void {
		this.shell.update(this.view());
	}

	addDraft(order: Order): OrderError | null {
		const s = this.session;
		if (!s || this.thinking || this.mode !== "play") return null;
		const error = s.addDraft(order);
		if (error) this.shell.banners.show("error", `That order cannot be given: ${error.message}`, [], 6000);
		else {
			this.emit("state", { state: s.state });
			this.autosave();
		}
		this.refresh();
		return error;
	}

	private removeDraft(index: number): void {
		const s = this.session;
		if (!s || this.thinking || !this.viewer) return;
		const dropped = s.removeDraft(this.viewer, index);
		if (dropped.length > 0)
			this.shell.banners.show("info", `${dropped.length} later order(s) no longer fit and were removed too.`, [], 6000);
		this.emit("state", { state: s.state });
		this.autosave();
		this.refresh();
	}

	private setNote(text: string): void {
		const s = this.session;
		if (!s || !this.viewer) return;
		s.setNote(this.viewer, text);
		this.autosaveSoon();
	}

	setSelection(sel: Selection, fromUi: boolean): void {
		const same = JSON.stringify(sel) === JSON.stringify(this.selection);
		this.selection = sel;
		if (fromUi && !same) this.emit("select", sel);
		if (!same) this.refresh();
	}

	selectRegionByIndex(i: number): void {
		const s = this.session;
		if (!s) return;
		const r = s.scenario.regions[i];
		if (r) this.setSelection({ kind: "region", id: r.id }, true);
	}

	openTab(tab: DrawerTab): void {
		if (this.shell.screen !== "game") return;
		if (tab === "report") this.shell.drawer.report.showLatest();
		this.shell.drawer.select(tab, true);
		this.refresh();
	}

	openCharts(): void {
		const v = this.view();
		if (!v || (this.shell.screen !== "game" && this.shell.screen !== "end")) return;
		this.shell.chartsDialog.show(
			"Charts of history",
			v.state.history.length === 0
				? h("p", { text: "Charts fill in as quarters are played; for now they show the starting values." })
				: null,
			chartsSection({ scenario: v.scenario, history: v.state.history, initial: v.initial, viewer: v.viewer }),
		);
	}

	async endTurn(): Promise<void> {
		const s = this.session;
		if (!s || this.thinking || this.mode !== "play" || s.over) return;
		this.thinking = true;
		this.animationDone();
		this.refresh();
		let orders: Record<FactionId, Order[]> = {};
		try {
			orders = await this.bots.think(s.scenario, `${s.scenario.id}:${s.hash}`, s.state, s.bots());
		} catch (e) {
			this.shell.banners.show(
				"error",
				`The bots could not choose orders (${e instanceof Error ? e.message : String(e)}); they pass this turn.`,
			);
			orders = {};
		}
		if (this.session !== s) return; // the player left for another game meanwhile
		let result: ReturnType<Session["resolveTurn"]>;
		try {
			result = s.resolveTurn(orders);
		} catch (e) {
			this.thinking = false;
			this.shell.banners.show(
				"error",
				`The turn could not be resolved: ${e instanceof Error ? e.message : String(e)}. Your orders are kept.`,
			);
			this.refresh();
			return;
		}
		this.thinking = false;
		this.autosave();
		this.startAnimation(result.next.over);
		this.announce(
			result.record.label,
			result.record.headlines.map((x) => x.text),
		);
		this.shell.drawer.report.showLatest();
		this.shell.drawer.select("report");
		this.refresh();
		this.emit("turnResolved", result);
		if (
			!document.activeElement ||
			document.activeElement === document.body ||
			(document.activeElement as HTMLButtonElement).disabled
		) {
			this.shell.drawer.select("report", true);
		}
	}

	private startAnimation(endAfter: boolean): void {
		this.animating = true;
		this.endAfterAnimation = endAfter;
		if (this.animationTimer) clearTimeout(this.animationTimer);
		// If no canvas answers (or it is slow), the UI does not wait for ever.
		this.animationTimer = setTimeout(() => this.animationDone(), this.canvasReady ? 8000 : 300);
	}

	private animationDone(): void {
		if (this.animationTimer) clearTimeout(this.animationTimer);
		this.animationTimer = null;
		if (!this.animating) return;
		this.animating = false;
		this.refresh();
		if (this.endAfterAnimation && this.session?.over && this.mode === "play") {
			this.endAfterAnimation = false;
			this.showEnd();
		}
	}

	private announce(label: string, headlines: string[]): void {
		this.shell.live.announce(`${label} resolved. ${headlines.length ? headlines.join(". ") : "A quiet quarter."}`);
	}

	showEnd(): void {
		const v = this.view();
		if (!v) return;
		this.mode = "end";
		this.shell.dialog.close();
		this.shell.end.open(v);
		this.shell.setScreen("end");
		this.goto("End");
		this.shell.end.focus();
	}

	private review(): void {
		this.mode = this.replay ? "replay" : "play";
		this.shell.setScreen("game");
		this.goto(this.replay ? "Replay" : "Map");
		this.emitLoaded();
		this.refresh();
		this.shell.drawer.select("report", true);
	}

	// ------------------------------------------------------------ autosave

	/** An autosave waiting to be written (autosaveSoon, autosaveWhenIdle); a page being left writes it at once. */
	private pendingSave: (() => void) | null = null;

	/** Soon: a note being typed is saved once the typing pauses. */
	private autosaveSoon(): void {
		this.cancelPendingSave();
		const timer = setTimeout(() => this.autosave(), 400);
		this.pendingSave = () => clearTimeout(timer);
	}

	/**
	 * When the page is next idle: after Begin the main thread is busy drawing the map, and the save
	 * (written, read back and validated: 20-80 ms the first time) is of a game nobody has played yet.
	 */
	private autosaveWhenIdle(): void {
		this.cancelPendingSave();
		if (typeof requestIdleCallback !== "function") {
			this.autosaveSoon();
			return;
		}
		const handle = requestIdleCallback(() => this.autosave(), { timeout: 2000 });
		this.pendingSave = () => cancelIdleCallback(handle);
	}

	private cancelPendingSave(): void {
		this.pendingSave?.();
		this.pendingSave = null;
	}

	/** Writes the autosave that is waiting, if any (the page is being left). */
	private flushPendingSave(): void {
		if (this.pendingSave) this.autosave();
	}

	autosave(): void {
		const s = this.session;
		this.cancelPendingSave();
		if (!s || this.replay) return;
		const result = writeAutosave(this.storage, s.toSave(new Date().toISOString()), {
			scenario: s.scenario.id,
			seed: s.seed,
			turn: s.turns.length,
			notes: { ...s.notes },
		});
		if (!result.ok) this.shell.banners.show("error", `Autosave failed: ${result.error}`, [], 8000);
	}

	private restoreCustomScenario(): void {
		try {
			const text = this.storage.getItem(CUSTOM_SCENARIO_KEY);
			if (text && this.storage.getItem(AUTOSAVE_KEY)) this.library.loadCustom(text);
		} catch {
			// no custom scenario then
		}
	}

	// ------------------------------------------------------------ files

	async importFile(file: File): Promise<void> {
		let text: string;
		try {
			if (file.size > 5 * 1024 * 1024) {
				this.shell.banners.show("error", `${file.name} is too large (over 5 MB) to be an Island Chain file.`);
				return;
			}
			text = await file.text();
		} catch (e) {
			this.shell.banners.show("error", `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`);
			return;
		}
		this.importFileText(file.name, text);
	}

	importFileText(name: string, text: string): void {
		const result = importText(name, text, (id) => this.library.get(id));
		if (!result.ok) {
			this.shell.banners.show("error", result.error, result.details);
			return;
		}
		for (const w of result.warnings) this.shell.banners.show("info", w, [], 8000);
		if (result.kind === "scenario") {
			const loaded = this.library.loadCustom(text);
			if (!loaded.ok) {
				this.shell.banners.show("error", loaded.errors[0], loaded.errors);
				return;
			}
			this.shell.banners.show(
				"success",
				`Scenario "${loaded.entry.scenario.name}" loaded from ${name}. Set it up and press Start.`,
				[],
				6000,
			);
			this.shell.menu.setEntries(this.library.list());
			this.openMenu({ scenario: loaded.entry.scenario.id });
			return;
		}
		if (result.kind === "save") {
			this.useSession(result.session);
			this.autosave();
			this.shell.banners.show("success", `Save loaded from ${name}.`, [], 5000);
			this.enterPlay();
			return;
		}
		this.openReplay(result.replay, result.scenario.id);
	}

	exportSave(): void {
		const s = this.session;
		if (!s) return;
		downloadText(
			`island-chain-save-${s.scenario.id}-${fileStamp()}.json`,
			formatReplayJson(s.toSave(new Date().toISOString())),
		);
	}

	exportReplay(): void {
		const s = this.session;
		if (!s) return;
		const replay = this.replay ? this.replay.replay : s.toReplay();
		downloadText(`island-chain-replay-${s.scenario.id}-${fileStamp()}.json`, formatReplayJson(replay));
	}

	async copyReplayLink(): Promise<void> {
		const s = this.session;
		if (!s) return;
		const replay = this.replay ? this.replay.replay : s.toReplay();
		const base = (this.opts.location?.href ?? "http://localhost/").split("#")[0];
		const link = `${base}#replay=${encodeReplayForUrl(replay)}`;
		try {
			await navigator.clipboard.writeText(link);
			this.shell.banners.show("success", "Replay link copied to the clipboard.", [], 4000);
		} catch {
			const input = document.createElement("textarea");
			input.className = "input";
			input.readOnly = true;
			input.rows = 4;
			input.value = link;
			input.setAttribute("aria-label", "Replay link");
			this.shell.dialog.show("Replay link", "Copy this link to share the replay:", input);
			input.select();
		}
	}

	// ------------------------------------------------------------ replays

	openReplay(replay: Replay, scenarioId: string): void {
		const entry = this.library.get(scenarioId);
		if (!entry) return;
		const session = Session.fromReplayStart(entry.scenario, entry.hash, replay);
		this.useSession(session);
		this.replay = { replay, shown: 0 };
		this.viewer = session.scenario.factions.find((f) => f.playable)?.id ?? session.scenario.factions[0].id;
		this.mode = "replay";
		this.enterPlay();
		this.shell.banners.show(
			"info",
			`Watching a replay of ${entry.scenario.name} (seed ${replay.seed}, ${replay.turns.length} turns). Step through it with Next turn, or take over from any turn.`,
			[],
			8000,
		);
	}

	private replayStep(animate: boolean): void {
		const s = this.session;
		const r = this.replay;
		if (!s || !r) return;
		const t = r.replay.turns[s.state.history.length];
		if (!t || s.over) return;
		const result = s.applyRecordedTurn(t);
		if (animate) {
			this.startAnimation(false);
			this.emit("turnResolved", result);
			this.announce(
				result.record.label,
				result.record.headlines.map((x) => x.text),
			);
		}
	}

	private replayNext(): void {
		this.replayStep(true);
		this.shell.drawer.report.showLatest();
		this.shell.drawer.select("report");
		this.refresh();
	}

	private replayToEnd(): void {
		const r = this.replay;
		const s = this.session;
		if (!r || !s) return;
		while (s.state.history.length < r.replay.turns.length && !s.over) this.replayStep(false);
		this.emitLoaded();
		this.shell.drawer.report.showLatest();
		this.shell.drawer.select("report");
		this.refresh();
	}

	private replayRestart(): void {
		const r = this.replay;
		const s = this.session;
		if (!r || !s) return;
		this.openReplay(r.replay, s.scenario.id);
	}

	private takeOver(): void {
		const s = this.session;
		if (!s || !this.replay) return;
		this.replay = null;
		clearReplayHash();
		// The controls of the menu default: the scenario's default player is human again.
		const fork = new Session(
			{ scenario: s.scenario, hash: s.hash, seed: s.seed, controls: defaultControlsOf(s) },
			s.state,
		);
		fork.turns = s.turns.map((t) => ({ ...t }));
		this.useSession(fork);
		this.autosave();
		this.shell.banners.show(
			"success",
			`You took over at ${turnLabel(s.scenario, s.state.turn)}. The game is autosaved from here.`,
			[],
			6000,
		);
		this.enterPlay();
	}

	private exitReplay(): void {
		this.replay = null;
		this.session = null;
		clearReplayHash();
		this.openMenu();
	}

	// ------------------------------------------------------------ game menu

	openGameMenu(): void {
		if (!this.session) {
			this.openMenu();
			return;
		}
		this.shell.dialog.show(
			"Game menu",
			gameMenu({
				resume: () => this.shell.dialog.close(),
				exportSave: () => this.exportSave(),
				exportReplay: () => this.exportReplay(),
				copyReplayLink: () => void this.copyReplayLink(),
				mainMenu: () => this.openMenu(),
				replay: this.replay !== null,
				setupLink: this.setupLink(),
			}),
		);
	}

	private setupLink(): string {
		const s = this.session;
		const base = (this.opts.location?.href ?? "http://localhost/").split("#")[0].split("?")[0];
		return s ? `${base}?scenario=${encodeURIComponent(s.scenario.id)}&seed=${encodeURIComponent(s.seed)}` : base;
	}

	private placeName(sel: NonNullable<Selection>): string | null {
		const s = this.session;
		if (!s) return null;
		if (sel.kind === "region") return s.scenario.regions.find((r) => r.id === sel.id)?.name ?? null;
		if (sel.kind === "faction") return s.scenario.factions.find((f) => f.id === sel.id)?.name ?? null;
		return s.scenario.producers.find((p) => p.id === sel.id)?.name ?? null;
	}

	/** A producer's deliveries this turn, one line each ("Japan from its own ...: 50 ndpr a turn"). */
	private supplyLines(sel: NonNullable<Selection>): string[] {
		const s = this.session;
		if (!s || sel.kind !== "producer") return [];
		return supplyRoutes(s.scenario, s.state)
			.filter((r) => r.producer.id === sel.id)
			.map((r) => routeCaption(s.scenario, r));
	}

	dialogOpen(): boolean {
		return this.shell.dialog.open || this.shell.chartsDialog.open;
	}

	isThinking(): boolean {
		return this.thinking;
	}

	cameraCommand(action: "zoomIn" | "zoomOut" | "reset" | "panLeft" | "panRight" | "panUp" | "panDown"): void {
		this.emit("camera", { action });
	}
}

function defaultControlsOf(s: Session): Session["controls"] {
	const out: Session["controls"] = {};
	for (const f of s.scenario.factions)
		out[f.id] = { control: f.defaultControl, level: s.controls[f.id]?.level ?? "normal" };
	return out;
}

export function randomSeed(): string {
	const words = [
		"kuroshio",
		"ryukyu",
		"miyako",
		"yonaguni",
		"ishigaki",
		"senkaku",
		"bashi",
		"luzon",
		"kyushu",
		"guam",
		"sakishima",
		"okinawa",
	];
	const w = words[Math.floor(Math.random() * words.length)];
	return `${w}-${Math.floor(Math.random() * 9000 + 1000)}`;
}

function clearReplayHash(): void {
	if (typeof history !== "undefined" && typeof location !== "undefined" && location.hash.includes("replay=")) {
		history.replaceState(null, "", location.pathname + location.search);
	}
}
