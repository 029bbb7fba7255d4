// Runs the bots: in a Web Worker in the browser, in this thread as a fallback (tests, or a browser
// where the worker cannot start). The AI itself (thinkNow.ts) is imported only when the page has to
// think here, so it is not in the page's first chunk (the worker has its own copy).
import type { FactionId, GameState, Order, Scenario } from "../engine";
import type { BotRequest, BotResponse } from "./botMessages";
import type { BotList } from "./thinkNow";

export interface BotRunner {
	think(scenario: Scenario, scenarioKey: string, state: GameState, bots: BotList): Promise<Record<FactionId, Order[]>>;
	dispose(): void;
}

/** thinkNow, loaded on first use. */
async function thinkHere(scenario: Scenario, state: GameState, bots: BotList): Promise<Record<FactionId, Order[]>> {
	const { thinkNow } = await import("./thinkNow");
	return thinkNow(scenario, state, bots);
}

export function syncBotRunner(): BotRunner {
	return {
		think: (scenario, _key, state, bots) => thinkHere(scenario, state, bots),
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
			return thinkHere(scenario, state, bots);
		},
		dispose() {
			worker?.terminate();
			worker = null;
		},
	};
}
