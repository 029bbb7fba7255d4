// Long scenario texts as DOM paragraphs (text nodes only).
import { h } from "./dom";

export function paragraphs(text: string): HTMLParagraphElement[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter((p) => p !== "")
		.map((p) => h("p", { text: p }));
}
