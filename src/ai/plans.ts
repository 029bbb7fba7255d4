// Candidate order sets ("plans") for one faction this turn, built from a handful of rule
// templates over the scenario's data: deter, calm, befriend, supply, build, ally, squeeze, ...
// Each plan is legal as a whole (every order is validated alongside the ones before it). The
// normal and hard bots judge the plans with the engine; the templates only make sure the menu is
// varied.
import {
	type FactionId,
	type GameState,
	type Order,
	type Rng,
	relationKey,
	type Scenario,
	type ScenarioRegion,
	validateOrder,
} from "../engine";
import { easyOrders } from "./easy";
import { type Menu, menuCache } from "./menu";

/** Programmes the normal bot weighs as plans of their own, beyond the "build" plan's. */
const EXTRA_PROGRAMMES = 1;

export interface Plan {
	name: string;
	orders: Order[];
	/** How many of the orders come before the filler (stockpiles bought with spare action points). */
	core?: number;
}


/** What the templates need to know about the faction, computed once per decision. */
interface Situation {
	scenario: Scenario;
	s: GameState;
	faction: FactionId;
	of: Menu;
	rng: Rng;
	challenger: boolean;
	/** Factions this one is hostile to (negative relations), most hostile first. */
	rivals: FactionId[];
	/** Allies it may drill with now. */
	partners: FactionId[];
	/** Theatre regions where its drills raise readiness, most valuable first. */
	drillRegions: ScenarioRegion[];
	/** Where it may deploy, most valuable first. */
	deployRegions: ScenarioRegion[];
}

function situation(scenario: Scenario, s: GameState, faction: FactionId, rng: Rng): Situation {
	const me = scenario.factions.find((f) => f.id === faction)!;
	const rel = (x: FactionId) => s.relations[relationKey(faction, x)] ?? 0;
	const rivals = scenario.factions
		.map((f) => f.id)
		.filter((x) => x !== faction && rel(x) < 0)
		.sort((a, b) => rel(a) - rel(b) || (a < b ? -1 : 1));
	if (faction !== scenario.challenger && !rivals.includes(scenario.challenger)) rivals.push(scenario.challenger);
	const partners = me.allies.filter((a) => rel(a) >= 30);
	const byValue = (a: ScenarioRegion, b: ScenarioRegion) => b.value - a.value || (a.id < b.id ? -1 : 1);
	const challenger = faction === scenario.challenger;
	const drillRegions = scenario.regions
		.filter((r) => r.theatre && (challenger ? r.kind === "sea" || s.regions[r.id]?.owner === faction : s.regions[r.id]?.owner === faction || r.kind === "sea"))
		.sort(byValue);
	const deployRegions = scenario.regions
		.filter((r) => {
			if (!r.theatre) return false;
			const owner = s.regions[r.id]?.owner;
			return r.kind === "sea" || owner === faction || (owner !== null && owner !== undefined && me.allies.includes(owner));
		})
		.sort(byValue);
	// The menu unvalidated: every order a plan takes is validated alongside the plan's others.
	const of = menuCache(scenario, s, faction, false);
	return { scenario, s, faction, of, rng, challenger, rivals, partners, drillRegions, deployRegions };
}

/** Builds one plan: each step adds the first of its options that is legal with what is drafted. */
class Builder {
	constructor(
		private readonly x: Situation,
		readonly orders: Order[] = [],
	) {}
	add(options: readonly Order[]): this {
		for (const o of options) {
			if (validateOrder(this.x.scenario, this.x.s, o, this.orders) === null) {
				this.orders.push(o);
				break;
			}
		}
		return this;
	}
	statement(tone: "conciliatory" | "neutral" | "firm" | "hostile", taiwan?: "ambiguity" | "clarity"): this {
		return this.add(this.x.of("statement").filter((o) => o.tone === tone && o.taiwan === taiwan));
	}
	drill(region: ScenarioRegion | undefined, scale: number, joint: boolean): this {
		if (!region) return this;
		const drills = this.x.of("drill").filter((o) => o.region === region.id && o.scale === scale);
		const jointDrills = drills.filter((o) => o.partner !== undefined && this.x.partners.includes(o.partner));
		return this.add(joint ? [...jointDrills, ...drills.filter((o) => !o.partner)] : drills.filter((o) => !o.partner));
	}
	deploy(region: ScenarioRegion | undefined, units: number): this {
		if (!region) return this;
		return this.add(this.x.of("deploy").filter((o) => o.region === region.id && o.units <= units).reverse());
	}
	accept(): this {
		for (const o of this.x.of("acceptProgramme")) if (!premature(this.x, o)) this.add([o]);
		return this;
	}
	dialogue(withWhom: FactionId | undefined): this {
		if (!withWhom) return this;
		return this.add(this.x.of("dialogue").filter((o) => o.with === withWhom));
	}
}

/**
 * Whether `o` starts a programme that only delivers stock before it can deliver on the last turn.
 * Only the final stock is scored, and what arrives earlier is drawn down by demand on the way, so
 * such programmes are timed to complete on the last turn (no plan starts one earlier).
 */
function premature(x: Situation, o: Order): boolean {
	if (o.type !== "fundProgramme" && o.type !== "proposeProgramme" && o.type !== "acceptProgramme") return false;
	const p = x.scenario.programmes.find((q) => q.id === o.programme);
	return !!p && p.effects.length > 0 && p.effects.every((e) => e.kind === "material") && x.s.turn + p.duration < x.scenario.turns;
}

/** Programmes worth starting, the faction's objective programmes first, then by the bot's stream. */
function programmeOrders(x: Situation): Extract<Order, { programme: string }>[] {
	const fs = x.s.factions[x.faction];
	const goals = new Set(
		x.scenario.objectives
			.filter((o) => o.metric === "programme" && (o.faction === x.faction || x.scenario.programmes.find((p) => p.id === o.programme)?.sponsors.includes(x.faction)))
			.map((o) => (o.metric === "programme" ? o.programme : "")),
	);
	const starts = [...x.of("proposeProgramme"), ...x.of("fundProgramme")].filter((o) => {
		const p = x.scenario.programmes.find((q) => q.id === o.programme)!;
		if (premature(x, o)) return false;
		return fs.funds >= p.costPerTurn * 2;
	});
	const first = starts.filter((o) => goals.has(o.programme));
	const rest = starts.filter((o) => !goals.has(o.programme));
	for (let i = rest.length - 1; i > 0; i--) {
		const j = x.rng.int(i + 1);
		[rest[i], rest[j]] = [rest[j], rest[i]];
	}
	// Programmes whose effects reach the faction's objectives before the others (a stable sort
	// keeps the shuffled order among equals).
	const relevance = new Map(rest.map((o) => [o.programme, programmeRelevance(x, o.programme)]));
	rest.sort((a, b) => relevance.get(b.programme)! - relevance.get(a.programme)!);
	return [...first, ...rest];
}

/** How many of a programme's effects touch what the faction's objectives measure. */
function programmeRelevance(x: Situation, programme: string): number {
	const p = x.scenario.programmes.find((q) => q.id === programme);
	if (!p) return 0;
	const mine = x.scenario.objectives.filter((o) => o.faction === x.faction);
	const materials = new Set(mine.flatMap((o) => (o.metric === "material" ? [o.material] : [])));
	const relations = mine.flatMap((o) => (o.metric === "relation" ? [[o.a, o.b]] : []));
	const deterrence = mine.some((o) => o.metric === "deterrence");
	const producerMaterial = (id: string) => x.scenario.producers.find((q) => q.id === id)?.material ?? "";
	let n = 0;
	for (const e of p.effects) {
		if ((e.kind === "material" || e.kind === "demand") && e.faction === x.faction && materials.has(e.material)) n += 2;
		else if ((e.kind === "producer" || e.kind === "contract") && materials.has(producerMaterial(e.producer))) n += 1;
		else if ((e.kind === "credibility" || e.kind === "resolve") && e.faction === x.faction && deterrence) n += 1;
		else if (e.kind === "relation" && relations.some(([a, b]) => (a === e.a && b === e.b) || (a === e.b && b === e.a))) n += 1;
	}
	return n;
}

/**
 * Materials worth buying, most urgent first: those whose stock covers less than three turns of
 * demand (least cover first), then those an objective of the faction wants more of.
 */
function materialsToBuy(x: Situation): string[] {
	const fs = x.s.factions[x.faction];
	const short = Object.keys(fs.demand)
		.filter((m) => fs.demand[m] > 0 && (fs.materials[m] ?? 0) < 3 * fs.demand[m])
		.sort((a, b) => (fs.materials[a] ?? 0) / fs.demand[a] - (fs.materials[b] ?? 0) / fs.demand[b] || (a < b ? -1 : 1));
	const goals: string[] = [];
	for (const o of x.scenario.objectives) {
		if (o.faction === x.faction && o.metric === "material" && o.faction === x.faction && (fs.materials[o.material] ?? 0) < o.target) {
			if (!short.includes(o.material) && !goals.includes(o.material)) goals.push(o.material);
		}
	}
	return [...short, ...goals];
}

function supplyOrders(x: Situation, material: string): Order[][] {
	const producers = new Set(x.scenario.producers.filter((p) => p.material === material).map((p) => p.id));
	return [
		x.of("stockpile").filter((o) => o.material === material).reverse(),
		x.of("offtake").filter((o) => producers.has(o.producer)),
	];
}

/** Export controls the faction could tighten on a rival that buys from it. */
function squeezeOrders(x: Situation, full = false): Order[] {
	const buyers = new Set<string>();
	for (const c of x.s.contracts) {
		const p = x.scenario.producers.find((q) => q.id === c.producer);
		if (p && p.owner === x.faction && c.consumer !== x.faction) buyers.add(`${c.consumer}\u0000${p.material}`);
	}
	const current = (o: Extract<Order, { type: "setExportControl" }>) =>
		x.s.exportControls.find((c) => c.issuer === x.faction && c.target === o.target && c.material === o.material)?.level ?? 0;
	return x
		.of("setExportControl")
		.filter((o) => x.rivals.includes(o.target) && buyers.has(`${o.target}\u0000${o.material}`) && (full ? o.level === 3 && current(o) < 3 : o.level === current(o) + 1))
		.sort((a, b) => x.rivals.indexOf(a.target) - x.rivals.indexOf(b.target));
}

/**
 * The factions whose relations with this one an objective of its wants raised (an "at least"
 * relation objective below its target), the largest weighted gap first.
 */
function relationTargets(x: Situation): FactionId[] {
	const gaps = new Map<FactionId, number>();
	for (const o of x.scenario.objectives) {
		if (o.faction !== x.faction || o.metric !== "relation" || o.comparison !== "atLeast") continue;
		const other = o.a === x.faction ? o.b : o.b === x.faction ? o.a : undefined;
		if (other === undefined) continue;
		const gap = o.target - (x.s.relations[relationKey(o.a, o.b)] ?? 0);
		if (gap > 0) gaps.set(other, (gaps.get(other) ?? 0) + gap * o.weight);
	}
	return [...gaps].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
}

/** A pick among the first `n` items by the bot's stream. */
function pick<T>(x: Situation, items: readonly T[], n = 3): T | undefined {
	if (items.length === 0) return undefined;
	return items[x.rng.int(Math.min(n, items.length))];
}

/**
 * The candidate plans for `faction` now, without duplicates, "hold" (no orders) first and the
 * easy bot's choice second. `wide` adds more variations (the hard bot's larger menu).
 */
export function candidatePlans(scenario: Scenario, s: GameState, faction: FactionId, rng: Rng, wide = false): Plan[] {
	return planMenu(scenario, s, faction, rng, wide).plans;
}

/** Single orders worth trying on top of a chosen plan, and how to add one (normal.ts refines its choice). */
export interface Refiner {
	options: Order[];
	/** The plan's core orders with `o` added and the spare action points filled again, or null if `o` does not fit. */
	extend(plan: Plan, o: Order): Plan | null;
}

/** The candidate plans (see candidatePlans) and the refiner for the one chosen. */
export function planMenu(scenario: Scenario, s: GameState, faction: FactionId, rng: Rng, wide = false): { plans: Plan[]; refiner: Refiner } {
	const x = situation(scenario, s, faction, rng);
	const plans: Plan[] = [];
	const b = () => new Builder(x);
	const rival = x.rivals[0];
	const partner = x.partners[0];
	const regionA = pick(x, x.drillRegions);
	const regionB = pick(x, x.drillRegions.filter((r) => r !== regionA), 4);
	const deployAt = pick(x, x.deployRegions);
	const toBuy = materialsToBuy(x);
	const programmes = programmeOrders(x);

	plans.push({ name: "hold", orders: [] });
	plans.push({ name: "easy", orders: easyOrders(scenario, s, faction, rng).filter((o) => !premature(x, o)) });
	plans.push({ name: "build", orders: b().accept().add(programmes).add(x.of("budget").filter((o) => o.delta > 0)).orders });
	// One plan per further programme worth starting (the "build" plan takes the first that is legal).
	for (const o of programmes.slice(1, wide ? programmes.length : 1 + EXTRA_PROGRAMMES)) plans.push({ name: `fund:${o.programme}`, orders: b().accept().add([o]).orders });
	plans.push({ name: "calm", orders: b().accept().dialogue(rival).statement("conciliatory").orders });
	// Talks with the factions an objective wants closer relations with (one dialogue each a turn).
	const befriend = relationTargets(x);
	if (befriend.length) {
		const talks = b().accept();
		for (const f of befriend) talks.dialogue(f);
		plans.push({ name: "befriend", orders: talks.orders });
	}
	const supply = b().accept();
	for (const m of toBuy) for (const options of supplyOrders(x, m)) supply.add(options);
	plans.push({ name: "supply", orders: supply.orders });
	if (wide && toBuy.length > 1) {
		// Only stockpiles (no contracts): cheaper in action points, so more materials at once.
		const buy = b();
		for (const m of toBuy) buy.add(supplyOrders(x, m)[0]);
		plans.push({ name: "stockpile", orders: buy.orders });
	}

	if (x.challenger) {
		plans.push({ name: "probe", orders: b().accept().drill(regionA, 1, false).statement("firm").orders });
		plans.push({ name: "pressure", orders: b().drill(regionA, 2, false).statement("hostile").deploy(deployAt, 2).orders });
		plans.push({ name: "squeeze", orders: b().accept().add(squeezeOrders(x)).statement("firm").orders });
		plans.push({ name: "steady", orders: b().accept().add(programmes).statement("neutral").drill(regionA, 1, false).orders });
		const lifts = x.of("liftExportControl").filter((o) => x.rivals.includes(o.target));
		plans.push({ name: "relax", orders: b().add(lifts).dialogue(rival).statement("conciliatory").orders });
		if (wide) {
			plans.push({ name: "drills", orders: b().drill(regionA, 2, false).drill(regionB, 1, false).statement("firm").orders });
			plans.push({ name: "talk-firm", orders: b().dialogue(x.rivals[1] ?? rival).statement("firm").add(programmes).orders });
		}
	} else {
		plans.push({ name: "deter", orders: b().accept().drill(regionA, 1, true).statement("firm").orders });
		plans.push({
			name: "deter-hard",
			orders: b().drill(regionA, 2, true).drill(regionB, 1, true).statement("firm").deploy(deployAt, 1).orders,
		});
		plans.push({ name: "talk-deter", orders: b().accept().dialogue(rival).drill(regionA, 1, true).statement("neutral").orders });
		plans.push({ name: "ally", orders: b().accept().add(x.of("aid").filter((o) => o.amount === 10)).dialogue(partner).drill(regionB, 1, true).orders });
		plans.push({ name: "posture", orders: b().accept().deploy(deployAt, 2).drill(regionA, 1, true).orders });
		if (wide) {
			plans.push({ name: "clarity", orders: b().accept().statement("firm", "clarity").drill(regionA, 1, true).orders });
			plans.push({ name: "build-deter", orders: b().accept().add(programmes).drill(regionA, 1, true).statement("firm").orders });
			const squeeze = squeezeOrders(x);
			if (squeeze.length) plans.push({ name: "squeeze", orders: b().add(squeeze).statement("firm").orders });
			const supply2 = b().accept().dialogue(rival).statement("conciliatory");
			for (const m of toBuy) for (const options of supplyOrders(x, m)) supply2.add(options);
			plans.push({ name: "supply-calm", orders: supply2.orders });
		}
	}
	// Spare action points buy the materials running short: cheap, and a shortage costs the
	// economy every turn (the "hold" and "easy" plans stay as they are, for comparison).
	for (const plan of plans) {
		if (plan.name === "hold" || plan.name === "easy") continue;
		plan.core = plan.orders.length;
		const fill = new Builder(x, plan.orders);
		for (const m of toBuy) fill.add(supplyOrders(x, m)[0]);
	}
	// Drop repeats (a template may come out the same as another when options are few).
	const seen = new Set<string>();
	const unique = plans.filter((p) => {
		const key = JSON.stringify(p.orders);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	// Refinements: the best supply contract for each material worth buying, and programmes to start.
	const options: Order[] = [];
	for (const m of toBuy) {
		const o = bestOfftake(x, m);
		if (o) options.push(o);
	}
	options.push(...x.of("acceptProgramme").filter((o) => !premature(x, o)).slice(0, 1), ...programmes.slice(0, wide ? 3 : 2));
	// The wider menu also weighs cutting a rival off at once (a full ban, not one level a turn).
	if (wide) options.push(...squeezeOrders(x, true));
	const extend = (plan: Plan, o: Order): Plan | null => {
		const core = plan.orders.slice(0, plan.core ?? plan.orders.length);
		if (core.some((c) => c.type === o.type && JSON.stringify(c) === JSON.stringify(o))) return null;
		if (validateOrder(scenario, s, o, core) !== null) return null;
		const b = new Builder(x, [...core, o]);
		for (const m of toBuy) b.add(supplyOrders(x, m)[0]);
		return { name: `${plan.name}+${o.type}`, orders: b.orders, core: core.length + 1 };
	};
	return { plans: unique, refiner: { options, extend } };
}

/** The offtake that brings most of a material (capacity x share, less what export controls cut). */
function bestOfftake(x: Situation, material: string): Order | null {
	let top: Order | null = null;
	let most = 0;
	for (const o of x.of("offtake")) {
		const p = x.scenario.producers.find((q) => q.id === o.producer);
		const ps = x.s.producers[o.producer];
		if (!p || p.material !== material || !ps?.active) continue;
		const level = x.s.exportControls.find((c) => c.issuer === p.owner && c.target === x.faction && c.material === material)?.level ?? 0;
		const amount = Math.trunc((Math.trunc((ps.capacity * o.share) / 100) * (3 - level)) / 3);
		if (amount > most && validateOrder(x.scenario, x.s, o) === null) {
			most = amount;
			top = o;
		}
	}
	return top;
}
