// Typed event bus between the Phaser canvas (src/game) and the DOM shell (src/ui, src/app).
// The canvas never reaches into the DOM and the DOM never into Phaser objects: they talk here.
import type { FactionId, GameState, RegionId, Scenario, TurnRecord } from "../engine";

export type SceneKey = "Boot" | "Preloader" | "Menu" | "Briefing" | "Map" | "End" | "Replay";

export type Selection =
	| { kind: "region"; id: RegionId }
	| { kind: "producer"; id: string }
	| { kind: "faction"; id: FactionId }
	| null;

export interface BusEvents {
	/** The app asks the canvas to show a scene. */
	goto: { scene: SceneKey };
	/** A game was started, loaded or continued: the canvas (re)draws everything. */
	gameLoaded: { scenario: Scenario; state: GameState; player: FactionId | null };
	/** The state changed without a turn (draft added, selection, undo). */
	state: { state: GameState };
	/** A turn was resolved: the canvas animates prev -> next (skippable). */
	turnResolved: { prev: GameState; next: GameState; record: TurnRecord };
	/** The player skipped the resolution animation. */
	skipAnimation: Record<string, never>;
	/** The canvas finished (or skipped) animating the turn. */
	animationDone: Record<string, never>;
	/** Something on the map was clicked / chosen from the keyboard; null clears. */
	select: Selection;
	/** Pointer hover over a map place, for tooltips; null when leaving. */
	hover: { selection: Selection; x: number; y: number } | null;
	/** Preloader progress 0..1. */
	progress: { value: number; label: string };
	/** Preloader finished: assets are available. */
	ready: Record<string, never>;
	/**
	 * How much of the canvas the DOM panels cover, in CSS pixels from each edge (HUD on top, orders
	 * left, drawer right). The map may centre itself and place its overlays in the rest. Sent when
	 * the layout changes; all zero when no panels are shown (menu, briefing, end).
	 */
	insets: { top: number; right: number; bottom: number; left: number };
	/** Map view commands from keyboard or buttons. */
	camera: { action: "zoomIn" | "zoomOut" | "reset" | "panLeft" | "panRight" | "panUp" | "panDown" };
}

type Handler<T> = (payload: T) => void;

export class Bus {
	private handlers = new Map<keyof BusEvents, Set<Handler<never>>>();

	on<K extends keyof BusEvents>(event: K, fn: Handler<BusEvents[K]>): () => void {
		let set = this.handlers.get(event);
		if (!set) {
			set = new Set();
			this.handlers.set(event, set);
		}
		set.add(fn as Handler<never>);
		return () => set.delete(fn as Handler<never>);
	}

	emit<K extends keyof BusEvents>(event: K, payload: BusEvents[K]): void {
		for (const fn of this.handlers.get(event) ?? []) (fn as Handler<BusEvents[K]>)(payload);
	}
}

/** The one bus of the page. */
export const bus = new Bus();
