// Messages of the land worker (landWorker.ts).
import type { Land } from "./geometry";
import type { LandLevel } from "./lod";

export interface LandRequest {
	url: string;
}

export type LandReply =
	| { ok: true; land: Land; levels: [number, LandLevel][] }
	| { ok: false; kind: "download" | "decode"; error: string };
