// Deterrence per challenger-defender pair (DESIGN.md): the defender's capability x credibility
// over the challenger's capability x resolve, as a percent (100 = evenly balanced).
// Allies add their capability in proportion to alliance cohesion (their relation, 0..100).
import { deterrenceKey, relationKey, setDeterrence, type Ctx } from "../ledger";
import { lookup } from "../lookup";
import { div } from "../math";
import type { FactionId, GameState, Scenario } from "../types";
import { capability } from "./capability";

export interface DeterrenceParts {
	value: number;
	defenderCapability: number;
	credibility: number;
	challengerCapability: number;
	resolve: number;
}

export function computeDeterrence(
	scenario: Scenario,
	s: GameState,
	challenger: FactionId,
	defender: FactionId,
): DeterrenceParts {
	const l = lookup(scenario);
	let defCap = capability(scenario, s, defender);
	for (const ally of l.faction.get(defender)?.allies ?? []) {
		if (ally === challenger || !s.factions[ally]) continue;
		const cohesion = Math.max(0, s.relations[relationKey(defender, ally)] ?? 0);
		defCap += div(capability(scenario, s, ally) * cohesion, 100);
	}
	const credibility = s.factions[defender].credibility;
	const chCap = Math.max(1, capability(scenario, s, challenger));
	const resolve = Math.max(1, s.factions[challenger].resolve);
	const value = Math.min(999, div(100 * defCap * credibility, chCap * resolve));
	return { value, defenderCapability: defCap, credibility, challengerCapability: chCap, resolve };
}

export function deterrenceStep(ctx: Ctx): void {
	const { scenario, s } = ctx;
	for (const p of scenario.deterrencePairs) {
		const key = deterrenceKey(p.challenger, p.defender);
		const d = computeDeterrence(scenario, s, p.challenger, p.defender);
		setDeterrence(ctx, key, d.value, {
			kind: "rule",
			id: "deterrence",
			text: `capability ${d.defenderCapability} (with allies) x credibility ${d.credibility} against capability ${d.challengerCapability} x resolve ${d.resolve}`,
		});
	}
}
