// The canvas's copy of the current game, kept from the bus so a scene that starts later (the app
// may send "gameLoaded" before "goto Map") finds it. Also answers "turnResolved" with an immediate
// "animationDone" when no map is on screen to animate it, so the app never waits for the canvas.
import type { FactionId, GameState, Scenario } from "../engine";
import { type Bus, type Selection, bus as pageBus } from "../app/bus";

export interface GameSnapshot {
	scenario: Scenario;
	state: GameState;
	player: FactionId | null;
}

class Store {
	snapshot: GameSnapshot | null = null;
	selection: Selection = null;
	/** CSS px of the canvas under DOM panels (bus "insets"). */
	insets = { top: 0, right: 0, bottom: 0, left: 0 };
	/** Map views on screen that animate turns (they emit "animationDone" themselves). */
	animators = 0;
	private off: (() => void)[] = [];

	install(bus: Bus): void {
		this.uninstall();
		this.off.push(
			bus.on("gameLoaded", ({ scenario, state, player }) => {
				this.snapshot = { scenario, state, player };
				this.selection = null;
			}),
			bus.on("state", ({ state }) => {
				if (this.snapshot) this.snapshot = { ...this.snapshot, state };
			}),
			bus.on("turnResolved", ({ next }) => {
				if (this.snapshot) this.snapshot = { ...this.snapshot, state: next };
				if (this.animators === 0) queueMicrotask(() => bus.emit("animationDone", {}));
			}),
			bus.on("select", (sel) => {
				this.selection = sel;
			}),
			bus.on("insets", (insets) => {
				this.insets = insets;
			}),
		);
	}

	uninstall(): void {
		for (const f of this.off) f();
		this.off = [];
	}
}

export const store = new Store();

export function installStore(bus: Bus = pageBus): void {
	store.install(bus);
}
