// The land geometry, off the main thread: downloaded, decoded (coastlines and borders derived) and
// simplified for the coarser levels of detail here while the page starts, so the map's first frame
// only builds paths from it. On the main thread these took 100-150 ms of a cold start (code not
// yet optimised). The worker downloads the file itself: handing the bytes over took turns of the
// page's main thread, which is busy with its own scripts then.
/// <reference lib="webworker" />
import { decodeLand } from "./geometry";
import type { LandReply, LandReplyText, LandRequest } from "./landMessages";
import { LOD_TOLERANCES, type LandLevel, simplifyLand } from "./lod";

async function work(url: string): Promise<LandReply> {
	let text: string;
	try {
		const res = await fetch(url);
		if (!res.ok) return { ok: false, kind: "download", error: `HTTP ${res.status}` };
		text = await res.text();
	} catch (e) {
		return { ok: false, kind: "download", error: e instanceof Error ? e.message : String(e) };
	}
	try {
		const land = decodeLand(JSON.parse(text));
		const levels: [number, LandLevel][] = [];
		for (let level = 1; level < LOD_TOLERANCES.length; level++) levels.push([level, simplifyLand(land, level)]);
		return { ok: true, land, levels };
	} catch (e) {
		return { ok: false, kind: "decode", error: e instanceof Error ? e.message : String(e) };
	}
}

self.onmessage = (ev: MessageEvent<LandRequest>) => {
	void work(ev.data.url).then((reply) => {
		(self as unknown as { postMessage(m: LandReplyText): void }).postMessage(JSON.stringify(reply));
	});
};
