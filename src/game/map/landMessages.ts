// Messages of the land worker (landWorker.ts).
import type { Land } from "./geometry";
import type { LandLevel } from "./lod";

export interface LandRequest {
	/** Where the land file is (assets/map/land.json, absolute): the worker downloads it itself. */
	url: string;
}

export type LandReply =
	| { ok: true; land: Land; levels: [number, LandLevel][] }
	| { ok: false; kind: "download" | "decode"; error: string };

/**
 * A LandReply as JSON text: the page reads it with JSON.parse in a few ms, where taking the same
 * nested arrays as a structured clone cost it 50-60 ms.
 */
export type LandReplyText = string;
