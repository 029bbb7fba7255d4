// Land: one pre-triangulated polygon per ring (Phaser's Polygon shape runs earcut once, not every
// frame as a Graphics fill would), a pale shallows band and the coastline on top, dashed borders.
// Line widths are in CSS pixels, rebuilt when the zoom changes so lines stay crisp.
import * as Phaser from "phaser";
import { PALETTE, mix } from "./colour";
import type { Land } from "./geometry";
import type { MapLayer, ViewContext } from "./layer";

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

export class LandLayer implements MapLayer {
	private shallows: Phaser.GameObjects.Graphics;
	private fills = new Map<string, Phaser.GameObjects.Polygon[]>();
	private coast: Phaser.GameObjects.Graphics;
	private borders: Phaser.GameObjects.Graphics;

	constructor(
		private ctx: ViewContext,
		private land: Land,
	) {
		const { scene, statics } = ctx;
		this.shallows = scene.add.graphics();
		statics.add(this.shallows);
		for (const c of land.countries) {
			const shapes = c.rings.map((ring) => {
				const poly = new Phaser.GameObjects.Polygon(scene, 0, 0, ring, PALETTE.land, 1);
				poly.setOrigin(0, 0);
				statics.add(poly);
				return poly;
			});
			this.fills.set(c.id, shapes);
		}
		this.borders = scene.add.graphics();
		statics.add(this.borders);
		this.coast = scene.add.graphics();
		statics.add(this.coast);
	}

	/** Tints countries (by country id) toward a colour, e.g. the faction that owns a region there. */
	setTints(tints: ReadonlyMap<string, number>, strength = 0.11): void {
		for (const [id, shapes] of this.fills) {
			const t = tints.get(id);
			const colour = t === undefined ? PALETTE.land : mix(PALETTE.landHighlight, t, strength);
			for (const s of shapes) s.setFillStyle(colour, 1);
		}
		this.ctx.invalidate();
	}

	redrawStatic(ctx: ViewContext): void {
		const px = ctx.px;
		const stroke = (g: Phaser.GameObjects.Graphics, lines: readonly number[][]) => {
			for (const l of lines) {
				g.beginPath();
				g.moveTo(l[0], l[1]);
				for (let i = 2; i < l.length; i += 2) g.lineTo(l[i], l[i + 1]);
				g.strokePath();
			}
		};
		this.shallows.clear();
		this.shallows.lineStyle(7 * px, PALETTE.shallows, 0.5);
		stroke(this.shallows, this.land.coast);
		this.shallows.lineStyle(3 * px, PALETTE.shallows, 0.55);
		stroke(this.shallows, this.land.coast);

		this.coast.clear();
		this.coast.lineStyle(1.1 * px, PALETTE.coast, 0.85);
		stroke(this.coast, this.land.coast);

		this.borders.clear();
		this.borders.lineStyle(px, PALETTE.border, 0.75);
		const dash = 5 * px;
		const gap = 3.5 * px;
		for (const l of this.land.borders) dashed(this.borders, l, dash, gap);
	}

	destroy(): void {
		this.shallows.destroy();
		this.coast.destroy();
		this.borders.destroy();
		for (const shapes of this.fills.values()) for (const s of shapes) s.destroy();
	}
}

/** Strokes a flat polyline as dashes (world units). */
function dashed(g: Phaser.GameObjects.Graphics, l: readonly number[], dash: number, gap: number): void {
	let on = true;
	let left = dash;
	let x = l[0];
	let y = l[1];
	g.beginPath();
	g.moveTo(x, y);
	for (let i = 2; i < l.length; i += 2) {
		const tx = l[i];
		const ty = l[i + 1];
		let seg = Math.hypot(tx - x, ty - y);
		while (seg > 0) {
			const step = Math.min(seg, left);
			const nx = x + ((tx - x) * step) / seg;
			const ny = y + ((ty - y) * step) / seg;
			if (on) g.lineTo(nx, ny);
			else g.moveTo(nx, ny);
			x = nx;
			y = ny;
			seg -= step;
			left -= step;
			if (left <= 1e-9) {
				on = !on;
				left = on ? dash : gap;
			}
		}
	}
	g.strokePath();
}
