// Sea regions as soft translucent areas, shaded by local heat and global tension (cividis, readable
// with colour-vision deficiency), with a dashed chart outline; the selected one is outlined solid.
import type * as Phaser from "phaser";
import type { RegionId } from "../../engine";
import { PALETTE, heatStyle, mix, rgb } from "./colour";
import type { MapLayer, PaintPhase, ViewContext } from "./layer";
import { type MapModel, seaRadius } from "./model";

interface Area {
	id: RegionId;
	x: number;
	y: number;
	r: number;
	heat: number;
}

export class SeaAreas implements MapLayer {
	private areas: Area[] = [];
	private outline: Phaser.GameObjects.Graphics;
	private tension = 0;
	private selected: RegionId | null = null;
	private hovered: RegionId | null = null;
	private px = 1;

	constructor(private ctx: ViewContext) {
		this.outline = ctx.scene.add.graphics();
		ctx.world.add(this.outline);
	}

	setModel(model: MapModel): void {
		this.areas = [];
		for (const p of model.regions.values()) {
			if (p.region.kind !== "sea") continue;
			const r = seaRadius(p.region.value);
			this.areas.push({ id: p.region.id, x: p.x, y: p.y, r, heat: model.state.regions[p.region.id]?.heat ?? 0 });
		}
		this.tension = model.state.tension;
		this.restyle();
	}

	/** Blends heat and tension between two states (turn animation), t in 0..1. */
	blend(prev: MapModel, next: MapModel, t: number): void {
		for (const a of this.areas) {
			const h0 = prev.state.regions[a.id]?.heat ?? 0;
			const h1 = next.state.regions[a.id]?.heat ?? 0;
			a.heat = h0 + (h1 - h0) * t;
		}
		this.tension = prev.state.tension + (next.state.tension - prev.state.tension) * t;
		this.restyle();
	}

	setHighlight(selected: RegionId | null, hovered: RegionId | null): void {
		this.selected = selected;
		this.hovered = hovered;
		this.redrawOutlines();
	}

	hitAreas(): { id: RegionId; x: number; y: number; r: number }[] {
		return this.areas.map(({ id, x, y, r }) => ({ id, x, y, r }));
	}

	onView(ctx: ViewContext, zoomed: boolean): void {
		if (!zoomed) return;
		this.px = ctx.px;
		this.redrawOutlines();
	}

	private restyle(): void {
		this.ctx.invalidate();
		this.redrawOutlines();
	}

	/** The shading, painted on the water under the land (so it never washes over coasts). */
	paint(c: CanvasRenderingContext2D, _ctx: ViewContext, phase: PaintPhase): void {
		if (phase !== "water") return;
		for (const a of this.areas) {
			const s = heatStyle(a.heat, this.tension);
			const [r, g, b] = rgb(s.colour);
			const grad = c.createRadialGradient(a.x, a.y, 0, a.x, a.y, a.r * 1.15);
			grad.addColorStop(0, `rgba(${r},${g},${b},${s.alpha})`);
			grad.addColorStop(0.55, `rgba(${r},${g},${b},${s.alpha * 0.75})`);
			grad.addColorStop(0.8, `rgba(${r},${g},${b},${s.alpha * 0.3})`);
			grad.addColorStop(1, `rgba(${r},${g},${b},0)`);
			c.fillStyle = grad;
			c.fillRect(a.x - a.r * 1.15, a.y - a.r * 1.15, a.r * 2.3, a.r * 2.3);
		}
	}

	private redrawOutlines(): void {
		const g = this.outline;
		const px = this.px;
		g.clear();
		for (const a of this.areas) {
			const s = heatStyle(a.heat, this.tension);
			const sel = a.id === this.selected;
			const hov = a.id === this.hovered;
			const colour = sel ? PALETTE.selection : mix(s.colour, 0xffffff, 0.35);
			const alpha = sel ? 0.95 : hov ? 0.7 : 0.32;
			const width = (sel ? 2 : hov ? 1.5 : 1) * px;
			g.lineStyle(width, colour, alpha);
			const n = 72;
			const dashed = !sel && !hov;
			for (let i = 0; i < n; i++) {
				if (dashed && i % 2 === 1) continue;
				const a0 = (i / n) * Math.PI * 2;
				const a1 = ((i + 1) / n) * Math.PI * 2;
				if (dashed || i === 0) {
					g.beginPath();
					g.moveTo(a.x + Math.cos(a0) * a.r, a.y + Math.sin(a0) * a.r);
				}
				g.lineTo(a.x + Math.cos(a1) * a.r, a.y + Math.sin(a1) * a.r);
				if (dashed || i === n - 1) g.strokePath();
			}
		}
	}

	destroy(): void {
		this.outline.destroy();
	}
}
