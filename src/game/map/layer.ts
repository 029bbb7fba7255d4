// What every map layer sees of the view, and what it may implement.
import type * as Phaser from "phaser";
import type { FloatingLabel } from "./labels";
import type { Insets, Rect, Size, View } from "./viewMath";

export interface ViewContext {
	scene: Phaser.Scene;
	/** Objects in world units, drawn by the zooming camera every frame. */
	world: Phaser.GameObjects.Layer;
	/** Marks the painted chart as stale (its content changed); it is repainted next frame. */
	invalidate(): void;
	/** Objects in screen (device) pixels, drawn by the fixed overlay camera. */
	overlay: Phaser.GameObjects.Layer;
	dpr: number;
	view: View;
	viewport: Size;
	/** Device px of the viewport under DOM panels (keep overlays out of them). */
	insets: Insets;
	toScreen(wx: number, wy: number): [number, number];
	/** World units per CSS pixel at the current zoom (line widths that stay crisp). */
	px: number;
}

export type PaintPhase = "sea" | "water" | "land" | "frame";

export interface MapLayer {
	/** The camera moved (pan) or zoomed (`zoomed`), or the viewport was resized. */
	onView?(ctx: ViewContext, zoomed: boolean): void;
	/**
	 * Paints static content into the chart (cache.ts) with the Canvas 2D API; the context is
	 * transformed to world units. Called once per phase, in order: "sea" (the water), "water"
	 * (shading on it), "land" (the land, then what lies over it: outlines, routes), "frame" (the neat
	 * line over everything). The chart is painted in tiles: `area` is the tile's part of the world (world
	 * units), for skipping what lies outside it.
	 */
	paint?(c: CanvasRenderingContext2D, ctx: ViewContext, phase: PaintPhase, area: Rect): void;
	/** Every frame: keep it cheap (nothing should be redrawn while the camera only pans). */
	update?(time: number, delta: number, ctx: ViewContext): void;
	/** Labels that take part in the placement (they move aside or hide to avoid overlaps). */
	labels?(ctx: ViewContext): FloatingLabel[];
	/** Screen boxes labels must not cover (markers, icons). */
	obstacles?(ctx: ViewContext): Rect[];
	destroy(): void;
}
