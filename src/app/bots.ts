// Runs the bots: in a Web Worker in the browser, synchronously as a fallback (tests, or a
// browser where the worker cannot start).
import { botOrders } from "../ai";
import type { FactionId, GameState, Order, Scenario } from "../engine";
import type { BotLevel } from "../replay";
import type { BotRequest, BotResponse } from "./botMessages";

export type BotList = { faction: FactionId; level: BotLevel }[];

export interface BotRunner {
	think(scenario: Scenario, scenarioKey: string, state: GameState, bots: BotList): Promise<Record<FactionId, Order[]>>;
	dispose(): void;
}

export function thinkNow(scenario: Scenario, state: GameState, bots: BotList): Record<FactionId, Order[]> {
	const out: Record<FactionId, Order[]> = {};
	for (const b of bots) out[b.faction] = botOrders(scenario, state, b.faction, b.level);
	return out;
}

export function syncBotRunner(): BotRunner {
	return {
		think: async (scenario, _key, state, bots) => thinkNow(scenario, state, bots),
		dispose: () => {},
	};
}

/** A runner backed by a module worker; if the worker fails, it falls back to thinking inline. */
export function workerBotRunner(makeWorker: () => Worker): BotRunner {
	let worker: Worker | null = null;
	let broken = false;
	let nextId = 1;
	const sentScenario = new Set<string>();
	const pending = new Map<number, { resolve: (r: BotResponse) => void }>();

	const start = (): Worker | null => {
		if (worker || broken) return worker;
		try {
			worker = makeWorker();
		} catch {
			broken = true;
			return null;
		}
		worker.onmessage = (ev: MessageEvent<BotResponse>) => {
			const p = pending.get(ev.data.id);
			if (!p) return;
			pending.delete(ev.data.id);
			p.resolve(ev.data);
		};
		worker.onerror = (ev) => {
			ev.preventDefault();
			broken = true;
			worker?.terminate();
			worker = null;
			for (const [id, p] of pending) p.resolve({ id, ok: false, error: "bot worker failed" });
			pending.clear();
		};
		return worker;
	};

	const ask = (req: BotRequest): Promise<BotResponse> => {
		const w = start();
		if (!w) return Promise.resolve({ id: req.id, ok: false, error: "no worker" });
		return new Promise((resolve) => {
			pending.set(req.id, { resolve });
			w.postMessage(req);
		});
	};

	return {
		async think(scenario, scenarioKey, state, bots) {
			if (bots.length === 0) return {};
			const send = !sentScenario.has(scenarioKey);
			let res = await ask({ id: nextId++, scenarioKey, scenario: send ? scenario : undefined, state, bots });
			if (!res.ok && res.needScenario) {
				res = await ask({ id: nextId++, scenarioKey, scenario, state, bots });
			}
			if (res.ok) {
				sentScenario.add(scenarioKey);
				return res.orders;
			}
			// Worker unavailable or failed: think here rather than stall the game.
			return thinkNow(scenario, state, bots);
		},
		dispose() {
			worker?.terminate();
			worker = null;
		},
	};
}
