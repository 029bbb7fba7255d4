// Public face of the replay layer: formats, migration, replaying, share links.
export * from "./format";
export { CURRENT_VERSION, MIGRATIONS, migrate, type Migration, type MigrateResult } from "./migrate";
export * from "./play";
export { decodeReplayFromUrl, encodeReplayForUrl, MAX_URL_CHARS } from "./url";
