// Runtime assets shared by the scenes once the Preloader has them.
import landUrl from "../../assets/map/land.json?url";
import { decodeLand, type Land } from "./map/geometry";
import type { LandReply, LandReplyText, LandRequest } from "./map/landMessages";
import { keepLevels } from "./map/lod";

/** URL of the generated land geometry (emitted as a file by Vite, never inlined in the bundle). */
export const LAND_URL: string = landUrl;

/** Why the land geometry could not be had: its download, or its data. */
export class LandError extends Error {
	constructor(
		readonly kind: "download" | "decode",
		message: string,
	) {
		super(message);
	}
}

let land: Land | null = null;
let bytes: Promise<ArrayBuffer> | null = null;
let worked: Promise<Land | null> | null = null;
let loading: Promise<Land> | null = null;

/** The land file's bytes, downloaded by the page (only when the worker could not do it). */
function download(): Promise<ArrayBuffer> {
	bytes ??= fetch(LAND_URL).then(
		(res) => {
			if (!res.ok) throw new LandError("download", `HTTP ${res.status}`);
			return res.arrayBuffer();
		},
		(e: unknown) => {
			throw new LandError("download", e instanceof Error ? e.message : String(e));
		},
	);
	return bytes;
}

/**
 * Starts the land as the page starts (src/main.ts): a worker (map/landWorker.ts) downloads the
 * file, decodes it and simplifies it for the coarser levels of detail, off the main thread (100-150
 * ms of cold main-thread work otherwise), while the scripts load.
 */
export function startLand(): void {
	worked ??= inWorker().catch(() => null);
}

/** How long the Preloader waits for the worker before it loads the land itself, ms. */
const WORKER_PATIENCE_MS = 10_000;

/**
 * The land geometry, decoded. The Preloader awaits it: the worker's result (started with the page,
 * it is in by then or nearly); decoded here only when the worker could not do it (no workers, it
 * failed, or it is still silent after WORKER_PATIENCE_MS), which also names the fault: the
 * download or the data.
 */
export function loadLand(): Promise<Land> {
	loading ??= (async () => {
		const patience = new Promise<null>((resolve) => setTimeout(() => resolve(null), WORKER_PATIENCE_MS));
		const fromWorker = land ?? (worked && (await Promise.race([worked, patience])));
		const l = fromWorker ?? decodeHere(await download());
		land = l;
		return l;
	})();
	return loading;
}

function decodeHere(buffer: ArrayBuffer): Land {
	try {
		return decodeLand(JSON.parse(new TextDecoder().decode(buffer)));
	} catch (e) {
		throw new LandError("decode", e instanceof Error ? e.message : String(e));
	}
}

async function inWorker(): Promise<Land> {
	if (typeof Worker === "undefined") throw new Error("no workers here");
	const worker = new Worker(new URL("./map/landWorker.ts", import.meta.url), { type: "module" });
	try {
		const reply = new Promise<LandReply>((resolve, reject) => {
			worker.onmessage = (ev: MessageEvent<LandReplyText>) => {
				try {
					resolve(JSON.parse(ev.data) as LandReply);
				} catch (e) {
					reject(e);
				}
			};
			worker.onerror = (ev) => {
				ev.preventDefault();
				reject(new Error("the land worker failed"));
			};
		});
		const request: LandRequest = { url: new URL(LAND_URL, document.baseURI).href };
		worker.postMessage(request);
		const r = await reply;
		if (!r.ok) throw new LandError(r.kind, r.error);
		keepLevels(r.land, new Map(r.levels));
		land ??= r.land;
		return r.land;
	} finally {
		worker.terminate();
	}
}

export function getLand(): Land {
	if (!land) throw new Error("map geometry not loaded yet (the Preloader loads it)");
	return land;
}

export function hasLand(): boolean {
	return land !== null;
}
