// The DOM skeleton over the canvas: screens (menu, briefing, end), the in-game layout (HUD,
// orders, drawer, replay bar), dialogs, banners, the tooltip and the live region.
import { Banners, LiveRegion } from "./banner";
import { Briefing } from "./briefing";
import { Dialog } from "./dialog";
import { h } from "./dom";
import { Drawer } from "./drawer";
import { type EndCallbacks, EndScreen } from "./endScreen";
import { Hud } from "./hud";
import { Menu, type MenuCallbacks } from "./menu";
import { OrdersPanel } from "./ordersPanel";
import { ReplayBar, type ReplayCallbacks } from "./replayBar";
import { Tooltip } from "./tooltip";
import type { Actions, GameView } from "./view";

export type Screen = "menu" | "briefing" | "game" | "end";

export interface ShellCallbacks {
	actions: Actions;
	menu: MenuCallbacks;
	briefing: { begin(): void; back(): void };
	end: EndCallbacks;
	replay: ReplayCallbacks;
}

export class Shell {
	readonly root: HTMLElement;
	readonly banners = new Banners();
	readonly live = new LiveRegion();
	readonly tooltip = new Tooltip();
	readonly menu: Menu;
	readonly briefing: Briefing;
	readonly end: EndScreen;
	readonly hud: Hud;
	readonly orders: OrdersPanel;
	readonly drawer: Drawer;
	readonly replayBar: ReplayBar;
	readonly dialog = new Dialog();
	readonly chartsDialog = new Dialog("dialog-wide");
	readonly gameEl: HTMLElement;
	screen: Screen = "menu";
	/** Called when the panels' layout may have changed (screen, window size). */
	onLayout: (() => void) | null = null;

	constructor(root: HTMLElement, cb: ShellCallbacks) {
		this.root = root;
		this.menu = new Menu(cb.menu);
		this.briefing = new Briefing(cb.briefing.begin, cb.briefing.back);
		this.end = new EndScreen(cb.end);
		this.hud = new Hud(this.tooltip, cb.actions);
		this.orders = new OrdersPanel(cb.actions);
		this.drawer = new Drawer(cb.actions);
		this.replayBar = new ReplayBar(cb.replay);
		this.gameEl = h(
			"div",
			{ class: "game-layout", attrs: { hidden: true } },
			this.hud.el,
			h(
				"main",
				{ class: "game-main", attrs: { "aria-label": "Game" } },
				this.orders.el,
				h("div", { class: "map-gap", attrs: { "aria-hidden": "true" } }),
				this.drawer.el,
			),
			this.replayBar.el,
		);
		root.classList.add("ui-root");
		root.append(
			h("a", { class: "skip-link", attrs: { href: "#tab-turn" }, text: "Skip to this turn's orders" }),
			this.menu.el,
			this.briefing.el,
			this.gameEl,
			this.end.el,
			this.banners.el,
			this.dialog.el,
			this.chartsDialog.el,
			this.tooltip.el,
			this.live.el,
		);
		this.setScreen("menu");
		if (typeof ResizeObserver !== "undefined") {
			const ro = new ResizeObserver(() => this.onLayout?.());
			ro.observe(this.hud.el);
			ro.observe(this.orders.el);
			ro.observe(this.drawer.el);
		}
		window.addEventListener("resize", () => this.onLayout?.());
	}

	/** CSS pixels of the window covered by the in-game panels, from each edge. */
	insets(): { top: number; right: number; bottom: number; left: number } {
		if (this.screen !== "game") return { top: 0, right: 0, bottom: 0, left: 0 };
		const w = window.innerWidth;
		const hud = this.hud.el.getBoundingClientRect();
		const left = this.orders.el.getBoundingClientRect();
		const right = this.drawer.el.getBoundingClientRect();
		const replay = this.replayBar.el.hidden ? null : this.replayBar.el.getBoundingClientRect();
		return {
			top: Math.round(hud.bottom),
			left: Math.round(left.right),
			right: Math.round(Math.max(0, w - right.left)),
			bottom: replay ? Math.round(Math.max(0, window.innerHeight - replay.top)) : 0,
		};
	}

	setScreen(screen: Screen): void {
		this.screen = screen;
		this.menu.el.hidden = screen !== "menu";
		this.briefing.el.hidden = screen !== "briefing";
		this.gameEl.hidden = screen !== "game";
		this.end.el.hidden = screen !== "end";
		this.root.dataset.screen = screen;
		this.tooltip.hide();
		this.onLayout?.();
	}

	update(view: GameView | null): void {
		if (!view) return;
		this.hud.update(view);
		this.orders.update(view);
		this.drawer.update(view);
		this.replayBar.update(view);
	}
}
