// Key -> action table (DOM-free, tested in Node).
import type { DrawerTab } from "../ui/view";

export type CameraAction = "zoomIn" | "zoomOut" | "reset" | "panLeft" | "panRight" | "panUp" | "panDown";

export type KeyAction =
	| { kind: "endTurn" }
	| { kind: "tab"; tab: DrawerTab }
	| { kind: "charts" }
	| { kind: "region"; index: number }
	| { kind: "national" }
	| { kind: "camera"; action: CameraAction }
	| { kind: "help" };

export function keyAction(key: string): KeyAction | null {
	switch (key) {
		case "e":
		case "E":
			return { kind: "endTurn" };
		case "r":
		case "R":
			return { kind: "tab", tab: "report" };
		case "n":
		case "N":
			return { kind: "tab", tab: "news" };
		case "o":
		case "O":
			return { kind: "tab", tab: "objectives" };
		case "t":
		case "T":
			return { kind: "tab", tab: "turn" };
		case "c":
		case "C":
			return { kind: "charts" };
		case "0":
			return { kind: "national" };
		case "ArrowLeft":
			return { kind: "camera", action: "panLeft" };
		case "ArrowRight":
			return { kind: "camera", action: "panRight" };
		case "ArrowUp":
			return { kind: "camera", action: "panUp" };
		case "ArrowDown":
			return { kind: "camera", action: "panDown" };
		case "+":
		case "=":
			return { kind: "camera", action: "zoomIn" };
		case "-":
		case "_":
			return { kind: "camera", action: "zoomOut" };
		case "Home":
			return { kind: "camera", action: "reset" };
		case "?":
			return { kind: "help" };
	}
	if (/^[1-9]$/.test(key)) return { kind: "region", index: Number(key) - 1 };
	return null;
}
