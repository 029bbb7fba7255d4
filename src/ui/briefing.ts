// The briefing before the first turn: the player's faction, its situation and its objectives.
import type { FactionId, ObjectiveSpec, Scenario } from "../engine";
import { button, focusWhenShown, h, replace } from "./dom";
import { safeColour } from "./menu";
import { paragraphs } from "./text";

export class Briefing {
	readonly el = h("section", { class: "screen briefing", attrs: { "aria-labelledby": "briefing-title" } });

	constructor(
		private onBegin: () => void,
		private onBack: () => void,
	) {}

	open(scenario: Scenario, faction: FactionId, watching: boolean): void {
		const f = scenario.factions.find((x) => x.id === faction) ?? scenario.factions[0];
		const objectives = scenario.objectives.filter((o) => o.faction === f.id);
		const card = h(
			"div",
			{ class: "briefing-card panel" },
			h("p", {
				class: "eyebrow",
				text: `${scenario.name} · ${scenario.start.year} Q${scenario.start.quarter} · ${scenario.turns} quarters`,
			}),
			h(
				"h1",
				{ attrs: { id: "briefing-title" } },
				h("span", {
					class: "swatch swatch-large",
					attrs: { style: `background:${safeColour(f.colour)}`, "aria-hidden": "true" },
				}),
				watching ? `Watching: ${f.name}` : `You are ${f.name}`,
			),
			h("div", { class: "briefing-text scroll" }, ...paragraphs(f.briefing)),
			objectives.length > 0 ? h("h2", { text: "Your objectives" }) : null,
			objectives.length > 0 ? objectiveList(objectives) : null,
			h(
				"div",
				{ class: "menu-actions" },
				button("Back to menu", this.onBack, { class: "btn" }),
				button(watching ? "Watch" : "Begin", this.onBegin, { class: "btn btn-primary btn-large" }),
			),
		);
		replace(this.el, card);
	}

	/** Focus Begin (or Watch) once the briefing is drawn. */
	focus(): void {
		focusWhenShown(() => this.el.querySelector<HTMLButtonElement>(".btn-primary"));
	}
}

export function objectiveList(objectives: ObjectiveSpec[]): HTMLElement {
	const ul = h("ul", { class: "objective-brief" });
	const total = objectives.reduce((s, o) => s + o.weight, 0) || 1;
	for (const o of objectives) {
		ul.append(
			h(
				"li",
				null,
				h("span", { class: "objective-label", text: o.label }),
				h("span", {
					class: "objective-target",
					text: `${o.comparison === "atLeast" ? "at least" : "at most"} ${o.target}`,
				}),
				h("span", { class: "objective-weight", text: `${Math.round((o.weight * 100) / total)}% of score` }),
			),
		);
	}
	return ul;
}
