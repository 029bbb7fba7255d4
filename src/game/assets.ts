// Runtime assets shared by the scenes once the Preloader has them.
import landUrl from "../../assets/map/land.json?url";
import { decodeLand, type Land } from "./map/geometry";

/** URL of the generated land geometry (emitted as a file by Vite, never inlined in the bundle). */
export const LAND_URL: string = landUrl;

let land: Land | null = null;
let landRequest: Promise<unknown> | null = null;

/**
 * Starts downloading the land geometry, once; the Preloader awaits it. Called as the page starts,
 * so the download runs while the scripts boot Phaser rather than after.
 */
export function requestLand(): Promise<unknown> {
	landRequest ??= fetch(LAND_URL)
		.then((res) => {
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			return res.json() as Promise<unknown>;
		})
		.then((raw) => {
			landArrived = true;
			return raw;
		});
	return landRequest;
}

let landArrived = false;

/**
 * Downloads the land geometry and decodes it when the page's main thread is idle (while Phaser's
 * chunk is still compiling, typically), so the Preloader finds it ready. Errors are left to the
 * Preloader, which decodes (and reports) itself when nothing was decoded here.
 */
export function prepareLand(): void {
	requestLand().then(
		(raw) => {
			const decode = () => {
				if (land) return;
				try {
					land = decodeLand(raw);
				} catch {
					// the Preloader decodes again and shows the error
				}
			};
			if (typeof requestIdleCallback === "function") requestIdleCallback(decode);
		},
		() => {},
	);
}

/** Whether the land geometry has downloaded (requestLand's promise has its value). */
export function landDownloaded(): boolean {
	return landArrived;
}

export function setLand(l: Land): void {
	land = l;
}

export function getLand(): Land {
	if (!land) throw new Error("map geometry not loaded yet (the Preloader loads it)");
	return land;
}

export function hasLand(): boolean {
	return land !== null;
}
