// Bump when resolve() can give a different state or state hash for the same inputs: golden replays
// record it. 1.1.0: same rules as 1.0.0, state hashes in format 2 (src/engine/hash.ts).
export const ENGINE_VERSION = "1.1.0";
