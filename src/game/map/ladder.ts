// The coercion ladder in the canvas's lower-left corner: eleven rungs, the current one lit and
// named. The HUD shows it too; this keeps it on the map in every screen that shows a game.
import type * as Phaser from "phaser";
import { PALETTE, mix } from "./colour";
import type { MapLayer, ViewContext } from "./layer";
import type { MapModel } from "./model";
import { mapText } from "./text";
import type { Rect } from "./viewMath";

export class Ladder implements MapLayer {
	private box: Phaser.GameObjects.Container;
	private g: Phaser.GameObjects.Graphics;
	private title: Phaser.GameObjects.Text;
	private name: Phaser.GameObjects.Text;
	private rung = 0;
	private w = 0;
	private h = 0;
	private top = 10;
	private flash = 0;

	constructor(private ctx: ViewContext) {
		const { scene, dpr, overlay } = ctx;
		this.box = scene.add.container(0, 0);
		overlay.add(this.box);
		this.g = scene.add.graphics();
		this.title = mapText(scene, dpr, "", { size: 10.5, colour: 0x9fb0c1, weight: 700, halo: 0, originX: 0, originY: 0 });
		this.name = mapText(scene, dpr, "", { size: 12.5, colour: 0xf1f5f9, weight: 600, halo: 0, originX: 0, originY: 0 });
		this.box.add([this.g, this.title, this.name]);
		this.box.setVisible(false);
		// above the pins, which are rebuilt (re-added) with every state
		this.box.setDepth(1000);
	}

	private model: MapModel | null = null;
	private compact = false;

	private isCompact(): boolean {
		return this.ctx.insets.top > 0 || this.ctx.viewport.width / this.ctx.dpr < 900;
	}

	setModel(model: MapModel, rung = model.state.ladder.rung): void {
		this.model = model;
		const rungs = model.scenario.ladder.rungs;
		this.top = Math.max(10, ...rungs.map((r) => r.rung));
		if (rung !== this.rung) this.flash = 1;
		this.rung = rung;
		const named = rungs.find((r) => r.rung === rung);
		// compact under the DOM's HUD (it names the rung) and on small screens
		const compact = this.isCompact();
		this.compact = compact;
		this.title.setText(compact ? `LADDER ${rung}/${this.top}` : `COERCION LADDER  ${rung}/${this.top}`);
		this.name.setText(compact ? "" : (named?.name ?? ""));
		this.box.setVisible(true);
		this.draw();
		this.onView(this.ctx);
	}

	private draw(): void {
		const d = this.ctx.dpr;
		const g = this.g;
		const n = this.top + 1;
		const segW = 13 * d;
		const segH = 5 * d;
		const gap = 2 * d;
		const pad = 10 * d;
		const textW = Math.max(this.title.displayWidth, this.name.displayWidth);
		const w = pad * 2 + segW + 10 * d + textW;
		const h = Math.max(n * (segH + gap) - gap, 34 * d) + pad * 2;
		this.w = w;
		this.h = h;
		g.clear();
		g.fillStyle(0x060d17, 0.82);
		g.fillRoundedRect(0, -h, w, h, 6 * d);
		g.lineStyle(1 * d, 0x2c3e52, 1);
		g.strokeRoundedRect(0, -h, w, h, 6 * d);
		for (let i = 0; i < n; i++) {
			const y = -pad - (i + 1) * segH - i * gap;
			const c = PALETTE.rung[Math.min(PALETTE.rung.length - 1, Math.round((i / (n - 1)) * (PALETTE.rung.length - 1)))];
			const lit = i <= this.rung;
			g.fillStyle(lit ? c : mix(c, 0x060d17, 0.75), 1);
			g.fillRect(pad, y, segW, segH);
			if (i === this.rung) {
				g.lineStyle(1.5 * d, 0xffffff, 0.9 + 0.1 * this.flash);
				g.strokeRect(pad - 1 * d, y - 1 * d, segW + 2 * d, segH + 2 * d);
				g.fillStyle(0xffffff, 1);
				g.fillTriangle(pad + segW + 3 * d, y + segH / 2, pad + segW + 8 * d, y - 1 * d, pad + segW + 8 * d, y + segH + 1 * d);
			}
		}
		this.title.setPosition(Math.round(pad + segW + 12 * d), Math.round(-h + pad - 1 * d));
		this.name.setPosition(Math.round(pad + segW + 12 * d), Math.round(-h + pad + 15 * d));
	}

	/** The panel, so map labels keep clear of it. */
	obstacles(): Rect[] {
		if (!this.box.visible) return [];
		return [{ x: this.box.x, y: this.box.y - this.h, width: this.w, height: this.h }];
	}

	onView(ctx: ViewContext): void {
		const { left, bottom } = ctx.insets;
		if (this.model && this.compact !== this.isCompact()) this.setModel(this.model, this.rung);
		this.box.setPosition(Math.round(left + 16 * ctx.dpr), Math.round(ctx.viewport.height - bottom - 16 * ctx.dpr));
	}

	update(_t: number, delta: number): void {
		if (this.flash > 0) {
			this.flash = Math.max(0, this.flash - delta / 600);
			this.box.setScale(1 + 0.06 * this.flash);
		}
	}

	destroy(): void {
		this.box.destroy();
	}
}
