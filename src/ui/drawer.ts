// The right-hand drawer: tabs for this turn's orders, the report, the news and the objectives,
// with the End turn button always at the bottom.
import { button, h } from "./dom";
import { DraftsPanel } from "./draftsPanel";
import { NewsPanel } from "./news";
import { ObjectivesPanel } from "./objectives";
import { ReportPanel } from "./report";
import type { Actions, DrawerTab, GameView } from "./view";

const TABS: { id: DrawerTab; label: string; key: string }[] = [
	{ id: "turn", label: "This turn", key: "T" },
	{ id: "report", label: "Report", key: "R" },
	{ id: "news", label: "News", key: "N" },
	{ id: "objectives", label: "Objectives", key: "O" },
];

export class Drawer {
	readonly el = h("aside", { class: "drawer panel side-panel", attrs: { "aria-label": "Turn" } });
	readonly drafts: DraftsPanel;
	readonly report: ReportPanel;
	readonly news = new NewsPanel();
	readonly objectives = new ObjectivesPanel();
	private tabButtons = new Map<DrawerTab, HTMLButtonElement>();
	private panels = new Map<DrawerTab, HTMLElement>();
	private endButton: HTMLButtonElement;
	private statusEl = h("p", { class: "end-status", attrs: { role: "status", "aria-live": "polite" } });
	private summaryEl = h("p", { class: "end-summary" });
	private thinkingEl = h("span", { class: "thinking", text: " thinking…" });
	tab: DrawerTab = "turn";

	constructor(private actions: Actions) {
		this.drafts = new DraftsPanel(actions);
		this.report = new ReportPanel(actions);
		const tablist = h("div", { class: "tabs", attrs: { role: "tablist", "aria-label": "Turn panels" } });
		const body = h("div", { class: "drawer-body scroll" });
		const content: Record<DrawerTab, HTMLElement> = {
			turn: this.drafts.el,
			report: this.report.el,
			news: this.news.el,
			objectives: this.objectives.el,
		};
		for (const t of TABS) {
			const tabId = `tab-${t.id}`;
			const panelId = `tabpanel-${t.id}`;
			const b = h("button", {
				class: "tab",
				attrs: {
					type: "button",
					role: "tab",
					id: tabId,
					"aria-controls": panelId,
					"aria-selected": "false",
					tabindex: -1,
					title: `${t.label} (${t.key})`,
					"aria-keyshortcuts": t.key,
				},
				text: t.label,
				on: { click: () => actions.openTab(t.id), keydown: (ev) => this.tabKey(ev, t.id) },
			});
			this.tabButtons.set(t.id, b);
			tablist.append(b);
			const panel = h(
				"div",
				{
					class: "tabpanel",
					attrs: { role: "tabpanel", id: panelId, "aria-labelledby": tabId, hidden: true, tabindex: 0 },
				},
				content[t.id],
			);
			this.panels.set(t.id, panel);
			body.append(panel);
		}
		this.endButton = button("End turn", () => actions.endTurn(), {
			class: "btn btn-primary btn-large btn-end",
			shortcut: "E",
			title: "End turn: resolve this quarter",
		});
		this.endButton.append(this.thinkingEl);
		this.thinkingEl.hidden = true;
		const footer = h("div", { class: "drawer-footer" }, this.summaryEl, this.endButton, this.statusEl);
		this.el.append(tablist, body, footer);
		this.select("turn");
	}

	select(tab: DrawerTab, focus = false): void {
		this.tab = tab;
		for (const [id, b] of this.tabButtons) {
			const on = id === tab;
			b.setAttribute("aria-selected", on ? "true" : "false");
			b.tabIndex = on ? 0 : -1;
			b.classList.toggle("active", on);
			this.panels.get(id)!.hidden = !on;
		}
		if (focus) this.tabButtons.get(tab)?.focus();
	}

	private tabKey(ev: KeyboardEvent, current: DrawerTab): void {
		const i = TABS.findIndex((t) => t.id === current);
		let next = -1;
		if (ev.key === "ArrowRight") next = (i + 1) % TABS.length;
		else if (ev.key === "ArrowLeft") next = (i - 1 + TABS.length) % TABS.length;
		else if (ev.key === "Home") next = 0;
		else if (ev.key === "End") next = TABS.length - 1;
		if (next < 0) return;
		ev.preventDefault();
		ev.stopPropagation();
		this.actions.openTab(TABS[next].id);
		this.tabButtons.get(TABS[next].id)?.focus();
	}

	update(view: GameView): void {
		this.drafts.update(view);
		this.report.update(view);
		this.news.update(view);
		this.objectives.update(view);
		const over = view.state.over;
		this.endButton.disabled = view.thinking || over || view.replay !== null;
		this.endButton.hidden = view.replay !== null;
		this.endButton.classList.toggle("busy", view.thinking);
		this.endButton.setAttribute("aria-busy", view.thinking ? "true" : "false");
		this.thinkingEl.hidden = !view.thinking;
		this.statusEl.textContent = view.thinking ? "thinking… the other factions are choosing their orders" : "";
		if (over) this.summaryEl.textContent = "The game is over.";
		else if (view.replay) this.summaryEl.textContent = "Watching a replay.";
		else if (view.canOrder) {
			const n = view.drafts.length;
			this.summaryEl.textContent = `${n === 0 ? "No orders (you pass)" : `${n} order${n === 1 ? "" : "s"}`} · ${view.remaining.actionPoints} AP left`;
		} else this.summaryEl.textContent = "Bots play every faction.";
	}
}
