// Capability (DESIGN.md, "Tension, deterrence, escalation"): stockpiles, readiness and
// deployments in theatre. One number per faction, integer points.
import { lookup } from "../lookup";
import { div } from "../math";
import type { FactionId, GameState, Scenario } from "../types";

/** Points per deployed force unit in a theatre region. */
export const UNIT_VALUE = 5;

export function capability(scenario: Scenario, s: GameState, f: FactionId): number {
	const l = lookup(scenario);
	let cap = 0;
	const munitions = s.factions[f].munitions;
	for (const m in munitions) cap += div(munitions[m] * (l.munition.get(m)?.value ?? 0), 10);
	for (const r of scenario.regions) {
		if (!r.theatre) continue;
		const rs = s.regions[r.id];
		cap += (rs.forces[f] ?? 0) * UNIT_VALUE;
		if (rs.owner === f) cap += div(rs.readiness * r.value, 10);
	}
	return cap;
}
