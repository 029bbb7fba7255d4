// Regenerate the golden replays in tests/golden/ (`npm run golden`), through the real CLI verb:
// the same as `npm run cli -- sim --scenario <id> --seed <seed> --out tests/golden/<id>-seed-<seed>.json`.
// Run it after bumping ENGINE_VERSION in src/engine/version.ts, and commit the result.
import { main } from "../src/cli/cli";

export const GOLDENS = [
	{ scenario: "southwest-shield", seed: "42" },
	{ scenario: "rare-earth-squeeze", seed: "7" },
] as const;

let failed = false;
for (const { scenario, seed } of GOLDENS) {
	const out = `tests/golden/${scenario}-seed-${seed}.json`;
	const code = main(["sim", "--scenario", scenario, "--seed", seed, "--out", out]);
	if (code !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
