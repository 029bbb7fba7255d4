// Runtime projection: the d3-geo Mercator the build script used (assets/map/projection.json), so
// scenario lon/lat land exactly on the generated coastlines. The formula is d3's own (mercatorRaw,
// then scale and translate), written out to keep d3-geo out of the bundle; a test checks it
// against d3-geo's geoMercator point for point.
import projectionFile from "../../../assets/map/projection.json";
import type { Frame, ProjectionFile } from "./geometry";

export interface MapProjection {
	/** World units (the logical map canvas). */
	width: number;
	height: number;
	frame: Frame;
	project(lon: number, lat: number): [number, number];
	invert(x: number, y: number): [number, number];
	inFrame(lon: number, lat: number): boolean;
}

const radians = Math.PI / 180;
const degrees = 180 / Math.PI;
const halfPi = Math.PI / 2;
const tau = Math.PI * 2;

export function makeProjection(p: ProjectionFile): MapProjection {
	if (p.type !== "mercator") throw new Error(`assets/map/projection.json: unknown projection ${p.type}`);
	const k = p.scale;
	const [tx, ty] = p.translate;
	return {
		width: p.width,
		height: p.height,
		frame: p.frame,
		project(lon, lat) {
			let lambda = lon * radians;
			const phi = lat * radians;
			if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / tau) * tau;
			return [tx + k * lambda, ty - k * Math.log(Math.tan((halfPi + phi) / 2))];
		},
		invert(x, y) {
			const lambda = (x - tx) / k;
			const phi = 2 * Math.atan(Math.exp((ty - y) / k)) - halfPi;
			return [lambda * degrees, phi * degrees];
		},
		inFrame(lon, lat) {
			return lon >= p.frame.west && lon <= p.frame.east && lat >= p.frame.south && lat <= p.frame.north;
		},
	};
}

/** The map's projection (from the generated assets/map/projection.json). */
export const projection: MapProjection = makeProjection(projectionFile as ProjectionFile);
