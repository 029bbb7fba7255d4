// The easy bot: a few readable rules per role, with some randomness from the bot's own stream.
// It sees only the shared state (never another faction's drafts) and returns legal orders.
import {
	deterrenceKey,
	type FactionId,
	type GameState,
	type Order,
	type Rng,
	relationKey,
	type Scenario,
	validateOrder,
} from "../engine";
import { menuCache } from "./menu";

/** Adds the first order of `options` that is still legal alongside `drafted`. */
function tryAdd(scenario: Scenario, s: GameState, drafted: Order[], options: Order[]): boolean {
	for (const o of options) {
		if (validateOrder(scenario, s, o, drafted) === null) {
			drafted.push(o);
			return true;
		}
	}
	return false;
}

function shuffled<T>(items: T[], rng: Rng): T[] {
	const a = [...items];
	for (let i = a.length - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		[a[i], a[j]] = [a[j], a[i]];
	}
	return a;
}

export function easyOrders(scenario: Scenario, s: GameState, faction: FactionId, rng: Rng): Order[] {
	// The same lists as candidateOrders() filtered by type, built only for the types asked for.
	const of = menuCache(scenario, s, faction);
	const drafted: Order[] = [];
	const rules = scenario.rules;
	const challenger = scenario.challenger;
	const fs = s.factions[faction];
	const def = scenario.factions.find((f) => f.id === faction)!;
	const theatreRegions = scenario.regions.filter((r) => r.theatre);

	// Everyone: join what partners proposed, and start own programmes when funds allow.
	tryAdd(scenario, s, drafted, of("acceptProgramme"));
	const affordable = (p: string) => {
		const prog = scenario.programmes.find((x) => x.id === p)!;
		return fs.funds >= prog.costPerTurn * 3;
	};
	if (rng.int(100) < 70) {
		tryAdd(scenario, s, drafted, shuffled([...of("proposeProgramme"), ...of("fundProgramme")], rng).filter((o) => affordable(o.programme)));
	}

	if (faction === challenger) {
		const weakest = Math.min(
			...scenario.deterrencePairs.filter((p) => p.challenger === faction).map((p) => s.deterrence[deterrenceKey(p.challenger, p.defender)] ?? 0),
		);
		if (s.tension >= rules.spiralTension - 5) {
			// Close to a war it does not want: step back.
			tryAdd(scenario, s, drafted, shuffled(of("dialogue"), rng));
			tryAdd(scenario, s, drafted, of("statement").filter((o) => o.tone === "conciliatory" && !o.taiwan));
		} else if (weakest < rules.holdDeterrence || rng.int(100) < 40) {
			// Probe where it is weakly deterred: drills in the sea regions of most value.
			const seas = theatreRegions.filter((r) => r.kind === "sea").sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
			const target = seas[rng.int(Math.min(3, seas.length))];
			if (target) tryAdd(scenario, s, drafted, of("drill").filter((o) => o.region === target.id && !o.partner && o.scale === 1 + rng.int(2)));
			tryAdd(scenario, s, drafted, of("statement").filter((o) => o.tone === (rng.int(2) ? "firm" : "hostile") && !o.taiwan));
		} else {
			tryAdd(scenario, s, drafted, of("statement").filter((o) => o.tone === "neutral" && !o.taiwan));
		}
		return drafted;
	}

	const pairs = scenario.deterrencePairs.filter((p) => p.defender === faction);
	const deterrence = pairs.length ? Math.min(...pairs.map((p) => s.deterrence[deterrenceKey(p.challenger, p.defender)] ?? 0)) : 999;
	// Material security: buy or contract when stock covers less than two quarters of demand.
	for (const [m, need] of Object.entries(fs.demand)) {
		if (need > 0 && (fs.materials[m] ?? 0) < 2 * need) {
			const producers = new Set(scenario.producers.filter((p) => p.material === m).map((p) => p.id));
			tryAdd(scenario, s, drafted, shuffled(of("offtake").filter((o) => producers.has(o.producer)), rng));
			tryAdd(scenario, s, drafted, of("stockpile").filter((o) => o.material === m).reverse());
		}
	}
	if (s.tension >= rules.spiralTension - 10 && (s.relations[relationKey(faction, challenger)] ?? 0) < 0) {
		tryAdd(scenario, s, drafted, of("dialogue").filter((o) => o.with === challenger));
		tryAdd(scenario, s, drafted, of("statement").filter((o) => o.tone === "conciliatory" && !o.taiwan));
	} else if (deterrence < rules.holdDeterrence + 10 && pairs.length) {
		const own = theatreRegions.filter((r) => s.regions[r.id].owner === faction || r.kind === "sea");
		const region = own[rng.int(own.length)];
		if (region) {
			tryAdd(scenario, s, drafted, shuffled(of("drill").filter((o) => o.region === region.id && o.partner && o.scale <= 2), rng));
			tryAdd(scenario, s, drafted, of("drill").filter((o) => o.region === region.id && o.scale === 1));
		}
		tryAdd(scenario, s, drafted, of("statement").filter((o) => o.tone === "firm" && !o.taiwan));
		if (fs.reserves > 0 && rng.int(100) < 30) tryAdd(scenario, s, drafted, of("deploy").filter((o) => own.some((r) => r.id === o.region) && o.units === 1));
	} else if (def.allies.length && rng.int(100) < 30) {
		tryAdd(scenario, s, drafted, shuffled(of("aid").filter((o) => o.amount === 5), rng));
	} else if (rng.int(100) < 50) {
		tryAdd(scenario, s, drafted, shuffled(of("dialogue"), rng));
	}
	return drafted;
}
