// A modal dialog on the native <dialog> element: focus stays inside, Esc closes, focus returns.
import { type Child, button, h, replace, uid } from "./dom";

export class Dialog {
	readonly el: HTMLDialogElement;
	private bodyEl = h("div", { class: "dialog-body scroll" });
	private titleEl: HTMLHeadingElement;
	private returnFocus: HTMLElement | null = null;
	onClose: (() => void) | null = null;

	constructor(className = "") {
		const titleId = uid("dlg");
		this.titleEl = h("h2", { class: "dialog-title", attrs: { id: titleId } });
		this.el = h("dialog", { class: `dialog panel ${className}`, attrs: { "aria-labelledby": titleId } });
		this.el.append(
			h(
				"div",
				{ class: "dialog-head" },
				this.titleEl,
				button("×", () => this.close(), {
					class: "btn btn-icon",
					attrs: { "aria-label": "Close" },
					title: "Close (Esc)",
				}),
			),
			this.bodyEl,
		);
		this.el.addEventListener("close", () => {
			this.returnFocus?.focus?.();
			this.returnFocus = null;
			this.onClose?.();
		});
	}

	get open(): boolean {
		return this.el.open;
	}

	show(title: string, ...content: Child[]): void {
		this.titleEl.textContent = title;
		replace(this.bodyEl, ...content);
		if (!this.el.open) {
			this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
			this.el.showModal();
		}
		this.bodyEl.scrollTop = 0;
	}

	setContent(...content: Child[]): void {
		replace(this.bodyEl, ...content);
	}

	close(): void {
		if (this.el.open) this.el.close();
	}
}
