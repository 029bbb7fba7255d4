import type { Scenario } from "./types";

/** "2026 Q1" for turn 0 of a scenario starting in 2026 Q1. */
export function turnLabel(scenario: Scenario, turn: number): string {
	const q = scenario.start.quarter - 1 + turn;
	return `${scenario.start.year + Math.floor(q / 4)} Q${(q % 4) + 1}`;
}
