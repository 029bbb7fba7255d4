// Named random streams derived from (seed, turn, purpose) (DESIGN.md, "Randomness"): a stream's
// draws never depend on how many draws another stream made.
import seedrandom from "seedrandom";

export interface Rng {
	/** A float in [0, 1). Use int() for anything that ends up in state. */
	next(): number;
	/** An integer in [0, n). */
	int(n: number): number;
}

export function rngStream(seed: string, turn: number, purpose: string): Rng {
	const prng = seedrandom.alea(`${seed}\u0000${turn}\u0000${purpose}`);
	return {
		next: () => prng(),
		int: (n: number) => (n <= 1 ? 0 : Math.floor(prng() * n)),
	};
}
