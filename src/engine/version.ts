// Bump when resolve() can give a different state for the same inputs: golden replays record it.
export const ENGINE_VERSION = "1.0.0";
