// The last check: the engine must be able to set up the scenario and play one turn with it.
import { newGame, resolve, type Scenario } from "../engine/index";
import type { IssueList } from "./issues";

export function checkPlayable(s: Scenario, issues: IssueList): void {
	try {
		const state = newGame(s, "scenario-check");
		resolve(s, state, []);
	} catch (e) {
		const reason = e instanceof Error ? e.message : String(e);
		issues.error("", `expected a scenario the engine can play for one turn, found that it fails: ${reason}`);
	}
}
