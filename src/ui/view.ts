// What the panels are given to draw (a snapshot) and what they may ask for (actions).
import type { FactionId, GameState, Order, OrderError, Scenario } from "../engine";
import type { Selection } from "../app/bus";

export interface GameView {
	scenario: Scenario;
	state: GameState;
	/** The faction whose numbers the HUD shows and whose orders the panels edit. */
	viewer: FactionId;
	/** Whether `viewer` is played by a human here (false when watching bots or a replay). */
	canOrder: boolean;
	humans: FactionId[];
	drafts: Order[];
	remaining: { actionPoints: number; funds: number };
	note: string;
	selection: Selection;
	thinking: boolean;
	animating: boolean;
	/** Tracked metrics before the first turn (charts start here). */
	initial: Record<string, number>;
	/** Set while watching a replay. */
	replay: { shown: number; total: number } | null;
}

export interface Actions {
	addDraft(order: Order): OrderError | null;
	removeDraft(index: number): void;
	setNote(text: string): void;
	endTurn(): void;
	select(selection: Selection): void;
	setViewer(faction: FactionId): void;
	skipAnimation(): void;
	openTab(tab: DrawerTab): void;
	openCharts(): void;
	showEnd(): void;
	toMenu(): void;
}

export type DrawerTab = "turn" | "report" | "news" | "objectives";
