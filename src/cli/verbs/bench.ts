// `bench`: timings (owned by another engineer; DESIGN.md "Testing": timings belong here).
import type { Io } from "../io";

export const benchUsage = "bench                 timings of the engine and bots";

export function benchVerb(_argv: readonly string[], io: Io): number {
	io.err("bench: not yet implemented");
	return 1;
}
