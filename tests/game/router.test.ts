// The scene router and the canvas's store, with stand-ins for Phaser's scene manager.
import { describe, expect, it } from "vitest";
import { Bus } from "../../src/app/bus";
import { SCENES, SCREENS } from "../../src/game/keys";
import { SceneRouter } from "../../src/game/router";
import { store } from "../../src/game/store";

function fakeGame() {
	const active = new Set<string>(["Preloader"]);
	const log: string[] = [];
	const keys = Object.values(SCENES);
	const manager = {
		getScenes: () => keys.map((k) => ({ sys: { settings: { key: k } } })),
		isActive: (k: string) => active.has(k),
		isPaused: () => false,
		isSleeping: () => false,
		start: (k: string) => {
			active.add(k);
			log.push(`start ${k}`);
		},
		stop: (k: string) => {
			active.delete(k);
			log.push(`stop ${k}`);
		},
	};
	return { game: { scene: manager } as never, active, log };
}

describe("scene router", () => {
	it("has a key for every screen", () => {
		expect(SCREENS).toEqual(["Menu", "Briefing", "Map", "End", "Replay"]);
	});

	it("holds a goto until the map is ready, then shows it and stops the rest", () => {
		const bus = new Bus();
		const { game, active, log } = fakeGame();
		const router = new SceneRouter(game, bus);
		bus.emit("goto", { scene: "Map" });
		expect(log).toEqual([]);
		bus.emit("ready", {});
		expect(active).toEqual(new Set(["Map"]));
		expect(router.current).toBe("Map");
		bus.emit("goto", { scene: "End" });
		expect(active).toEqual(new Set(["End"]));
		bus.emit("goto", { scene: "Boot" });
		expect(active).toEqual(new Set(["End"]));
		router.destroy();
	});

	it("shows the menu when ready if nothing was asked for", () => {
		const bus = new Bus();
		const { game, active } = fakeGame();
		new SceneRouter(game, bus);
		bus.emit("ready", {});
		expect(active).toEqual(new Set(["Menu"]));
	});
});

describe("store", () => {
	it("answers a turn with animationDone when no map is on screen", async () => {
		const bus = new Bus();
		store.install(bus);
		let done = 0;
		bus.on("animationDone", () => done++);
		const state = {} as never;
		bus.emit("turnResolved", { prev: state, next: state, record: {} as never });
		await Promise.resolve();
		expect(done).toBe(1);
		store.animators = 1;
		bus.emit("turnResolved", { prev: state, next: state, record: {} as never });
		await Promise.resolve();
		expect(done).toBe(1);
		store.animators = 0;
		bus.emit("insets", { top: 70, right: 0, bottom: 0, left: 300 });
		expect(store.insets.left).toBe(300);
		store.uninstall();
	});
});
