// Objectives and scoring (DESIGN.md, "Scoring"): each objective's progress 0..100 is how close its
// metric is to target; a faction's score is the weighted mean. A war halves everyone's score.
import { deterrenceKey, relationKey } from "../ledger";
import { clamp, div } from "../math";
import type { FactionId, GameState, ObjectiveMetric, ObjectiveSpec, Scenario } from "../types";

export interface ObjectiveStatus {
	objective: ObjectiveSpec;
	value: number;
	progress: number;
	met: boolean;
}

export function metricValue(s: GameState, m: ObjectiveMetric): number {
	switch (m.metric) {
		case "economy":
		case "support":
		case "funds":
			return s.factions[m.faction]?.[m.metric] ?? 0;
		case "tension":
			return s.tension;
		case "rung":
			return s.ladder.rung;
		case "deterrence":
			return s.deterrence[deterrenceKey(m.challenger, m.defender)] ?? 0;
		case "material":
			return s.factions[m.faction]?.materials[m.material] ?? 0;
		case "munitions":
			return s.factions[m.faction]?.munitions[m.munition] ?? 0;
		case "programme":
			return s.programmes[m.programme]?.status === "done" ? 1 : 0;
		case "relation":
			return s.relations[relationKey(m.a, m.b)] ?? 0;
	}
}

export function objectiveStatus(scenario: Scenario, s: GameState, faction: FactionId): ObjectiveStatus[] {
	return scenario.objectives
		.filter((o) => o.faction === faction)
		.map((o) => {
			const value = metricValue(s, o);
			const gap = o.comparison === "atLeast" ? o.target - value : value - o.target;
			let progress = gap <= 0 ? 100 : clamp(100 - div(gap * 100, Math.max(Math.abs(o.target), 10)), 0, 99);
			if (o.metric === "programme" && gap > 0) {
				// A programme objective (target 1 = completed) earns credit as the work advances.
				const duration = scenario.programmes.find((p) => p.id === o.programme)?.duration ?? 1;
				progress = clamp(div((s.programmes[o.programme]?.progress ?? 0) * 100, Math.max(1, duration)), 0, 99);
			}
			return { objective: o, value, progress, met: gap <= 0 };
		});
}

export function scoreFactions(scenario: Scenario, s: GameState): Record<FactionId, number> {
	const out: Record<FactionId, number> = {};
	for (const f of scenario.factions) {
		const st = objectiveStatus(scenario, s, f.id);
		const total = st.reduce((n, x) => n + x.objective.weight, 0);
		let score = total > 0 ? div(st.reduce((n, x) => n + x.progress * x.objective.weight, 0), total) : 0;
		if (s.outcome === "conflict") score = div(score, 2);
		out[f.id] = score;
	}
	return out;
}
