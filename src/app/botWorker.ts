// Bots think here, off the main thread, so the page stays responsive (DESIGN.md "Bots").
/// <reference lib="webworker" />
import { botOrders } from "../ai";
import type { Scenario } from "../engine";
import type { BotRequest, BotResponse } from "./botMessages";

const scenarios = new Map<string, Scenario>();

self.onmessage = (ev: MessageEvent<BotRequest>) => {
	const req = ev.data;
	if (req.scenario) scenarios.set(req.scenarioKey, req.scenario);
	const scenario = scenarios.get(req.scenarioKey);
	let res: BotResponse;
	if (!scenario) {
		res = { id: req.id, ok: false, error: "scenario not sent", needScenario: true };
	} else {
		try {
			const orders: Record<string, ReturnType<typeof botOrders>> = {};
			for (const b of req.bots) orders[b.faction] = botOrders(scenario, req.state, b.faction, b.level);
			res = { id: req.id, ok: true, orders };
		} catch (e) {
			res = { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
		}
	}
	(self as unknown as { postMessage(m: BotResponse): void }).postMessage(res);
};
