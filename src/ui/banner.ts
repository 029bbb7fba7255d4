// Message banners at the top of the screen: errors (a bad link, a bad file) and notices.
import { button, h } from "./dom";

export type BannerKind = "error" | "info" | "success";

export class Banners {
	readonly el = h("div", { class: "banners" });

	show(kind: BannerKind, message: string, details: string[] = [], timeoutMs = 0): HTMLElement {
		const text = h("div", { class: "banner-text" }, h("p", { class: "banner-message", text: message }));
		if (details.length > 1) {
			const more = h("details", { class: "banner-details" }, h("summary", { text: `${details.length} problems` }));
			const list = h("ul");
			for (const d of details) list.append(h("li", { text: d }));
			more.append(list);
			text.append(more);
		}
		const banner = h("div", {
			class: `banner banner-${kind}`,
			attrs: { role: kind === "error" ? "alert" : "status" },
		});
		const close = button("×", () => banner.remove(), {
			class: "btn btn-icon banner-close",
			attrs: { "aria-label": "Dismiss message" },
		});
		banner.append(
			h("span", {
				class: "banner-icon",
				attrs: { "aria-hidden": "true" },
				text: kind === "error" ? "!" : kind === "success" ? "✓" : "i",
			}),
			text,
			close,
		);
		this.el.append(banner);
		if (timeoutMs > 0) setTimeout(() => banner.remove(), timeoutMs);
		return banner;
	}

	clear(): void {
		this.el.replaceChildren();
	}
}

/** Polite live region: each turn's news is read out by screen readers. */
export class LiveRegion {
	readonly el = h("div", { class: "sr-only", attrs: { "aria-live": "polite", "aria-atomic": "true", role: "status" } });

	announce(text: string): void {
		// Clear first so the same text twice is still announced.
		this.el.textContent = "";
		setTimeout(() => {
			this.el.textContent = text;
		}, 50);
	}
}
