// The scenarios shipped with the game. Static JSON imports work the same under Vite (browser),
// vitest and tsx (Node), with no file system access.
import rareEarthSqueeze from "../../scenarios/rare-earth-squeeze.json";
import southwestShield from "../../scenarios/southwest-shield.json";
import type { LoadResult } from "./issues";
import { parseScenario } from "./load";

export interface BuiltinScenario {
	id: string;
	name: string;
	summary: string;
	/** File name under scenarios/. */
	file: string;
}

const FILES: readonly { file: string; data: unknown }[] = [
	{ file: "southwest-shield.json", data: southwestShield },
	{ file: "rare-earth-squeeze.json", data: rareEarthSqueeze },
];

// The list is read before validation, so a broken file still shows up (and fails when loaded).
const text = (data: unknown, key: string, fallback: string): string => {
	const v = data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
	return typeof v === "string" ? v : fallback;
};

export const builtinScenarios: readonly BuiltinScenario[] = FILES.map(({ file, data }) => {
	const id = text(data, "id", file.replace(/\.json$/, ""));
	return { id, name: text(data, "name", id), summary: text(data, "summary", ""), file };
});

const cache = new Map<string, LoadResult>();

/** The built-in scenario with this id, validated; undefined if there is none. */
export function getBuiltinScenario(id: string): LoadResult | undefined {
	const index = builtinScenarios.findIndex((b) => b.id === id);
	if (index < 0) return undefined;
	let result = cache.get(id);
	if (!result) {
		result = parseScenario(FILES[index].data);
		cache.set(id, result);
	}
	// A copy each time: callers may modify what they get without touching the cache.
	return structuredClone(result);
}
