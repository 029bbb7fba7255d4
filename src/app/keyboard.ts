// Keyboard shortcuts (shown in tooltips and in "How to play"): E end turn, R report, N news,
// O objectives, T this turn, C charts, 1-9 regions, 0 national, arrows and +/- move the map.
import type { App } from "./app";
import { keyAction } from "./keys";

export function installKeyboard(app: App): void {
	document.addEventListener("keydown", (ev) => {
		if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) return;
		if (isTyping(ev.target)) return;
		if (app.dialogOpen()) return; // the dialog handles Esc itself
		const screen = app.shell.screen;
		if (screen !== "game" && screen !== "end") return;
		const action = keyAction(ev.key);
		if (!action) return;
		if (screen === "end" && action.kind !== "charts") return;
		// Arrows move focus inside tab lists and menus; only take them for the map elsewhere.
		if (action.kind === "camera" && ev.key.startsWith("Arrow") && isWidget(ev.target)) return;
		ev.preventDefault();
		switch (action.kind) {
			case "endTurn":
				if (!app.isThinking()) void app.endTurn();
				break;
			case "tab":
				app.openTab(action.tab);
				break;
			case "charts":
				app.openCharts();
				break;
			case "region":
				app.selectRegionByIndex(action.index);
				break;
			case "national":
				app.setSelection(null, true);
				break;
			case "camera":
				app.cameraCommand(action.action);
				break;
			case "help":
				app.openGameMenu();
				break;
		}
	});
}

function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	if (target instanceof HTMLInputElement)
		return !["button", "checkbox", "radio", "submit", "reset"].includes(target.type);
	return false;
}

function isWidget(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	const role = target.getAttribute("role");
	return role === "tab" || role === "radio" || target instanceof HTMLInputElement || target.tagName === "SUMMARY";
}
