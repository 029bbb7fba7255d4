// The land geometry, off the main thread: decoded (coastlines and borders derived) and simplified
// for the coarser levels of detail here while the page starts, so the map's first frame only
// builds paths from it. On the main thread these took 100-150 ms of a cold start (code not yet
// optimised). assets.ts downloads the file, starts this worker, and decodes itself if it is late.
/// <reference lib="webworker" />
import { decodeLand } from "./geometry";
import type { LandReply, LandReplyText, LandRequest } from "./landMessages";
import { LOD_TOLERANCES, type LandLevel, simplifyLand } from "./lod";

self.onmessage = (ev: MessageEvent<LandRequest>) => {
	let reply: LandReply;
	try {
		const land = decodeLand(JSON.parse(new TextDecoder().decode(ev.data.bytes)));
		const levels: [number, LandLevel][] = [];
		for (let level = 1; level < LOD_TOLERANCES.length; level++) levels.push([level, simplifyLand(land, level)]);
		reply = { ok: true, land, levels };
	} catch (e) {
		reply = { ok: false, error: e instanceof Error ? e.message : String(e) };
	}
	(self as unknown as { postMessage(m: LandReplyText): void }).postMessage(JSON.stringify(reply));
};
