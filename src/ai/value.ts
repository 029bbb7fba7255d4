// How good a state is for a faction, as the bots judge it: the faction's own scenario score
// (objectiveStatus, the numbers scoreFactions uses), with the coercion ladder looked at a few
// turns ahead. The ladder is where a game is won or lost (a war halves every score), and its
// moves are random; the odds of each move are public rules, so a bot can weigh them instead of
// trusting one roll of the dice. Only + - * / on small numbers: the same result on every platform.
import { type FactionId, type GameState, objectiveStatus, type Scenario } from "../engine";

export interface Odds {
	/** Chance in [0, 1] that the challenger climbs a rung next turn. */
	climb: number;
	/** Chance in [0, 1] that it steps down (only when it does not climb). */
	descend: number;
}

/** The weakest deterrence the challenger faces now (what the ladder rule looks at). */
export function weakestDeterrence(scenario: Scenario, s: GameState): number {
	let weakest = Number.POSITIVE_INFINITY;
	for (const p of scenario.deterrencePairs) {
		if (p.challenger !== scenario.challenger) continue;
		const d = s.deterrence[`${p.challenger}>${p.defender}`] ?? 0;
		if (d < weakest) weakest = d;
	}
	return weakest === Number.POSITIVE_INFINITY ? scenario.rules.holdDeterrence : weakest;
}

/** The ladder rule's odds (ladder.ts) at a given tension and weakest deterrence, tension falling. */
export function ladderOdds(scenario: Scenario, tension: number, weakest: number): Odds {
	const r = scenario.rules;
	const pressure = tension - r.holdTension + Math.trunc((r.holdDeterrence - weakest) / 2);
	const spiral = tension > r.spiralTension ? (tension - r.spiralTension) * 4 : 0;
	const climb = clamp(Math.max(pressure * 3, spiral), 0, 95);
	const calm = weakest >= r.holdDeterrence && tension < r.holdTension;
	const descend = calm ? clamp((r.holdTension - tension) * 3 + Math.trunc((weakest - r.holdDeterrence) / 2), 0, 60) : 0;
	return { climb: climb / 100, descend: descend / 100 };
}

/** The ladder's odds for next turn if tension and deterrence stay where they are. */
export function ladderOutlook(scenario: Scenario, s: GameState): Odds {
	return ladderOdds(scenario, s.tension, weakestDeterrence(scenario, s));
}

// Next turn's tension is uncertain (the others' orders, events): the odds are averaged over a
// spread of tensions around the projection, which also tells a bot that tension just below a
// threshold is not safe. Binomial weights over five points, SPREAD apart.
const SPREAD = 6;
const OFFSETS = [-2 * SPREAD, -SPREAD, 0, SPREAD, 2 * SPREAD];
const WEIGHTS = [1 / 16, 4 / 16, 6 / 16, 4 / 16, 1 / 16];

function smoothOdds(scenario: Scenario, tension: number, weakest: number): Odds {
	let climb = 0;
	let descend = 0;
	for (let i = 0; i < OFFSETS.length; i++) {
		const o = ladderOdds(scenario, clamp(tension + OFFSETS[i], 0, 100), weakest);
		climb += WEIGHTS[i] * o.climb;
		descend += WEIGHTS[i] * o.descend;
	}
	return { climb, descend };
}

/** Tension one turn on by the drift rule alone (tension.ts): the gap to baseline closes a little. */
export function driftTension(scenario: Scenario, tension: number): number {
	const gap = tension - scenario.rules.tensionBaseline;
	if (gap === 0) return tension;
	const pull = Math.max(1, Math.trunc((Math.abs(gap) * scenario.rules.tensionDrift) / 100));
	return tension - Math.sign(gap) * Math.min(pull, Math.abs(gap));
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, hi));

/** Partial credit for a programme objective that is under way (the score counts only "done"). */
function programmeCredit(scenario: Scenario, s: GameState, programme: string): number {
	const ps = s.programmes[programme];
	const p = scenario.programmes.find((x) => x.id === programme);
	if (!ps || !p) return 0;
	switch (ps.status) {
		case "done":
			return 100;
		case "active":
			return 20 + (60 * ps.progress) / Math.max(1, p.duration);
		case "stalled":
			return 10 + (40 * ps.progress) / Math.max(1, p.duration);
		case "proposed":
			return 10;
		default:
			return 0;
	}
}

/** An objective's progress 0..100 for a value of its metric (objectives.ts, without rounding). */
function progressOf(o: { comparison: "atLeast" | "atMost"; target: number }, value: number): number {
	const gap = o.comparison === "atLeast" ? o.target - value : value - o.target;
	return gap <= 0 ? 100 : clamp(100 - (gap * 100) / Math.max(Math.abs(o.target), 10), 0, 99);
}

/** A faction's material stocks and economy `tensions.length` turns on, if nothing else changes. */
interface Outlook {
	materials: Record<string, number>;
	economy: number;
}

/**
 * Stocks and economy a few turns on, by the supply, production and economy rules, with this
 * turn's deliveries, demand and production lines held steady and tension following `tensions`:
 * buying or contracting now is worth what it saves later.
 */
function outlook(scenario: Scenario, s: GameState, faction: FactionId, tensions: readonly number[]): Outlook {
	const fs = s.factions[faction];
	const inflow: Record<string, number> = {};
	for (const f of s.flows) if (f.consumer === faction) inflow[f.material] = (inflow[f.material] ?? 0) + f.delivered;
	const use: Record<string, number> = {};
	for (const line of scenario.lines) {
		const ls = s.lines[line.id];
		if (line.faction !== faction || !ls?.active) continue;
		for (const [m, n] of Object.entries(line.needs)) use[m] = (use[m] ?? 0) + (ls.rate * n) / 10;
	}
	const materials: Record<string, number> = { ...fs.materials };
	let economy = fs.economy;
	for (const tension of tensions) {
		let loss = 0;
		for (const m of Object.keys(fs.demand)) {
			const need = fs.demand[m];
			let stock = (materials[m] ?? 0) + (inflow[m] ?? 0);
			if (need > 0) {
				const drawn = Math.min(stock, need);
				stock -= drawn;
				const cost = scenario.materials.find((x) => x.id === m)?.shortfallCost ?? 0;
				loss += (((need - drawn) * 100) / need) * (cost / 100);
			}
			materials[m] = Math.max(0, stock - (use[m] ?? 0));
		}
		for (const m of Object.keys(inflow)) if (fs.demand[m] === undefined) materials[m] = (materials[m] ?? 0) + inflow[m];
		if (tension > 70) economy -= loss + 1 + (tension - 70) / 10;
		else if (loss > 0) economy -= loss;
		else if (economy < 100) economy = Math.min(100, economy + 1);
	}
	return { materials, economy: clamp(economy, 0, 200) };
}

/**
 * The faction's score (0..100) at each rung of the ladder: scores[r] is what scoreFactions would
 * give with the ladder at r (halved at the conflict rung), its economy and material objectives
 * taken at their outlook after `tensions.length` turns and programme objectives given partial
 * credit while under way.
 */
export function scoresByRung(scenario: Scenario, s: GameState, faction: FactionId, tensions: readonly number[] = []): number[] {
	const status = objectiveStatus(scenario, s, faction);
	const outlooks = new Map<FactionId, Outlook>();
	const outlookOf = (f: FactionId) => {
		let o = outlooks.get(f);
		if (!o) {
			o = outlook(scenario, s, f, tensions);
			outlooks.set(f, o);
		}
		return o;
	};
	let total = 0;
	let fixed = 0;
	const rungObjectives: { comparison: "atLeast" | "atMost"; target: number; weight: number }[] = [];
	for (const st of status) {
		const o = st.objective;
		total += o.weight;
		if (o.metric === "rung") rungObjectives.push(o);
		else if (o.metric === "programme") fixed += o.weight * (st.met ? 100 : programmeCredit(scenario, s, o.programme));
		else if (o.metric === "economy" && s.factions[o.faction]) fixed += o.weight * progressOf(o, outlookOf(o.faction).economy);
		else if (o.metric === "material" && s.factions[o.faction]) {
			fixed += o.weight * progressOf(o, outlookOf(o.faction).materials[o.material] ?? 0);
		} else fixed += o.weight * progressOf(o, st.value);
	}
	const out: number[] = [];
	const conflictRung = scenario.rules.conflictRung;
	for (let rung = 0; rung <= 10; rung++) {
		let sum = fixed;
		for (const o of rungObjectives) sum += o.weight * progressOf(o, rung);
		let score = total > 0 ? sum / total : 0;
		if (rung >= conflictRung) score /= 2;
		out.push(score);
	}
	return out;
}

/** Turns the value function looks ahead (the chain over the ladder, tension drift, stocks). */
export const HORIZON = 6;

/** All of the ladder's probability on one rung. */
export function onRung(rung: number): number[] {
	const dist = new Array<number>(11).fill(0);
	dist[clamp(rung, 0, 10)] = 1;
	return dist;
}

/** The rung distribution one turn on, at this tension and weakest deterrence. */
export function ladderTurn(scenario: Scenario, dist: readonly number[], tension: number, weakest: number): number[] {
	const { climb, descend } = smoothOdds(scenario, tension, weakest);
	const conflict = scenario.rules.conflictRung;
	const next = new Array<number>(11).fill(0);
	for (let r = 0; r <= 10; r++) {
		const p = dist[r];
		if (p === 0) continue;
		if (r >= conflict) {
			next[r] += p;
			continue;
		}
		const up = r < 10 ? climb : 0;
		const down = r > 0 ? (1 - up) * descend : 0;
		if (up > 0) next[r + 1] += p * up;
		if (down > 0) next[r - 1] += p * down;
		next[r] += p * (1 - up - down);
	}
	return next;
}

/**
 * The faction's expected score a few turns on: tension drifting toward its baseline, stocks and
 * economy following (outlook), and a small Markov chain over the ladder's rungs (the conflict
 * rung absorbing) with each turn's odds averaged over a spread of tensions, deterrence held.
 * The chain starts from `start` (a rung distribution; default: the state's rung). Its first step
 * is the ladder's move in the turn that led to `s` (look-ahead holds the ladder still, see
 * lookahead.ts), weighed by the odds of the state that turn ended in.
 */
export function stateValue(scenario: Scenario, s: GameState, faction: FactionId, horizon = HORIZON, start?: readonly number[]): number {
	let dist = start ? [...start] : onRung(s.ladder.rung);
	if (s.over) {
		const final = scoresByRung(scenario, s, faction);
		if (s.outcome === "conflict") return final[Math.max(s.ladder.rung, scenario.rules.conflictRung)];
		// The last turn's own ladder move, held still in the look-ahead (see above).
		dist = ladderTurn(scenario, dist, s.tension, weakestDeterrence(scenario, s));
		let value = 0;
		for (let r = 0; r <= 10; r++) value += dist[r] * final[r];
		return value;
	}
	const steps = Math.max(1, Math.min(horizon, scenario.turns - s.turn + 1));
	const tensions: number[] = [];
	for (let t = 0, tension = s.tension; t < steps; t++) {
		tensions.push(tension);
		tension = driftTension(scenario, tension);
	}
	const scores = scoresByRung(scenario, s, faction, tensions.slice(1));
	const weakest = weakestDeterrence(scenario, s);
	for (const tension of tensions) dist = ladderTurn(scenario, dist, tension, weakest);
	let value = 0;
	for (let r = 0; r <= 10; r++) value += dist[r] * scores[r];
	return value;
}
