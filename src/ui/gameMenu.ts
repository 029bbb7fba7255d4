// The in-game menu (pause menu): resume, export, share, main menu.
import { button, h } from "./dom";
import { shortcutList } from "./howToPlay";

export interface GameMenuCallbacks {
	resume(): void;
	exportSave(): void;
	exportReplay(): void;
	copyReplayLink(): void;
	mainMenu(): void;
	replay: boolean;
	setupLink: string;
}

export function gameMenu(cb: GameMenuCallbacks): HTMLElement {
	const link = h("input", {
		class: "input",
		attrs: { type: "text", readonly: true, value: cb.setupLink, "aria-label": "Link to this game's setup" },
	});
	link.addEventListener("focus", () => link.select());
	return h(
		"div",
		{ class: "game-menu" },
		h(
			"div",
			{ class: "game-menu-actions" },
			button("Resume", cb.resume, { class: "btn btn-primary" }),
			cb.replay
				? null
				: button("Export save", cb.exportSave, {
						class: "btn",
						title: "Download this game, with this turn's drafts, as a .json file",
					}),
			button("Export replay", cb.exportReplay, {
				class: "btn",
				title: "Download the turns played so far as a .json replay",
			}),
			button("Copy replay link", cb.copyReplayLink, { class: "btn" }),
			button("Main menu", cb.mainMenu, { class: "btn" }),
		),
		h("p", {
			class: "hint",
			text: cb.replay ? "" : "Your game is saved after every change; Continue from the main menu picks it up.",
		}),
		h("p", { class: "field-title", text: "Share this setup (scenario and seed)" }),
		link,
		h("h3", { class: "field-title", text: "Keyboard" }),
		shortcutList(),
	);
}
