// Browser entry: the DOM shell (src/app) in #ui at once, and the Phaser canvas in #game as soon as
// its chunk is in. Phaser is imported dynamically so the page does not wait for it: the browser
// downloads and compiles the Phaser chunk (650 kB, 172 kB gzip) (index.html preloads it, see vite.config.ts)
// while the menu, the briefing and the panels are built, instead of before any of them. What the
// app tells the canvas meanwhile is kept: the game's copy of the state (store.ts, installed here)
// and the last screen asked for, which the scene router shows once Phaser is ready.
import { startApp } from "./app";
import { bus, type SceneKey } from "./app/bus";
import { startLand } from "./game/assets";
import { watchWebgl } from "./game/renderer";
import { installStore } from "./game/store";

installStore(bus);
// the map geometry downloads and is decoded in a worker while the scripts boot (errors: Preloader)
startLand();
let asked: SceneKey | null = null;
const offGoto = bus.on("goto", ({ scene }) => {
	asked = scene;
});
// Phaser tests for WebGL as its chunk is evaluated: the renderer probe asks that context (renderer.ts)
const unwatch = watchWebgl();
const game = import("./game");
const app = startApp();

void game.then(
	({ createGame }) => {
		unwatch();
		offGoto();
		const canvas = createGame(document.getElementById("game") ?? document.body, bus, asked);
		// Development shortcut (src/game/dev.ts): ?dev=map jumps straight into the flagship on the map.
		const dev = new URLSearchParams(window.location.search).get("dev");
		if (dev) void import("./game/dev").then((m) => m.runDev(dev, canvas.game));
	},
	(e: unknown) => {
		unwatch();
		offGoto();
		app.shell.banners.show(
			"error",
			`The map could not be loaded (${e instanceof Error ? e.message : String(e)}). Check the connection and reload.`,
		);
	},
);
