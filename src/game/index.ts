// Creates the Phaser game in a parent element: WebGL, drawn in device pixels (sharp on HiDPI
// screens), resized with its parent, scenes routed by the bus.
import * as Phaser from "phaser";
import { type Bus, bus as pageBus } from "../app/bus";
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

export function createGame(parent: HTMLElement, bus: Bus = pageBus): CanvasGame {
	installStore(bus);
	const dpr = devicePixelRatio();
	const size = () => ({
		w: Math.max(1, Math.round((parent.clientWidth || window.innerWidth) * devicePixelRatio())),
		h: Math.max(1, Math.round((parent.clientHeight || window.innerHeight) * devicePixelRatio())),
	});
	const { w, h } = size();
	const game = new Phaser.Game({
		type: Phaser.WEBGL,
		parent,
		width: w,
		height: h,
		backgroundColor: "#04080e",
		scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
		render: { antialias: true, antialiasGL: true, roundPixels: false, powerPreference: "high-performance" },
		input: { keyboard: false, gamepad: false, activePointers: 3 },
		audio: { noAudio: true },
		banner: false,
		disableContextMenu: true,
		scene: [Boot, Preloader, Menu, Briefing, MapScene, End, Replay],
	});
	const router = new SceneRouter(game, bus);
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
