// The land geometry, off the main thread: downloaded, decoded (coastlines and borders derived) and
// simplified for the coarser levels of detail here while the page starts, so the map's first frame
// only builds paths from it. On the main thread these took 100-150 ms of a cold start (code not yet
// optimised). assets.ts starts this worker and falls back to doing the same itself.
/// <reference lib="webworker" />
import { decodeLand } from "./geometry";
import { LOD_TOLERANCES, type LandLevel, simplifyLand } from "./lod";
import type { LandReply, LandRequest } from "./landMessages";

self.onmessage = async (ev: MessageEvent<LandRequest>) => {
	const post = (m: LandReply) => (self as unknown as { postMessage(m: LandReply): void }).postMessage(m);
	let raw: unknown;
	try {
		const res = await fetch(ev.data.url);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		raw = await res.json();
	} catch (e) {
		post({ ok: false, kind: "download", error: e instanceof Error ? e.message : String(e) });
		return;
	}
	try {
		const land = decodeLand(raw);
		const levels: [number, LandLevel][] = [];
		for (let level = 1; level < LOD_TOLERANCES.length; level++) levels.push([level, simplifyLand(land, level)]);
		post({ ok: true, land, levels });
	} catch (e) {
		post({ ok: false, kind: "decode", error: e instanceof Error ? e.message : String(e) });
	}
};
