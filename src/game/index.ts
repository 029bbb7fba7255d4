// Creates the Phaser game in a parent element: WebGL on a GPU, Phaser's Canvas renderer where WebGL
// would run in software (renderer.ts), drawn in device pixels (sharp on HiDPI screens), resized
// with its parent, scenes routed by the bus.
import * as Phaser from "phaser";
import { type Bus, type SceneKey, bus as pageBus } from "../app/bus";
import { startLand } from "./assets";
import { chooseRenderer } from "./renderer";
import { SceneRouter } from "./router";
import { Boot } from "./scenes/Boot";
import { Briefing } from "./scenes/Briefing";
import { End } from "./scenes/End";
import { MapScene } from "./scenes/MapScene";
import { Menu } from "./scenes/Menu";
import { Preloader } from "./scenes/Preloader";
import { Replay } from "./scenes/Replay";
import { installStore } from "./store";

export function devicePixelRatio(): number {
	return Math.min(2, Math.max(1, window.devicePixelRatio || 1));
}

export interface CanvasGame {
	game: Phaser.Game;
	router: SceneRouter;
	destroy(): void;
}

/**
 * `scene`: the screen the app asked for before the canvas existed (src/main.ts creates it once
 * Phaser's chunk is in), shown when the Preloader is done.
 */
export function createGame(parent: HTMLElement, bus: Bus = pageBus, scene: SceneKey | null = null): CanvasGame {
	installStore(bus);
	// the map geometry downloads while Phaser boots
	startLand();
	const dpr = devicePixelRatio();
	const size = () => ({
		w: Math.max(1, Math.round((parent.clientWidth || window.innerWidth) * devicePixelRatio())),
		h: Math.max(1, Math.round((parent.clientHeight || window.innerHeight) * devicePixelRatio())),
	});
	const { w, h } = size();
	const renderer = chooseRenderer();
	// which one, for the browser bench and for people looking at the page
	parent.dataset.renderer = renderer;
	const game = new Phaser.Game({
		type: renderer === "webgl" ? Phaser.WEBGL : Phaser.CANVAS,
		parent,
		width: w,
		height: h,
		backgroundColor: "#04080e",
		scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
		render: {
			antialias: true,
			antialiasGL: true,
			roundPixels: false,
			powerPreference: "high-performance",
			// every scene's first camera fills the screen (or the map's opaque chart tiles do): with
			// the Canvas renderer, clearing and filling it first as well would be two more passes
			clearBeforeRender: renderer === "webgl",
		},
		input: { keyboard: false, gamepad: false, activePointers: 3 },
		audio: { noAudio: true },
		banner: false,
		// window.focus() at boot (for games in an iframe) cost 50 ms here, and the DOM shell owns the
		// keyboard focus anyway
		autoFocus: false,
		disableContextMenu: true,
		// the first one starts: the Preloader itself (Boot, which only started it, cost a frame)
		scene: [Preloader, Boot, Menu, Briefing, MapScene, End, Replay],
	});
	// for poking at the canvas from the console and from the browser bench (read-only use)
	(window as unknown as { islandChainGame?: Phaser.Game }).islandChainGame = game;
	const router = new SceneRouter(game, bus);
	if (scene) router.goto(scene);
	const observer = new ResizeObserver(() => {
		const s = size();
		if (s.w === game.scale.width && s.h === game.scale.height) return;
		game.scale.setZoom(1 / devicePixelRatio());
		game.scale.resize(s.w, s.h);
	});
	observer.observe(parent);
	return {
		game,
		router,
		destroy() {
			observer.disconnect();
			router.destroy();
			game.destroy(true);
		},
	};
}
