// Public face of the engine: everything above src/engine imports from here only.
export * from "./types";
export { ENGINE_VERSION } from "./version";
export { newGame } from "./newGame";
export { lookahead, resolve } from "./resolve";
export { validateOrder, validateOrders, orderCost, describeOrder } from "./orders/validate";
export { previewOrder } from "./orders/preview";
export { candidateOrders } from "./orders/candidates";
export { canonicalJson, HASH_FORMAT, type HashFormat, hashFormatOf, hashState, hashStateAs, hashValue } from "./hash";
export { rngStream, type Rng } from "./rng";
export { turnLabel } from "./calendar";
export { scoreFactions, objectiveStatus, type ObjectiveStatus } from "./steps/objectives";
export { trackedMetrics, describeMetric, relationKey, deterrenceKey } from "./ledger";
export { UNIT_VALUE } from "./steps/capability";
