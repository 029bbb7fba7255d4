// Deterrence per challenger-defender pair (DESIGN.md): the defender's capability x credibility
// over the challenger's capability x resolve, as a percent (100 = evenly balanced).
// Allies add their capability in proportion to alliance cohesion (their relation, 0..100).
import { type Ctx, deterrenceKey, QUIET_CAUSE, relationKey, setDeterrence } from "../ledger";
import { lookup } from "../lookup";
import { div } from "../math";
import type { FactionId, GameState, Scenario } from "../types";
import { capability } from "./capability";
import { capabilities } from "./tension";

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
	/** Capabilities already worked out for this state, by faction (the step computes each once). */
	caps?: Record<string, number>,
): DeterrenceParts {
	const l = lookup(scenario);
	const cap = (f: FactionId) => caps?.[f] ?? capability(scenario, s, f);
	let defCap = cap(defender);
	for (const ally of l.faction.get(defender)?.allies ?? []) {
		if (ally === challenger || !s.factions[ally]) continue;
		const cohesion = Math.max(0, s.relations[relationKey(defender, ally)] ?? 0);
		defCap += div(cap(ally) * cohesion, 100);
	}
	const credibility = s.factions[defender].credibility;
	const chCap = Math.max(1, cap(challenger));
	const resolve = Math.max(1, s.factions[challenger].resolve);
	const value = Math.min(999, div(100 * defCap * credibility, chCap * resolve));
	return { value, defenderCapability: defCap, credibility, challengerCapability: chCap, resolve };
}

/** `caps`: capabilities() of the state as it is now, when the caller has them already. */
export function deterrenceStep(ctx: Ctx, caps: Record<string, number> = capabilities(ctx)): void {
	const { scenario, s } = ctx;
	for (const p of scenario.deterrencePairs) {
		const key = deterrenceKey(p.challenger, p.defender);
		const d = computeDeterrence(scenario, s, p.challenger, p.defender, caps);
		const cause = ctx.quiet
			? QUIET_CAUSE
			: {
					kind: "rule" as const,
					id: "deterrence",
					text: `capability ${d.defenderCapability} (with allies) x credibility ${d.credibility} against capability ${d.challengerCapability} x resolve ${d.resolve}`,
				};
		setDeterrence(ctx, key, d.value, cause);
	}
}
