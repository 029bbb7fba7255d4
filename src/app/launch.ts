// What the page's URL asks for (DESIGN.md "Replays and saves": share links):
//   ?scenario=<id>&seed=<s>   open that game's setup in the menu, pre-filled
//   #replay=<encoded>         open a replay
// A bad link yields a message naming the parameter; it never touches the autosave.
import { LIMITS, type Replay, closest, decodeReplayFromUrl } from "../replay";

export interface LaunchRequest {
	scenario: string | null;
	seed: string | null;
	replay: Replay | null;
	/** One message per bad parameter, for the banner. */
	errors: string[];
}

export function parseLaunch(search: string, hash: string, scenarioIds: readonly string[]): LaunchRequest {
	const out: LaunchRequest = { scenario: null, seed: null, replay: null, errors: [] };
	const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);

	const scenario = params.get("scenario");
	if (scenario !== null) {
		const id = scenario.trim();
		if (id === "") out.errors.push('The link has an empty "scenario" parameter.');
		else if (scenarioIds.includes(id)) out.scenario = id;
		else {
			const near = closest(id, scenarioIds) ?? (scenarioIds.length === 1 ? scenarioIds[0] : null);
			const shown = JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
			out.errors.push(
				near
					? `Unknown scenario ${shown} in the link — did you mean ${near}?`
					: `Unknown scenario ${shown} in the link — did you mean one of ${scenarioIds.join(", ")}?`,
			);
		}
	}

	const seed = params.get("seed");
	if (seed !== null) {
		if (seed.trim() === "") out.errors.push('The link has an empty "seed" parameter; a random seed is used.');
		else if (seed.length > LIMITS.seedLength) {
			out.errors.push(`The "seed" in the link is too long (at most ${LIMITS.seedLength} characters).`);
		} else out.seed = seed;
	}

	const h = hash.startsWith("#") ? hash.slice(1) : hash;
	if (h !== "") {
		const hp = new URLSearchParams(h);
		const encoded = hp.get("replay");
		if (encoded !== null) {
			const decoded = decodeReplayFromUrl(encoded);
			if (decoded.ok) out.replay = decoded.value;
			else out.errors.push(`The "replay" in the link cannot be opened: ${decoded.error}`);
		}
	}
	return out;
}

/** The share link for a game's setup. */
export function setupLink(base: string, scenario: string, seed: string): string {
	const u = new URL(base);
	u.search = "";
	u.hash = "";
	u.searchParams.set("scenario", scenario);
	u.searchParams.set("seed", seed);
	return u.toString();
}
