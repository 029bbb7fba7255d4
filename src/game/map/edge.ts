// Places outside the map frame (Mt Weld in Australia, Mountain Pass in California) are drawn at
// the frame's edge, in their true direction: the initial great-circle bearing from the frame's
// centre. Mercator is conformal, so that bearing is also the direction on the map.
import type { Frame } from "./geometry";
import { type MapProjection, projection as mapProjection } from "./projection";

export type Side = "left" | "right" | "top" | "bottom";

export interface EdgePoint {
	/** World position on the frame edge (inset by `inset` world units). */
	x: number;
	y: number;
	/** Bearing from the frame centre, degrees clockwise from north (0..360). */
	bearing: number;
	/** Screen direction of the bearing (y down), radians, for arrows. */
	angle: number;
	side: Side;
}

const rad = Math.PI / 180;

/** Initial great-circle bearing from (lon1, lat1) to (lon2, lat2), degrees 0..360. */
export function bearing(lon1: number, lat1: number, lon2: number, lat2: number): number {
	const f1 = lat1 * rad;
	const f2 = lat2 * rad;
	const dl = (lon2 - lon1) * rad;
	const y = Math.sin(dl) * Math.cos(f2);
	const x = Math.cos(f1) * Math.sin(f2) - Math.sin(f1) * Math.cos(f2) * Math.cos(dl);
	return (Math.atan2(y, x) / rad + 360) % 360;
}

/** Geographic centre of a frame (the middle of its lon and lat ranges). */
export function frameCentre(frame: Frame): [number, number] {
	return [(frame.west + frame.east) / 2, (frame.south + frame.north) / 2];
}

/**
 * Where a place outside the frame is shown: the point where the ray from the frame centre, in the
 * place's bearing, leaves the map rectangle (shrunk by `inset` world units on every side).
 */
export function edgePointWith(p: MapProjection, lon: number, lat: number, inset = 0): EdgePoint {
	const [clon, clat] = frameCentre(p.frame);
	const [cx, cy] = p.project(clon, clat);
	const b = bearing(clon, clat, lon, lat);
	const dx = Math.sin(b * rad);
	const dy = -Math.cos(b * rad);
	const x0 = inset;
	const y0 = inset;
	const x1 = p.width - inset;
	const y1 = p.height - inset;
	// distance along the ray to each side; the nearest positive one is where it leaves
	const candidates: [number, Side][] = [];
	if (dx > 1e-12) candidates.push([(x1 - cx) / dx, "right"]);
	if (dx < -1e-12) candidates.push([(x0 - cx) / dx, "left"]);
	if (dy > 1e-12) candidates.push([(y1 - cy) / dy, "bottom"]);
	if (dy < -1e-12) candidates.push([(y0 - cy) / dy, "top"]);
	candidates.sort((a, c) => a[0] - c[0]);
	const [t, side] = candidates[0];
	return {
		x: Math.min(x1, Math.max(x0, cx + t * dx)),
		y: Math.min(y1, Math.max(y0, cy + t * dy)),
		bearing: b,
		angle: Math.atan2(dy, dx),
		side,
	};
}

/** edgePointWith on the map's own projection. */
export function edgePoint(lon: number, lat: number, inset = 0): EdgePoint {
	return edgePointWith(mapProjection, lon, lat, inset);
}

/** An arrow glyph pointing along a bearing (8 directions). */
export function bearingArrow(b: number): string {
	const arrows = ["↑", "↗", "→", "↘", "↓", "↙", "←", "↖"];
	return arrows[Math.round((((b % 360) + 360) % 360) / 45) % 8];
}
