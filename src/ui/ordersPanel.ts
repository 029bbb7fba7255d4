// The orders open to the player for the selected region, producer or faction (or national orders
// when nothing is selected), grouped by type, with their costs and a preview of their effects.
// Orders not allowed now stay visible, disabled, with the engine's reason.
import { type Order, type Scenario, previewOrder } from "../engine";
import type { Selection } from "../app/bus";
import { button, h, replace, uid } from "./dom";
import { describeEffect, describeEntry, factionName, regionName } from "./format";
import { GROUP_HELP, type OrderOption, costText, groupOptions, orderOptions } from "./orderOptions";
import type { Actions, GameView } from "./view";

export class OrdersPanel {
	readonly el = h("section", { class: "orders-panel panel side-panel", attrs: { "aria-labelledby": "orders-title" } });
	private headerEl = h("div", { class: "orders-header" });
	private scopeEl = h("div", { class: "scope" });
	private infoEl = h("div", { class: "selection-info" });
	private listEl = h("div", { class: "orders-list scroll" });
	private openGroups = new Set<string>(["Forces", "Diplomacy"]);
	private lastKey = "";
	/** Whether the next list drawn fills its previews later (deferPreviewsOnce). */
	private deferNext = false;
	/** Previews of the current list still to fill, in order; null when none wait. */
	private previews: { jobs: (() => void)[] } | null = null;

	constructor(private actions: Actions) {
		this.el.append(this.headerEl, this.scopeEl, this.infoEl, this.listEl);
	}

	update(view: GameView): void {
		const { scenario, state } = view;
		const fname = factionName(scenario, view.viewer);
		replace(
			this.headerEl,
			h("h2", { attrs: { id: "orders-title" }, text: view.canOrder ? `Orders — ${fname}` : `Map — ${fname}` }),
			view.canOrder
				? h("p", {
						class: "orders-budget",
						text: `${view.remaining.actionPoints} AP and ${view.remaining.funds} funds left`,
					})
				: null,
		);
		this.renderScope(view);
		this.renderInfo(view);

		// Re-render the list only when something it shows changed (keeps focus and scroll).
		const key = JSON.stringify([
			state.turn,
			view.viewer,
			view.selection,
			view.drafts,
			view.canOrder,
			state.over,
			view.thinking,
		]);
		const defer = this.deferNext;
		this.deferNext = false;
		if (key === this.lastKey) return;
		const focusedKey = (document.activeElement as HTMLElement | null)?.dataset?.order;
		// reading scrollTop lays the page out: only when there is a list that may be scrolled
		const scroll = this.listEl.firstChild ? this.listEl.scrollTop : 0;
		this.lastKey = key;
		this.startList(defer);
		this.renderList(view);
		if (scroll) this.listEl.scrollTop = scroll;
		if (focusedKey) {
			const again = this.listEl.querySelector<HTMLElement>(`[data-order="${CSS.escape(focusedKey)}"]`);
			if (again && !again.hasAttribute("disabled")) again.focus();
			else this.listEl.querySelector<HTMLElement>("button:not([disabled])")?.focus();
		}
	}

	private renderScope(view: GameView): void {
		const { scenario } = view;
		const id = uid("scope");
		const select = h("select", {
			class: "select scope-select",
			attrs: { id, "aria-describedby": "scope-hint" },
			on: { change: () => this.actions.select(parseScope(select.value)) },
		});
		select.append(h("option", { attrs: { value: "" }, text: "National orders (no place selected)" }));
		const regions = h("optgroup", { attrs: { label: "Regions (keys 1–9)" } });
		scenario.regions.forEach((r, i) => {
			regions.append(
				h("option", { attrs: { value: `region:${r.id}` }, text: `${i < 9 ? `${i + 1}. ` : ""}${r.name}` }),
			);
		});
		select.append(regions);
		const others = scenario.factions.filter((f) => f.id !== view.viewer);
		if (others.length > 0) {
			const fg = h("optgroup", { attrs: { label: "Factions" } });
			for (const f of others) fg.append(h("option", { attrs: { value: `faction:${f.id}` }, text: f.name }));
			select.append(fg);
		}
		if (scenario.producers.length > 0) {
			const pg = h("optgroup", { attrs: { label: "Producers" } });
			for (const p of scenario.producers)
				pg.append(h("option", { attrs: { value: `producer:${p.id}` }, text: p.name }));
			select.append(pg);
		}
		select.value = view.selection ? `${view.selection.kind}:${view.selection.id}` : "";
		const hadFocus = this.scopeEl.contains(document.activeElement);
		replace(
			this.scopeEl,
			h("label", { attrs: { for: id }, text: "Act where / with whom" }),
			select,
			h("p", {
				class: "hint",
				attrs: { id: "scope-hint" },
				text: "Or click the map, or press 1–9 for a region and 0 for national orders.",
			}),
		);
		if (hadFocus) select.focus();
	}

	private renderInfo(view: GameView): void {
		const sel = view.selection;
		const { scenario, state } = view;
		if (!sel) {
			replace(this.infoEl);
			return;
		}
		if (sel.kind === "region") {
			const r = scenario.regions.find((x) => x.id === sel.id);
			const rs = state.regions[sel.id];
			if (!r || !rs) {
				replace(this.infoEl);
				return;
			}
			const forces = Object.entries(rs.forces).filter(([, n]) => n > 0);
			replace(
				this.infoEl,
				h("h3", { text: r.name }),
				h(
					"dl",
					{ class: "facts" },
					h("dt", { text: "Kind" }),
					h("dd", {
						text: `${r.kind === "sea" ? "Sea" : "Land"}${r.theatre ? " · in theatre" : ""} · value ${r.value}/10`,
					}),
					h("dt", { text: "Held by" }),
					h("dd", { text: rs.owner ? factionName(scenario, rs.owner) : "no one" }),
					h("dt", { text: "Readiness" }),
					h("dd", { text: String(rs.readiness) }),
					h("dt", { text: "Forces" }),
					h("dd", {
						text: forces.length
							? forces.map(([f, n]) => `${scenario.factions.find((x) => x.id === f)?.short ?? f} ${n}`).join(", ")
							: "none",
					}),
					h("dt", { text: "Activity" }),
					h("dd", { text: `${rs.heat}/100${rs.blockaded ? " · BLOCKADED" : ""}` }),
				),
			);
		} else if (sel.kind === "faction") {
			const f = scenario.factions.find((x) => x.id === sel.id);
			const fs = state.factions[sel.id];
			if (!f || !fs) {
				replace(this.infoEl);
				return;
			}
			const rel = state.relations[[view.viewer, sel.id].sort().join("|")];
			replace(
				this.infoEl,
				h("h3", { text: f.name }),
				h(
					"dl",
					{ class: "facts" },
					h("dt", { text: "Relations" }),
					h("dd", { text: rel === undefined ? "—" : `${rel} (−100 to 100)` }),
					h("dt", { text: "Economy" }),
					h("dd", { text: String(fs.economy) }),
					h("dt", { text: "Support" }),
					h("dd", { text: String(fs.support) }),
				),
			);
		} else {
			const p = scenario.producers.find((x) => x.id === sel.id);
			const ps = state.producers[sel.id];
			if (!p || !ps) {
				replace(this.infoEl);
				return;
			}
			replace(
				this.infoEl,
				h("h3", { text: p.name }),
				h(
					"dl",
					{ class: "facts" },
					h("dt", { text: "Owner" }),
					h("dd", { text: factionName(scenario, p.owner) }),
					h("dt", { text: "Output" }),
					h("dd", { text: ps.active ? `${ps.capacity} per turn (${p.material})` : "not producing yet" }),
				),
			);
		}
	}

	private renderList(view: GameView): void {
		const { scenario, state } = view;
		if (state.over) {
			replace(this.listEl, h("p", { class: "muted", text: "The game is over." }));
			return;
		}
		if (!view.canOrder) {
			replace(
				this.listEl,
				h("p", {
					class: "muted",
					text: view.replay
						? "Watching a replay: orders are shown in the report."
						: "Every faction is played by a bot: press End turn to watch the next quarter.",
				}),
			);
			return;
		}
		let options: OrderOption[] = [];
		try {
			options = orderOptions(scenario, state, view.viewer, view.drafts, view.selection);
		} catch (e) {
			replace(
				this.listEl,
				h("p", {
					class: "error-text",
					text: `Orders cannot be listed: ${e instanceof Error ? e.message : String(e)}`,
				}),
			);
			return;
		}
		const groups = groupOptions(options);
		const children: Node[] = [];
		if (!view.selection) {
			children.push(h("p", { class: "hint", text: "Select a region to drill, deploy or withdraw there." }));
		}
		if (groups.length === 0) {
			children.push(
				h("p", {
					class: "muted",
					text: view.selection
						? `No orders concern ${selectionName(scenario, view.selection)}.`
						: "No orders are open.",
				}),
			);
		}
		for (const g of groups) {
			const open = view.selection !== null || this.openGroups.has(g.group);
			const details = h("details", { class: "order-group", attrs: { open } });
			details.addEventListener("toggle", () => {
				if (view.selection) return;
				if (details.open) this.openGroups.add(g.group);
				else this.openGroups.delete(g.group);
			});
			const allowed = g.options.filter((o) => !o.error).length;
			details.append(
				h(
					"summary",
					null,
					h("span", { text: g.group }),
					h("span", { class: "count", text: `${allowed}/${g.options.length}` }),
				),
				h("p", { class: "group-help", text: GROUP_HELP[g.group] }),
			);
			const ul = h("ul", { class: "order-options" });
			for (const o of g.options) ul.append(this.optionEl(scenario, view, o));
			details.append(ul);
			children.push(details);
		}
		replace(this.listEl, ...children);
	}

	private optionEl(scenario: Scenario, view: GameView, o: OrderOption): HTMLElement {
		const effectsId = uid("fx");
		const li = h("li", { class: `order-option${o.error ? " disabled" : ""}` });
		const add = button("Add", () => this.add(o.order), {
			class: "btn btn-small btn-add",
			disabled: o.error !== null,
			attrs: { "aria-label": `Add order: ${o.label}`, "aria-describedby": effectsId, "data-order": o.key },
		});
		const body = h(
			"div",
			{ class: "order-body" },
			h("span", { class: "order-label", text: o.label }),
			h("span", { class: "order-cost", text: costText(o.cost) }),
		);
		const fx = h("div", { class: "order-effects", attrs: { id: effectsId } });
		if (o.error) {
			fx.append(h("span", { class: "order-reason", text: `Not now: ${o.error.message}` }));
		} else if (this.previews) {
			this.previews.jobs.push(() => fillPreview(fx, scenario, view, o));
		} else {
			fillPreview(fx, scenario, view, o);
		}
		body.append(fx);
		li.append(body, add);
		return li;
	}

	/**
	 * The next list drawn (the first one as play begins) fills its effect previews after the page
	 * has drawn the map, in idle time, instead of before: previewing every order is about a tenth
	 * of a second of script that would delay the first frame. Lists drawn after that (a selection,
	 * a draft) show their previews at once.
	 */
	deferPreviewsOnce(): void {
		this.deferNext = true;
	}

	/** A new list: previews still waiting for the old one are dropped; this one's wait if `defer`. */
	private startList(defer: boolean): void {
		this.previews = null;
		if (!defer) return;
		const batch = { jobs: [] as (() => void)[] };
		this.previews = batch;
		let next = 0;
		const step = (deadline?: IdleDeadline) => {
			// a newer list replaced this one (its previews are dropped: startList)
			if (this.previews !== batch) return;
			// the idle time left (at least one preview), or 8 ms when the browser had none to give
			const until = performance.now() + (deadline && !deadline.didTimeout ? deadline.timeRemaining() : 8);
			while (next < batch.jobs.length) {
				batch.jobs[next++]();
				if (performance.now() >= until) break;
			}
			if (next < batch.jobs.length) later(step, 50);
			else this.previews = null;
		};
		// the first batch waits for the page to settle (the map's first frames), the rest follow
		later(step, 1000);
	}

	private add(order: Order): void {
		this.actions.addDraft(order);
	}
}

/** Runs in idle time when the browser has it (with a deadline), else after at most `wait` ms. */
function later(run: (deadline?: IdleDeadline) => void, wait: number): void {
	if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: wait });
	else setTimeout(run, 16);
}

/** The effect preview of an allowed order (its text, and each change in full as the tooltip). */
function fillPreview(fx: HTMLElement, scenario: Scenario, view: GameView, o: OrderOption): void {
	let entries: ReturnType<typeof previewOrder> = [];
	try {
		entries = previewOrder(scenario, view.state, o.order);
	} catch {
		entries = [];
	}
	// The order's own funds are its cost, shown already.
	const shownEntries = entries.filter((e) => e.target !== `${view.viewer}.funds` || e.delta !== -o.cost.funds);
	if (shownEntries.length === 0)
		fx.append(h("span", { class: "muted", text: "No immediate effect on the tracked numbers." }));
	else {
		const fname = factionName(scenario, view.viewer);
		const texts = shownEntries.map((e) => describeEffect(scenario, e, fname));
		fx.append(
			h("span", { class: "effects-label", text: "Effect: " }),
			h("span", {
				class: "effects-text",
				attrs: { title: shownEntries.map((e) => describeEntry(scenario, e)).join("\n") },
				text: texts.join(" · "),
			}),
		);
	}
}

function parseScope(value: string): Selection {
	if (!value) return null;
	const i = value.indexOf(":");
	const kind = value.slice(0, i);
	const id = value.slice(i + 1);
	if (kind === "region" || kind === "faction" || kind === "producer") return { kind, id };
	return null;
}

function selectionName(scenario: Scenario, sel: NonNullable<Selection>): string {
	if (sel.kind === "region") return regionName(scenario, sel.id);
	if (sel.kind === "faction") return factionName(scenario, sel.id);
	return scenario.producers.find((p) => p.id === sel.id)?.name ?? sel.id;
}
