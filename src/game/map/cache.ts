// The static chart (sea, graticule, sea-area shading, land, coastlines, borders, neat line) is
// rendered into a texture once per zoom level and shown as one image: panning costs one quad per
// frame instead of re-tessellating ~12,000 coastline points. The texture covers the viewport plus a
// margin; it is redrawn when the zoom settles, when a pan runs past the margin, or when its
// content changes. On 1x screens it is drawn at twice the resolution and scaled down, which
// antialiases the thin lines (render textures get no MSAA).
import * as Phaser from "phaser";
import type { MapLayer, ViewContext } from "./layer";
import { type View, worldToScreen } from "./viewMath";

const KEY = "map-static-cache";
/** Margin around the viewport, CSS px: how far a pan goes before a redraw. */
const MARGIN = 200;
/** How long the zoom must stay still before the texture is redrawn at the new zoom, ms. */
const SETTLE_MS = 140;

/** The cache's texture size and supersampling for a viewport. Pure. */
export function cacheSize(
	vp: { width: number; height: number },
	dpr: number,
	maxTexture: number,
): { width: number; height: number; ssaa: number; margin: number } {
	const margin = Math.round(MARGIN * dpr);
	const w = vp.width + 2 * margin;
	const h = vp.height + 2 * margin;
	const ssaa = dpr < 2 && Math.max(w, h) * 2 <= maxTexture ? 2 : 1;
	// shown at 1/ssaa: an even displayed size centred on a whole pixel keeps texels on pixels
	const step = 2 * ssaa;
	const fit = (n: number) => Math.max(step, Math.floor(Math.min(n * ssaa, maxTexture) / step) * step);
	return { width: fit(w), height: fit(h), ssaa, margin };
}

export class StaticCache {
	/** Holds the static objects; not on the display list, only drawn into the texture. */
	readonly layer: Phaser.GameObjects.Layer;
	private tex: Phaser.Textures.DynamicTexture | null = null;
	private image: Phaser.GameObjects.Image | null = null;
	private size = { width: 0, height: 0, ssaa: 1, margin: 0 };
	private cached: View | null = null;
	private dirty = true;
	private zoomChangedAt = 0;
	private lastZoom = 0;
	private key: string;
	private static count = 0;

	constructor(
		private scene: Phaser.Scene,
		/** The layer the image goes in (drawn by the screen-space base camera). */
		private base: Phaser.GameObjects.Layer,
		private layers: () => MapLayer[],
	) {
		this.layer = new Phaser.GameObjects.Layer(scene);
		this.layer.removeFromDisplayList();
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
		if (!this.tex || size.width !== this.size.width || size.height !== this.size.height || size.ssaa !== this.size.ssaa) {
			this.resize(size);
		}
		if (v.zoom !== this.lastZoom) {
			this.lastZoom = v.zoom;
			this.zoomChangedAt = now;
		}
		const c = this.cached;
		let redraw = this.dirty || !c;
		if (!redraw && c) {
			const settled = now - this.zoomChangedAt >= SETTLE_MS;
			if (v.zoom !== c.zoom && settled) redraw = true;
			else if (!this.covers(c, v, vp)) redraw = true;
		}
		if (redraw) this.draw(ctx);
		this.place(ctx);
	}

	/** Whether the cached texture, as it would be shown for view v, covers the whole viewport. */
	private covers(c: View, v: View, vp: { width: number; height: number }): boolean {
		const k = v.zoom / c.zoom;
		const halfW = ((this.size.width / this.size.ssaa) * k) / 2;
		const halfH = ((this.size.height / this.size.ssaa) * k) / 2;
		const [sx, sy] = worldToScreen(v, vp, c.cx, c.cy);
		return sx - halfW <= 0 && sy - halfH <= 0 && sx + halfW >= vp.width && sy + halfH >= vp.height;
	}

	private resize(size: { width: number; height: number; ssaa: number; margin: number }): void {
		this.size = size;
		if (!this.tex) {
			this.tex = this.scene.textures.addDynamicTexture(this.key, size.width, size.height);
			if (!this.tex) throw new Error("could not create the map texture");
			this.image = this.scene.add.image(0, 0, this.key);
			this.base.add(this.image);
		} else {
			this.tex.setSize(size.width, size.height);
			this.image?.setSizeToFrame();
		}
		this.dirty = true;
	}

	private draw(ctx: ViewContext): void {
		const tex = this.tex;
		if (!tex) return;
		// the texture shows the view's centre at the current zoom, supersampled
		const view = { ...ctx.view };
		const drawCtx: ViewContext = { ...ctx, view, px: ctx.dpr / view.zoom };
		for (const l of this.layers()) l.redrawStatic?.(drawCtx);
		const cam = tex.camera;
		cam.setZoom(view.zoom * this.size.ssaa);
		cam.centerOn(view.cx, view.cy);
		tex.clear();
		tex.draw(this.layer);
		tex.render();
		this.cached = view;
		this.dirty = false;
	}

	private place(ctx: ViewContext): void {
		const c = this.cached;
		const img = this.image;
		if (!c || !img) return;
		const k = ctx.view.zoom / c.zoom;
		const [sx, sy] = ctx.toScreen(c.cx, c.cy);
		img.setScale(k / this.size.ssaa);
		// at the cached zoom, whole pixels keep the lines sharp
		if (k === 1) img.setPosition(Math.round(sx), Math.round(sy));
		else img.setPosition(sx, sy);
	}

	destroy(): void {
		this.image?.destroy();
		this.layer.destroy();
		if (this.scene.textures.exists(this.key)) this.scene.textures.remove(this.key);
		this.tex = null;
	}
}
