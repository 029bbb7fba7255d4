// Map icons drawn once with the Canvas 2D API into small textures (antialiased, and cheap: a pin
// is then one textured quad per frame instead of a tessellated Graphics path). Keys encode every
// parameter, so an icon is drawn once per look and reused. Sizes in device pixels.
import type * as Phaser from "phaser";
import { toHex } from "./colour";

type Draw = (c: CanvasRenderingContext2D) => void;

/** Creates the canvas texture `key` (w x h device px) drawn by `draw`, once. Returns the key. */
export function ensureSprite(scene: Phaser.Scene, key: string, w: number, h: number, draw: Draw): string {
	if (scene.textures.exists(key)) return key;
	const tex = scene.textures.createCanvas(key, Math.ceil(w), Math.ceil(h));
	if (!tex) return key;
	const c = tex.getContext();
	c.clearRect(0, 0, w, h);
	c.lineJoin = "round";
	draw(c);
	tex.refresh();
	return key;
}

const css = (c: number) => toHex(c);

function path(c: CanvasRenderingContext2D, pts: readonly [number, number][]): void {
	c.beginPath();
	c.moveTo(pts[0][0], pts[0][1]);
	for (let i = 1; i < pts.length; i++) c.lineTo(pts[i][0], pts[i][1]);
	c.closePath();
}

/** Shield (a base) centred at (x, y), half-size s. */
function shieldPath(c: CanvasRenderingContext2D, x: number, y: number, s: number): void {
	path(c, [
		[x - s, y - s],
		[x + s, y - s],
		[x + s, y + 0.15 * s],
		[x, y + 1.15 * s],
		[x - s, y + 0.15 * s],
	]);
}

/** Chevron (a deployment) pointing up, centred at (x, y), half-size s. */
function chevronPath(c: CanvasRenderingContext2D, x: number, y: number, s: number): void {
	path(c, [
		[x, y - s],
		[x + s, y + 0.1 * s],
		[x + s, y + 0.9 * s],
		[x, y - 0.1 * s],
		[x - s, y + 0.9 * s],
		[x - s, y + 0.1 * s],
	]);
}

/** A land region's marker: the owner's colour in a light ring with a dark halo. */
export function markerSprite(scene: Phaser.Scene, colour: number, radius: number, dpr: number): string {
	const r = radius * dpr;
	const size = Math.ceil(2 * (r + 4 * dpr));
	return ensureSprite(scene, `mk-${colour}-${radius}-${dpr}`, size, size, (c) => {
		const m = size / 2;
		c.fillStyle = "rgba(5,11,19,0.85)";
		c.beginPath();
		c.arc(m, m, r + 3.2 * dpr, 0, Math.PI * 2);
		c.fill();
		c.fillStyle = css(colour);
		c.beginPath();
		c.arc(m, m, r, 0, Math.PI * 2);
		c.fill();
		c.strokeStyle = "rgba(232,238,244,0.92)";
		c.lineWidth = 1.3 * dpr;
		c.beginPath();
		c.arc(m, m, r + 1.3 * dpr, 0, Math.PI * 2);
		c.stroke();
	});
}

export const CHIP = { width: 30, height: 16 };

/** A force chip's frame and symbol (the count is a text on top), in the faction's colour. */
export function chipSprite(scene: Phaser.Scene, colour: number, kind: "base" | "deployment", dpr: number): string {
	const w = CHIP.width * dpr;
	const h = CHIP.height * dpr;
	return ensureSprite(scene, `chip-${colour}-${kind}-${dpr}`, w, h, (c) => {
		const lw = 1 * dpr;
		const rr = 4 * dpr;
		c.fillStyle = "rgba(8,18,30,0.92)";
		c.strokeStyle = css(colour);
		c.lineWidth = lw;
		c.beginPath();
		c.roundRect(lw / 2, lw / 2, w - lw, h - lw, rr);
		c.fill();
		c.stroke();
		c.fillStyle = css(colour);
		c.strokeStyle = "#0b1626";
		c.lineWidth = 1 * dpr;
		if (kind === "base") shieldPath(c, 8.5 * dpr, h / 2 - 0.3 * dpr, 4.4 * dpr);
		else chevronPath(c, 8.5 * dpr, h / 2 - 0.6 * dpr, 4.8 * dpr);
		c.fill();
		c.stroke();
	});
}

/** Producer symbols by kind: mine (triangle), refinery (square), magnet plant (hexagon), seabed (diamond). */
export function producerSprite(
	scene: Phaser.Scene,
	kind: string,
	colour: number,
	hollow: boolean,
	dpr: number,
): string {
	const s = 5.4 * dpr;
	const size = Math.ceil(2 * s + 6 * dpr);
	return ensureSprite(scene, `pr-${kind}-${colour}-${hollow}-${dpr}`, size, size, (c) => {
		const m = size / 2;
		let pts: [number, number][];
		switch (kind) {
			case "mine":
				pts = [
					[m, m - 1.1 * s],
					[m + 1.05 * s, m + 0.75 * s],
					[m - 1.05 * s, m + 0.75 * s],
				];
				break;
			case "refinery":
				pts = [
					[m - 0.85 * s, m - 0.85 * s],
					[m + 0.85 * s, m - 0.85 * s],
					[m + 0.85 * s, m + 0.85 * s],
					[m - 0.85 * s, m + 0.85 * s],
				];
				break;
			case "magnet":
				pts = Array.from({ length: 6 }, (_, i): [number, number] => [
					m + Math.cos((i * Math.PI) / 3) * s,
					m + Math.sin((i * Math.PI) / 3) * s,
				]);
				break;
			default:
				pts = [
					[m, m - 1.15 * s],
					[m + 1.15 * s, m],
					[m, m + 1.15 * s],
					[m - 1.15 * s, m],
				];
		}
		path(c, pts);
		c.lineWidth = 3.2 * dpr;
		c.strokeStyle = "rgba(5,11,19,0.85)";
		c.stroke();
		c.fillStyle = hollow ? "#0b1626" : css(colour);
		c.fill();
		c.lineWidth = 1.2 * dpr;
		c.strokeStyle = hollow ? css(colour) : "#e8eef4";
		c.stroke();
	});
}
