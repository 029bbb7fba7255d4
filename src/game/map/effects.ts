// Screen-space effects redrawn every frame: the pulsing ring on the selection, event pulses where
// the turn's headlines happened, and deployments sliding between regions.
import type * as Phaser from "phaser";
import { PALETTE } from "./colour";
import { chevron } from "./icons";
import type { MapLayer, ViewContext } from "./layer";

export interface Pulse {
	wx: number;
	wy: number;
	colour: number;
	/** Seconds from the start of the animation. */
	delay: number;
	duration: number;
}

export interface Slide {
	from: { x: number; y: number };
	to: { x: number; y: number };
	colour: number;
	units: number;
}

export class Effects implements MapLayer {
	private g: Phaser.GameObjects.Graphics;
	private pulses: Pulse[] = [];
	private slides: Slide[] = [];
	/** Game clock (ms) when the effects started. */
	private started = 0;
	private slideT = 0;
	private time = 0;
	selection: { wx: number; wy: number; r: number } | null = null;
	hover: { wx: number; wy: number; r: number } | null = null;

	constructor(ctx: ViewContext) {
		this.g = ctx.scene.add.graphics();
		ctx.overlay.add(this.g);
	}

	start(pulses: Pulse[], slides: Slide[], now: number): void {
		this.pulses = pulses;
		this.slides = slides;
		this.started = now;
		this.slideT = 0;
	}

	/** Progress of the slides, 0..1 (driven by the turn animation). */
	setSlide(t: number): void {
		this.slideT = t;
	}

	stop(): void {
		this.pulses = [];
		this.slides = [];
	}

	update(time: number, _delta: number, ctx: ViewContext): void {
		this.time = time / 1000;
		const clock = (time - this.started) / 1000;
		const g = this.g;
		const d = ctx.dpr;
		g.clear();
		if (this.hover) {
			const [x, y] = ctx.toScreen(this.hover.wx, this.hover.wy);
			g.lineStyle(1.5 * d, 0xffffff, 0.45);
			g.strokeCircle(x, y, Math.max(this.hover.r * ctx.view.zoom, 11 * d));
		}
		if (this.selection) {
			const [x, y] = ctx.toScreen(this.selection.wx, this.selection.wy);
			const base = Math.max(this.selection.r * ctx.view.zoom, 12 * d);
			const k = (Math.sin(this.time * 3.2) + 1) / 2;
			g.lineStyle(2 * d, PALETTE.selection, 0.95);
			g.strokeCircle(x, y, base);
			g.lineStyle(1.5 * d, PALETTE.selection, 0.35 * (1 - k));
			g.strokeCircle(x, y, base + (4 + 8 * k) * d);
		}
		for (const p of this.pulses) {
			const t = (clock - p.delay) / p.duration;
			if (t < 0 || t > 1) continue;
			const [x, y] = ctx.toScreen(p.wx, p.wy);
			for (let ring = 0; ring < 2; ring++) {
				const u = t - ring * 0.22;
				if (u < 0) continue;
				const r = (8 + 46 * easeOut(u)) * d;
				g.lineStyle((3 - 1.5 * u) * d, p.colour, 0.9 * (1 - u));
				g.strokeCircle(x, y, r);
			}
			g.fillStyle(p.colour, 0.5 * (1 - t));
			g.fillCircle(x, y, 6 * d);
		}
		if (this.slides.length && this.slideT > 0 && this.slideT < 1) {
			const u = easeInOut(this.slideT);
			for (const s of this.slides) {
				const [x0, y0] = ctx.toScreen(s.from.x, s.from.y);
				const [x1, y1] = ctx.toScreen(s.to.x, s.to.y);
				const x = x0 + (x1 - x0) * u;
				const y = y0 + (y1 - y0) * u;
				g.lineStyle(1.5 * d, s.colour, 0.35);
				g.lineBetween(x0, y0, x, y);
				g.save();
				g.translateCanvas(x, y);
				g.rotateCanvas(Math.atan2(y1 - y0, x1 - x0) + Math.PI / 2);
				chevron(g, 7 * d, s.colour, 0x0b1626, 1.2 * d);
				g.restore();
			}
		}
	}

	destroy(): void {
		this.g.destroy();
	}
}

function easeOut(t: number): number {
	return 1 - (1 - t) ** 3;
}

function easeInOut(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}
