// Land: countries filled (a hint of the owning faction's colour where it holds a land region), a
// pale shallows band along the coast, the coastline, dashed land borders. Painted into the chart's
// tiles (cache.ts) from Path2D objects built once per level of detail; line widths are CSS pixels
// at the painted zoom. The lines are grouped by where they lie, so a tile strokes only the groups
// that reach it (a wide stroke costs for every point of its path, painted or not).
import { PALETTE, mix, toHex } from "./colour";
import type { Land } from "./geometry";
import type { MapLayer, PaintPhase, ViewContext } from "./layer";
import { lodLevel, simplifiedFor, simplifyLand } from "./lod";
import { projection } from "./projection";
import type { Rect } from "./viewMath";

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


/** Lines whose middles lie in one cell of a grid over the world, and the box they reach. */
interface Group {
	path: Path2D;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

interface Paths {
	all: Path2D;
	countries: Map<string, Path2D>;
	coast: Group[];
	borders: Group[];
}

/** Cells a side of the grid the lines are grouped by. */
const GRID = 8;

/** Groups open polylines by the grid cell of their box's middle (each line in exactly one group). */
function group(lines: readonly (readonly number[] | null)[]): Group[] {
	const cells = new Map<number, Group>();
	const cw = projection.width / GRID;
	const ch = projection.height / GRID;
	for (const l of lines) {
		if (!l || l.length < 4) continue;
		let x0 = Number.POSITIVE_INFINITY;
		let y0 = Number.POSITIVE_INFINITY;
		let x1 = Number.NEGATIVE_INFINITY;
		let y1 = Number.NEGATIVE_INFINITY;
		for (let i = 0; i < l.length; i += 2) {
			x0 = Math.min(x0, l[i]);
			x1 = Math.max(x1, l[i]);
			y0 = Math.min(y0, l[i + 1]);
			y1 = Math.max(y1, l[i + 1]);
		}
		const cx = Math.max(0, Math.min(GRID - 1, Math.floor((x0 + x1) / 2 / cw)));
		const cy = Math.max(0, Math.min(GRID - 1, Math.floor((y0 + y1) / 2 / ch)));
		const key = cy * GRID + cx;
		let g = cells.get(key);
		if (!g) {
			g = { path: new Path2D(), x0, y0, x1, y1 };
			cells.set(key, g);
		}
		g.x0 = Math.min(g.x0, x0);
		g.y0 = Math.min(g.y0, y0);
		g.x1 = Math.max(g.x1, x1);
		g.y1 = Math.max(g.y1, y1);
		addLines(g.path, [l], false);
	}
	return [...cells.values()];
}

/** Strokes the groups that reach the area (grown by `pad` world units for the line's width). */
function strokeGroups(c: CanvasRenderingContext2D, groups: readonly Group[], area: Rect, pad: number): void {
	for (const g of groups) {
		if (g.x1 + pad < area.x || g.x0 - pad > area.x + area.width || g.y1 + pad < area.y || g.y0 - pad > area.y + area.height) continue;
		c.stroke(g.path);
	}
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
		// simplified off the main thread when the land came from the worker (assets.ts)
		const lines = simplifiedFor(this.land, level) ?? simplifyLand(this.land, level);
		const out: Paths = {
			all: new Path2D(),
			countries: new Map(),
			coast: group(lines.coast),
			borders: group(lines.borders),
		};
		this.land.countries.forEach((c, i) => {
			const rings = lines.rings[i] ?? [];
			const p = new Path2D();
			addLines(p, rings, true);
			out.countries.set(c.id, p);
			addLines(out.all, rings, true);
		});
		this.levels[level] = out;
		return out;
	}

	/** Tints countries (by country id) toward a colour, e.g. the faction holding a region there. */
	setTints(tints: ReadonlyMap<string, number>, strength = 0.12): void {
		this.tints = new Map([...tints].map(([id, colour]) => [id, mix(PALETTE.landHighlight, colour, strength)]));
		this.ctx.invalidate();
	}

	paint(c: CanvasRenderingContext2D, ctx: ViewContext, phase: PaintPhase, area: Rect): void {
		if (phase !== "land") return;
		const px = ctx.px;
		const paths = this.paths(lodLevel(ctx.view.zoom));
		// shallows: a soft band along the coast, under the land (bevelled joins: round ones cost
		// three times as much, and the band is soft)
		c.strokeStyle = toHex(PALETTE.shallows);
		c.globalAlpha = 0.6;
		c.lineWidth = 6 * px;
		c.lineJoin = "bevel";
		strokeGroups(c, paths.coast, area, 6 * px);
		c.lineJoin = "round";
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
		strokeGroups(c, paths.borders, area, 2 * px);
		c.setLineDash([]);
		// the coastline: one device pixel wide, which the browser draws as a hairline (a tenth of
		// the cost of a wider stroke)
		c.strokeStyle = toHex(PALETTE.coast);
		c.globalAlpha = 0.9;
		c.lineWidth = px;
		strokeGroups(c, paths.coast, area, 2 * px);
	}

	destroy(): void {}
}
