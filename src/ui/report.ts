// The turn report: headlines, the orders given, and every number that changed with its delta and
// a "why?" that expands to its ledger entries (DESIGN.md "Explainable").
import { type Scenario, type TurnRecord, describeOrder } from "../engine";
import { button, h, replace } from "./dom";
import { CAUSE_KIND_LABEL, factionName, signed, summariseCauses } from "./format";
import { type MetricChange, turnChanges } from "./reportModel";
import type { Actions, GameView } from "./view";

export class ReportPanel {
	readonly el = h("div", { class: "report-panel" });
	/** Index into history of the turn shown; null follows the latest. */
	private shown: number | null = null;
	private lastKey = "";

	constructor(private actions: Actions) {}

	showLatest(): void {
		this.shown = null;
		this.lastKey = "";
	}

	update(view: GameView): void {
		const history = view.state.history;
		const index = this.shown === null ? history.length - 1 : Math.min(this.shown, history.length - 1);
		const key = JSON.stringify([history.length, index, view.viewer, view.animating, view.state.over, view.scenario.id]);
		if (key === this.lastKey) return;
		this.lastKey = key;
		if (index < 0) {
			replace(
				this.el,
				h("h2", { class: "tab-title", text: "Turn report" }),
				h("p", {
					class: "muted",
					text: "No turn has been played yet. After you end a turn, this report lists what happened and why every number changed.",
				}),
			);
			return;
		}
		const record = history[index];
		const before = index > 0 ? history[index - 1].metrics : view.initial;
		const changes = turnChanges(view.scenario, before, record, view.viewer);
		const nav = h(
			"div",
			{ class: "report-nav" },
			button("◀", () => this.go(view, index - 1), {
				class: "btn btn-small btn-icon",
				disabled: index <= 0,
				attrs: { "aria-label": "Show the report of the quarter before" },
			}),
			h("h2", { class: "tab-title", text: `Report — ${record.label}` }),
			button("▶", () => this.go(view, index + 1), {
				class: "btn btn-small btn-icon",
				disabled: index >= history.length - 1,
				attrs: { "aria-label": "Show the report of the quarter after" },
			}),
		);
		const parts: Node[] = [nav];
		if (view.animating && index === history.length - 1) {
			parts.push(
				button("Skip animation", () => this.actions.skipAnimation(), {
					class: "btn btn-small skip",
					title: "Show the end of the turn at once",
				}),
			);
		}
		if (view.state.over && index === history.length - 1) {
			parts.push(button("See the outcome", () => this.actions.showEnd(), { class: "btn btn-primary" }));
		}
		parts.push(headlines(record), ordersGiven(view.scenario, record));
		const mine = changes.filter((c) => c.mine);
		const others = changes.filter((c) => !c.mine);
		parts.push(
			h("h3", { class: "section-title", text: `What changed for ${factionName(view.scenario, view.viewer)}` }),
		);
		parts.push(mine.length ? changeList(mine) : h("p", { class: "muted", text: "None of your numbers changed." }));
		if (others.length) {
			parts.push(
				h(
					"details",
					{ class: "other-changes" },
					h("summary", { text: `Other changes (${others.length})` }),
					changeList(others),
				),
			);
		}
		replace(this.el, ...parts);
	}

	private go(view: GameView, index: number): void {
		const last = view.state.history.length - 1;
		this.shown = index >= last ? null : Math.max(0, index);
		this.lastKey = "";
		this.update(view);
	}
}

function headlines(record: TurnRecord): HTMLElement {
	const ul = h("ul", { class: "headlines" });
	for (const hl of record.headlines) {
		ul.append(
			h(
				"li",
				{ class: `headline kind-${hl.kind}` },
				h("span", { class: "tag", text: hl.kind }),
				h("span", { text: hl.text }),
			),
		);
	}
	if (record.headlines.length === 0) ul.append(h("li", { class: "muted", text: "A quiet quarter." }));
	return h("section", { class: "report-headlines", attrs: { "aria-label": "Headlines" } }, ul);
}

function ordersGiven(scenario: Scenario, record: TurnRecord): HTMLElement {
	const ul = h("ul", { class: "orders-given" });
	for (const o of record.orders) {
		if (o.type === "pass") continue;
		let text: string;
		try {
			text = describeOrder(scenario, o);
		} catch {
			text = `${o.faction}: ${o.type}`;
		}
		ul.append(h("li", { text }));
	}
	if (ul.childElementCount === 0) ul.append(h("li", { class: "muted", text: "Every faction passed." }));
	return h(
		"details",
		{ class: "orders-given-box" },
		h("summary", { text: `Orders given (${ul.querySelectorAll("li:not(.muted)").length})` }),
		ul,
	);
}

function changeList(changes: MetricChange[]): HTMLElement {
	const ul = h("ul", { class: "changes" });
	for (const c of changes) {
		const why = h(
			"details",
			{ class: "why" },
			h("summary", { attrs: { "aria-label": `Why did ${c.label} change?` }, text: "why?" }),
		);
		const causes = h("ul", { class: "why-list" });
		let explained = 0;
		for (const e of c.entries) explained += e.delta;
		for (const cause of summariseCauses(c.entries)) {
			causes.append(
				h(
					"li",
					null,
					h("span", { class: `delta ${cause.delta > 0 ? "up" : "down"}`, text: signed(cause.delta) }),
					" ",
					h("span", { class: "cause-text", text: cause.text }),
					h("span", { class: "cause-kind", text: CAUSE_KIND_LABEL[cause.kind] ?? cause.kind }),
				),
			);
		}
		if (explained !== c.delta) {
			causes.append(
				h("li", { class: "unexplained", text: `${signed(c.delta - explained)} not recorded in the ledger` }),
			);
		}
		why.append(causes);
		ul.append(
			h(
				"li",
				{ class: "change" },
				h(
					"div",
					{ class: "change-row" },
					h("span", { class: "change-label", text: c.label }),
					h("span", { class: "change-values", text: `${c.before} → ${c.after}` }),
					h("span", { class: `delta ${c.delta > 0 ? "up" : c.delta < 0 ? "down" : ""}`, text: signed(c.delta) }),
				),
				why,
			),
		);
	}
	return ul;
}
