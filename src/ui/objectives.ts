// Objectives with progress bars, and the current scores.
import { objectiveStatus, scoreFactions } from "../engine";
import { h, replace } from "./dom";
import { factionName } from "./format";
import type { GameView } from "./view";

export class ObjectivesPanel {
	readonly el = h("div", { class: "objectives-panel" });
	private lastKey = "";

	update(view: GameView): void {
		const key = `${view.scenario.id}:${view.state.seed}:${view.state.history.length}:${view.viewer}`;
		if (key === this.lastKey) return;
		this.lastKey = key;
		replace(this.el, ...objectivesContent(view));
	}
}

export function objectivesContent(view: GameView, final = false): Node[] {
	const { scenario, state, viewer } = view;
	const parts: Node[] = [h("h2", { class: "tab-title", text: `Objectives — ${factionName(scenario, viewer)}` })];
	let statuses: ReturnType<typeof objectiveStatus> = [];
	try {
		statuses = objectiveStatus(scenario, state, viewer);
	} catch (e) {
		parts.push(
			h("p", { class: "error-text", text: `Objectives unavailable: ${e instanceof Error ? e.message : String(e)}` }),
		);
	}
	if (statuses.length === 0 && parts.length === 1)
		parts.push(h("p", { class: "muted", text: "This faction has no scored objectives." }));
	const ul = h("ul", { class: "objective-list" });
	for (const s of statuses) {
		const o = s.objective;
		const progress = Math.max(0, Math.min(100, Math.round(s.progress)));
		const target = `${o.comparison === "atLeast" ? "at least" : "at most"} ${o.target}`;
		ul.append(
			h(
				"li",
				{ class: `objective${s.met ? " met" : ""}` },
				h(
					"div",
					{ class: "objective-head" },
					h("span", { class: "objective-label", text: o.label }),
					h("span", {
						class: `badge ${s.met ? "badge-good" : "badge-warn"}`,
						text: s.met ? (final ? "met" : "on track") : final ? "missed" : "not yet",
					}),
				),
				h(
					"div",
					{
						class: "progress",
						attrs: {
							role: "progressbar",
							"aria-valuemin": 0,
							"aria-valuemax": 100,
							"aria-valuenow": progress,
							"aria-label": `${o.label}: ${progress}%`,
						},
					},
					h("span", { class: "progress-fill", attrs: { style: `width:${progress}%` } }),
				),
				h("p", { class: "objective-detail", text: `Now ${s.value}, target ${target} · weight ${o.weight}` }),
			),
		);
	}
	if (statuses.length) parts.push(ul);
	if (final) return parts;
	try {
		const scores = scoreFactions(scenario, state);
		const table = h("table", { class: "score-table" }, h("caption", { text: "Scores if the game ended now (0–100)" }));
		const tbody = h("tbody");
		for (const f of scenario.factions) {
			if (scores[f.id] === undefined) continue;
			tbody.append(
				h(
					"tr",
					{ class: f.id === viewer ? "me" : "" },
					h("th", { attrs: { scope: "row" }, text: f.name }),
					h("td", { text: String(scores[f.id]) }),
				),
			);
		}
		table.append(tbody);
		parts.push(table);
	} catch {
		// scores are optional here
	}
	return parts;
}
