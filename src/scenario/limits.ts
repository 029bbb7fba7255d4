// Hard limits on scenario files. They keep a hostile or broken file from hanging the loader
// (every check below is linear in these) and catch typos such as an extra zero.

export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
export const MAX_DEPTH = 32;
/** Any array, and any object's key count, in the raw JSON. */
export const MAX_ITEMS = 1000;
/** Values visited by the structural walk (guards against shared references in parseScenario). */
export const MAX_NODES = 500_000;
/** Issues reported; the rest are summarised in one last issue. */
export const MAX_ISSUES = 200;

export const MAX_FACTIONS = 16;
export const MAX_REGIONS = 64;
export const MAX_EVENTS = 300;
export const MAX_PROGRAMMES = 64;
export const MAX_PRODUCERS = 64;
export const MAX_OBJECTIVES = 128;
/** Materials, munitions, production lines (and the deterrence pairs, relations, contracts). */
export const MAX_SMALL_LIST = 64;
export const MAX_RELATIONS = 256;

export const MAX_ID = 40;
export const MAX_NAME = 120;
export const MAX_TEXT = 4000;

/** Tonnes, rounds, capacities: generous but finite. */
export const QTY_MAX = 10_000_000;
/** Budget points (1 point = $100m). */
export const POINTS_MAX = 100_000;

/** Keys that could poison prototypes if a later consumer copies objects naively. */
export const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"] as const;
