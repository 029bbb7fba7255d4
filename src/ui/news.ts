// The news log: every turn's headlines, newest first.
import { h, replace } from "./dom";
import type { GameView } from "./view";

export class NewsPanel {
	readonly el = h("div", { class: "news-panel" });
	private lastKey = "";

	update(view: GameView): void {
		const history = view.state.history;
		const key = `${view.scenario.id}:${view.state.seed}:${history.length}`;
		if (key === this.lastKey) return;
		this.lastKey = key;
		const parts: Node[] = [h("h2", { class: "tab-title", text: "News" })];
		if (history.length === 0) {
			parts.push(h("p", { class: "muted", text: "News of each quarter appears here after you end the turn." }));
		}
		for (let i = history.length - 1; i >= 0; i--) {
			const r = history[i];
			const ul = h("ul", { class: "headlines" });
			for (const hl of r.headlines) {
				ul.append(
					h(
						"li",
						{ class: `headline kind-${hl.kind}` },
						h("span", { class: "tag", text: hl.kind }),
						h("span", { text: hl.text }),
					),
				);
			}
			if (r.headlines.length === 0) ul.append(h("li", { class: "muted", text: "A quiet quarter." }));
			parts.push(h("section", { class: "news-turn" }, h("h3", { class: "section-title", text: r.label }), ul));
		}
		replace(this.el, ...parts);
	}
}
