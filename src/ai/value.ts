// How good a state is for a faction, as the bots judge it: the faction's scenario score as it
// would be taken at the end of the game. The score is taken on the last turn only, so each
// objective is judged on its forecast for that turn (forecast.ts: what is left of credibility and
// resolve, stocks drawn down, programmes completed...), and the coercion ladder is looked at a few
// turns ahead. The ladder is where a game is won or lost (a war halves every score), and its moves
// are random; the odds of each move are public rules, so a bot can weigh them instead of trusting
// one roll of the dice. Only + - * / on small numbers: the same result on every platform.
import type { FactionId, GameState, ObjectiveSpec, Scenario } from "../engine";
import { type Forecast, forecast } from "./forecast";

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
	const spiral = tension > r.spiralTension ? (tension - r.spiralTension) * 6 : 0;
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

/** An objective's progress 0..100 for a value of its metric (objectives.ts, without rounding). */
function progressOf(o: { comparison: "atLeast" | "atMost"; target: number }, value: number): number {
	const gap = o.comparison === "atLeast" ? o.target - value : value - o.target;
	return gap <= 0 ? 100 : clamp(100 - (gap * 100) / Math.max(Math.abs(o.target), 10), 0, 99);
}

/** Turns the forecast looks ahead at most (the normal bot's; the hard bot looks to the end). */
export const FORECAST_REACH = 10;

/** Turns ahead at which what a faction tends every turn (stocks, economy, tension) is read. */
const TENDED = 6;
const READS = [TENDED];

/**
 * The forecast turn at which an objective's metric is read: the end of the forecast for what only
 * fades or accumulates (deterrence, relations, programmes, munitions) and for stocks (what arrives
 * early is drawn down by demand before the end: the timing of a delivery is what counts); a few
 * turns (TENDED) for the economy and tension, which the faction keeps tending every turn, so that
 * doing nothing for the rest of the game would be too gloomy a guess.
 */
function readAt(o: ObjectiveSpec, remaining: number): number {
	switch (o.metric) {
		case "economy":
		case "support":
		case "funds":
		case "tension":
			return Math.min(remaining, TENDED);
		default:
			return remaining;
	}
}

/** An objective's progress by its forecast metric (the rung excepted). */
function forecastProgress(scenario: Scenario, s: GameState, o: ObjectiveSpec, value: number): number {
	if (o.metric === "programme") {
		if (value < 0) return 100;
		if (s.programmes[o.programme]?.status === "proposed") return PROPOSED_CREDIT;
		const duration = Math.max(1, scenario.programmes.find((x) => x.id === o.programme)?.duration ?? 1);
		// The engine credits the work done.
		return Math.min(99, (value * 100) / duration);
	}
	return progressOf(o, value);
}

/** Credit for a joint programme objective proposed and waiting for the partner to join. */
const PROPOSED_CREDIT = 30;

/** The faction's objectives, cached per scenario. */
const objectivesOf = new WeakMap<Scenario, Map<FactionId, ObjectiveSpec[]>>();
function factionObjectives(scenario: Scenario, faction: FactionId): ObjectiveSpec[] {
	let m = objectivesOf.get(scenario);
	if (!m) {
		m = new Map();
		objectivesOf.set(scenario, m);
	}
	let list = m.get(faction);
	if (!list) {
		list = scenario.objectives.filter((o) => o.faction === faction);
		m.set(faction, list);
	}
	return list;
}

/**
 * The faction's score (0..100) at each rung of the ladder: scores[r] is what scoreFactions would
 * give with the ladder at r (halved at the conflict rung), every other objective read from the
 * forecast `fc` of its objectives (readAt), or from the state as it is when `fc` is omitted.
 */
export function scoresByRung(scenario: Scenario, s: GameState, faction: FactionId, fc?: Forecast, remaining = 0): number[] {
	const objectives = factionObjectives(scenario, faction);
	const f = fc ?? forecast(scenario, s, 0, objectives);
	let total = 0;
	let fixed = 0;
	const rungObjectives: ObjectiveSpec[] = [];
	objectives.forEach((o, i) => {
		total += o.weight;
		if (o.metric === "rung") rungObjectives.push(o);
		else fixed += o.weight * forecastProgress(scenario, s, o, f.metric(i, readAt(o, remaining)));
	});
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

/** Turns of the ladder's chain the value function looks ahead. */
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
 * The faction's expected final score: every objective at its forecast for the end of the game
 * (forecast.ts), and the ladder as a small Markov chain over its rungs (the conflict rung
 * absorbing) along the forecast's tension and deterrence, each turn's odds averaged over a spread
 * of tensions, for `horizon` turns (the rung then taken as final). The chain starts from `start`
 * (a rung distribution; default: the state's rung). Its first step is the ladder's move in the
 * turn that led to `s` (look-ahead holds the ladder still, see lookahead.ts), weighed by the odds
 * of the state that turn ended in.
 */
export function stateValue(
	scenario: Scenario,
	s: GameState,
	faction: FactionId,
	horizon = HORIZON,
	start?: readonly number[],
	reach = FORECAST_REACH,
): number {
	let dist = start ? [...start] : onRung(s.ladder.rung);
	if (s.over && s.outcome === "conflict") return scoresByRung(scenario, s, faction)[Math.max(s.ladder.rung, scenario.rules.conflictRung)];
	// The last turn's own ladder move, held still in the look-ahead (see above).
	dist = ladderTurn(scenario, dist, s.tension, weakestDeterrence(scenario, s));
	const remaining = s.over ? 0 : Math.max(0, scenario.turns - s.turn);
	const objectives = factionObjectives(scenario, faction);
	const fc = forecast(scenario, s, Math.min(remaining, reach), objectives, READS);
	const steps = Math.min(horizon - 1, fc.tensions.length);
	for (let t = 0; t < steps; t++) dist = ladderTurn(scenario, dist, fc.tensions[t], fc.weakest[t]);
	const scores = scoresByRung(scenario, s, faction, fc, remaining);
	let value = 0;
	for (let r = 0; r <= 10; r++) value += dist[r] * scores[r];
	return value;
}
