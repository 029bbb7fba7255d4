// Screen-space objects anchored to world points: they keep their size while the map zooms, and sit
// on whole device pixels so text stays sharp. Those well off screen are hidden, so a zoomed-in map
// does not draw what it does not show.
import type * as Phaser from "phaser";
import type { ViewContext } from "./layer";

export type PinObject = Phaser.GameObjects.Text | Phaser.GameObjects.Container | Phaser.GameObjects.Graphics;

export interface Pin {
	obj: PinObject;
	wx: number;
	wy: number;
	/** Offset in CSS px. */
	dx: number;
	dy: number;
}

/** How far off screen a pin's anchor may be and still be drawn (it reaches that far), CSS px. */
export const PIN_REACH = 160;

export function placePin(p: Pin, ctx: ViewContext): [number, number] {
	const [sx, sy] = ctx.toScreen(p.wx, p.wy);
	const x = Math.round(sx + p.dx * ctx.dpr);
	const y = Math.round(sy + p.dy * ctx.dpr);
	p.obj.setPosition(x, y);
	p.obj.setVisible(onScreen(ctx, x, y, PIN_REACH * ctx.dpr));
	return [x, y];
}

/** Whether a screen point is within the viewport, with a margin in device px. */
export function onScreen(ctx: ViewContext, x: number, y: number, margin: number): boolean {
	return x > -margin && y > -margin && x < ctx.viewport.width + margin && y < ctx.viewport.height + margin;
}
