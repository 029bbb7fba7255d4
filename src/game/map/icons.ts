// Small vector icons drawn with Graphics around (0, 0), sizes in device pixels.
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

/** A shield (a base): flat top, pointed bottom. */
export function shield(g: Phaser.GameObjects.Graphics, s: number, fill: number, line: number, lw: number): void {
	const pts = [
		{ x: -s, y: -s },
		{ x: s, y: -s },
		{ x: s, y: 0.15 * s },
		{ x: 0, y: 1.15 * s },
		{ x: -s, y: 0.15 * s },
	];
	g.fillStyle(fill, 1);
	fillPts(g, pts);
	g.lineStyle(lw, line, 1);
	strokePts(g, pts);
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

/** Producer symbols by kind: mine (triangle), refinery (square), magnet plant (hexagon), seabed (diamond). */
export function producerSymbol(
	g: Phaser.GameObjects.Graphics,
	kind: string,
	s: number,
	fill: number,
	line: number,
	lw: number,
	hollow: boolean,
): void {
	let pts: Pt[];
	switch (kind) {
		case "mine":
			pts = [
				{ x: 0, y: -1.1 * s },
				{ x: 1.05 * s, y: 0.75 * s },
				{ x: -1.05 * s, y: 0.75 * s },
			];
			break;
		case "refinery":
			pts = [
				{ x: -0.85 * s, y: -0.85 * s },
				{ x: 0.85 * s, y: -0.85 * s },
				{ x: 0.85 * s, y: 0.85 * s },
				{ x: -0.85 * s, y: 0.85 * s },
			];
			break;
		case "magnet":
			pts = Array.from({ length: 6 }, (_, i) => ({
				x: Math.cos((i * Math.PI) / 3) * s,
				y: Math.sin((i * Math.PI) / 3) * s,
			}));
			break;
		default:
			pts = [
				{ x: 0, y: -1.15 * s },
				{ x: 1.15 * s, y: 0 },
				{ x: 0, y: 1.15 * s },
				{ x: -1.15 * s, y: 0 },
			];
	}
	if (!hollow) {
		g.fillStyle(fill, 1);
		fillPts(g, pts);
	} else {
		g.fillStyle(0x0b1626, 1);
		fillPts(g, pts);
	}
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
	const c = Math.cos(angle);
	const s = Math.sin(angle);
	const p = (fx: number, fy: number) => ({ x: x + fx * c - fy * s, y: y + fx * s + fy * c });
	g.fillStyle(colour, alpha);
	fillPts(g, [p(size * 0.6, 0), p(-size * 0.6, size * 0.55), p(-size * 0.3, 0), p(-size * 0.6, -size * 0.55)]);
}
