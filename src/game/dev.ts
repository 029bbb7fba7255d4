// Development shortcut, only with ?dev= in the URL: "?dev=map" starts the flagship scenario on the
// Map scene without the menus; "?dev=turn" also resolves one turn (everyone passes) to show the
// animation (easy bots play every faction; &turns=N for more, &fast=1 to skip the waits between
// turns); "?dev=menu|briefing|end|replay" shows that scene with the game loaded. It saves nothing
// and loads in its own chunk.
import type * as Phaser from "phaser";
import type { SceneKey } from "../app/bus";
import { bus } from "../app/bus";
import { botOrders } from "../ai";
import { newGame, resolve } from "../engine";
import { getBuiltinScenario } from "../scenario/builtin";

export async function runDev(mode: string, game: Phaser.Game): Promise<void> {
	// for poking at the canvas from the console and from screenshot scripts
	(window as unknown as { islandChainGame?: Phaser.Game }).islandChainGame = game;
	const params = new URLSearchParams(location.search);
	const loaded = getBuiltinScenario(params.get("scenario") ?? "southwest-shield");
	if (!loaded?.ok) throw new Error("dev: the scenario does not load");
	const scenario = loaded.scenario;
	const player = params.get("player") ?? scenario.factions.find((f) => f.playable)?.id ?? null;
	let state = newGame(scenario, params.get("seed") ?? "dev");
	const scenes: Record<string, SceneKey> = { menu: "Menu", briefing: "Briefing", end: "End", replay: "Replay" };
	bus.emit("gameLoaded", { scenario, state, player });
	bus.emit("goto", { scene: scenes[mode] ?? "Map" });
	const turns = mode === "turn" ? Number(params.get("turns") ?? 1) : 0;
	for (let i = 0; i < turns; i++) {
		const fast = params.has("fast") && i < turns - 1;
		if (!fast) await new Promise((r) => setTimeout(r, 900));
		const orders = scenario.factions.flatMap((f) => botOrders(scenario, state, f.id, "easy"));
		const prev = state;
		state = resolve(scenario, state, orders);
		if (fast) {
			bus.emit("state", { state });
			continue;
		}
		const done = new Promise<void>((r) => {
			const off = bus.on("animationDone", () => {
				off();
				r();
			});
		});
		bus.emit("turnResolved", { prev, next: state, record: state.history[state.history.length - 1] });
		await done;
	}
}
