// Land: countries filled (a hint of the owning faction's colour where it holds a land region), a
// pale shallows band along the coast, the coastline, dashed land borders. Painted into the chart
// (cache.ts) from Path2D objects built once; line widths are CSS pixels at the painted zoom.
import { PALETTE, mix, toHex } from "./colour";
import type { Land } from "./geometry";
import type { MapLayer, PaintPhase, ViewContext } from "./layer";
import { simplifyLine, simplifyRing } from "./lod";

/** Ray-casting point-in-ring test on a flat [x0, y0, x1, y1, ...] ring. */
export function ringContains(ring: readonly number[], x: number, y: number): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
		const xi = ring[i];
		const yi = ring[i + 1];
		const xj = ring[j];
		const yj = ring[j + 1];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** The id of the country whose land contains the world point, or null (sea). */
export function countryAt(land: Land, x: number, y: number): string | null {
	for (const c of land.countries) if (c.rings.some((r) => ringContains(r, x, y))) return c.id;
	return null;
}

/** Simplification tolerances (world units) of the levels of detail; level 0 is the full data. */
export const LOD_TOLERANCES = [0, 0.8, 1.5, 3];

/** The coarsest level whose error stays under half a device pixel at this zoom. */
export function lodLevel(zoom: number): number {
	let level = 0;
	for (let i = 1; i < LOD_TOLERANCES.length; i++) if (LOD_TOLERANCES[i] * zoom <= 0.5) level = i;
	return level;
}

interface Paths {
	all: Path2D;
	countries: Map<string, Path2D>;
	coast: Path2D;
	borders: Path2D;
}

function addLines(p: Path2D, lines: readonly (readonly number[] | null)[], close: boolean): void {
	for (const l of lines) {
		if (!l) continue;
		p.moveTo(l[0], l[1]);
		for (let i = 2; i < l.length; i += 2) p.lineTo(l[i], l[i + 1]);
		if (close) p.closePath();
	}
}

export class LandLayer implements MapLayer {
	/** Paths per level of detail, built when first needed. */
	private levels: (Paths | undefined)[] = [];
	private tints = new Map<string, number>();

	constructor(
		private ctx: ViewContext,
		private land: Land,
	) {}

	private paths(level: number): Paths {
		const cached = this.levels[level];
		if (cached) return cached;
		const tol = LOD_TOLERANCES[level];
		const ring = (r: readonly number[]) => (tol > 0 ? simplifyRing(r, tol) : r);
		const line = (l: readonly number[]) => (tol > 0 ? simplifyLine(l, tol) : l);
		const out: Paths = { all: new Path2D(), countries: new Map(), coast: new Path2D(), borders: new Path2D() };
		for (const c of this.land.countries) {
			const rings = c.rings.map(ring);
			const p = new Path2D();
			addLines(p, rings, true);
			out.countries.set(c.id, p);
			addLines(out.all, rings, true);
		}
		addLines(out.coast, this.land.coast.map(line), false);
		addLines(out.borders, this.land.borders.map(line), false);
		this.levels[level] = out;
		return out;
	}

	/** Tints countries (by country id) toward a colour, e.g. the faction holding a region there. */
	setTints(tints: ReadonlyMap<string, number>, strength = 0.12): void {
		this.tints = new Map([...tints].map(([id, colour]) => [id, mix(PALETTE.landHighlight, colour, strength)]));
		this.ctx.invalidate();
	}

	paint(c: CanvasRenderingContext2D, ctx: ViewContext, phase: PaintPhase): void {
		if (phase !== "land") return;
		const px = ctx.px;
		const paths = this.paths(lodLevel(ctx.view.zoom));
		// shallows: a soft band along the coast, under the land
		c.strokeStyle = toHex(PALETTE.shallows);
		c.globalAlpha = 0.6;
		c.lineWidth = 6 * px;
		c.stroke(paths.coast);
		// land: one fill for all (no seams between neighbours), then the tinted countries
		c.globalAlpha = 1;
		c.fillStyle = toHex(PALETTE.land);
		c.fill(paths.all);
		for (const [id, colour] of this.tints) {
			const p = paths.countries.get(id);
			if (!p) continue;
			c.fillStyle = toHex(colour);
			c.fill(p);
		}
		c.strokeStyle = toHex(PALETTE.border);
		c.globalAlpha = 0.8;
		c.lineWidth = px;
		c.setLineDash([5 * px, 3.5 * px]);
		c.stroke(paths.borders);
		c.setLineDash([]);
		c.strokeStyle = toHex(PALETTE.coast);
		c.globalAlpha = 0.9;
		c.lineWidth = 1.1 * px;
		c.stroke(paths.coast);
	}

	destroy(): void {}
}
