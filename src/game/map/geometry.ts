// The shape of the generated map assets (scripts/build-map.ts writes them, the game reads them).
// Pure: no Phaser, so the build script and the tests can import it.
import { deltaDecode } from "./codec";

/** The geographic frame of the map, degrees. */
export const FRAME = { west: 105, east: 160, south: 5, north: 47 } as const;
export type Frame = { west: number; east: number; south: number; north: number };

/** Width of the logical map canvas in world units; the height follows from the projection. */
export const MAP_WIDTH = 4000;

export interface ProjectionFile {
	type: "mercator";
	scale: number;
	translate: [number, number];
	width: number;
	height: number;
	frame: Frame;
}

export interface ChartLabel {
	text: string;
	x: number;
	y: number;
	kind: "country" | "sea";
	/** 1 = most prominent. */
	rank: number;
}

export interface LandFile {
	format: "island-chain/land";
	version: 1;
	source: string;
	width: number;
	height: number;
	encoding: "delta";
	/**
	 * Each ring is delta-coded integer pairs (see codec.ts), implicitly closed. Shared borders have
	 * identical vertices in both countries (the arcs were simplified once), so coastlines and land
	 * borders are derived from the rings at load (deriveLines) instead of being stored twice.
	 */
	countries: { id: string; name: string; rings: number[][] }[];
	labels: ChartLabel[];
}

/** The decoded land: absolute coordinates, ready to draw. */
export interface Land {
	width: number;
	height: number;
	countries: { id: string; name: string; rings: number[][] }[];
	coast: number[][];
	borders: number[][];
	labels: ChartLabel[];
}

/** Checks the shape of a land file loosely and decodes it; throws with a clear message if wrong. */
export function decodeLand(raw: unknown): Land {
	const f = raw as Partial<LandFile> | null;
	if (f?.format !== "island-chain/land" || f.version !== 1 || !Array.isArray(f.countries)) {
		throw new Error("assets/map/land.json: not an island-chain/land v1 file (run npm run map)");
	}
	const width = f.width ?? MAP_WIDTH;
	const height = f.height ?? 0;
	const countries = f.countries.map((c) => ({ id: c.id, name: c.name, rings: c.rings.map(deltaDecode) }));
	const { coast, borders } = deriveLines(
		countries.flatMap((c) => c.rings),
		width,
		height,
	);
	return { width, height, countries, coast, borders, labels: f.labels ?? [] };
}

/**
 * Splits the edges of closed rings into coastlines (edges of one ring only), land borders (edges
 * two rings share, kept once) and the frame's clip edge (dropped), chained into polylines.
 */
export function deriveLines(
	rings: readonly (readonly number[])[],
	width: number,
	height: number,
): { coast: number[][]; borders: number[][] } {
	// an edge's key, the same both ways round: a number when the points are whole numbers within
	// the map (the generated asset; several times faster than strings), else a string
	const whole = rings.every((r) => r.every((v, i) => Number.isInteger(v) && v >= 0 && v <= (i % 2 ? height : width)));
	const span = width + 1;
	const points = span * (height + 1);
	const key: (ax: number, ay: number, bx: number, by: number) => number | string =
		whole && points * points < Number.MAX_SAFE_INTEGER
			? (ax, ay, bx, by) => {
					const a = ay * span + ax;
					const b = by * span + bx;
					return a < b ? a * points + b : b * points + a;
				}
			: (ax, ay, bx, by) => (ax < bx || (ax === bx && ay < by) ? `${ax},${ay},${bx},${by}` : `${bx},${by},${ax},${ay}`);
	const count = new Map<number | string, number>();
	for (const r of rings) {
		for (let i = 0; i < r.length; i += 2) {
			const j = (i + 2) % r.length;
			const k = key(r[i], r[i + 1], r[j], r[j + 1]);
			count.set(k, (count.get(k) ?? 0) + 1);
		}
	}
	const onFrame = (ax: number, ay: number, bx: number, by: number) =>
		(ax === bx && (ax <= 0 || ax >= width)) || (ay === by && (ay <= 0 || ay >= height));
	const coast: number[][] = [];
	const borders: number[][] = [];
	const seenBorder = new Set<number | string>();
	for (const r of rings) {
		const n = r.length / 2;
		const kinds: ("coast" | "border" | null)[] = [];
		for (let s = 0; s < n; s++) {
			const i = 2 * s;
			const j = (i + 2) % r.length;
			const k = key(r[i], r[i + 1], r[j], r[j + 1]);
			if (onFrame(r[i], r[i + 1], r[j], r[j + 1])) kinds.push(null);
			else if ((count.get(k) ?? 0) > 1) {
				kinds.push(seenBorder.has(k) ? null : "border");
				seenBorder.add(k);
			} else kinds.push("coast");
		}
		// start the walk where the edge kind changes, so a line never wraps around the ring's start
		let start = 0;
		for (let s = 0; s < n; s++) {
			if (kinds[s] !== kinds[(s + n - 1) % n]) {
				start = s;
				break;
			}
		}
		let current: number[] | null = null;
		let currentKind: "coast" | "border" | null = null;
		for (let t = 0; t < n; t++) {
			const s = (start + t) % n;
			const kind = kinds[s];
			const i = 2 * s;
			const j = (i + 2) % r.length;
			if (kind !== currentKind || !current) {
				current = kind ? [r[i], r[i + 1]] : null;
				currentKind = kind;
				if (current) (kind === "coast" ? coast : borders).push(current);
			}
			current?.push(r[j], r[j + 1]);
		}
	}
	return { coast, borders };
}
