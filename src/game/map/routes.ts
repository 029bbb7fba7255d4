// Supply routes as curved arcs from producer to the consumer's home region. Flowing: dashes moving
// toward the consumer. Restricted: amber, thinner, slower. Cut: red, dashed and still, with an ×
// where it is cut (at the blockaded region, or near the exporter for an export control) and the
// control's label ("PRC→JPN dytb ban").
import type * as Phaser from "phaser";
import type { Selection } from "../../app/bus";
import { PALETTE, mix } from "./colour";
import { type Polyline, dashes, pointAt } from "./curve";
import { arrowhead } from "./icons";
import type { MapLayer, ViewContext } from "./layer";
import type { MapModel } from "./model";
import { FloatingLabel } from "./labels";
import { type RouteDraw, layoutRoutes, routeInFocus } from "./routeLayout";
import { type RouteStatus, controlLabel } from "./supply";
import { mapText } from "./text";

export const STATUS_STYLE: Record<RouteStatus, { colour: number; speed: number; width: number; dash: number; gap: number }> = {
	flowing: { colour: PALETTE.flowing, speed: 34, width: 1, dash: 9, gap: 7 },
	restricted: { colour: PALETTE.restricted, speed: 12, width: 0.6, dash: 6, gap: 8 },
	cut: { colour: PALETTE.cut, speed: 0, width: 0.55, dash: 5, gap: 6 },
};

export class Routes implements MapLayer {
	private g: Phaser.GameObjects.Graphics;
	private routes: RouteDraw[] = [];
	/** During a turn animation: the previous routes and the blend 0..1. */
	private prev: Map<string, RouteDraw> | null = null;
	private t = 1;
	private marks: FloatingLabel[] = [];
	private model: MapModel | null = null;
	private clock = 0;
	private selection: Selection = null;
	private focus = new Set<string>();

	constructor(private ctx: ViewContext) {
		this.g = ctx.scene.add.graphics();
		ctx.world.add(this.g);
	}

	setModel(model: MapModel): void {
		this.model = model;
		this.routes = layoutRoutes(model);
		this.prev = null;
		this.t = 1;
		this.refocus();
	}

	/** Routes of the selection (a producer, a region they reach or pass) stand out; the rest dim. */
	setSelection(sel: Selection): void {
		this.selection = sel;
		this.refocus();
	}

	private refocus(): void {
		const player = this.model?.player ?? null;
		this.focus = new Set(this.routes.filter((r) => routeInFocus(r, player, this.selection)).map((r) => r.info.key));
		this.rebuildLabels();
	}

	/** Starts a blend from the previous model's routes to the next (call setModel(next) first). */
	beginBlend(prev: MapModel): void {
		this.prev = new Map(layoutRoutes(prev).map((r) => [r.info.key, r]));
		this.t = 0;
	}

	setBlend(t: number): void {
		this.t = t;
		if (t >= 1) this.prev = null;
	}

	private rebuildLabels(): void {
		for (const l of this.marks) l.destroy();
		this.marks = [];
		const model = this.model;
		if (!model) return;
		const seen = new Set<string>();
		// cut routes first, so a control's label sits on a route it cuts
		const ordered = [...this.routes].sort((a, b) => Number(b.info.status === "cut") - Number(a.info.status === "cut"));
		for (const r of ordered) {
			if (r.markAt === null) continue;
			const inFocus = this.focus.has(r.info.key);
			const cut = r.info.status === "cut";
			if (!cut && !inFocus) continue;
			const c = r.info.control;
			const text = c ? controlLabel(model.scenario, c) : r.info.blockade ? "blockade" : null;
			if (!text || seen.has(text)) continue;
			seen.add(text);
			const p = pointAt(r.path, r.markAt);
			const t = mapText(this.ctx.scene, this.ctx.dpr, text, {
				size: cut ? 11.5 : 10.5,
				colour: cut ? 0xff9a9c : 0xffc978,
				weight: cut ? 700 : 600,
				halo: 3,
				alpha: inFocus ? 1 : 0.7,
			});
			this.ctx.overlay.add(t);
			const spots = [
				{ dx: 9, dy: -7, ox: 0, oy: 1 },
				{ dx: -9, dy: -7, ox: 1, oy: 1 },
				{ dx: 9, dy: 7, ox: 0, oy: 0 },
				{ dx: -9, dy: 7, ox: 1, oy: 0 },
			];
			this.marks.push(new FloatingLabel(`route:${r.info.key}`, t, p.x, p.y, (cut ? 400 : 150) + (inFocus ? 100 : 0), spots));
		}
		this.onView(this.ctx);
	}

	onView(ctx: ViewContext): void {
		for (const l of this.marks) l.onView(ctx);
	}

	labels(): FloatingLabel[] {
		return this.marks;
	}

	update(_time: number, delta: number, ctx: ViewContext): void {
		this.clock += delta / 1000;
		const g = this.g;
		const px = ctx.px;
		g.clear();
		const t = this.t;
		const drawn = new Set<string>();
		// dimmed routes first, so the ones in focus lie on top
		const order = [...this.routes].sort(
			(a, b) => Number(this.focus.has(a.info.key)) - Number(this.focus.has(b.info.key)),
		);
		for (const r of order) {
			const before = this.prev?.get(r.info.key);
			drawn.add(r.info.key);
			const to = STATUS_STYLE[r.info.status].colour;
			const colour = before ? mix(STATUS_STYLE[before.info.status].colour, to, t) : to;
			const alpha = this.prev && !before ? t : 1;
			this.drawRoute(g, r, colour, alpha, px, this.focus.has(r.info.key));
		}
		if (this.prev) {
			for (const [key, r] of this.prev) {
				if (!drawn.has(key)) this.drawRoute(g, r, STATUS_STYLE[r.info.status].colour, 1 - t, px, false);
			}
		}
	}

	private drawRoute(
		g: Phaser.GameObjects.Graphics,
		r: RouteDraw,
		colour: number,
		alpha: number,
		px: number,
		focus: boolean,
	): void {
		const a = alpha * (focus ? 1 : 0.38);
		if (a <= 0.01) return;
		const st = STATUS_STYLE[r.info.status];
		const w = (1.4 + 2.4 * r.weight) * st.width * (focus ? 1 : 0.7) * px;
		const pl = r.path;
		const end = pl.length - 7 * px;
		// a dark casing and a faint full route under the dashes
		g.lineStyle(w + 2.5 * px, 0x03070d, 0.45 * a);
		strokeRange(g, pl, 0, end);
		g.lineStyle(w, colour, (r.info.status === "cut" ? 0.14 : 0.3) * a);
		strokeRange(g, pl, 0, end);
		// dashes: moving toward the consumer (only routes in focus move), or still for a cut
		const offset = focus ? this.clock * st.speed * px : 0;
		g.lineStyle(w, colour, 0.95 * a);
		for (const [d0, d1] of dashes(end, st.dash * px, st.gap * px, offset)) strokeRange(g, pl, d0, d1);
		if (r.info.status !== "cut") {
			const tip = pointAt(pl, end);
			arrowhead(g, tip.x, tip.y, tip.angle, (focus ? 9 : 7) * px, colour, 0.95 * a);
		}
		if (r.markAt !== null) {
			const c = pointAt(pl, r.markAt);
			if (r.info.status === "cut") {
				const s = 6 * px;
				g.lineStyle(5 * px, 0x03070d, 0.85 * a);
				g.lineBetween(c.x - s, c.y - s, c.x + s, c.y + s);
				g.lineBetween(c.x - s, c.y + s, c.x + s, c.y - s);
				g.lineStyle(2.4 * px, PALETTE.cut, a);
				g.lineBetween(c.x - s, c.y - s, c.x + s, c.y + s);
				g.lineBetween(c.x - s, c.y + s, c.x + s, c.y - s);
			} else {
				// a restriction: a short bar across the route
				const s = 5 * px;
				const nx = -Math.sin(c.angle) * s;
				const ny = Math.cos(c.angle) * s;
				g.lineStyle(4.5 * px, 0x03070d, 0.85 * a);
				g.lineBetween(c.x - nx, c.y - ny, c.x + nx, c.y + ny);
				g.lineStyle(2.2 * px, PALETTE.restricted, a);
				g.lineBetween(c.x - nx, c.y - ny, c.x + nx, c.y + ny);
			}
		}
	}

	destroy(): void {
		this.g.destroy();
		for (const l of this.marks) l.destroy();
	}
}

/** Strokes the part of a polyline between distances a and b. */
function strokeRange(g: Phaser.GameObjects.Graphics, pl: Polyline, a: number, b: number): void {
	if (b <= a) return;
	const p0 = pointAt(pl, a);
	g.beginPath();
	g.moveTo(p0.x, p0.y);
	for (let i = 0; i < pl.cum.length; i++) {
		if (pl.cum[i] <= a) continue;
		if (pl.cum[i] >= b) break;
		g.lineTo(pl.xs[i], pl.ys[i]);
	}
	const p1 = pointAt(pl, b);
	g.lineTo(p1.x, p1.y);
	g.strokePath();
}
