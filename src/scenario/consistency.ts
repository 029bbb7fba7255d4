// Rules that span fields: the ladder, contract shares, programme sponsors, objectives.
// Errors for contradictions; warnings (oddities) for things that are legal but probably slips.
import type { Scenario } from "../engine/index";
import type { IssueList } from "./issues";

const LADDER_TOP = 10;

export function checkConsistency(s: Scenario, issues: IssueList): void {
	checkLadder(s, issues);
	checkContracts(s, issues);

	s.programmes.forEach((p, i) => {
		if (new Set(p.sponsors).size !== p.sponsors.length) {
			issues.error(["programmes", i, "sponsors"], "expected each sponsor once, found a faction listed twice");
		}
		if (p.joint && new Set(p.sponsors).size < 2) {
			issues.error(["programmes", i, "sponsors"], `expected at least 2 sponsors for a joint programme, found ${p.sponsors.length}`);
		}
	});

	const controls = new Set<string>();
	s.exportControls.forEach((c, i) => {
		const key = `${c.issuer}>${c.target}:${c.material}`;
		if (controls.has(key)) issues.error(["exportControls", i], `expected one control per issuer, target and material, found ${key} again`);
		controls.add(key);
	});

	s.events.forEach((e, i) => {
		const w = e.when;
		for (const [lo, hi] of [["minTurn", "maxTurn"], ["minTension", "maxTension"], ["minRung", "maxRung"]] as const) {
			const a = w[lo];
			const b = w[hi];
			if (a !== undefined && b !== undefined && a > b) {
				issues.error(["events", i, "when", lo], `expected ${lo} <= ${hi} (${b}), found ${a}`);
			}
		}
	});

	const playable = s.factions.filter((f) => f.playable);
	if (playable.length === 0) issues.error("factions", "expected at least one playable faction, found none");
	s.factions.forEach((f, i) => {
		if (f.playable && !s.objectives.some((o) => o.faction === f.id)) {
			issues.error(["factions", i], `expected at least one objective for playable faction ${JSON.stringify(f.id)}, found none`);
		}
	});
}

function checkLadder(s: Scenario, issues: IssueList): void {
	const seen = new Map<number, number>();
	s.ladder.rungs.forEach((r, i) => {
		const earlier = seen.get(r.rung);
		if (earlier !== undefined) {
			issues.error(["ladder", "rungs", i, "rung"], `expected each rung once, found rung ${r.rung} again (first at ladder.rungs[${earlier}])`);
		} else seen.set(r.rung, i);
	});
	const missing: number[] = [];
	for (let n = 0; n <= LADDER_TOP; n++) if (!seen.has(n)) missing.push(n);
	if (missing.length > 0) {
		issues.error(["ladder", "rungs"], `expected rungs 0 to ${LADDER_TOP} each once, found no rung ${missing.join(", ")}`);
	}
	const { conflictRung, coercedRung } = s.rules;
	if (s.ladder.initial >= conflictRung) {
		issues.error(["ladder", "initial"], `expected a rung below rules.conflictRung (${conflictRung}), found ${s.ladder.initial}`);
	}
	if (coercedRung >= conflictRung) {
		issues.error(["rules", "coercedRung"], `expected a rung below rules.conflictRung (${conflictRung}), found ${coercedRung}`);
	}
}

function checkContracts(s: Scenario, issues: IssueList): void {
	const totals = new Map<string, number>();
	const pairs = new Set<string>();
	s.contracts.forEach((c, i) => {
		const pair = `${c.producer}>${c.consumer}`;
		if (pairs.has(pair)) issues.error(["contracts", i], `expected one contract per producer and consumer, found ${c.producer} to ${c.consumer} again`);
		pairs.add(pair);
		totals.set(c.producer, (totals.get(c.producer) ?? 0) + c.share);
	});
	for (const [producer, total] of totals) {
		if (total <= 100) continue;
		const i = s.producers.findIndex((p) => p.id === producer);
		issues.error(
			i >= 0 ? ["producers", i] : "contracts",
			`expected contract shares of producer ${JSON.stringify(producer)} to sum to at most 100, found ${total}`,
		);
	}
}

/** Legal but odd: reported as warnings, never block loading. */
export function checkOddities(s: Scenario, issues: IssueList): void {
	if (s.sources.length === 0) issues.warn("sources", "expected at least one source for the scenario's facts, found none");
	s.factions.forEach((f, i) => {
		if (f.briefing.trim() === "") issues.warn(["factions", i, "briefing"], `expected a briefing for ${JSON.stringify(f.id)}, found an empty one`);
		if (!f.playable && f.defaultControl === "human") {
			issues.warn(["factions", i, "defaultControl"], `expected "bot" for a faction that is not playable, found "human"`);
		}
	});
	if (!s.deterrencePairs.some((p) => p.challenger === s.challenger)) {
		issues.warn("deterrencePairs", `expected a pair with the challenger ${JSON.stringify(s.challenger)}, found none`);
	}
	if (s.ladder.initial >= s.rules.coercedRung) {
		issues.warn(["ladder", "initial"], `expected a rung below rules.coercedRung (${s.rules.coercedRung}), found ${s.ladder.initial}: the game starts coerced`);
	}
	const setFlags = new Set<string>();
	const allEffects = [...s.programmes, ...s.events, ...s.ladder.rungs].flatMap((x) => x.effects);
	for (const e of allEffects) if (e.kind === "flag") setFlags.add(e.flag);
	s.events.forEach((e, i) => {
		if (e.weight === 0) issues.warn(["events", i, "weight"], "expected a positive weight, found 0: the event is never drawn (only injected)");
		if (e.when.minTurn !== undefined && e.when.minTurn >= s.turns) {
			issues.warn(["events", i, "when", "minTurn"], `expected a turn index below turns (${s.turns}), found ${e.when.minTurn}: the event never fires`);
		}
		for (const [flag, value] of Object.entries(e.when.flags ?? {})) {
			if (value !== 0 && !setFlags.has(flag)) {
				issues.warn(["events", i, "when", "flags", flag], `expected a flag set by some effect, found ${JSON.stringify(flag)} set by none`);
			}
		}
	});
}
