// Sea regions as soft translucent areas, shaded by local heat and global tension (cividis, readable
// with colour-vision deficiency), with a dashed chart outline; the selected one is outlined solid.
// The shading and the dashed outlines are painted into the chart (cache.ts); only the outline of
// the selected or hovered area is drawn live, over it.
import type * as Phaser from "phaser";
import type { RegionId } from "../../engine";
import { PALETTE, heatStyle, mix, rgb, toHex } from "./colour";
import type { MapLayer, PaintPhase, ViewContext } from "./layer";
import { type MapModel, seaRadius } from "./model";
import type { Rect } from "./viewMath";

/** Dashes (and as many gaps) around an outline. */
const DASHES = 36;
/** Steps of the heat blend during a turn animation: each repaints the visible chart. */
const BLEND_STEPS = 8;

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
	private blendStep = -1;

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
		this.blendStep = -1;
		this.restyle();
	}

	/** Blends heat and tension between two states (turn animation), t in 0..1. */
	blend(prev: MapModel, next: MapModel, t: number): void {
		// in steps: each step repaints the chart under the view
		const step = Math.round(Math.max(0, Math.min(1, t)) * BLEND_STEPS);
		if (step === this.blendStep) return;
		this.blendStep = step;
		t = step / BLEND_STEPS;
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

	/**
	 * The shading, painted on the water under the land (so it never washes over coasts); the dashed
	 * outlines over the land.
	 */
	paint(c: CanvasRenderingContext2D, ctx: ViewContext, phase: PaintPhase, area: Rect): void {
		if (phase === "land") {
			c.lineCap = "butt";
			c.lineWidth = ctx.px;
			c.globalAlpha = 0.32;
			for (const a of this.areas) {
				if (!touches(a, a.r + ctx.px, area)) continue;
				const s = heatStyle(a.heat, this.tension);
				const dash = (Math.PI * a.r) / DASHES;
				c.strokeStyle = toHex(mix(s.colour, 0xffffff, 0.35));
				c.setLineDash([dash, dash]);
				c.beginPath();
				c.arc(a.x, a.y, a.r, 0, 2 * Math.PI);
				c.stroke();
			}
			c.setLineDash([]);
			return;
		}
		if (phase !== "water") return;
		for (const a of this.areas) {
			if (!touches(a, a.r * 1.15, area)) continue;
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

	/** The selected and hovered outlines, live over the chart (its dashed outline lies under them). */
	private redrawOutlines(): void {
		const g = this.outline;
		const px = this.px;
		g.clear();
		for (const a of this.areas) {
			const sel = a.id === this.selected;
			const hov = a.id === this.hovered;
			if (!sel && !hov) continue;
			const s = heatStyle(a.heat, this.tension);
			g.lineStyle((sel ? 2 : 1.5) * px, sel ? PALETTE.selection : mix(s.colour, 0xffffff, 0.35), sel ? 0.95 : 0.7);
			g.strokeCircle(a.x, a.y, a.r);
		}
	}

	destroy(): void {
		this.outline.destroy();
	}
}

/** Whether a circle's box reaches into a rectangle. */
function touches(a: { x: number; y: number }, r: number, area: Rect): boolean {
	return a.x + r >= area.x && a.x - r <= area.x + area.width && a.y + r >= area.y && a.y - r <= area.y + area.height;
}
