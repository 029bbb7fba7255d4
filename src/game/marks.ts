// Performance marks the browser bench reads (src/bench/browser.ts): the User Timing API, nothing
// else (no clocks reach the engine). "island-chain:map-interactive" is set once per page, at the
// first frame drawn with the Map scene, whose controls are then listening.
export const MAP_INTERACTIVE = "island-chain:map-interactive";

export function markOnce(name: string): void {
	if (typeof performance === "undefined" || typeof performance.mark !== "function") return;
	if (performance.getEntriesByName(name, "mark").length > 0) return;
	performance.mark(name);
}
