// Messages of the land worker (landWorker.ts).
import type { Land } from "./geometry";
import type { LandLevel } from "./lod";

export interface LandRequest {
	/** The land file as downloaded (assets/map/land.json). */
	bytes: ArrayBuffer;
}

export type LandReply = { ok: true; land: Land; levels: [number, LandLevel][] } | { ok: false; error: string };
