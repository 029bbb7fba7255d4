// Shapes drawn with Graphics where they move every frame (route arrowheads, sliding deployments);
// static icons are canvas sprites (sprites.ts). Sizes in the Graphics' own units.
import type * as Phaser from "phaser";

type Pt = { x: number; y: number };

function trace(g: Phaser.GameObjects.Graphics, pts: readonly Pt[]): void {
	g.beginPath();
	g.moveTo(pts[0].x, pts[0].y);
	for (let i = 1; i < pts.length; i++) g.lineTo(pts[i].x, pts[i].y);
	g.closePath();
}

function fillPts(g: Phaser.GameObjects.Graphics, pts: readonly Pt[]): void {
	trace(g, pts);
	g.fillPath();
}

function strokePts(g: Phaser.GameObjects.Graphics, pts: readonly Pt[]): void {
	trace(g, pts);
	g.strokePath();
}

/** A chevron (a deployment), pointing up. */
export function chevron(g: Phaser.GameObjects.Graphics, s: number, fill: number, line: number, lw: number): void {
	const pts = [
		{ x: 0, y: -s },
		{ x: s, y: 0.1 * s },
		{ x: s, y: 0.9 * s },
		{ x: 0, y: -0.1 * s },
		{ x: -s, y: 0.9 * s },
		{ x: -s, y: 0.1 * s },
	];
	g.fillStyle(fill, 1);
	fillPts(g, pts);
	g.lineStyle(lw, line, 1);
	strokePts(g, pts);
}

/** A small arrowhead at (x, y) pointing along angle (radians). */
export function arrowhead(
	g: Phaser.GameObjects.Graphics,
	x: number,
	y: number,
	angle: number,
	size: number,
	colour: number,
	alpha: number,
): void {
	g.fillStyle(colour, alpha);
	fillPts(g, arrowPoints(x, y, angle, size));
}

/** The outline of the arrowhead at (x, y) pointing along angle: a notched dart of four points. */
export function arrowPoints(x: number, y: number, angle: number, size: number): { x: number; y: number }[] {
	const c = Math.cos(angle);
	const s = Math.sin(angle);
	const p = (fx: number, fy: number) => ({ x: x + fx * c - fy * s, y: y + fx * s + fy * c });
	return [p(size * 0.6, 0), p(-size * 0.6, size * 0.55), p(-size * 0.3, 0), p(-size * 0.6, -size * 0.55)];
}
