// The end of the game: outcome, scores, objectives, history, and what to do next.
import { type Outcome, scoreFactions } from "../engine";
import { historyCharts } from "./charts";
import { button, h, replace } from "./dom";
import { rungName } from "./hud";
import { safeColour } from "./menu";
import { objectivesContent } from "./objectives";
import type { GameView } from "./view";

export interface EndCallbacks {
	playAgain(): void;
	exportReplay(): void;
	copyReplayLink(): void;
	review(): void;
	toMenu(): void;
}

const OUTCOME: Record<Outcome, { title: string; text: string; tone: string }> = {
	held: {
		title: "Deterrence held",
		text: "The challenger never found the moment to push further. The crisis stayed below the threshold of coercion.",
		tone: "good",
	},
	coerced: {
		title: "Coerced",
		text: "The challenger ended high on the coercion ladder: pressure worked, and the region ends the period under it.",
		tone: "warn",
	},
	conflict: {
		title: "Conflict",
		text: "The crisis escalated into open conflict. Deterrence failed — through weakness, or a spiral of provocation.",
		tone: "bad",
	},
};

export class EndScreen {
	readonly el = h("section", { class: "screen end-screen", attrs: { "aria-labelledby": "end-title" } });

	constructor(private cb: EndCallbacks) {}

	open(view: GameView): void {
		const { scenario, state } = view;
		const outcome = OUTCOME[state.outcome ?? "held"];
		let scores: Record<string, number> = {};
		try {
			scores = scoreFactions(scenario, state);
		} catch {
			scores = {};
		}
		const scoreList = h("ul", { class: "score-bars" });
		for (const f of scenario.factions) {
			const v = scores[f.id];
			if (v === undefined) continue;
			scoreList.append(
				h(
					"li",
					{ class: f.id === view.viewer ? "me" : "" },
					h("span", { class: "score-name", text: f.name }),
					h(
						"span",
						{ class: "score-bar", attrs: { role: "img", "aria-label": `${f.name} score ${v} of 100` } },
						h("span", {
							attrs: { style: `width:${Math.max(0, Math.min(100, v))}%;background:${safeColour(f.colour)}` },
						}),
					),
					h("strong", { class: "score-value", text: String(v) }),
				),
			);
		}
		const last = state.history[state.history.length - 1];
		const card = h(
			"div",
			{ class: "end-card panel" },
			h("p", { class: "eyebrow", text: `${scenario.name} · ${state.history.length} quarters · seed ${state.seed}` }),
			h("h1", { class: `outcome tone-${outcome.tone}`, attrs: { id: "end-title" }, text: outcome.title }),
			h("p", { class: "outcome-text", text: outcome.text }),
			h(
				"p",
				{ class: "outcome-facts" },
				`Final tension ${state.tension} · ladder rung ${state.ladder.rung} (${rungName(scenario, state.ladder.rung)}), peak ${state.ladder.peak}`,
				last ? ` · last quarter ${last.label}` : "",
			),
			h(
				"div",
				{ class: "menu-actions end-actions" },
				button("Play again with this seed", () => this.cb.playAgain(), { class: "btn btn-primary" }),
				button("Export replay", () => this.cb.exportReplay(), {
					class: "btn",
					title: "Download the replay as a .json file",
				}),
				button("Copy replay link", () => this.cb.copyReplayLink(), { class: "btn" }),
				button("Review the turns", () => this.cb.review(), { class: "btn" }),
				button("Main menu", () => this.cb.toMenu(), { class: "btn" }),
				h(
					"div",
					{ class: "end-columns" },
					h(
						"section",
						{ attrs: { "aria-label": "Scores" } },
						h("h2", { text: "Scores" }),
						scoreList,
						h("div", { class: "end-objectives" }, ...objectivesContent(view, true)),
					),
					h(
						"section",
						{ attrs: { "aria-label": "History" } },
						h("h2", { text: "History" }),
						h(
							"div",
							{ class: "chart-grid chart-grid-2" },
							...historyCharts(
								{ scenario, history: state.history, initial: view.initial, viewer: view.viewer },
								"summary",
							),
						),
					),
				),
			),
		);
		replace(this.el, card);
	}

	focus(): void {
		this.el.querySelector<HTMLElement>("h1")?.setAttribute("tabindex", "-1");
		this.el.querySelector<HTMLElement>("h1")?.focus();
	}
}
