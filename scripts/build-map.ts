// Builds the map geometry the game loads at runtime (npm run map).
//
// Reads Natural Earth 1:10m countries (world-atlas, TopoJSON), simplifies the shared arcs once so
// neighbouring countries keep matching borders, projects with a Mercator fitted to the frame
// (lon 105..160E, lat 5..47N) on a fixed logical canvas, clips to it, quantises to integers and
// writes:
//   assets/map/land.json        countries (fill rings) and chart labels; coastlines and borders
//                               are derived from the rings at load (src/game/map/geometry.ts)
//   assets/map/projection.json  the projection parameters, so the game projects lon/lat identically
// 10m (not 50m) because 50m lacks Yonaguni, the Senkakus and Minamitorishima.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type GeoPermissibleObjects, geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { deltaEncode } from "../src/game/map/codec";
import { FRAME, type LandFile, MAP_WIDTH, type ProjectionFile } from "../src/game/map/geometry";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = "node_modules/world-atlas/countries-10m.json";
/** Douglas-Peucker tolerance, in logical canvas units (1 unit is about 1.5 km). */
const TOLERANCE = 0.8;

/** Chart labels at lon/lat: major countries (caps) and seas that are not scenario regions. */
const LABELS: { text: string; lon: number; lat: number; kind: "country" | "sea"; rank: number }[] = [
	{ text: "CHINA", lon: 111.5, lat: 31.5, kind: "country", rank: 1 },
	{ text: "JAPAN", lon: 139.2, lat: 37.2, kind: "country", rank: 1 },
	{ text: "PHILIPPINES", lon: 123.6, lat: 11.4, kind: "country", rank: 2 },
	{ text: "VIETNAM", lon: 106.0, lat: 20.6, kind: "country", rank: 2 },
	{ text: "RUSSIA", lon: 134.6, lat: 45.9, kind: "country", rank: 2 },
	{ text: "MONGOLIA", lon: 108.5, lat: 45.9, kind: "country", rank: 3 },
	{ text: "MALAYSIA", lon: 116.9, lat: 5.55, kind: "country", rank: 3 },
	{ text: "PHILIPPINE SEA", lon: 133.5, lat: 19.5, kind: "sea", rank: 1 },
	{ text: "NORTH PACIFIC OCEAN", lon: 150.5, lat: 32.0, kind: "sea", rank: 1 },
	{ text: "SEA OF JAPAN", lon: 134.6, lat: 40.3, kind: "sea", rank: 2 },
	{ text: "YELLOW SEA", lon: 123.4, lat: 35.6, kind: "sea", rank: 2 },
	{ text: "SULU SEA", lon: 120.6, lat: 8.4, kind: "sea", rank: 3 },
];

type Pt = [number, number];

/** Perpendicular distance from p to the segment ab (or to a when a == b). */
function segDist(p: Pt, a: Pt, b: Pt): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const len2 = dx * dx + dy * dy;
	let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
	t = Math.max(0, Math.min(1, t));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas-Peucker on projected points; returns the indices kept (always first and last). */
function simplify(points: Pt[], tolerance: number): number[] {
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [i, j] = stack.pop()!;
		let best = -1;
		let bestD = tolerance;
		for (let k = i + 1; k < j; k++) {
			const d = segDist(points[k], points[i], points[j]);
			if (d > bestD) {
				bestD = d;
				best = k;
			}
		}
		if (best >= 0) {
			keep[best] = 1;
			stack.push([i, best], [best, j]);
		}
	}
	// A closed arc (an island) needs at least three distinct points to stay a ring.
	const closed = points.length > 3 && points[0][0] === points.at(-1)![0] && points[0][1] === points.at(-1)![1];
	let kept = keep.reduce((n, v) => n + v, 0);
	if (closed && kept < 4) {
		const byDist = points
			.map((p, k) => ({ k, d: Math.hypot(p[0] - points[0][0], p[1] - points[0][1]) }))
			.sort((a, b) => b.d - a.d);
		for (const { k } of byDist) {
			if (kept >= 4) break;
			if (!keep[k]) {
				keep[k] = 1;
				kept++;
			}
		}
	}
	const out: number[] = [];
	for (let k = 0; k < points.length; k++) if (keep[k]) out.push(k);
	return out;
}

/** Records geoPath output as rings/lines of points. */
class Recorder {
	paths: { points: Pt[]; closed: boolean }[] = [];
	private current: Pt[] | null = null;
	beginPath(): void {}
	moveTo(x: number, y: number): void {
		this.current = [[x, y]];
		this.paths.push({ points: this.current, closed: false });
	}
	lineTo(x: number, y: number): void {
		this.current?.push([x, y]);
	}
	closePath(): void {
		const last = this.paths.at(-1);
		if (last) last.closed = true;
		this.current = null;
	}
	arc(): void {}
	take(): { points: Pt[]; closed: boolean }[] {
		const out = this.paths;
		this.paths = [];
		return out;
	}
}

/**
 * Rounds a ring to integers and drops repeated points and the interior points of runs along the
 * frame's edge; null when nothing is left. Other collinear points stay, so the two countries on a
 * border keep identical vertices (the runtime finds borders by shared edges).
 */
function quantiseRing(points: Pt[], width: number, height: number): number[] | null {
	const q: Pt[] = [];
	for (const [x, y] of points) {
		const p: Pt = [Math.round(x), Math.round(y)];
		const last = q.at(-1);
		if (!last || last[0] !== p[0] || last[1] !== p[1]) q.push(p);
	}
	if (q.length > 1 && q[0][0] === q.at(-1)![0] && q[0][1] === q.at(-1)![1]) q.pop();
	const edgeX = (x: number) => x === 0 || x === width;
	const edgeY = (y: number) => y === 0 || y === height;
	const out = q.filter((p, i) => {
		const a = q[(i + q.length - 1) % q.length];
		const b = q[(i + 1) % q.length];
		const alongX = edgeX(p[0]) && a[0] === p[0] && b[0] === p[0];
		const alongY = edgeY(p[1]) && a[1] === p[1] && b[1] === p[1];
		return !(alongX || alongY);
	});
	if (out.length < 3) return null;
	let area = 0;
	for (let i = 0; i < out.length; i++) {
		const a = out[i];
		const b = out[(i + 1) % out.length];
		area += a[0] * b[1] - b[0] * a[1];
	}
	return area === 0 ? null : deltaEncode(out.flat());
}

/** A ring spanning the whole frame is a winding artefact, never land. */
function coversFrame(deltas: number[], width: number, height: number): boolean {
	let x = 0;
	let y = 0;
	let x0 = Infinity;
	let x1 = -Infinity;
	let y0 = Infinity;
	let y1 = -Infinity;
	for (let i = 0; i < deltas.length; i += 2) {
		x += deltas[i];
		y += deltas[i + 1];
		x0 = Math.min(x0, x);
		x1 = Math.max(x1, x);
		y0 = Math.min(y0, y);
		y1 = Math.max(y1, y);
	}
	return x0 <= 0 && y0 <= 0 && x1 >= width && y1 >= height;
}

/** Generates the two asset files' text (what `npm run map` writes). */
export function buildMap(): { land: string; projection: string; summary: string } {
	const topology = JSON.parse(readFileSync(join(root, SOURCE), "utf8")) as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;

	// Projection: Mercator with (west, north) at (0, 0) and MAP_WIDTH units across the frame.
	const rad = Math.PI / 180;
	const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2));
	const scale = MAP_WIDTH / ((FRAME.east - FRAME.west) * rad);
	const translate: Pt = [-scale * FRAME.west * rad, scale * mercY(FRAME.north)];
	const height = Math.round(scale * (mercY(FRAME.north) - mercY(FRAME.south)));
	const projectionFile: ProjectionFile = {
		type: "mercator",
		scale,
		translate,
		width: MAP_WIDTH,
		height,
		frame: FRAME,
	};
	const project = geoMercator().scale(scale).translate(translate).precision(0);

	// 1. Decode the arcs to lon/lat and simplify each shared arc once, in projected space.
	const tf = topology.transform!;
	const arcs = (topology.arcs as Pt[][]).map((arc) => {
		let x = 0;
		let y = 0;
		const lonlat: Pt[] = arc.map(([dx, dy]) => {
			x += dx;
			y += dy;
			return [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]];
		});
		const inFrameish = lonlat.some(
			([lon, lat]) =>
				lon > FRAME.west - 3 && lon < FRAME.east + 3 && lat > FRAME.south - 3 && lat < FRAME.north + 3,
		);
		if (!inFrameish) return lonlat;
		const xy = lonlat.map((p) => project(p) as Pt);
		return simplify(xy, TOLERANCE).map((k) => lonlat[k]);
	});
	const simplified = { ...topology, arcs, transform: undefined } as unknown as typeof topology;

	// 2. Project and clip with d3-geo.
	const clip = geoMercator()
		.scale(scale)
		.translate(translate)
		.precision(0)
		.clipExtent([
			[0, 0],
			[MAP_WIDTH, height],
		]);
	const rec = new Recorder();
	const path = geoPath(clip, rec);
	const draw = (o: GeoPermissibleObjects) => {
		path(o);
		return rec.take();
	};

	const countries: LandFile["countries"] = [];
	const fc = feature(simplified, simplified.objects.countries);
	// Only polygons near the frame: a far-away polygon whose winding d3 reads as "everything but
	// me" (a degenerate islet, e.g. in the Maldives) would otherwise clip to the whole frame.
	const near = (poly: Pt[][]) =>
		poly[0].some(
			([lon, lat]) =>
				lon > FRAME.west - 2 && lon < FRAME.east + 2 && lat > FRAME.south - 2 && lat < FRAME.north + 2,
		);
	for (const f of fc.features) {
		const g = f.geometry;
		if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) continue;
		const polys = (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as Pt[][][];
		const kept = polys.filter(near);
		if (kept.length === 0) continue;
		const rings = draw({ type: "MultiPolygon", coordinates: kept })
			.filter((p) => p.closed)
			.map((p) => quantiseRing(p.points, MAP_WIDTH, height))
			.filter((r): r is number[] => r !== null)
			.filter((r) => !coversFrame(r, MAP_WIDTH, height));
		if (rings.length) countries.push({ id: String(f.id), name: f.properties.name, rings });
	}
	countries.sort((a, b) => a.id.localeCompare(b.id));


	const labels = LABELS.map((l) => {
		const [x, y] = project([l.lon, l.lat]) as Pt;
		return { text: l.text, x: Math.round(x), y: Math.round(y), kind: l.kind, rank: l.rank };
	});

	const land: LandFile = {
		format: "island-chain/land",
		version: 1,
		source: "Natural Earth 1:10m admin-0 countries via world-atlas 2.0.2 (public domain)",
		width: MAP_WIDTH,
		height,
		encoding: "delta",
		countries,
		labels,
	};

	const landText = JSON.stringify(land) + "\n";
	const points = (rs: number[][]) => rs.reduce((n, r) => n + r.length / 2, 0);
	const summary =
		`land.json ${(landText.length / 1024).toFixed(1)} KB: ${countries.length} countries, ` +
		`${countries.reduce((n, c) => n + c.rings.length, 0)} rings ` +
		`(${countries.reduce((n, c) => n + points(c.rings), 0)} points); canvas ${MAP_WIDTH}x${height}`;
	return { land: landText, projection: JSON.stringify(projectionFile, null, "\t") + "\n", summary };
}

function main(): void {
	const { land, projection, summary } = buildMap();
	const out = join(root, "assets/map");
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, "land.json"), land);
	writeFileSync(join(out, "projection.json"), projection);
	console.log(summary);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
