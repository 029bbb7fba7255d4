// The static chart (sea, graticule, sea-area shading and outlines, land, coastlines, borders, neat
// line) is painted with the Canvas 2D API into square tiles at the current zoom and shown as
// images: the browser's native path rendering gives antialiased, round-joined lines and real
// dashes, and panning moves the tiles without painting anything (only the camera moves). Tiles
// around the viewport are painted ahead, one a frame while the map is still, so a pan rarely
// reaches an unpainted one; a zoom shows the old tiles scaled until it settles, then paints the new
// zoom's tiles over them one a frame. A change of content (ctx.invalidate()) repaints the visible
// tiles at once and the others as they come into view. Tiles are opaque (the table's colour
// around the world): drawing them is a copy, not a blend, and once they cover the view the
// camera's background fill is skipped.
import type * as Phaser from "phaser";
import { PALETTE, toHex } from "./colour";
import type { MapLayer, PaintPhase, ViewContext } from "./layer";
import { type Rect, type Size, type View, screenToWorld } from "./viewMath";

/** Tile side, device px. */
export const TILE = 512;
/** How long the zoom must stay still before the chart is repainted at the new zoom, ms. */
const SETTLE_MS = 140;
/** Painted tiles kept beyond the prefetched ring before they are recycled, in tiles. */
const KEEP = 1;
/** Spare tile canvases kept for reuse. */
const SPARE = 8;

export const PHASES: readonly PaintPhase[] = ["sea", "water", "land", "frame"];

/** Inclusive tile index ranges. */
export interface TileRange {
	i0: number;
	i1: number;
	j0: number;
	j1: number;
}

/**
 * The tiles of a chart painted at zoom `z` (tile (i, j) covers device px [i·tile, (i+1)·tile) of
 * the world scaled by z) that the viewport, grown by `margin` px on each side, shows of `bounds`
 * (world units) under view v; null when it shows none of it. Pure.
 */
export function tileRange(v: View, vp: Size, z: number, tile: number, margin: number, bounds: Rect): TileRange | null {
	const [wx0, wy0] = screenToWorld(v, vp, -margin, -margin);
	const [wx1, wy1] = screenToWorld(v, vp, vp.width + margin, vp.height + margin);
	const x0 = Math.max(wx0, bounds.x);
	const y0 = Math.max(wy0, bounds.y);
	const x1 = Math.min(wx1, bounds.x + bounds.width);
	const y1 = Math.min(wy1, bounds.y + bounds.height);
	if (!(x1 > x0 && y1 > y0)) return null;
	return {
		i0: Math.floor((x0 * z) / tile),
		i1: Math.ceil((x1 * z) / tile) - 1,
		j0: Math.floor((y0 * z) / tile),
		j1: Math.ceil((y1 * z) / tile) - 1,
	};
}

export function inRange(r: TileRange | null, i: number, j: number): boolean {
	return r !== null && i >= r.i0 && i <= r.i1 && j >= r.j0 && j <= r.j1;
}

/** The tiles of a range, nearest to the tile (ci, cj) first. Pure. */
export function tilesByDistance(r: TileRange, ci: number, cj: number): [number, number][] {
	const out: [number, number][] = [];
	for (let j = r.j0; j <= r.j1; j++) for (let i = r.i0; i <= r.i1; i++) out.push([i, j]);
	return out.sort((a, b) => (a[0] - ci) ** 2 + (a[1] - cj) ** 2 - ((b[0] - ci) ** 2 + (b[1] - cj) ** 2));
}

interface Slot {
	key: string;
	/** A plain texture over the tile's canvas (see newSlot). */
	tex: Phaser.Textures.Texture;
	c: CanvasRenderingContext2D;
	image: Phaser.GameObjects.Image;
}

interface Tile extends Slot {
	i: number;
	j: number;
	/** The zoom it was painted at. */
	zoom: number;
	/** The content version it shows. */
	version: number;
}

const id = (i: number, j: number) => `${i},${j}`;
const TABLE = toHex(PALETTE.table);

export class StaticCache {
	/** The zoom the current tiles are painted at (0 until the first frame). */
	private zoom = 0;
	private tiles = new Map<string, Tile>();
	/** The previous zoom's tiles, shown scaled under the current ones until those cover the view. */
	private fallback = new Map<string, Tile>();
	private spare: Slot[] = [];
	private version = 1;
	private zoomChangedAt = 0;
	private lastZoom = 0;
	private readonly prefix: string;
	private slots = 0;
	private static count = 0;
	/** Milliseconds the last frame's painting took in script (the raster may come later). */
	lastPaintMs = 0;
	/** Tiles painted so far (for the bench and tests). */
	painted = 0;
	/** Whether the tiles cover the whole viewport (nothing else needs to fill it). */
	covering = false;

	constructor(
		private scene: Phaser.Scene,
		/** The layer the images go in (drawn by the screen-space base camera). */
		private base: Phaser.GameObjects.Layer,
		private layers: () => MapLayer[],
		/** World units the chart covers (the world and its frame band). */
		private bounds: () => Rect,
	) {
		this.prefix = `map-chart-${StaticCache.count++}`;
	}

	/** The content changed: every tile is repainted (the visible ones next frame). */
	invalidate(): void {
		this.version++;
	}

	/** Called every frame after the view is applied. */
	update(ctx: ViewContext, now: number): void {
		const v = ctx.view;
		const vp = ctx.viewport;
		if (v.zoom !== this.lastZoom) {
			this.lastZoom = v.zoom;
			this.zoomChangedAt = now;
		}
		if (this.zoom === 0) this.zoom = v.zoom;
		else if (v.zoom !== this.zoom && now - this.zoomChangedAt >= SETTLE_MS) this.rezoom(v.zoom, ctx);
		const bounds = this.bounds();
		const z = this.zoom;
		const visible = tileRange(v, vp, z, TILE, 0, bounds);
		const ring = tileRange(v, vp, z, TILE, TILE, bounds);
		const started = performance.now();
		let paintedNow = 0;
		if (visible) {
			// the tile under the middle of the view, for the painting order
			const [wx, wy] = screenToWorld(v, vp, vp.width / 2, vp.height / 2);
			const ci = Math.floor((wx * z) / TILE);
			const cj = Math.floor((wy * z) / TILE);
			for (const [i, j] of tilesByDistance(visible, ci, cj)) {
				const t = this.tiles.get(id(i, j));
				// stale content is repainted at once (the whole view changes together); a tile
				// never painted at this zoom waits its turn while the old zoom's tiles stand in
				const waitable = !t && this.fallback.size > 0;
				if (t && t.version === this.version) continue;
				if (waitable && paintedNow > 0) continue;
				this.paintTile(t ?? this.newTile(i, j), ctx);
				paintedNow++;
			}
			if (paintedNow === 0 && ring) {
				for (const [i, j] of tilesByDistance(ring, ci, cj)) {
					const t = this.tiles.get(id(i, j));
					if (t && t.version === this.version) continue;
					const tile = t ?? this.newTile(i, j);
					this.paintTile(tile, ctx);
					// the browser rasters a canvas when it is first used: now, not in the frame
					// that first shows this tile
					tile.c.getImageData(0, 0, 1, 1);
					paintedNow++;
					break;
				}
			}
			if (this.fallback.size > 0 && this.covered(visible)) this.releaseAll(this.fallback);
		}
		const [wx0, wy0] = screenToWorld(v, vp, 0, 0);
		const [wx1, wy1] = screenToWorld(v, vp, vp.width, vp.height);
		this.covering =
			visible !== null &&
			this.fallback.size === 0 &&
			wx0 >= bounds.x &&
			wy0 >= bounds.y &&
			wx1 <= bounds.x + bounds.width &&
			wy1 <= bounds.y + bounds.height &&
			this.covered(visible);
		if (paintedNow > 0) this.lastPaintMs = performance.now() - started;
		// recycle tiles well outside the ring
		const keep = tileRange(v, vp, z, TILE, TILE * (1 + KEEP), bounds);
		for (const [k, t] of this.tiles) {
			if (!inRange(keep, t.i, t.j)) {
				this.tiles.delete(k);
				this.release(t);
			}
		}
		this.place(ctx);
	}

	private covered(r: TileRange): boolean {
		for (let j = r.j0; j <= r.j1; j++) for (let i = r.i0; i <= r.i1; i++) if (!this.tiles.has(id(i, j))) return false;
		return true;
	}

	/** The zoom settled at z: the current tiles become the fallback, and z's tiles are painted. */
	private rezoom(z: number, ctx: ViewContext): void {
		this.releaseAll(this.fallback);
		const visible = tileRange(ctx.view, ctx.viewport, this.zoom, TILE, 0, this.bounds());
		for (const [k, t] of this.tiles) {
			this.tiles.delete(k);
			if (inRange(visible, t.i, t.j)) {
				t.image.setDepth(0);
				this.fallback.set(k, t);
			} else this.release(t);
		}
		this.zoom = z;
	}

	private newTile(i: number, j: number): Tile {
		const slot = this.spare.pop() ?? this.newSlot();
		const t: Tile = { ...slot, i, j, zoom: this.zoom, version: 0 };
		t.image.setDepth(1);
		this.tiles.set(id(i, j), t);
		return t;
	}

	private newSlot(): Slot {
		const key = `${this.prefix}-${this.slots++}`;
		const canvas = document.createElement("canvas");
		canvas.width = TILE;
		canvas.height = TILE;
		// opaque, and kept in memory: a tile is painted once and then only copied
		const c = canvas.getContext("2d", { alpha: false, willReadFrequently: true });
		// A plain texture, not a CanvasTexture: that one copies the whole canvas out
		// (getImageData, 1 MB a tile) when it is made and never uses the copy here.
		const tex = c ? this.scene.textures.create(key, canvas, TILE, TILE) : null;
		if (!c || !tex) throw new Error("could not create a chart tile");
		tex.add("__BASE", 0, 0, 0, TILE, TILE);
		const image = this.scene.add.image(0, 0, key).setOrigin(0, 0);
		this.base.add(image);
		return { key, tex, c, image };
	}

	private release(t: Tile): void {
		t.image.setVisible(false);
		if (this.spare.length < SPARE) this.spare.push({ key: t.key, tex: t.tex, c: t.c, image: t.image });
		else this.destroySlot(t);
	}

	private releaseAll(m: Map<string, Tile>): void {
		for (const t of m.values()) this.release(t);
		m.clear();
	}

	private destroySlot(s: Slot): void {
		s.image.destroy();
		if (this.scene.textures.exists(s.key)) this.scene.textures.remove(s.key);
	}

	/** Paints one tile: world units scaled by its zoom, shifted to its corner. */
	private paintTile(t: Tile, ctx: ViewContext): void {
		const z = this.zoom;
		const c = t.c;
		c.setTransform(1, 0, 0, 1, 0, 0);
		c.fillStyle = TABLE;
		c.fillRect(0, 0, TILE, TILE);
		const area: Rect = { x: (t.i * TILE) / z, y: (t.j * TILE) / z, width: TILE / z, height: TILE / z };
		const view: View = { cx: area.x + area.width / 2, cy: area.y + area.height / 2, zoom: z };
		const paintCtx: ViewContext = { ...ctx, view, px: ctx.dpr / z };
		c.setTransform(z, 0, 0, z, -t.i * TILE, -t.j * TILE);
		c.lineJoin = "round";
		c.lineCap = "round";
		const layers = this.layers();
		for (const phase of PHASES) {
			for (const l of layers) {
				if (!l.paint) continue;
				c.save();
				l.paint(c, paintCtx, phase, area);
				c.restore();
			}
		}
		// the GPU copy, when the renderer has one
		t.tex.source[0].update();
		t.zoom = z;
		t.version = this.version;
		this.painted++;
	}

	/** Puts every tile where the view shows it; whole device pixels at the painted zoom. */
	private place(ctx: ViewContext): void {
		const v = ctx.view;
		const vp = ctx.viewport;
		for (const set of [this.fallback, this.tiles]) {
			for (const t of set.values()) {
				const k = v.zoom / t.zoom;
				let ox = (0 - v.cx) * v.zoom + vp.width / 2;
				let oy = (0 - v.cy) * v.zoom + vp.height / 2;
				if (k === 1) {
					ox = Math.round(ox);
					oy = Math.round(oy);
				}
				const x = ox + t.i * TILE * k;
				const y = oy + t.j * TILE * k;
				const size = TILE * k;
				const shown = x < vp.width && y < vp.height && x + size > 0 && y + size > 0;
				t.image.setVisible(shown);
				if (!shown) continue;
				t.image.setPosition(x, y);
				// scaled tiles overlap by a pixel, so no seam shows between them
				t.image.setScale(k === 1 ? 1 : k + 1 / TILE);
			}
		}
	}

	destroy(): void {
		for (const set of [this.tiles, this.fallback]) {
			for (const t of set.values()) this.destroySlot(t);
			set.clear();
		}
		for (const s of this.spare) this.destroySlot(s);
		this.spare = [];
	}
}
