// The chart's sea, its graticule every 5 degrees, the neat line with a border of alternating
// degrees (like a nautical chart's), and the degree labels around the frame.
import { PALETTE, toHex } from "./colour";
import type { MapLayer, PaintPhase, ViewContext } from "./layer";
import { type Pin, placePin } from "./pins";
import { projection } from "./projection";
import { mapText } from "./text";

const STEP = 5;

export class Backdrop implements MapLayer {
	private degreeLabels: Pin[] = [];
	private lons: number[] = [];
	private lats: number[] = [];

	constructor(ctx: ViewContext) {
		const { scene, overlay } = ctx;
		const { width, height, frame } = projection;
		for (let lon = Math.ceil(frame.west / STEP) * STEP; lon <= frame.east; lon += STEP) this.lons.push(lon);
		for (let lat = Math.ceil(frame.south / STEP) * STEP; lat <= frame.north; lat += STEP) this.lats.push(lat);
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
			label(`${lon}°E`, x, 0, 0, -13, 0.5, 1);
			label(`${lon}°E`, x, height, 0, 13, 0.5, 0);
		}
		for (const lat of this.lats) {
			const [, y] = projection.project(frame.west, lat);
			label(`${lat}°N`, 0, y, -13, 0, 1, 0.5);
			label(`${lat}°N`, width, y, 13, 0, 0, 0.5);
		}
	}

	onView(ctx: ViewContext): void {
		for (const p of this.degreeLabels) placePin(p, ctx);
	}

	paint(c: CanvasRenderingContext2D, ctx: ViewContext, phase: PaintPhase): void {
		const { width, height, frame } = projection;
		const px = ctx.px;
		if (phase === "sea") {
			const g = c.createLinearGradient(0, 0, 0, height);
			g.addColorStop(0, toHex(PALETTE.seaTop));
			g.addColorStop(1, toHex(PALETTE.seaBottom));
			c.fillStyle = g;
			c.fillRect(0, 0, width, height);
			c.strokeStyle = toHex(PALETTE.graticule);
			c.globalAlpha = 0.12;
			c.lineWidth = px;
			c.beginPath();
			for (const lon of this.lons) {
				const [x] = projection.project(lon, frame.north);
				if (x <= 0 || x >= width) continue;
				c.moveTo(x, 0);
				c.lineTo(x, height);
			}
			for (const lat of this.lats) {
				const [, y] = projection.project(frame.west, lat);
				if (y <= 0 || y >= height) continue;
				c.moveTo(0, y);
				c.lineTo(width, y);
			}
			c.stroke();
			return;
		}
		if (phase !== "frame") return;
		// a band of alternating degrees outside the neat line
		const band = 5 * px;
		const gap = 2 * px;
		const o = gap + band;
		c.fillStyle = toHex(PALETTE.table);
		c.fillRect(-o - px, -o - px, width + 2 * (o + px), o + px);
		c.fillRect(-o - px, height, width + 2 * (o + px), o + px);
		c.fillRect(-o - px, 0, o + px, height);
		c.fillRect(width, 0, o + px, height);
		c.fillStyle = toHex(PALETTE.neatLine);
		c.globalAlpha = 0.75;
		for (let lon = frame.west; lon < frame.east; lon++) {
			if (lon % 2 !== 0) continue;
			const [x0] = projection.project(lon, frame.north);
			const [x1] = projection.project(lon + 1, frame.north);
			c.fillRect(x0, -o, x1 - x0, band);
			c.fillRect(x0, height + gap, x1 - x0, band);
		}
		for (let lat = frame.south; lat < frame.north; lat++) {
			if (lat % 2 !== 0) continue;
			const [, y0] = projection.project(frame.west, lat + 1);
			const [, y1] = projection.project(frame.west, lat);
			c.fillRect(-o, y0, band, y1 - y0);
			c.fillRect(width + gap, y0, band, y1 - y0);
		}
		c.globalAlpha = 0.9;
		c.strokeStyle = toHex(PALETTE.neatLine);
		c.lineWidth = px;
		c.lineJoin = "miter";
		c.strokeRect(-o, -o, width + 2 * o, height + 2 * o);
		c.globalAlpha = 0.7;
		c.strokeRect(0, 0, width, height);
	}

	destroy(): void {
		for (const p of this.degreeLabels) p.obj.destroy();
	}
}
