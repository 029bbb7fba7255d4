// What every map layer sees of the view, and what it may implement.
import type * as Phaser from "phaser";
import type { FloatingLabel } from "./labels";
import type { Rect, Size, View } from "./viewMath";

export interface ViewContext {
	scene: Phaser.Scene;
	/** Objects in world units, drawn by the zooming camera every frame. */
	world: Phaser.GameObjects.Layer;
	/** Static objects in world units, drawn into the cached chart texture (see cache.ts). */
	statics: Phaser.GameObjects.Layer;
	/** Marks the cached chart texture as stale (its content changed). */
	invalidate(): void;
	/** Objects in screen (device) pixels, drawn by the fixed overlay camera. */
	overlay: Phaser.GameObjects.Layer;
	dpr: number;
	view: View;
	viewport: Size;
	toScreen(wx: number, wy: number): [number, number];
	/** World units per CSS pixel at the current zoom (line widths that stay crisp). */
	px: number;
}

export interface MapLayer {
	/** The camera moved (pan) or zoomed (`zoomed`), or the viewport was resized. */
	onView?(ctx: ViewContext, zoomed: boolean): void;
	/** Rebuild static content for the zoom in ctx, just before the cached chart is redrawn. */
	redrawStatic?(ctx: ViewContext): void;
	/** Every frame. */
	update?(time: number, delta: number, ctx: ViewContext): void;
	/** Labels that take part in the placement (they move aside or hide to avoid overlaps). */
	labels?(ctx: ViewContext): FloatingLabel[];
	/** Screen boxes labels must not cover (markers, icons). */
	obstacles?(ctx: ViewContext): Rect[];
	destroy(): void;
}
