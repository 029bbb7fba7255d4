// Scene and asset keys. Scene keys are the bus's SceneKey values, so the app's "goto" maps 1:1.
import type { SceneKey } from "../app/bus";

export const SCENES = {
	Boot: "Boot",
	Preloader: "Preloader",
	Menu: "Menu",
	Briefing: "Briefing",
	Map: "Map",
	End: "End",
	Replay: "Replay",
} as const satisfies Record<SceneKey, SceneKey>;

/** The scenes the app switches between with bus "goto" (one shows at a time). */
export const SCREENS: readonly SceneKey[] = [SCENES.Menu, SCENES.Briefing, SCENES.Map, SCENES.End, SCENES.Replay];
