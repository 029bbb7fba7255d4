// The scene router: the app says which screen to show with bus "goto"; one screen runs at a time.
// Before the Preloader is done a "goto" is remembered and shown when "ready" arrives (the menu if
// none was asked for).
import type * as Phaser from "phaser";
import type { Bus, SceneKey } from "../app/bus";
import { SCENES, SCREENS } from "./keys";

export class SceneRouter {
	private ready = false;
	private pending: SceneKey | null = null;
	current: SceneKey | null = null;
	private off: (() => void)[] = [];

	constructor(
		private game: Phaser.Game,
		bus: Bus,
	) {
		this.off.push(
			bus.on("goto", ({ scene }) => this.goto(scene)),
			bus.on("ready", () => {
				this.ready = true;
				const next = this.pending ?? SCENES.Menu;
				this.pending = null;
				this.show(next);
			}),
		);
	}

	goto(scene: SceneKey): void {
		if (!SCREENS.includes(scene)) return;
		if (!this.ready) this.pending = scene;
		else this.show(scene);
	}

	private show(key: SceneKey): void {
		const manager = this.game.scene;
		for (const s of manager.getScenes(false)) {
			const k = s.sys.settings.key;
			if (k !== key && (manager.isActive(k) || manager.isPaused(k) || manager.isSleeping(k))) manager.stop(k);
		}
		if (!manager.isActive(key)) manager.start(key);
		this.current = key;
	}

	destroy(): void {
		for (const f of this.off) f();
		this.off = [];
	}
}
