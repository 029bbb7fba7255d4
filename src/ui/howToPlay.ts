// "How to play": the rules in a few lines, and the keyboard shortcuts.
import { h } from "./dom";

export const SHORTCUTS: [string, string][] = [
	["E", "End turn"],
	["R", "Turn report"],
	["N", "News log"],
	["O", "Objectives"],
	["T", "This turn's orders"],
	["C", "Charts of history"],
	["1–9", "Select a map region"],
	["0", "National orders (clear selection)"],
	["Arrows", "Pan the map"],
	["+ / −", "Zoom the map"],
	["Esc", "Close a dialog"],
	["?", "Show these shortcuts"],
];

const STEPS: [string, string][] = [
	[
		"Each turn is one quarter.",
		"You spend action points (AP) and defence funds on orders, then press End turn. The other factions, played by bots, move at the same time.",
	],
	[
		"Pick where to act.",
		"Click a region on the map or press 1–9 to see the drills, deployments and withdrawals open there. National orders — statements, dialogue, programmes, stockpiles, export controls, the budget — are listed when nothing is selected.",
	],
	[
		"Read the preview.",
		"Every order shows its cost and its direct effects before you commit. Orders you cannot give are greyed out with the reason.",
	],
	[
		"Deter without a spiral.",
		"Deterrence is your capability and credibility against the challenger's. When tension is high and deterrence weak, the challenger climbs the coercion ladder; too much provocation raises tension and can start a spiral anyway.",
	],
	[
		"Ask why.",
		"After each turn the report lists every number that changed, and “why?” shows the causes. Hover or focus a number at the top for its meaning.",
	],
	[
		"Meet your objectives.",
		"Your objectives (O) score the game. It ends after the last quarter, or early if the crisis reaches open conflict.",
	],
];

export function howToPlay(): HTMLElement {
	const steps = h("ol", { class: "how-steps" });
	for (const [title, text] of STEPS) steps.append(h("li", null, h("strong", { text: title }), " ", text));
	return h(
		"details",
		{ class: "how-to-play panel" },
		h("summary", { text: "How to play" }),
		steps,
		h("h3", { class: "field-title", text: "Keyboard" }),
		shortcutList(),
	);
}

export function shortcutList(): HTMLElement {
	const dl = h("dl", { class: "shortcut-list" });
	for (const [k, v] of SHORTCUTS) dl.append(h("dt", null, h("kbd", { class: "kbd", text: k })), h("dd", { text: v }));
	return dl;
}
