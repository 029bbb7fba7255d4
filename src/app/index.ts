// Entry point of the DOM shell: src/main.ts imports it beside the Phaser game and calls startApp()
// (the shell's styles come with main.ts, so the page has them before any script runs).
import { App } from "./app";
import { type StorageLike, MemoryStorage } from "./autosave";
import { type BotRunner, syncBotRunner, workerBotRunner } from "./botRunner";
import { bus } from "./bus";

export interface StartOptions {
	/** Where the DOM shell goes; default `#ui` (created if missing). */
	root?: HTMLElement;
	/** Think in the page instead of a worker (tests only). */
	syncBots?: boolean;
}

let app: App | null = null;

export function startApp(options: StartOptions = {}): App {
	if (app) return app;
	const root = options.root ?? document.getElementById("ui") ?? createRoot();
	const bots: BotRunner = options.syncBots
		? syncBotRunner()
		: workerBotRunner(() => new Worker(new URL("./botWorker.ts", import.meta.url), { type: "module" }));
	app = new App({ root, bus, storage: pageStorage(), bots, location: window.location });
	app.boot();
	// For debugging in the console and for end-to-end tests: read-only use.
	(window as unknown as { islandChain?: App }).islandChain = app;
	return app;
}

function createRoot(): HTMLElement {
	const el = document.createElement("div");
	el.id = "ui";
	document.body.append(el);
	return el;
}

function pageStorage(): StorageLike {
	try {
		const s = window.localStorage;
		const probe = "island-chain/probe";
		s.setItem(probe, "1");
		s.removeItem(probe);
		return s;
	} catch {
		return new MemoryStorage();
	}
}
