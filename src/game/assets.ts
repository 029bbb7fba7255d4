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

/** The land file's bytes, downloaded once. */
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
 * Starts the land as the page starts (src/main.ts): the download, and a worker
 * (map/landWorker.ts) that decodes the file and simplifies it for the coarser levels of detail off
 * the main thread (100-150 ms of cold main-thread work otherwise), while the scripts boot.
 */
export function startLand(): void {
	const got = download();
	worked ??= inWorker(got).catch(() => null);
	void got.catch(() => {});
}

/**
 * The land geometry, decoded. The Preloader awaits it: the worker's result when it is in by then,
 * else decoded here as soon as the file is (the worker is then not waited for).
 */
export function loadLand(): Promise<Land> {
	loading ??= (async () => {
		const fromWorker = land ?? (worked && (await Promise.race([worked, Promise.resolve(null)])));
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

async function inWorker(got: Promise<ArrayBuffer>): Promise<Land> {
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
		// a copy: the page keeps the file to decode itself if the worker is late
		const copy = (await got).slice(0);
		const request: LandRequest = { bytes: copy };
		worker.postMessage(request, [copy]);
		const r = await reply;
		if (!r.ok) throw new LandError("decode", r.error);
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
