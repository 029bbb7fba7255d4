// The bots' forecast: where a state is heading by the end of the game if nobody orders anything
// more. The final score is taken on the last turn's state only, so what a plan is worth is what
// is left of its effects then: credibility and resolve fade, readiness returns to peacetime,
// tension drifts toward its baseline, stocks are drawn down by demand, programmes under way
// complete and apply their effects, production lines keep adding munitions, economies recover or
// suffer. This is a small copy of the engine's upkeep rules (programmes, supply, production,
// posture, tension, deterrence, economy), approximate and cheap: plain arrays indexed by faction,
// material and region, a few hundred operations a turn instead of a full resolve(). The ladder
// is not moved here (value.ts weighs its odds). Integer arithmetic, as in the engine.
import { type Effect, type FactionId, type GameState, type ObjectiveSpec, relationKey, type Scenario, UNIT_VALUE } from "../engine";


const div = (a: number, b: number): number => Math.trunc(a / b);
const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, hi));

/** The forecast of one state: the path of tension and deterrence, and the metrics at the end. */
export interface Forecast {
	/** Tension at the end of each forecast turn (length = turns forecast). */
	tensions: number[];
	/** The weakest deterrence the challenger faces at the end of each forecast turn. */
	weakest: number[];
	/**
	 * The metric of `objectives[i]` (as given to forecast()) after `turn` forecast turns (0 = now,
	 * at most the turns forecast); a programme's metric is its progress in turns of work, or -1
	 * once done. The rung is not forecast (value.ts weighs the ladder's odds).
	 */
	metric(i: number, turn: number): number;
}

/** The scenario's ids as indices, worked out once per scenario. */
interface Index {
	factions: FactionId[];
	materialIds: string[];
	regionIds: string[];
	faction: Map<FactionId, number>;
	material: Map<string, number>;
	munition: Map<string, number>;
	munitionValue: number[];
	region: Map<string, number>;
	/** Theatre regions: index, value. */
	theatre: { r: number; value: number }[];
	peaceReadiness: number[];
	baseCredibility: number[];
	baseResolve: number[];
	allies: number[][];
	shortfallCost: number[];
	challenger: number;
	defenders: number[];
	producer: Map<string, number>;
	producers: { owner: number; material: number; via: number[] }[];
	programmes: { id: string; cost: number; duration: number; needs: [number, number][]; effects: Effect[] }[];
	lines: { faction: number; munition: number; needs: [number, number][] }[];
	line: Map<string, number>;
}

const indices = new WeakMap<Scenario, Index>();

function indexOf(scenario: Scenario): Index {
	let x = indices.get(scenario);
	if (x) return x;
	const factions = scenario.factions.map((f) => f.id);
	const faction = new Map(factions.map((f, i) => [f, i]));
	const material = new Map(scenario.materials.map((m, i) => [m.id, i]));
	const munition = new Map(scenario.munitions.map((m, i) => [m.id, i]));
	const region = new Map(scenario.regions.map((r, i) => [r.id, i]));
	const challenger = faction.get(scenario.challenger) ?? -1;
	const defenders: number[] = [];
	for (const p of scenario.deterrencePairs) {
		const d = faction.get(p.defender);
		if (p.challenger === scenario.challenger && d !== undefined && !defenders.includes(d)) defenders.push(d);
	}
	const needs = (n: Record<string, number>): [number, number][] =>
		Object.entries(n).flatMap(([m, v]) => (material.has(m) ? [[material.get(m)!, v] as [number, number]] : []));
	x = {
		factions,
		materialIds: scenario.materials.map((m) => m.id),
		regionIds: scenario.regions.map((r) => r.id),
		faction,
		material,
		munition,
		munitionValue: scenario.munitions.map((m) => m.value),
		region,
		theatre: scenario.regions.flatMap((r, i) => (r.theatre ? [{ r: i, value: r.value }] : [])),
		peaceReadiness: scenario.regions.map((r) => r.readiness),
		baseCredibility: scenario.factions.map((f) => f.credibility),
		baseResolve: scenario.factions.map((f) => f.resolve),
		allies: scenario.factions.map((f) => f.allies.flatMap((a) => (faction.has(a) ? [faction.get(a)!] : []))),
		shortfallCost: scenario.materials.map((m) => m.shortfallCost),
		challenger,
		defenders,
		producer: new Map(scenario.producers.map((p, i) => [p.id, i])),
		producers: scenario.producers.map((p) => ({
			owner: faction.get(p.owner) ?? -1,
			material: material.get(p.material) ?? -1,
			via: p.via.flatMap((r) => (region.has(r) ? [region.get(r)!] : [])),
		})),
		programmes: scenario.programmes.map((p) => ({ id: p.id, cost: p.costPerTurn, duration: p.duration, needs: needs(p.needs), effects: p.effects })),
		lines: scenario.lines.map((ln) => ({ faction: faction.get(ln.faction) ?? -1, munition: munition.get(ln.munition) ?? -1, needs: needs(ln.needs) })),
		line: new Map(scenario.lines.map((ln, i) => [ln.id, i])),
	};
	indices.set(scenario, x);
	return x;
}

const ACTIVE = 1;
const STALLED = 2;
const DONE = 3;
const OTHER = 0;

/**
 * Plays `turns` more turns of `s` with no orders by the upkeep rules above and returns the path
 * of tension and weakest deterrence, and the metrics of `objectives` after each turn.
 */
export function forecast(
	scenario: Scenario,
	s: GameState,
	turns: number,
	objectives: readonly ObjectiveSpec[] = [],
	/** The turns at which metrics will be read (all when omitted); others read the latest kept before them. */
	reads?: readonly number[],
): Forecast {
	const x = indexOf(scenario);
	const nf = x.factions.length;
	const nm = x.material.size;
	const credibility: number[] = [];
	const resolve: number[] = [];
	const bonus: number[] = [];
	const economy: number[] = [];
	const funds: number[] = [];
	const budget: number[] = [];
	const stock: number[][] = [];
	const demand: number[][] = [];
	const munitions: number[][] = [];
	for (let f = 0; f < nf; f++) {
		const fs = s.factions[x.factions[f]];
		credibility.push(fs.credibility);
		resolve.push(fs.resolve);
		bonus.push(fs.drillBonus);
		economy.push(fs.economy);
		funds.push(fs.funds);
		budget.push(fs.budget);
		const st = new Array<number>(nm).fill(0);
		const de = new Array<number>(nm).fill(0);
		for (let i = 0; i < nm; i++) {
			const m = x.materialIds[i];
			st[i] = fs.materials[m] ?? 0;
			de[i] = fs.demand[m] ?? 0;
		}
		stock.push(st);
		demand.push(de);
		const mu = new Array<number>(x.munitionValue.length).fill(0);
		for (const m in fs.munitions) {
			const i = x.munition.get(m);
			if (i !== undefined) mu[i] = fs.munitions[m];
		}
		munitions.push(mu);
	}
	const nr = x.regionIds.length;
	const readiness: number[] = [];
	const blockaded: boolean[] = [];
	for (let r = 0; r < nr; r++) {
		const rs = s.regions[x.regionIds[r]];
		readiness.push(rs.readiness);
		blockaded.push(rs.blockaded);
	}
	// Forces and owners do not move in the forecast: each faction's capability from deployed units is fixed.
	const unitCap = new Array<number>(nf).fill(0);
	const owned: { r: number; value: number }[][] = x.factions.map(() => []);
	for (const t of x.theatre) {
		const rs = s.regions[x.regionIds[t.r]];
		for (const f in rs.forces) {
			const i = x.faction.get(f);
			if (i !== undefined) unitCap[i] += rs.forces[f] * UNIT_VALUE;
		}
		const o = rs.owner === null ? undefined : x.faction.get(rs.owner);
		if (o !== undefined) owned[o].push(t);
	}
	let relations: Record<string, number> | null = null; // copied on the first change
	const rel = (a: FactionId, b: FactionId) => (relations ?? s.relations)[relationKey(a, b)] ?? 0;
	const progress: number[] = [];
	const status: number[] = [];
	const payers: number[][] = [];
	for (const p of x.programmes) {
		const ps = s.programmes[p.id];
		const st = ps.status;
		progress.push(ps.progress);
		status.push(st === "active" ? ACTIVE : st === "stalled" ? STALLED : st === "done" ? DONE : OTHER);
		payers.push(st === "active" || st === "stalled" ? ps.committed.flatMap((f) => (x.faction.has(f) ? [x.faction.get(f)!] : [])) : []);
	}
	const capacity = scenario.producers.map((p) => s.producers[p.id].capacity);
	const producing = scenario.producers.map((p) => s.producers[p.id].active);
	let contracts = s.contracts;
	let contractsCopied = false;
	const lineRate = scenario.lines.map((ln) => s.lines[ln.id].rate);
	const lineActive = scenario.lines.map((ln) => s.lines[ln.id].active);
	let tension = s.tension;

	// Deliveries a turn as [faction, material, amount], worked out again when a producer or contract changes.
	let inflow: number[] | null = null;
	const deliveries = (): number[] => {
		const out: number[] = [];
		for (const c of contracts) {
			const pi = x.producer.get(c.producer);
			const ci = x.faction.get(c.consumer);
			if (pi === undefined || ci === undefined || !producing[pi]) continue;
			const p = x.producers[pi];
			if (p.material < 0 || p.via.some((r) => blockaded[r])) continue;
			let got = div(capacity[pi] * c.share, 100);
			if (ci !== p.owner) {
				for (const e of s.exportControls) {
					if (e.issuer === x.factions[p.owner] && e.target === c.consumer && e.material === scenario.materials[p.material].id) got -= div(got * e.level, 3);
				}
			}
			if (got > 0) out.push(ci, p.material, got);
		}
		return out;
	};

	const capability = (f: number): number => {
		let cap = unitCap[f];
		const mu = munitions[f];
		for (let i = 0; i < mu.length; i++) if (mu[i] !== 0) cap += div(mu[i] * x.munitionValue[i], 10);
		for (const t of owned[f]) cap += div(readiness[t.r] * t.value, 10);
		return cap;
	};
	const caps = (): number[] => {
		const out: number[] = [];
		for (let f = 0; f < nf; f++) out.push(capability(f));
		return out;
	};
	// Alliance cohesion (relation, at least 0) by defender and ally, worked out again when a relation changes.
	let cohesion: number[][] | null = null;
	const deterrence = (challenger: number, defender: number, c: number[]): number => {
		if (!cohesion) cohesion = x.allies.map((list, d) => list.map((a) => Math.max(0, rel(x.factions[d], x.factions[a]))));
		let defCap = c[defender];
		const allies = x.allies[defender];
		for (let k = 0; k < allies.length; k++) {
			const ally = allies[k];
			if (ally === challenger) continue;
			defCap += div(c[ally] * cohesion[defender][k], 100);
		}
		const chCap = Math.max(1, c[challenger]);
		return Math.min(999, div(100 * defCap * credibility[defender], chCap * Math.max(1, resolve[challenger])));
	};
	const fi = (f: FactionId) => x.faction.get(f) ?? -1;
	const effect = (e: Effect) => {
		switch (e.kind) {
			case "economy": {
				const f = fi(e.faction);
				if (f >= 0) economy[f] = clamp(economy[f] + e.delta, 0, 200);
				return;
			}
			case "credibility":
			case "resolve": {
				const f = fi(e.faction);
				const arr = e.kind === "credibility" ? credibility : resolve;
				if (f >= 0) arr[f] = clamp(arr[f] + e.delta, 0, 100);
				return;
			}
			case "tension":
				tension = clamp(tension + e.delta, 0, 100);
				return;
			case "relation": {
				if (e.a === e.b) return;
				if (!relations) relations = { ...s.relations };
				cohesion = null;
				const k = relationKey(e.a, e.b);
				relations[k] = clamp((relations[k] ?? 0) + e.delta, -100, 100);
				return;
			}
			case "material":
			case "demand": {
				const f = fi(e.faction);
				const m = x.material.get(e.material);
				const arr = e.kind === "material" ? stock : demand;
				if (f >= 0 && m !== undefined) arr[f][m] = Math.max(0, arr[f][m] + e.delta);
				return;
			}
			case "munitions": {
				const f = fi(e.faction);
				const m = x.munition.get(e.munition);
				if (f >= 0 && m !== undefined) munitions[f][m] = Math.max(0, munitions[f][m] + e.delta);
				return;
			}
			case "producer": {
				const p = x.producer.get(e.producer);
				if (p === undefined) return;
				inflow = null;
				if (e.active !== undefined) producing[p] = e.active;
				if (e.capacityDelta) capacity[p] = Math.max(0, capacity[p] + e.capacityDelta);
				return;
			}
			case "contract": {
				inflow = null;
				if (!contractsCopied) {
					contracts = contracts.map((c) => ({ ...c }));
					contractsCopied = true;
				}
				const others = contracts.filter((c) => c.producer === e.producer && c.consumer !== e.consumer).reduce((n, c) => n + c.share, 0);
				const share = clamp(e.share, 0, 100 - others);
				const c = contracts.find((y) => y.producer === e.producer && y.consumer === e.consumer);
				if (c) c.share = share;
				else if (share > 0) contracts.push({ producer: e.producer, consumer: e.consumer, share });
				return;
			}
			case "line": {
				const ln = x.line.get(e.line);
				if (ln === undefined) return;
				if (e.active !== undefined) lineActive[ln] = e.active;
				if (e.rateDelta) lineRate[ln] = Math.max(0, lineRate[ln] + e.rateDelta);
				return;
			}
			case "readiness": {
				const r = x.region.get(e.region);
				if (r !== undefined) readiness[r] = clamp(readiness[r] + e.delta, 0, 100);
				return;
			}
			default:
				// Funds, support, budgets, flags, controls, blockades and ladder moves: not forecast.
				return;
		}
	};

	let current: number[] = caps();
	const metric = (o: ObjectiveSpec): number => {
		switch (o.metric) {
			case "economy":
			case "funds": {
				const f = fi(o.faction);
				return f < 0 ? 0 : o.metric === "economy" ? economy[f] : funds[f];
			}
			case "support":
				return s.factions[o.faction]?.support ?? 0;
			case "tension":
				return tension;
			case "rung":
				return s.ladder.rung;
			case "deterrence": {
				const c = fi(o.challenger);
				const d = fi(o.defender);
				return c < 0 || d < 0 ? 0 : deterrence(c, d, current);
			}
			case "material": {
				const f = fi(o.faction);
				const m = x.material.get(o.material);
				return f < 0 || m === undefined ? 0 : stock[f][m];
			}
			case "munitions": {
				const f = fi(o.faction);
				const m = x.munition.get(o.munition);
				return f < 0 || m === undefined ? 0 : munitions[f][m];
			}
			case "programme": {
				const i = x.programmes.findIndex((p) => p.id === o.programme);
				return i < 0 ? 0 : status[i] === DONE ? -1 : progress[i];
			}
			case "relation":
				return rel(o.a, o.b);
		}
	};
	const kept: number[] = [0];
	const snapshots: number[][] = [objectives.map(metric)];
	const tensions: number[] = [];
	const weakest: number[] = [];
	const supplied = new Array<number>(nm).fill(100);
	const shortage = new Array<number>(nf).fill(0);
	for (let t = 0; t < turns; t++) {
		const before = current;
		// Programmes under way: paid for and advanced (a sponsor short of funds or materials stalls it).
		for (let i = 0; i < x.programmes.length; i++) {
			if (status[i] !== ACTIVE && status[i] !== STALLED) continue;
			const p = x.programmes[i];
			const who = payers[i];
			const k = who.length;
			let ok = true;
			for (const f of who) {
				if (funds[f] < p.cost) ok = false;
				for (const [m, n] of p.needs) if (stock[f][m] < div(n + k - 1, k)) ok = false;
			}
			if (!ok) {
				status[i] = STALLED;
				continue;
			}
			status[i] = ACTIVE;
			for (const f of who) {
				funds[f] -= p.cost;
				for (const [m, n] of p.needs) stock[f][m] = Math.max(0, stock[f][m] - div(n + k - 1, k));
			}
			progress[i] += 1;
			if (progress[i] >= p.duration) {
				status[i] = DONE;
				for (const e of p.effects) effect(e);
			}
		}
		// Supply: deliveries by contract share (export controls and blockades as they stand); then demand.
		if (!inflow) inflow = deliveries();
		for (let k = 0; k < inflow.length; k += 3) stock[inflow[k]][inflow[k + 1]] += inflow[k + 2];
		for (let f = 0; f < nf; f++) {
			let cost = 0;
			const st = stock[f];
			const de = demand[f];
			for (let m = 0; m < nm; m++) {
				const need = de[m];
				if (need <= 0) continue;
				const used = Math.min(st[m], need);
				st[m] -= used;
				supplied[m] = div(used * 100, need);
				if (supplied[m] < 100) cost += div((100 - supplied[m]) * x.shortfallCost[m], 100);
			}
			shortage[f] = cost;
		}
		// Production, scaled by the scarcest material.
		for (let i = 0; i < x.lines.length; i++) {
			const rate = lineRate[i];
			const ln = x.lines[i];
			if (!lineActive[i] || rate <= 0 || ln.faction < 0 || ln.munition < 0) continue;
			const st = stock[ln.faction];
			let pct = 100;
			for (const [m, n] of ln.needs) {
				const required = div(rate * n + 9, 10);
				if (required > 0) pct = Math.min(pct, div(st[m] * 100, required));
			}
			const output = div(rate * pct, 100);
			for (const [m, n] of ln.needs) st[m] = Math.max(0, st[m] - div(output * n + 9, 10));
			munitions[ln.faction][ln.munition] += output;
		}
		// Posture upkeep: readiness back toward peacetime, credibility and resolve fade.
		for (let r = 0; r < readiness.length; r++) {
			const gap = readiness[r] - x.peaceReadiness[r];
			if (gap !== 0) readiness[r] -= Math.sign(gap) * Math.max(1, div(Math.abs(gap), 4));
		}
		for (let f = 0; f < nf; f++) {
			if (bonus[f] > 0) {
				bonus[f] -= 1;
				continue;
			}
			if (credibility[f] > x.baseCredibility[f]) credibility[f] -= 1;
			if (resolve[f] > x.baseResolve[f]) resolve[f] -= 1;
		}
		// Tension: fear of the other side's build-up, then the drift toward the baseline.
		current = caps();
		let defenderGrowth = 0;
		for (const d of x.defenders) defenderGrowth += Math.max(0, current[d] - before[d]);
		const fear = scenario.rules.tensionFear;
		const challengerGrowth = x.challenger >= 0 ? Math.max(0, current[x.challenger] - before[x.challenger]) : 0;
		tension = clamp(tension + div(defenderGrowth * fear, 100) + div(challengerGrowth * fear, 100), 0, 100);
		const gap = tension - scenario.rules.tensionBaseline;
		if (gap !== 0) tension -= Math.sign(gap) * Math.min(Math.max(1, div(Math.abs(gap) * scenario.rules.tensionDrift, 100)), Math.abs(gap));
		tensions.push(tension);
		let w = Number.POSITIVE_INFINITY;
		if (x.challenger >= 0) for (const d of x.defenders) w = Math.min(w, deterrence(x.challenger, d, current));
		weakest.push(w === Number.POSITIVE_INFINITY ? scenario.rules.holdDeterrence : w);
		// Economy: shortages cost output, high tension weighs on trade, a calm supplied economy recovers.
		for (let f = 0; f < nf; f++) {
			let e = economy[f] - shortage[f];
			if (tension > 70) e -= 1 + div(tension - 70, 10);
			else if (shortage[f] === 0 && economy[f] < 100) e += 1;
			economy[f] = clamp(e, 0, 200);
			funds[f] += div(budget[f] * economy[f], 100);
		}
		if (!reads || t + 1 === turns || reads.includes(t + 1)) {
			kept.push(t + 1);
			snapshots.push(objectives.map(metric));
		}
	}
	return {
		tensions,
		weakest,
		metric: (i, turn) => {
			let k = kept.length - 1;
			while (k > 0 && kept[k] > turn) k--;
			return snapshots[k][i];
		},
	};
}
