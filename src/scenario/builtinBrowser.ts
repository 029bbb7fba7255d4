// The built-in scenarios for the browser's production build, validated by the build instead of at
// every start-up. Validation (structure, zod, cross-references, a turn of play) and hashing cost
// the page about 0.15-0.25 s of main-thread time before the menu could show. The build
// (vite.config.ts, builtinHashes) runs the full validation on the text of each scenarios/*.json it
// bundles and writes the content hash of each one that passed into the bundle; the page then trusts
// exactly those, which are the same texts. A built-in the build could not validate, and anything
// loaded from a file or a link, still goes through loadScenario with its field-named errors.
// Outside a production build (vite dev, vitest, the command line) there are no build hashes and
// nothing is trusted. tests/app/builtinBrowser.test.ts checks that what this returns is what
// validation returns.
import type { Scenario } from "../engine/index";
import rareEarthSqueeze from "../../scenarios/rare-earth-squeeze.json";
import southwestShield from "../../scenarios/southwest-shield.json";

/** The built-in files by their own id; one missing here is validated as before. */
const DATA: Record<string, unknown> = {
	[southwestShield.id]: southwestShield,
	[rareEarthSqueeze.id]: rareEarthSqueeze,
};

/**
 * JSON of the content hashes by id of the built-ins the build validated (vite.config.ts puts it
 * in); absent outside a production build.
 */
declare const __ISLAND_CHAIN_BUILTIN_HASHES__: string | undefined;

/** The build's hashes by scenario id ({} outside a production build). */
export function buildHashes(): Record<string, string> {
	try {
		const text = typeof __ISLAND_CHAIN_BUILTIN_HASHES__ === "string" ? __ISLAND_CHAIN_BUILTIN_HASHES__ : "{}";
		const parsed: unknown = JSON.parse(text);
		return parsed !== null && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
	} catch {
		// the placeholder was not replaced: trust nothing
		return {};
	}
}

/**
 * The built-in scenario with this id as full validation returns it (the file without its `$schema`
 * hint), with the hash the build computed; null unless the build validated it. A fresh copy each
 * call. `hashes` is for tests.
 */
export function trustedBuiltinScenario(
	id: string,
	hashes: Record<string, string> = buildHashes(),
): { scenario: Scenario; hash: string } | null {
	if (!Object.hasOwn(DATA, id) || typeof hashes[id] !== "string" || !Object.hasOwn(hashes, id)) return null;
	const { $schema: _hint, ...rest } = structuredClone(DATA[id]) as Record<string, unknown>;
	return { scenario: rest as unknown as Scenario, hash: hashes[id] };
}
