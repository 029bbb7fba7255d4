// The chart's sea, its neat line with alternating degree bands (like a nautical chart's border),
// the graticule every 5 degrees, and the degree labels around the frame.
import * as Phaser from "phaser";
import { PALETTE } from "./colour";
import type { MapLayer, ViewContext } from "./layer";
import { type Pin, placePin } from "./pins";
import { projection } from "./projection";
import { mapText } from "./text";

const STEP = 5;

export class Backdrop implements MapLayer {
	private sea: Phaser.GameObjects.Graphics;
	private grid: Phaser.GameObjects.Graphics;
	private border: Phaser.GameObjects.Graphics;
	private degreeLabels: Pin[] = [];
	private lons: number[] = [];
	private lats: number[] = [];

	constructor(ctx: ViewContext) {
		const { scene, statics, overlay } = ctx;
		const { width, height, frame } = projection;
		for (let lon = Math.ceil(frame.west / STEP) * STEP; lon <= frame.east; lon += STEP) this.lons.push(lon);
		for (let lat = Math.ceil(frame.south / STEP) * STEP; lat <= frame.north; lat += STEP) this.lats.push(lat);

		this.sea = scene.add.graphics();
		this.sea.fillGradientStyle(PALETTE.seaTop, PALETTE.seaTop, PALETTE.seaBottom, PALETTE.seaBottom, 1);
		this.sea.fillRect(0, 0, width, height);
		statics.add(this.sea);

		this.grid = scene.add.graphics();
		statics.add(this.grid);
		// added by raiseBorder(), above the land
		this.border = scene.add.graphics();
		this.border.removeFromDisplayList();

		const label = (text: string, wx: number, wy: number, dx: number, dy: number, ox: number, oy: number) => {
			const t = mapText(scene, ctx.dpr, text, {
				size: 10.5,
				colour: PALETTE.graticuleLabel,
				weight: 500,
				halo: 0,
				originX: ox,
				originY: oy,
			});
			overlay.add(t);
			this.degreeLabels.push({ obj: t, wx, wy, dx, dy });
		};
		for (const lon of this.lons) {
			const [x] = projection.project(lon, frame.north);
			const text = `${lon}°E`;
			label(text, x, 0, 0, -12, 0.5, 1);
			label(text, x, height, 0, 12, 0.5, 0);
		}
		for (const lat of this.lats) {
			const [, y] = projection.project(frame.west, lat);
			const text = `${lat}°N`;
			label(text, 0, y, -12, 0, 1, 0.5);
			label(text, width, y, 12, 0, 0, 0.5);
		}
	}

	/** Puts the neat line and its degree band above everything drawn so far. */
	raiseBorder(ctx: ViewContext): void {
		ctx.statics.add(this.border);
	}

	onView(ctx: ViewContext): void {
		for (const p of this.degreeLabels) placePin(p, ctx);
	}

	redrawStatic(ctx: ViewContext): void {
		const { width, height, frame } = projection;
		const px = ctx.px;
		const g = this.grid;
		g.clear();
		g.lineStyle(px, PALETTE.graticule, 0.11);
		for (const lon of this.lons) {
			const [x] = projection.project(lon, frame.north);
			if (x > 0 && x < width) g.lineBetween(x, 0, x, height);
		}
		for (const lat of this.lats) {
			const [, y] = projection.project(frame.west, lat);
			if (y > 0 && y < height) g.lineBetween(0, y, width, y);
		}

		// Neat line and a border band of alternating degrees outside it.
		const b = this.border;
		b.clear();
		const band = 5 * px;
		const gap = 2 * px;
		const o = gap + band;
		b.fillStyle(PALETTE.table, 1);
		b.fillRect(-o - px, -o - px, width + 2 * (o + px), o + px);
		b.fillRect(-o - px, height, width + 2 * (o + px), o + px);
		b.fillRect(-o - px, 0, o + px, height);
		b.fillRect(width, 0, o + px, height);
		for (let lon = frame.west; lon < frame.east; lon++) {
			const [x0] = projection.project(lon, frame.north);
			const [x1] = projection.project(lon + 1, frame.north);
			b.fillStyle(lon % 2 === 0 ? PALETTE.neatLine : PALETTE.table, lon % 2 === 0 ? 0.75 : 1);
			b.fillRect(x0, -o, x1 - x0, band);
			b.fillRect(x0, height + gap, x1 - x0, band);
		}
		for (let lat = frame.south; lat < frame.north; lat++) {
			const [, y0] = projection.project(frame.west, lat + 1);
			const [, y1] = projection.project(frame.west, lat);
			b.fillStyle(lat % 2 === 0 ? PALETTE.neatLine : PALETTE.table, lat % 2 === 0 ? 0.75 : 1);
			b.fillRect(-o, y0, band, y1 - y0);
			b.fillRect(width + gap, y0, band, y1 - y0);
		}
		b.lineStyle(px, PALETTE.neatLine, 0.9);
		b.strokeRect(-o, -o, width + 2 * o, height + 2 * o);
		b.lineStyle(px, PALETTE.neatLine, 0.7);
		b.strokeRect(0, 0, width, height);
	}

	destroy(): void {
		this.sea.destroy();
		this.grid.destroy();
		this.border.destroy();
		for (const p of this.degreeLabels) p.obj.destroy();
	}
}
