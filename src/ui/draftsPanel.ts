// "This turn": the orders drafted so far (removable until End turn) and the rationale note.
import { type Order, describeOrder, orderCost } from "../engine";
import { button, h, replace, uid } from "./dom";
import { factionName, withoutFaction } from "./format";
import { costText } from "./orderOptions";
import type { Actions, GameView } from "./view";

export class DraftsPanel {
	readonly el = h("div", { class: "drafts-panel" });
	private switcherEl = h("div", { class: "viewer-switch" });
	private listEl = h("div", { class: "drafts" });
	private noteEl: HTMLTextAreaElement;
	private noteFaction = "";
	private lastKey = "";
	private focusAfter: number | null = null;

	constructor(private actions: Actions) {
		const noteId = uid("note");
		this.noteEl = h("textarea", {
			class: "input note",
			attrs: {
				id: noteId,
				rows: 3,
				maxlength: 2000,
				placeholder: "Why these orders? (kept with the turn in the replay)",
			},
			on: { input: () => this.actions.setNote(this.noteEl.value) },
		});
		this.el.append(
			this.switcherEl,
			h("h2", { class: "tab-title", text: "Your orders this turn" }),
			this.listEl,
			h("label", { class: "note-label", attrs: { for: noteId }, text: "Rationale note" }),
			this.noteEl,
		);
	}

	update(view: GameView): void {
		this.renderSwitcher(view);
		if (
			this.noteFaction !== view.viewer ||
			(document.activeElement !== this.noteEl && this.noteEl.value !== view.note)
		) {
			this.noteEl.value = view.note;
			this.noteFaction = view.viewer;
		}
		this.noteEl.disabled = !view.canOrder || view.state.over;
		const key = JSON.stringify([view.viewer, view.drafts, view.state.turn, view.canOrder]);
		if (key === this.lastKey) return;
		this.lastKey = key;
		this.renderList(view);
	}

	private renderSwitcher(view: GameView): void {
		if (view.humans.length < 2) {
			replace(this.switcherEl);
			return;
		}
		const group = h("div", { class: "segmented", attrs: { role: "group", "aria-label": "Faction giving orders" } });
		for (const f of view.humans) {
			group.append(
				button(factionName(view.scenario, f), () => this.actions.setViewer(f), {
					class: `btn btn-small${f === view.viewer ? " active" : ""}`,
					attrs: { "aria-pressed": f === view.viewer ? "true" : "false" },
				}),
			);
		}
		replace(this.switcherEl, group);
	}

	private renderList(view: GameView): void {
		const { scenario, state } = view;
		if (!view.canOrder) {
			replace(this.listEl, h("p", { class: "muted", text: "You have no orders to give: bots play every faction." }));
			return;
		}
		if (view.drafts.length === 0) {
			if (this.focusAfter !== null) {
				this.focusAfter = null;
				queueMicrotask(() => this.noteEl.focus());
			}
			replace(
				this.listEl,
				h("p", {
					class: "muted",
					text: "No orders yet. Pick orders from the list on the left; ending the turn without orders means you pass.",
				}),
			);
			return;
		}
		const ol = h("ol", { class: "draft-list" });
		const fname = factionName(scenario, view.viewer);
		view.drafts.forEach((o: Order, i) => {
			const label = withoutFaction(describeOrder(scenario, o), fname);
			let cost = { actionPoints: 0, funds: 0 };
			try {
				cost = orderCost(scenario, state, o);
			} catch {
				// shown without a cost
			}
			ol.append(
				h(
					"li",
					{ class: "draft" },
					h("span", { class: "draft-label", text: label }),
					h("span", { class: "order-cost", text: costText(cost) }),
					button(
						"Remove",
						() => {
							this.focusAfter = i;
							this.actions.removeDraft(i);
						},
						{
							class: "btn btn-small btn-ghost",
							attrs: { "aria-label": `Remove order: ${label}` },
						},
					),
				),
			);
		});
		replace(this.listEl, ol);
		if (this.focusAfter !== null) {
			const buttons = this.listEl.querySelectorAll<HTMLButtonElement>("button");
			buttons[Math.min(this.focusAfter, buttons.length - 1)]?.focus();
			this.focusAfter = null;
		}
	}
}
