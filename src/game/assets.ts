// Runtime assets shared by the scenes once the Preloader has them.
import landUrl from "../../assets/map/land.json?url";
import type { Land } from "./map/geometry";

/** URL of the generated land geometry (emitted as a file by Vite, never inlined in the bundle). */
export const LAND_URL: string = landUrl;

let land: Land | null = null;

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
