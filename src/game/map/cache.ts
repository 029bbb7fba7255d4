// The static chart (sea, graticule, sea-area shading, land, coastlines, borders, neat line) is
// painted with the Canvas 2D API into one texture per zoom level and shown as a single image:
// panning costs one quad per frame, and the browser's native path rendering gives antialiased,
// round-joined lines and real dashes (WebGL render textures get no MSAA). The texture covers the
// viewport plus a margin; it is repainted when the zoom settles, when a pan runs past the margin,
// or when its content changes (ctx.invalidate()).
import type * as Phaser from "phaser";
import type { MapLayer, PaintPhase, ViewContext } from "./layer";
import { type View, worldToScreen } from "./viewMath";

const KEY = "map-chart";
/** Margin around the viewport, CSS px: how far a pan goes before a repaint. */
const MARGIN = 220;
/** How long the zoom must stay still before the chart is repainted at the new zoom, ms. */
const SETTLE_MS = 140;

export const PHASES: readonly PaintPhase[] = ["sea", "water", "land", "frame"];

/** The chart texture's size for a viewport, in device px (even, within the GPU's limit). Pure. */
export function cacheSize(
	vp: { width: number; height: number },
	dpr: number,
	maxTexture: number,
): { width: number; height: number; margin: number } {
	const margin = Math.round(MARGIN * dpr);
	const even = (n: number) => Math.max(2, Math.floor(Math.min(n, maxTexture) / 2) * 2);
	return { width: even(vp.width + 2 * margin), height: even(vp.height + 2 * margin), margin };
}

export class StaticCache {
	private tex: Phaser.Textures.CanvasTexture | null = null;
	private image: Phaser.GameObjects.Image | null = null;
	private size = { width: 0, height: 0, margin: 0 };
	private cached: View | null = null;
	private dirty = true;
	private zoomChangedAt = 0;
	private lastZoom = 0;
	private readonly key: string;
	private static count = 0;
	/** Milliseconds the last repaint took (for the bench and tests). */
	lastPaintMs = 0;

	constructor(
		private scene: Phaser.Scene,
		/** The layer the image goes in (drawn by the screen-space base camera). */
		private base: Phaser.GameObjects.Layer,
		private layers: () => MapLayer[],
	) {
		this.key = `${KEY}-${StaticCache.count++}`;
	}

	invalidate(): void {
		this.dirty = true;
	}

	/** Called every frame after the view is applied. */
	update(ctx: ViewContext, now: number): void {
		const v = ctx.view;
		const vp = ctx.viewport;
		const config = (this.scene.game.renderer as unknown as { config?: { maxTextureSize?: number } }).config;
		const size = cacheSize(vp, ctx.dpr, config?.maxTextureSize || 4096);
		if (!this.tex || size.width !== this.size.width || size.height !== this.size.height) this.resize(size);
		if (v.zoom !== this.lastZoom) {
			this.lastZoom = v.zoom;
			this.zoomChangedAt = now;
		}
		const c = this.cached;
		let repaint = this.dirty || !c;
		if (!repaint && c) {
			if (v.zoom !== c.zoom && now - this.zoomChangedAt >= SETTLE_MS) repaint = true;
			else if (!this.covers(c, v, vp)) repaint = true;
		}
		if (repaint) this.paint(ctx);
		this.place(ctx);
	}

	/** Whether the chart, as it would be shown for view v, covers the whole viewport. */
	private covers(c: View, v: View, vp: { width: number; height: number }): boolean {
		const k = v.zoom / c.zoom;
		const halfW = (this.size.width * k) / 2;
		const halfH = (this.size.height * k) / 2;
		const [sx, sy] = worldToScreen(v, vp, c.cx, c.cy);
		return sx - halfW <= 0 && sy - halfH <= 0 && sx + halfW >= vp.width && sy + halfH >= vp.height;
	}

	private resize(size: { width: number; height: number; margin: number }): void {
		this.size = size;
		this.image?.destroy();
		if (this.scene.textures.exists(this.key)) this.scene.textures.remove(this.key);
		this.tex = this.scene.textures.createCanvas(this.key, size.width, size.height);
		if (!this.tex) throw new Error("could not create the chart texture");
		this.image = this.scene.add.image(0, 0, this.key);
		this.base.add(this.image);
		this.dirty = true;
	}

	/** Paints the chart for the current view: the view's centre at the texture's centre. */
	private paint(ctx: ViewContext): void {
		const tex = this.tex;
		if (!tex) return;
		const started = performance.now();
		const view = { ...ctx.view };
		const c = tex.getContext();
		c.setTransform(1, 0, 0, 1, 0, 0);
		c.clearRect(0, 0, this.size.width, this.size.height);
		const paintCtx: ViewContext = { ...ctx, view, px: ctx.dpr / view.zoom };
		c.setTransform(
			view.zoom,
			0,
			0,
			view.zoom,
			this.size.width / 2 - view.cx * view.zoom,
			this.size.height / 2 - view.cy * view.zoom,
		);
		c.lineJoin = "round";
		c.lineCap = "round";
		const layers = this.layers();
		for (const phase of PHASES) {
			for (const l of layers) {
				if (!l.paint) continue;
				c.save();
				l.paint(c, paintCtx, phase);
				c.restore();
			}
		}
		tex.refresh();
		this.cached = view;
		this.dirty = false;
		this.lastPaintMs = performance.now() - started;
	}

	private place(ctx: ViewContext): void {
		const c = this.cached;
		const img = this.image;
		if (!c || !img) return;
		const k = ctx.view.zoom / c.zoom;
		const [sx, sy] = ctx.toScreen(c.cx, c.cy);
		img.setScale(k);
		// at the painted zoom, whole pixels keep the lines sharp
		if (k === 1) img.setPosition(Math.round(sx), Math.round(sy));
		else img.setPosition(sx, sy);
	}

	destroy(): void {
		this.image?.destroy();
		if (this.scene.textures.exists(this.key)) this.scene.textures.remove(this.key);
		this.tex = null;
	}
}
