// Text for the map: sizes in CSS pixels, scaled by the device pixel ratio (the canvas is drawn in
// device pixels), dark halo for legibility on the chart.
import * as Phaser from "phaser";
import { PALETTE, toHex } from "./colour";

export const FONT = '"Inter", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif';

export interface TextOptions {
	size: number;
	colour: number;
	weight?: 400 | 500 | 600 | 700 | 800;
	italic?: boolean;
	/** Halo width in CSS px (0 = none). */
	halo?: number;
	haloColour?: number;
	alpha?: number;
	originX?: number;
	originY?: number;
}

/** Font metrics by font, measured once: Phaser measures them for every new text otherwise. */
const metricsCache = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

export function mapText(scene: Phaser.Scene, dpr: number, text: string, o: TextOptions): Phaser.GameObjects.Text {
	const halo = o.halo ?? 3;
	const fontSize = `${Math.round(o.size * dpr)}px`;
	const fontStyle = `${o.italic ? "italic " : ""}${o.weight ?? 600}`;
	const font = `${fontStyle} ${fontSize}`;
	const metrics = metricsCache.get(font);
	const t = new Phaser.GameObjects.Text(scene, 0, 0, text, {
		fontFamily: FONT,
		fontSize,
		fontStyle,
		color: toHex(o.colour),
		stroke: toHex(o.haloColour ?? PALETTE.labelStroke),
		strokeThickness: Math.round(halo * dpr),
		resolution: 1,
		...(metrics ? { metrics } : {}),
	});
	if (!metrics) metricsCache.set(font, t.getTextMetrics());
	t.setOrigin(o.originX ?? 0.5, o.originY ?? 0.5);
	t.setAlpha(o.alpha ?? 1);
	return t;
}

/** Spaced capitals for chart labels ("C H I N A" with thin spaces). */
export function spaced(text: string): string {
	return [...text].join("\u2009");
}
