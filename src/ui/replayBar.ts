// Controls while watching a replay: step through the recorded turns, or take over and play on.
import { button, h, replace } from "./dom";
import type { GameView } from "./view";

export interface ReplayCallbacks {
	restart(): void;
	next(): void;
	toEnd(): void;
	takeOver(): void;
	exit(): void;
}

export class ReplayBar {
	readonly el = h("div", {
		class: "replay-bar panel",
		attrs: { role: "region", "aria-label": "Replay controls", hidden: true },
	});

	constructor(private cb: ReplayCallbacks) {}

	update(view: GameView | null): void {
		if (!view?.replay) {
			this.el.hidden = true;
			return;
		}
		this.el.hidden = false;
		const { shown, total } = view.replay;
		const focused = (document.activeElement as HTMLElement | null)?.dataset?.replay;
		replace(
			this.el,
			h("span", { class: "replay-label", text: `Replay · ${shown} of ${total} turns shown` }),
			button("Restart", () => this.cb.restart(), {
				class: "btn btn-small",
				disabled: shown === 0,
				attrs: { "data-replay": "restart" },
			}),
			button("Next turn", () => this.cb.next(), {
				class: "btn btn-small btn-primary",
				disabled: shown >= total || view.animating,
				attrs: { "data-replay": "next" },
			}),
			button("To the end", () => this.cb.toEnd(), {
				class: "btn btn-small",
				disabled: shown >= total,
				attrs: { "data-replay": "end" },
			}),
			button("Take over from here", () => this.cb.takeOver(), {
				class: "btn btn-small",
				disabled: view.state.over,
				title: "Fork: play on from this turn",
				attrs: { "data-replay": "take" },
			}),
			button("Exit", () => this.cb.exit(), { class: "btn btn-small btn-ghost", attrs: { "data-replay": "exit" } }),
		);
		if (focused) {
			const b = this.el.querySelector<HTMLButtonElement>(`[data-replay="${focused}"]`);
			if (b && !b.disabled) b.focus();
			else this.el.querySelector<HTMLButtonElement>("button:not([disabled])")?.focus();
		}
	}
}
