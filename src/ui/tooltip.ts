// One tooltip element for the page, shown on hover and on keyboard focus.
import { type Child, h, replace } from "./dom";

export class Tooltip {
	readonly el = h("div", { class: "tooltip", attrs: { role: "tooltip", id: "tooltip", hidden: true } });
	private owner: HTMLElement | null = null;

	constructor() {
		document.addEventListener("keydown", (ev) => {
			if (ev.key === "Escape" && !this.el.hidden) this.hide();
		});
	}

	/** Show `content()` when `target` is hovered or focused. */
	attach(target: HTMLElement, content: () => Child[]): void {
		const show = () => this.show(target, content());
		target.addEventListener("mouseenter", show);
		target.addEventListener("focus", show);
		target.addEventListener("mouseleave", () => this.hideFor(target));
		target.addEventListener("blur", () => this.hideFor(target));
	}

	show(target: HTMLElement, content: Child[]): void {
		this.owner?.removeAttribute("aria-describedby");
		this.owner = target;
		replace(this.el, ...content);
		this.el.hidden = false;
		target.setAttribute("aria-describedby", "tooltip");
		const r = target.getBoundingClientRect();
		const tw = this.el.offsetWidth;
		const th = this.el.offsetHeight;
		let left = r.left + r.width / 2 - tw / 2;
		left = Math.max(8, Math.min(window.innerWidth - tw - 8, left));
		let top = r.bottom + 8;
		if (top + th > window.innerHeight - 8) top = Math.max(8, r.top - th - 8);
		this.el.style.left = `${Math.round(left)}px`;
		this.el.style.top = `${Math.round(top)}px`;
	}

	/** Show at a point (map hover). */
	showAt(x: number, y: number, content: Child[]): void {
		this.owner?.removeAttribute("aria-describedby");
		this.owner = null;
		replace(this.el, ...content);
		this.el.hidden = false;
		const tw = this.el.offsetWidth;
		const th = this.el.offsetHeight;
		this.el.style.left = `${Math.round(Math.max(8, Math.min(window.innerWidth - tw - 8, x + 14)))}px`;
		this.el.style.top = `${Math.round(Math.max(8, Math.min(window.innerHeight - th - 8, y + 14)))}px`;
	}

	/** Hide a tooltip shown with showAt (the map's hover), leaving a focused control's alone. */
	hidePoint(): void {
		if (this.owner === null) this.hide();
	}

	hideFor(target: HTMLElement): void {
		if (this.owner === target) this.hide();
	}

	hide(): void {
		this.owner?.removeAttribute("aria-describedby");
		this.owner = null;
		this.el.hidden = true;
	}
}
