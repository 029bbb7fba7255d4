// The chart's sea, its graticule every 5 degrees, the neat line with a border of alternating
// degrees (like a nautical chart's), and the degree labels around the frame. All of it is painted
// into the chart's tiles (cache.ts): nothing here is drawn per frame.
import { PALETTE, toHex } from "./colour";
import type { MapLayer, PaintPhase, ViewContext } from "./layer";
import { projection } from "./projection";
import { FONT } from "./text";

const STEP = 5;

/** A degree label: its anchor (world units), offset from it (CSS px), and how it aligns there. */
interface DegreeLabel {
	text: string;
	wx: number;
	wy: number;
	dx: number;
	dy: number;
	align: CanvasTextAlign;
	baseline: CanvasTextBaseline;
}

export class Backdrop implements MapLayer {
	private degreeLabels: DegreeLabel[] = [];
	private lons: number[] = [];
	private lats: number[] = [];

	constructor(_ctx: ViewContext) {
		const { width, height, frame } = projection;
		for (let lon = Math.ceil(frame.west / STEP) * STEP; lon <= frame.east; lon += STEP) this.lons.push(lon);
		for (let lat = Math.ceil(frame.south / STEP) * STEP; lat <= frame.north; lat += STEP) this.lats.push(lat);
		const label = (text: string, wx: number, wy: number, dx: number, dy: number, align: CanvasTextAlign, baseline: CanvasTextBaseline) =>
			this.degreeLabels.push({ text, wx, wy, dx, dy, align, baseline });
		for (const lon of this.lons) {
			const [x] = projection.project(lon, frame.north);
			label(`${lon}°E`, x, 0, 0, -13, "center", "bottom");
			label(`${lon}°E`, x, height, 0, 13, "center", "top");
		}
		for (const lat of this.lats) {
			const [, y] = projection.project(frame.west, lat);
			label(`${lat}°N`, 0, y, -13, 0, "right", "middle");
			label(`${lat}°N`, width, y, 13, 0, "left", "middle");
		}
	}

	/** The degree labels, at their size in device pixels and on whole pixels (sharp at any zoom). */
	private paintLabels(c: CanvasRenderingContext2D, ctx: ViewContext): void {
		const m = c.getTransform();
		const size = Math.round(10.5 * ctx.dpr);
		const reach = 80 * ctx.dpr;
		c.setTransform(1, 0, 0, 1, 0, 0);
		c.globalAlpha = 1;
		c.fillStyle = toHex(PALETTE.graticuleLabel);
		c.font = `500 ${size}px ${FONT}`;
		for (const l of this.degreeLabels) {
			const x = Math.round(l.wx * m.a + m.e + l.dx * ctx.dpr);
			const y = Math.round(l.wy * m.d + m.f + l.dy * ctx.dpr);
			if (x < -reach || y < -reach || x > c.canvas.width + reach || y > c.canvas.height + reach) continue;
			c.textAlign = l.align;
			c.textBaseline = l.baseline;
			c.fillText(l.text, x, y);
		}
		c.setTransform(m);
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
		this.paintLabels(c, ctx);
	}

	destroy(): void {}
}
