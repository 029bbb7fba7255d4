// Connects a scene's map view to the bus: game data in, turn animations, selection highlight.
// Every subscription ends with the scene.
import * as Phaser from "phaser";
import { type Bus, bus as pageBus } from "../../app/bus";
import type { MapView } from "../map/view";
import { store } from "../store";

export interface WireOptions {
	/** Animate "turnResolved" and answer with "animationDone" (the Map and Replay scenes). */
	animate: boolean;
	/** Follow "select" with a highlight. */
	selection: boolean;
	/** Called after a game is shown from "gameLoaded" (or from the store when the scene starts). */
	onLoaded?: () => void;
	/** Keep overlays and the home view clear of the DOM panels (bus "insets"). */
	insets?: boolean;
}

export function wireMapView(view: MapView, options: WireOptions, bus: Bus = pageBus): void {
	const off: (() => void)[] = [];
	const scene = view.scene;
	if (options.insets) {
		view.setInsets(store.insets);
		off.push(bus.on("insets", (i) => view.setInsets(i)));
	}
	if (options.selection) view.setSelection(store.selection);
	if (store.snapshot) {
		view.setGame(store.snapshot);
		options.onLoaded?.();
	}
	off.push(
		bus.on("gameLoaded", (g) => {
			view.setGame(g);
			if (options.selection) view.setSelection(null);
			options.onLoaded?.();
		}),
		bus.on("state", ({ state }) => {
			if (store.snapshot) view.setGame({ ...store.snapshot, state });
		}),
	);
	if (options.selection) off.push(bus.on("select", (sel) => view.setSelection(sel)));
	if (options.animate) {
		store.animators++;
		// after the current frame: the app may switch scenes on it, which must not happen mid-update
		view.onAnimationDone = () => queueMicrotask(() => bus.emit("animationDone", {}));
		off.push(
			bus.on("turnResolved", ({ prev, next, record }) => {
				view.animateTurn(prev, next, record, store.snapshot?.player ?? null);
			}),
			bus.on("skipAnimation", () => view.finishAnimation()),
		);
	} else {
		off.push(bus.on("turnResolved", ({ next }) => store.snapshot && view.setGame({ ...store.snapshot, state: next })));
	}
	// (MapView's own shutdown runs first and reports a turn cut short as animated)
	scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
		if (options.animate) store.animators--;
		for (const f of off) f();
	});
}
