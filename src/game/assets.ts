// Runtime assets shared by the scenes once the Preloader has them.
import landUrl from "../../assets/map/land.json?url";
import { decodeLand, type Land } from "./map/geometry";
import type { LandReply, LandRequest } from "./map/landMessages";
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
let loading: Promise<Land> | null = null;

/**
 * The land geometry, decoded: downloaded, decoded and simplified by a worker (map/landWorker.ts)
 * while the page starts, or on the main thread where no worker can run. Started once, as the page
 * starts (src/main.ts), so it is ready by the time Phaser is; the Preloader awaits it.
 */
export function loadLand(): Promise<Land> {
	loading ??= inWorker()
		.catch((e: unknown) => (e instanceof LandError ? Promise.reject(e) : onMainThread()))
		.then((l) => {
			land = l;
			return l;
		});
	return loading;
}

function inWorker(): Promise<Land> {
	return new Promise((resolve, reject) => {
		if (typeof Worker === "undefined") {
			reject(new Error("no workers here"));
			return;
		}
		let worker: Worker;
		try {
			worker = new Worker(new URL("./map/landWorker.ts", import.meta.url), { type: "module" });
		} catch (e) {
			reject(e);
			return;
		}
		worker.onmessage = (ev: MessageEvent<LandReply>) => {
			worker.terminate();
			const r = ev.data;
			if (!r.ok) {
				reject(new LandError(r.kind, r.error));
				return;
			}
			keepLevels(r.land, new Map(r.levels));
			resolve(r.land);
		};
		worker.onerror = (ev) => {
			ev.preventDefault();
			worker.terminate();
			reject(new Error("the land worker did not start"));
		};
		// absolute: the worker resolves relative URLs against its own script's
		const request: LandRequest = { url: new URL(LAND_URL, document.baseURI).href };
		worker.postMessage(request);
	});
}

async function onMainThread(): Promise<Land> {
	let raw: unknown;
	try {
		const res = await fetch(LAND_URL);
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		raw = await res.json();
	} catch (e) {
		throw new LandError("download", e instanceof Error ? e.message : String(e));
	}
	try {
		return decodeLand(raw);
	} catch (e) {
		throw new LandError("decode", e instanceof Error ? e.message : String(e));
	}
}

export function getLand(): Land {
	if (!land) throw new Error("map geometry not loaded yet (the Preloader loads it)");
	return land;
}

export function hasLand(): boolean {
	return land !== null;
}
