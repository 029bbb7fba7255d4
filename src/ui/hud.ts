// The heads-up display: date, funds, action points, support, economy, tension, the ladder and
// deterrence. Each number explains itself on hover or focus, with last turn's "why?".
import { type LedgerEntry, type Scenario, turnLabel } from "../engine";
import { type Child, button, h, replace } from "./dom";
import { CAUSE_KIND_LABEL, factionName, signed, summariseCauses } from "./format";
import { lastWhy } from "./reportModel";
import type { Tooltip } from "./tooltip";
import type { Actions, GameView } from "./view";

interface Stat {
	id: string;
	label: string;
	value: string;
	/** Metric key whose last-turn ledger explains it. */
	key: string | null;
	explain: string;
	/** "good" | "warn" | "bad" tint. */
	tone?: "good" | "warn" | "bad";
	/** 0..100 meter, if the number is a level. */
	meter?: number;
	delta?: number;
}

export function rungName(scenario: Scenario, rung: number): string {
	return scenario.ladder.rungs.find((r) => r.rung === rung)?.name ?? `rung ${rung}`;
}

export class Hud {
	readonly el = h("header", { class: "hud panel", attrs: { "aria-label": "Situation" } });
	private statsEl = h("ul", { class: "hud-stats" });
	private dateEl = h("div", { class: "hud-date" });
	private navEl = h("nav", { class: "hud-nav", attrs: { "aria-label": "Panels" } });
	private view: GameView | null = null;

	constructor(
		private tooltip: Tooltip,
		actions: Actions,
	) {
		// Report, news and objectives are tabs of the drawer (R, N, O); the HUD keeps the rest.
		this.navEl.append(
			button("Charts", () => actions.openCharts(), { class: "btn btn-nav", shortcut: "C", title: "Charts of history" }),
			button("Menu", () => actions.toMenu(), {
				class: "btn btn-nav",
				shortcut: "?",
				title: "Game menu: export, share, shortcuts",
			}),
		);
		this.el.append(this.dateEl, this.statsEl, this.navEl);
	}

	update(view: GameView): void {
		this.view = view;
		const { scenario, state } = view;
		const over = state.over;
		const shownTurn = Math.min(state.turn, scenario.turns - 1);
		replace(
			this.dateEl,
			h("span", { class: "hud-brand", text: "Island Chain" }),
			h("span", { class: "hud-quarter", text: over ? "Game over" : turnLabel(scenario, state.turn) }),
			h("span", {
				class: "hud-turn",
				text: over ? `${state.history.length} turns played` : `Turn ${shownTurn + 1} of ${scenario.turns}`,
			}),
		);
		replace(this.statsEl);
		for (const s of this.stats(view)) this.statsEl.append(this.statEl(s));
	}

	private stats(view: GameView): Stat[] {
		const { scenario, state, viewer } = view;
		const fs = state.factions[viewer];
		const last = state.history[state.history.length - 1];
		const delta = (key: string) =>
			last ? last.ledger.filter((e) => e.target === key).reduce((a, e) => a + e.delta, 0) : 0;
		const out: Stat[] = [];
		if (fs) {
			const short = scenario.factions.find((f) => f.id === viewer)?.short ?? viewer;
			out.push({
				id: "funds",
				label: "Funds",
				value: view.canOrder ? `${view.remaining.funds} / ${fs.funds}` : String(fs.funds),
				key: `${viewer}.funds`,
				explain: `${short} defence funds in budget points (1 point = $100m)${view.canOrder ? ": left after this turn's drafted orders / available" : ""}. The budget adds ${fs.budget} points each turn.`,
				delta: delta(`${viewer}.funds`),
			});
			out.push({
				id: "ap",
				label: "Action points",
				value: view.canOrder ? `${view.remaining.actionPoints} / ${fs.actionPoints}` : String(fs.actionPoints),
				key: null,
				explain:
					"Action points left this turn after your drafted orders / per turn. Each order costs some; they refill every turn.",
				tone: view.canOrder && view.remaining.actionPoints === 0 ? "warn" : undefined,
			});
			out.push({
				id: "support",
				label: "Support",
				value: String(fs.support),
				key: `${viewer}.support`,
				explain:
					"Public support 0–100 for your government's policy. It falls with economic pain and reckless moves; low support weakens resolve.",
				meter: fs.support,
				tone: fs.support < 35 ? "bad" : fs.support < 50 ? "warn" : undefined,
				delta: delta(`${viewer}.support`),
			});
			out.push({
				id: "economy",
				label: "Economy",
				value: String(fs.economy),
				key: `${viewer}.economy`,
				explain: "Economy index (100 = baseline). Material shortfalls from export controls and blockades cut it.",
				tone: fs.economy < 90 ? "bad" : fs.economy < 97 ? "warn" : undefined,
				delta: delta(`${viewer}.economy`),
			});
		}
		out.push({
			id: "tension",
			label: "Tension",
			value: String(state.tension),
			key: "tension",
			explain:
				"Regional tension 0–100. Drills, firm statements and export controls raise it; dialogue and restraint lower it; it drifts back toward a baseline. High tension with weak deterrence pushes the challenger up the ladder.",
			meter: state.tension,
			tone:
				state.tension >= scenario.rules.spiralTension
					? "bad"
					: state.tension >= scenario.rules.holdTension
						? "warn"
						: undefined,
			delta: delta("tension"),
		});
		const conflict = scenario.rules.conflictRung;
		out.push({
			id: "rung",
			label: "Ladder",
			value: `${state.ladder.rung} · ${rungName(scenario, state.ladder.rung)}`,
			key: "rung",
			explain: `The challenger's coercion ladder, 0 (normal relations) to 10. Rung ${conflict} or above is open conflict and ends the game.`,
			tone:
				state.ladder.rung >= conflict - 2
					? "bad"
					: state.ladder.rung >= scenario.rules.coercedRung
						? "warn"
						: undefined,
			delta: delta("rung"),
		});
		for (const p of scenario.deterrencePairs) {
			if (p.defender !== viewer && p.challenger !== viewer) continue;
			const key = `deterrence.${p.challenger}>${p.defender}`;
			const v = state.deterrence[`${p.challenger}>${p.defender}`] ?? 0;
			const other = p.defender === viewer ? p.challenger : p.defender;
			out.push({
				id: `det-${p.challenger}-${p.defender}`,
				label:
					p.defender === viewer
						? `Deterrence vs ${scenario.factions.find((f) => f.id === other)?.short ?? other}`
						: `Deterred by ${scenario.factions.find((f) => f.id === other)?.short ?? other}`,
				value: `${v}%`,
				key,
				explain: `How well ${factionName(scenario, p.defender)} deters ${factionName(scenario, p.challenger)}: its capability × credibility over the challenger's capability × resolve (100% = balanced). At ${scenario.rules.holdDeterrence}% or more the challenger holds on the ladder.`,
				tone: v >= scenario.rules.holdDeterrence ? "good" : v < scenario.rules.holdDeterrence * 0.8 ? "bad" : "warn",
				delta: delta(key),
			});
		}
		return out;
	}

	private statEl(s: Stat): HTMLElement {
		const b = h(
			"button",
			{
				class: `hud-stat${s.tone ? ` tone-${s.tone}` : ""}`,
				attrs: {
					type: "button",
					"data-stat": s.id,
					"aria-label": `${s.label}: ${s.value}${s.delta ? ` (${signed(s.delta)} last turn)` : ""}`,
				},
			},
			h("span", { class: "hud-label", text: s.label }),
			h(
				"span",
				{ class: "hud-value" },
				s.value,
				s.delta
					? h("span", {
							class: `hud-delta ${s.delta > 0 ? "up" : "down"}`,
							text: `${s.delta > 0 ? "▲" : "▼"}${Math.abs(s.delta)}`,
						})
					: null,
			),
			s.meter !== undefined
				? h(
						"span",
						{ class: "hud-meter", attrs: { "aria-hidden": "true" } },
						h("span", { attrs: { style: `width:${Math.max(0, Math.min(100, s.meter))}%` } }),
					)
				: null,
		);
		this.tooltip.attach(b, () => this.tooltipContent(s));
		b.addEventListener("click", () => this.tooltip.show(b, this.tooltipContent(s)));
		return h("li", null, b);
	}

	private tooltipContent(s: Stat): Child[] {
		const out: Child[] = [h("strong", { text: `${s.label}: ${s.value}` }), h("p", { text: s.explain })];
		const view = this.view;
		if (s.key && view) {
			const why: LedgerEntry[] = lastWhy(view.state.history, s.key);
			if (why.length > 0) {
				const ul = h("ul", { class: "why-list" });
				for (const c of summariseCauses(why)) {
					ul.append(
						h(
							"li",
							null,
							h("span", { class: `delta ${c.delta > 0 ? "up" : "down"}`, text: signed(c.delta) }),
							" ",
							c.text,
							h("span", { class: "cause-kind", text: ` ${CAUSE_KIND_LABEL[c.kind] ?? c.kind}` }),
						),
					);
				}
				out.push(h("p", { class: "why-title", text: "Why it changed last turn:" }), ul);
			} else if (view.state.history.length > 0) {
				out.push(h("p", { class: "muted", text: "No change last turn." }));
			}
		}
		return out;
	}
}
