// Browser entry: small, so it runs as soon as it arrives, and starts the two halves of the page
// side by side: the DOM shell (src/app: menu, briefing, panels) in #ui and the Phaser canvas
// (src/game) in #game. index.html preloads both (vite.config.ts), so the browser downloads and
// compiles them in parallel from the start; whichever is ready first runs first, instead of the
// canvas waiting behind the shell's whole script (and the shell behind the canvas's). The land
// geometry starts downloading in a worker at once (game/assets.ts). What the app tells the canvas
// before Phaser is ready is kept: the game's copy of the state (store.ts, installed here) and the
// last screen asked for, which the scene router shows once Phaser is ready.
import "./ui/styles.css";
import { bus, type SceneKey } from "./app/bus";
import { startLand } from "./game/assets";
import { watchWebgl } from "./game/renderer";
import { installStore } from "./game/store";

installStore(bus);
startLand();
let asked: SceneKey | null = null;
const offGoto = bus.on("goto", ({ scene }) => {
	asked = scene;
});
// Phaser tests for WebGL as its chunk is evaluated: the renderer probe asks that context (renderer.ts)
const unwatch = watchWebgl();
const game = import("./game");
const app = import("./app").then(
	({ startApp }) => startApp(),
	(e: unknown) => {
		// nothing of the shell could load: say so in plain text where the menu would be
		const ui = document.getElementById("ui") ?? document.body;
		const p = document.createElement("p");
		p.className = "load-failed";
		p.setAttribute("role", "alert");
		p.textContent = `Island Chain could not be loaded (${e instanceof Error ? e.message : String(e)}). Check the connection and reload.`;
		ui.append(p);
		return null;
	},
);

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
		void app.then((shell) =>
			shell?.shell.banners.show(
				"error",
				`The map could not be loaded (${e instanceof Error ? e.message : String(e)}). Check the connection and reload.`,
			),
		);
	},
);
