// Named random streams derived from (seed, turn, purpose) (DESIGN.md, "Randomness"): a stream's
// draws never depend on how many draws another stream made.
import seedrandom from "seedrandom";

export interface Rng {
	/** A float in [0, 1). Use int() for anything that ends up in state. */
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
}

type AleaState = seedrandom.State.Alea;

/**
 * Seeding Alea hashes the key three times; the bots' look-ahead opens the same streams for every
 * plan it tries, so the seeded state is remembered by key. A pure memo: the draws are unchanged.
 */
const seeded = new Map<string, AleaState>();
const SEEDED_MAX = 512;

export function rngStream(seed: string, turn: number, purpose: string): Rng {
	const key = `${seed}\u0000${turn}\u0000${purpose}`;
	const known = seeded.get(key);
	let prng: seedrandom.PRNG;
	if (known) prng = seedrandom.alea("", { state: known });
	else {
		const fresh = seedrandom.alea(key, { state: true });
		if (seeded.size >= SEEDED_MAX) seeded.clear();
		seeded.set(key, fresh.state());
		prng = fresh;
	}
	return {
		next: () => prng(),
		int: (n: number) => (n <= 1 ? 0 : Math.floor(prng() * n)),
	};
}
