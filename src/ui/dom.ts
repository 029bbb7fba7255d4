// Tiny DOM builders. Text is always set through text nodes, never through HTML: scenario texts
// are data, and a headline holding "<img onerror=...>" must show exactly those characters.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
	class?: string;
	/** Attributes (aria-*, role, type, title, data-*, ...). `false`/`null` skips one. */
	attrs?: Record<string, string | number | boolean | null | undefined>;
	text?: string;
	on?: { [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Props | null = null,
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (props) applyProps(el, props);
	append(el, children);
	return el;
}

function applyProps(el: Element, props: Props): void {
	if (props.class) el.setAttribute("class", props.class);
	if (props.attrs) {
		for (const [k, v] of Object.entries(props.attrs)) {
			if (v === false || v === null || v === undefined) continue;
			el.setAttribute(k, v === true ? "" : String(v));
		}
	}
	if (props.text !== undefined) el.textContent = props.text;
	if (props.on) {
		for (const [k, fn] of Object.entries(props.on)) {
			if (fn) el.addEventListener(k, fn as EventListener);
		}
	}
}

export function append(el: Node, children: Child[]): void {
	for (const c of children) {
		if (c === null || c === undefined || c === false) continue;
		el.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
	}
}

/** Replace all children of `el`. */
export function replace(el: Node, ...children: Child[]): void {
	while (el.firstChild) el.removeChild(el.firstChild);
	append(el, children);
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg<K extends keyof SVGElementTagNameMap>(
	tag: K,
	attrs: Record<string, string | number> = {},
	...children: Child[]
): SVGElementTagNameMap[K] {
	const el = document.createElementNS(SVG_NS, tag);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
	append(el, children);
	return el;
}

/**
 * Focus an element of the screen just opened once the browser draws that screen. Focusing lays
 * the page out on the spot (70-170 ms for the first layout at start-up here), which drawing the
 * screen does anyway; a screen that is left before it is drawn (Start pressed at once from a
 * share link) is then never laid out at all. Nothing happens if the element is gone or hidden by
 * then, or if the user has already put the focus somewhere.
 */
export function focusWhenShown(find: () => HTMLElement | null): void {
	const before = document.activeElement;
	requestAnimationFrame(() => {
		const el = find();
		if (!el?.isConnected || el.closest("[hidden]")) return;
		const now = document.activeElement;
		if (now !== before && now !== null && now !== document.body) return;
		el.focus({ preventScroll: true });
	});
}

let idCounter = 0;
/** A unique id for aria-labelledby / aria-describedby links. */
export function uid(prefix = "ic"): string {
	idCounter++;
	return `${prefix}-${idCounter}`;
}

export function button(
	label: string,
	onClick: (ev: MouseEvent) => void,
	opts: { class?: string; title?: string; shortcut?: string; disabled?: boolean; attrs?: Props["attrs"] } = {},
): HTMLButtonElement {
	const title = opts.title ?? (opts.shortcut ? label : undefined);
	const b = h("button", {
		class: opts.class ?? "btn",
		attrs: {
			type: "button",
			title: title ? (opts.shortcut ? `${title} (${opts.shortcut})` : title) : undefined,
			"aria-keyshortcuts": opts.shortcut,
			disabled: opts.disabled,
			...opts.attrs,
		},
		on: { click: onClick },
	});
	b.textContent = label;
	if (opts.shortcut) b.append(" ", h("kbd", { class: "kbd", attrs: { "aria-hidden": "true" }, text: opts.shortcut }));
	return b;
}
