// Labels that never change their text (region, producer and chart names), drawn once each into
// shared atlas pages and shown as images of them. A Phaser Text makes a canvas, a 2D context and a
// texture of its own, and measures and draws itself through Phaser's text pipeline: 2-6 ms a label
// while the map first draws, for about 40 labels; here a label is one measure and two draws into a
// page. The same text in the same look is drawn once (the pins are remade every turn), and the
// pages live as long as the game's textures, so only texts from a bounded set belong here (names
// from the scenario); text that changes (the ladder, amounts) stays a Phaser Text (text.ts).
import * as Phaser from "phaser";
import { PALETTE, toHex } from "./colour";
import { FONT, type TextOptions } from "./text";

/** A page's side, device px (two pages hold the flagship's labels at twice the pixel ratio). */
const PAGE = 1024;
/** Space between labels on a page, device px (no bleed when scaled). */
const GAP = 2;
/** The string Phaser measures a font's ascent and descent with (its TextStyle.testString). */
const TEST = "|MÉqgy";

interface Page {
	key: string;
	c: CanvasRenderingContext2D;
	tex: Phaser.Textures.Texture;
	x: number;
	y: number;
	row: number;
}

interface Look {
	font: string;
	fill: string;
	stroke: string;
	/** Halo width, device px. */
	halo: number;
}

/** The look of a label, as mapText would draw it. */
function lookOf(dpr: number, o: TextOptions): Look {
	return {
		font: `${o.italic ? "italic " : ""}${o.weight ?? 600} ${Math.round(o.size * dpr)}px ${FONT}`,
		fill: toHex(o.colour),
		stroke: toHex(o.haloColour ?? PALETTE.labelStroke),
		halo: Math.round((o.halo ?? 3) * dpr),
	};
}

class Atlas {
	private pages: Page[] = [];
	private frames = new Map<string, { key: string; frame: string }>();
	private metrics = new Map<string, { ascent: number; descent: number }>();
	private upload = false;

	constructor(private game: Phaser.Game) {}

	/** The page and frame of `text` in this look, drawn now if it is new. */
	frame(text: string, look: Look): { key: string; frame: string } {
		const id = `${look.font}|${look.fill}|${look.stroke}|${look.halo}|${text}`;
		const known = this.frames.get(id);
		if (known) return known;
		const probe = this.page(0, 0).c;
		probe.font = look.font;
		const m = this.fontMetrics(probe, look.font);
		const w = Math.max(1, Math.ceil(probe.measureText(text).width + look.halo));
		const h = Math.max(1, Math.ceil(m.ascent + m.descent + look.halo));
		const page = this.page(w, h);
		const x = page.x;
		const y = page.y;
		const c = page.c;
		c.save();
		c.font = look.font;
		c.textBaseline = "alphabetic";
		c.lineJoin = "round";
		c.lineCap = "round";
		const bx = x + look.halo / 2;
		const by = y + look.halo / 2 + m.ascent;
		if (look.halo > 0) {
			c.lineWidth = look.halo;
			c.strokeStyle = look.stroke;
			c.strokeText(text, bx, by);
		}
		c.fillStyle = look.fill;
		c.fillText(text, bx, by);
		c.restore();
		page.x += w + GAP;
		page.row = Math.max(page.row, h);
		const frame = String(this.frames.size);
		page.tex.add(frame, 0, x, y, w, h);
		this.scheduleUpload();
		const out = { key: page.key, frame };
		this.frames.set(id, out);
		return out;
	}

	private fontMetrics(c: CanvasRenderingContext2D, font: string): { ascent: number; descent: number } {
		let m = this.metrics.get(font);
		if (!m) {
			const t = c.measureText(TEST);
			m = { ascent: t.actualBoundingBoxAscent, descent: t.actualBoundingBoxDescent };
			this.metrics.set(font, m);
		}
		return m;
	}

	/** A page with room for w x h at its cursor (the cursor moved to a new row or page if needed). */
	private page(w: number, h: number): Page {
		let p = this.pages[this.pages.length - 1];
		if (p && p.x + w > PAGE) {
			p.x = 0;
			p.y += p.row + GAP;
			p.row = 0;
		}
		if (!p || p.y + h > PAGE) p = this.newPage();
		return p;
	}

	private newPage(): Page {
		const key = `map-labels-${this.pages.length}`;
		const canvas = document.createElement("canvas");
		canvas.width = PAGE;
		canvas.height = PAGE;
		const c = canvas.getContext("2d");
		const tex = c ? this.game.textures.create(key, canvas, PAGE, PAGE) : null;
		if (!c || !tex) throw new Error("could not create a label page");
		const page: Page = { key, c, tex, x: 0, y: 0, row: 0 };
		this.pages.push(page);
		return page;
	}

	/** WebGL keeps a copy of each page: sent again once before the next frame, not per label. */
	private scheduleUpload(): void {
		if (this.upload) return;
		this.upload = true;
		this.game.events.once(Phaser.Core.Events.PRE_RENDER, () => {
			this.upload = false;
			for (const p of this.pages) p.tex.source[0].update();
		});
	}
}

const atlases = new WeakMap<Phaser.Game, Atlas>();

function atlasOf(scene: Phaser.Scene): Atlas {
	let a = atlases.get(scene.game);
	if (!a) {
		a = new Atlas(scene.game);
		atlases.set(scene.game, a);
	}
	return a;
}

/** A label that keeps its text: an image of it in the shared atlas (not added to the scene). */
export function mapLabel(scene: Phaser.Scene, dpr: number, text: string, o: TextOptions): Phaser.GameObjects.Image {
	const { key, frame } = atlasOf(scene).frame(text, lookOf(dpr, o));
	const img = new Phaser.GameObjects.Image(scene, 0, 0, key, frame);
	img.setOrigin(o.originX ?? 0.5, o.originY ?? 0.5);
	img.setAlpha(o.alpha ?? 1);
	return img;
}

/** Shows the label in another look (a selected region's colour), drawn once per look. */
export function restyleLabel(img: Phaser.GameObjects.Image, dpr: number, text: string, o: TextOptions): void {
	const { key, frame } = atlasOf(img.scene).frame(text, lookOf(dpr, o));
	if (img.texture.key !== key || img.frame.name !== frame) img.setTexture(key, frame);
}
