// The main menu: pick a scenario, a seed and who plays what; continue the autosave; load a file.
import type { FactionId, Scenario } from "../engine";
import type { BotLevel, FactionControl } from "../replay";
import { button, focusWhenShown, h, replace, uid } from "./dom";
import { howToPlay } from "./howToPlay";
import { paragraphs } from "./text";

export interface MenuEntry {
	id: string;
	name: string;
	summary: string;
	builtin: boolean;
}

export interface ContinueInfo {
	scenarioName: string;
	turnLabel: string;
	turn: number;
	turns: number;
	player: string;
	over: boolean;
}

export interface MenuSetup {
	scenarioId: string;
	seed: string;
	controls: Record<FactionId, FactionControl>;
}

export interface MenuCallbacks {
	/** Load the scenario data for the setup panel (null if it cannot be loaded). */
	scenario(id: string): Scenario | null;
	start(setup: MenuSetup): void;
	continueGame(): void;
	importFile(file: File): void;
	randomSeed(): string;
}

const LEVELS: { value: BotLevel; label: string }[] = [
	{ value: "easy", label: "Easy" },
	{ value: "normal", label: "Normal" },
	{ value: "hard", label: "Hard" },
];

export class Menu {
	readonly el = h("section", { class: "screen menu", attrs: { "aria-labelledby": "menu-title" } });
	private entries: MenuEntry[] = [];
	private selected = "";
	private seed = "";
	private controls: Record<FactionId, FactionControl> = {};
	private continueInfo: ContinueInfo | null = null;
	private setupEl = h("div", { class: "menu-setup panel" });
	private sideEl = h("div", { class: "menu-side" });
	private fileInput: HTMLInputElement;

	constructor(private cb: MenuCallbacks) {
		this.fileInput = h("input", {
			class: "sr-only",
			attrs: {
				type: "file",
				accept: ".json,application/json",
				"aria-label": "Choose a save, replay or scenario file",
				tabindex: -1,
			},
			on: {
				change: () => {
					const f = this.fileInput.files?.[0];
					if (f) this.cb.importFile(f);
					this.fileInput.value = "";
				},
			},
		});
		this.el.append(this.sideEl, this.setupEl, this.fileInput);
	}

	/** Show the menu with these scenarios; `prefill` comes from a share link. */
	open(
		entries: MenuEntry[],
		continueInfo: ContinueInfo | null,
		prefill?: { scenario?: string | null; seed?: string | null },
	): void {
		this.entries = entries;
		this.continueInfo = continueInfo;
		const wanted = prefill?.scenario && entries.some((e) => e.id === prefill.scenario) ? prefill.scenario : null;
		if (wanted || !entries.some((e) => e.id === this.selected)) this.pick(wanted ?? entries[0]?.id ?? "", false);
		if (prefill?.seed) this.seed = prefill.seed;
		if (!this.seed) this.seed = this.cb.randomSeed();
		this.render();
	}

	/** Select a scenario in the setup (also used when a custom scenario is loaded). */
	pick(id: string, render = true): void {
		this.selected = id;
		const scenario = this.cb.scenario(id);
		this.controls = {};
		if (scenario) {
			for (const f of scenario.factions) this.controls[f.id] = { control: f.defaultControl, level: "normal" };
		}
		if (render) this.render();
	}

	setEntries(entries: MenuEntry[]): void {
		this.entries = entries;
	}

	openFilePicker(): void {
		this.fileInput.click();
	}

	/** Focus Continue when there is a game to continue, else Start (once the menu is drawn). */
	focusFirst(): void {
		focusWhenShown(
			() =>
				this.el.querySelector<HTMLElement>(".menu-primary .btn-primary") ??
				this.el.querySelector<HTMLElement>(".menu-actions .btn-primary"),
		);
	}

	private render(): void {
		this.renderSide();
		this.renderSetup();
	}

	private renderSide(): void {
		const title = h(
			"header",
			{ class: "menu-title" },
			h("h1", { attrs: { id: "menu-title" }, text: "Island Chain" }),
			h("p", { class: "tagline", text: "Deterrence, supply chains and escalation in the Indo-Pacific, 2026–2030." }),
		);
		const primary = h("div", { class: "menu-primary" });
		if (this.continueInfo) {
			const c = this.continueInfo;
			const cont = button("Continue", () => this.cb.continueGame(), { class: "btn btn-primary btn-large" });
			cont.setAttribute("aria-describedby", "continue-info");
			primary.append(
				cont,
				h("p", {
					class: "continue-info",
					attrs: { id: "continue-info" },
					text: `${c.scenarioName} — ${c.over ? "finished" : `${c.turnLabel}, turn ${c.turn + 1} of ${c.turns}`} · playing ${c.player}`,
				}),
			);
		}
		primary.append(
			button("Load save or replay…", () => this.openFilePicker(), {
				class: "btn",
				title: "Open a .json save or replay exported from Island Chain",
			}),
			button("Load scenario file…", () => this.openFilePicker(), {
				class: "btn",
				title: "Open a custom scenario .json; it is validated before use",
			}),
		);
		replace(this.sideEl, title, primary, howToPlay());
	}

	private renderSetup(): void {
		const list = h("div", { class: "scenario-list", attrs: { role: "radiogroup", "aria-label": "Scenario" } });
		for (const e of this.entries) {
			const id = uid("scn");
			const input = h("input", {
				attrs: { type: "radio", name: "scenario", id, value: e.id, checked: e.id === this.selected },
				on: { change: () => this.pick(e.id) },
			});
			list.append(
				h(
					"label",
					{ class: `scenario-card${e.id === this.selected ? " selected" : ""}`, attrs: { for: id } },
					input,
					h("span", { class: "scenario-name", text: e.name }),
					e.builtin ? null : h("span", { class: "tag", text: "custom file" }),
					h("span", { class: "scenario-summary", text: e.summary }),
				),
			);
		}

		const scenario = this.cb.scenario(this.selected);
		const body: (Node | null)[] = [h("h2", { text: "New game" }), list];
		if (!scenario) {
			body.push(h("p", { class: "muted", text: "Choose a scenario." }));
			replace(this.setupEl, ...body);
			return;
		}

		// Seed
		const seedId = uid("seed");
		const seedInput = h("input", {
			class: "input",
			attrs: { id: seedId, type: "text", value: this.seed, maxlength: 256, spellcheck: "false", autocomplete: "off" },
			on: { input: () => (this.seed = seedInput.value) },
		});
		const seedRow = h(
			"div",
			{ class: "field" },
			h("label", { attrs: { for: seedId }, text: "Seed" }),
			h(
				"div",
				{ class: "field-row" },
				seedInput,
				button(
					"New seed",
					() => {
						this.seed = this.cb.randomSeed();
						seedInput.value = this.seed;
					},
					{ class: "btn", title: "Pick a random seed" },
				),
			),
			h("p", { class: "hint", text: "The same scenario, seed and orders always play out the same way." }),
		);

		// Who plays what
		const table = h("table", { class: "controls-table" });
		table.append(
			h("caption", { class: "sr-only", text: "Who plays each faction" }),
			h(
				"thead",
				null,
				h(
					"tr",
					null,
					h("th", { attrs: { scope: "col" }, text: "Faction" }),
					h("th", { attrs: { scope: "col" }, text: "Played by" }),
					h("th", { attrs: { scope: "col" }, text: "Bot level" }),
				),
			),
		);
		const tbody = h("tbody");
		for (const f of scenario.factions) {
			const c = this.controls[f.id] ?? { control: "bot", level: "normal" };
			const who = h("select", {
				class: "select",
				attrs: { "aria-label": `${f.name} played by` },
				on: {
					change: () => {
						this.controls[f.id] = { ...this.controls[f.id], control: who.value as "human" | "bot" };
						level.disabled = who.value === "human";
						this.renderBriefingPreview(scenario);
					},
				},
			});
			who.append(
				h("option", {
					attrs: { value: "human", selected: c.control === "human", disabled: !f.playable },
					text: f.playable ? "Human" : "Human (not playable)",
				}),
			);
			who.append(h("option", { attrs: { value: "bot", selected: c.control === "bot" }, text: "Bot" }));
			const level = h("select", {
				class: "select",
				attrs: { "aria-label": `${f.name} bot level`, disabled: c.control === "human" },
				on: { change: () => (this.controls[f.id] = { ...this.controls[f.id], level: level.value as BotLevel }) },
			});
			for (const l of LEVELS)
				level.append(h("option", { attrs: { value: l.value, selected: c.level === l.value }, text: l.label }));
			tbody.append(
				h(
					"tr",
					null,
					h(
						"th",
						{ attrs: { scope: "row" } },
						h("span", {
							class: "swatch",
							attrs: { style: `background:${safeColour(f.colour)}`, "aria-hidden": "true" },
						}),
						f.name,
					),
					h("td", null, who),
					h("td", null, level),
				),
			);
		}
		table.append(tbody);

		const start = button(
			"Start",
			() =>
				this.cb.start({
					scenarioId: this.selected,
					seed: this.seed.trim() || this.cb.randomSeed(),
					controls: { ...this.controls },
				}),
			{ class: "btn btn-primary btn-large" },
		);

		body.push(
			h("p", {
				class: "scenario-meta",
				text: `${scenario.turns} turns, one per quarter, from ${scenario.start.year} Q${scenario.start.quarter}.`,
			}),
			h(
				"div",
				{ class: "setup-columns" },
				h(
					"div",
					null,
					seedRow,
					h("div", { class: "field" }, h("h3", { class: "field-title", text: "Who plays" }), table),
				),
				h("div", { class: "briefing-preview", attrs: { id: "briefing-preview" } }),
			),
			h("div", { class: "menu-actions" }, start),
		);
		replace(this.setupEl, ...body);
		this.renderBriefingPreview(scenario);
	}

	private renderBriefingPreview(scenario: Scenario): void {
		const box = this.setupEl.querySelector("#briefing-preview");
		if (!box) return;
		const human = scenario.factions.find((f) => this.controls[f.id]?.control === "human");
		const f = human ?? scenario.factions.find((x) => x.playable) ?? scenario.factions[0];
		if (!f) {
			replace(box);
			return;
		}
		replace(
			box,
			h("h3", {
				class: "field-title",
				text: human ? `Your briefing: ${f.name}` : `Briefing: ${f.name} (all factions are bots — you watch)`,
			}),
			h("div", { class: "briefing-text scroll" }, ...paragraphs(f.briefing)),
		);
	}
}

/** Only a plain #rrggbb colour from a scenario may reach a style attribute. */
export function safeColour(c: string): string {
	return /^#[0-9a-fA-F]{6}$/.test(c) ? c : "#888888";
}
