// Supply routes as curved arcs from producer to where the consumer's supplies arrive (routeLayout.ts
// lays them out in lanes). Flowing: dashes moving toward the consumer. Restricted: amber, thinner,
// slower. Cut: red, dashed and still, with an × where it is cut (at the blockaded region, or on the
// exporter's leg for an export control) and the control's label ("PRC→JPN dytb ban").
// A faction's supply from its own producers is a route like these, labelled "own 50 ndpr" near its
// producer while in focus; where the producer stands on the faction's anchor it is a circular arrow
// round the producer's pin instead, in the same colours and dashes, with the same label.
//
// What stands still (casings, faint full routes, dimmed routes' dashes, arrowheads, marks, the marks
// of destinations that are not regions) is painted once into the static chart (cache.ts) with the
// Canvas 2D API; every frame only the moving dashes of the routes in focus are drawn, with one
// path per route. During a turn's blend (colours changing every frame) everything is drawn live.
import type * as Phaser from "phaser";
import type { Selection } from "../../app/bus";
import { PALETTE, mix, rgb } from "./colour";
import { type P, type Polyline, dashes, pointAt, polyline } from "./curve";
import { arrowPoints, arrowhead } from "./icons";
import { FloatingLabel, SPOTS, type Spot } from "./labels";
import type { MapLayer, PaintPhase, ViewContext } from "./layer";
import { type MapModel, type PlacedAnchor, lookOf } from "./model";
import {
	HOME_RING,
	type HomeMark,
	LAYOUT_PX,
	type RouteDraw,
	STATUS_STYLE,
	destinationLabel,
	extraDestinations,
	layoutSupply,
	lineWidthPx,
	markSpots,
	routeInFocus,
} from "./routeLayout";
import { type RouteStatus, blockadeLabel, controlLabel, ownSupplyLabel } from "./supply";
import { mapLabel } from "./labelAtlas";
import { mapText } from "./text";
import type { Rect } from "./viewMath";

const CASING = 0x03070d;
/** Label colours by status: light enough to read on the chart. */
const LABEL_COLOUR: Record<RouteStatus, number> = { flowing: 0x9fdcf2, restricted: 0xffc978, cut: 0xff9a9c };
/** A home mark's dashes are this share of a route's (a small ring), and turn this much slower. */
const RING_DASH = 0.6;
const RING_SPEED = 0.5;

/**
 * A route's or a home mark's line, live: the dark casing, the faint body and the moving dashes
 * (`px`: device px per CSS px; `dashScale`: the status's dash and gap scaled; `offset`: how far the
 * dashes have moved).
 */
function strokeFlow(
	g: Phaser.GameObjects.Graphics,
	path: Polyline,
	end: number,
	width: number,
	status: RouteStatus,
	colour: number,
	alpha: number,
	px: number,
	dashScale: number,
	offset: number,
): void {
	const st = STATUS_STYLE[status];
	g.lineStyle(width + 2.5 * px, CASING, 0.45 * alpha);
	strokeRanges(g, path, [[0, end]]);
	g.lineStyle(width, colour, (status === "cut" ? 0.14 : 0.3) * alpha);
	strokeRanges(g, path, [[0, end]]);
	g.lineStyle(width, colour, 0.95 * alpha);
	strokeRanges(g, path, dashes(end, st.dash * dashScale * px, st.gap * dashScale * px, offset));
}

export class Routes implements MapLayer {
	private g: Phaser.GameObjects.Graphics;
	private routes: RouteDraw[] = [];
	/** Domestic supply drawn as circular arrows round producer pins. */
	private homeMarks: HomeMark[] = [];
	/** Destinations that are not regions (Australia's), marked and named here. */
	private extra: PlacedAnchor[] = [];
	/** Each route's world bounding box, for painting only the chart tiles it reaches. */
	private bounds = new Map<string, Rect>();
	/** During a turn animation: the previous routes and the blend 0..1. */
	private prev: Map<string, RouteDraw> | null = null;
	private prevMarks: Map<string, HomeMark> | null = null;
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
		const laid = layoutSupply(model);
		this.routes = laid.routes;
		this.homeMarks = laid.marks;
		this.extra = extraDestinations(model, this.routes);
		this.bounds = new Map(this.routes.map((r) => [r.key, boundsOf(r.path)]));
		this.prev = null;
		this.prevMarks = null;
		this.t = 1;
		this.refocus(true);
	}

	/** Routes of the selection (a producer, a region they reach or pass) stand out; the rest dim. */
	setSelection(sel: Selection): void {
		this.selection = sel;
		this.refocus(false);
	}

	private refocus(force: boolean): void {
		const player = this.model?.player ?? null;
		const focus = new Set(
			[...this.routes, ...this.homeMarks].filter((r) => routeInFocus(r, player, this.selection)).map((r) => r.key),
		);
		const same = focus.size === this.focus.size && [...focus].every((k) => this.focus.has(k));
		this.focus = focus;
		if (same && !force) return;
		this.rebuildLabels();
		this.ctx.invalidate();
	}

	/** Starts a blend from the previous model's routes to the next (call setModel(next) first). */
	beginBlend(prev: MapModel): void {
		const laid = layoutSupply(prev);
		this.prev = new Map(laid.routes.map((r) => [r.key, r]));
		this.prevMarks = new Map(laid.marks.map((m) => [m.key, m]));
		this.t = 0;
		this.ctx.invalidate();
	}

	setBlend(t: number): void {
		this.t = t;
		if (t >= 1 && this.prev) {
			this.prev = null;
			this.prevMarks = null;
			this.ctx.invalidate();
		}
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
			const inFocus = this.focus.has(r.key);
			const cut = r.info.status === "cut";
			if (!cut && !inFocus) continue;
			const c = r.info.control;
			const b = r.info.blockade;
			// a domestic route drawn clear of the blockaded region names it
			const text = c
				? controlLabel(model.scenario, c)
				: b
					? r.bypassed.includes(b)
						? blockadeLabel(model.scenario, b)
						: "blockade"
					: null;
			if (!text || seen.has(text)) continue;
			seen.add(text);
			const p = pointAt(r.path, r.markAt);
			const t = mapLabel(this.ctx.scene, this.ctx.dpr, text, {
				size: cut ? 11.5 : 10.5,
				colour: cut ? 0xff9a9c : 0xffc978,
				weight: cut ? 700 : 600,
				halo: 3,
				alpha: inFocus ? 1 : 0.7,
			});
			this.ctx.overlay.add(t);
			const spots = markSpots(p.angle);
			this.marks.push(new FloatingLabel(`route:${r.key}`, t, p.x, p.y, (cut ? 400 : 150) + (inFocus ? 100 : 0), spots));
		}
		// domestic supply: "own 50 ndpr" near the producer while in focus (a cut route has its own
		// mark and label); on a pin also while held back, as nothing else there says why
		for (const r of this.routes) {
			if (!r.domestic || !this.focus.has(r.key)) continue;
			const p = pointAt(r.path, Math.min(0.45 * r.firstLeg, 40 * LAYOUT_PX));
			this.addOwnLabel(r, p.x, p.y, markSpots(p.angle), 130);
		}
		for (const m of this.homeMarks) {
			if (!(this.focus.has(m.key) || m.info.status !== "flowing")) continue;
			this.addOwnLabel(m, m.x, m.y, RING_SPOTS, 140);
		}
		for (const a of this.extra) {
			const look = lookOf(model, a.faction);
			const t = mapLabel(this.ctx.scene, this.ctx.dpr, destinationLabel(model, a), {
				size: 11.5,
				colour: look.text,
				weight: 600,
				halo: 2.5,
			});
			this.ctx.overlay.add(t);
			const spots = edgeSpots(a);
			this.marks.push(new FloatingLabel(`destination:${a.faction}`, t, a.x, a.y, 330, spots));
		}
		this.onView(this.ctx);
	}

	private addOwnLabel(r: RouteDraw | HomeMark, x: number, y: number, spots: Spot[], priority: number): void {
		const inFocus = this.focus.has(r.key);
		const status = r.info.status;
		// a mark on a pin has no route to carry a blockade's mark: its label names it
		const b = "path" in r ? null : r.info.blockade;
		const text = ownSupplyLabel(r.members, b && this.model ? blockadeLabel(this.model.scenario, b) : undefined);
		// a Text, not an atlas label: the amounts change from turn to turn, and the atlas keeps
		// every text it is given
		const t = mapText(this.ctx.scene, this.ctx.dpr, text, {
			size: 10.5,
			colour: LABEL_COLOUR[status],
			weight: 600,
			halo: 3,
			alpha: inFocus ? 1 : 0.7,
		});
		this.ctx.overlay.add(t);
		const bump = (status === "cut" ? 200 : 0) + (inFocus ? 100 : 0);
		this.marks.push(new FloatingLabel(`own:${r.key}`, t, x, y, priority + bump, spots));
	}

	onView(ctx: ViewContext): void {
		for (const l of this.marks) l.onView(ctx);
	}

	labels(): FloatingLabel[] {
		return this.marks;
	}

	/** Whether a route's dashes move (drawn every frame): in focus and not cut. */
	private moving(r: RouteDraw | HomeMark): boolean {
		return this.focus.has(r.key) && STATUS_STYLE[r.info.status].speed > 0;
	}

	/**
	 * The still parts, painted into the static chart after the land (nothing while blending); only
	 * the routes that reach `area` (the part of the world being painted), when it is given.
	 */
	paint(c: CanvasRenderingContext2D, ctx: ViewContext, phase: PaintPhase, area?: Rect): void {
		if (phase !== "land" || this.prev || !this.model) return;
		const px = ctx.px;
		const pad = 12 * px;
		const reaches = (b: Rect) =>
			!area ||
			(b.x - pad < area.x + area.width &&
				b.x + b.width + pad > area.x &&
				b.y - pad < area.y + area.height &&
				b.y + b.height + pad > area.y);
		c.lineCap = "butt";
		for (const r of this.ordered()) {
			if (!reaches(this.bounds.get(r.key) ?? { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: Number.POSITIVE_INFINITY })) continue;
			const focus = this.focus.has(r.key);
			const st = STATUS_STYLE[r.info.status];
			const a = focus ? 1 : 0.38;
			const w = lineWidthPx(r.weight, r.info.status, focus) * px;
			const end = r.path.length - 7 * px;
			c.setLineDash([]);
			canvasStroke(c, r.path, 0, end, w + 2.5 * px, CASING, 0.45 * a);
			canvasStroke(c, r.path, 0, end, w, st.colour, (r.info.status === "cut" ? 0.14 : 0.3) * a);
			if (!this.moving(r)) {
				c.setLineDash([st.dash * px, st.gap * px]);
				c.lineDashOffset = 0;
				canvasStroke(c, r.path, 0, end, w, st.colour, 0.95 * a);
				c.setLineDash([]);
				canvasMark(c, r.path, r.markAt, r.info.status, a, px);
			}
			if (r.info.status !== "cut") {
				const tip = pointAt(r.path, end);
				canvasArrow(c, tip.x, tip.y, tip.angle, (focus ? 9 : 7) * px, st.colour, 0.95 * a);
			}
		}
		for (const m of this.orderedMarks()) {
			const r = (HOME_RING.radius + 6) * px;
			if (!reaches({ x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r })) continue;
			const focus = this.focus.has(m.key);
			const st = STATUS_STYLE[m.info.status];
			const a = focus ? 1 : 0.38;
			const ring = ringOf(m, px, focus);
			c.setLineDash([]);
			canvasStroke(c, ring.path, 0, ring.end, ring.width + 2.5 * px, CASING, 0.45 * a);
			canvasStroke(c, ring.path, 0, ring.end, ring.width, st.colour, (m.info.status === "cut" ? 0.14 : 0.3) * a);
			if (!this.moving(m)) {
				c.setLineDash([st.dash * RING_DASH * px, st.gap * RING_DASH * px]);
				c.lineDashOffset = 0;
				canvasStroke(c, ring.path, 0, ring.end, ring.width, st.colour, 0.95 * a);
				c.setLineDash([]);
				canvasMark(c, ring.path, ring.markAt, m.info.status, a, px);
			}
			if (m.info.status !== "cut") {
				const tip = pointAt(ring.path, ring.end);
				canvasArrow(c, tip.x, tip.y, tip.angle, (focus ? 7.5 : 6) * px, st.colour, 0.95 * a);
			}
		}
		for (const d of this.extra) {
			if (!reaches({ x: d.x, y: d.y, width: 0, height: 0 })) continue;
			const colour = lookOf(this.model, d.faction).colour;
			c.beginPath();
			c.arc(d.x, d.y, 5.5 * px, 0, Math.PI * 2);
			c.lineWidth = 4.5 * px;
			c.strokeStyle = rgba(CASING, 0.8);
			c.stroke();
			c.lineWidth = 2.2 * px;
			c.strokeStyle = rgba(colour, 1);
			c.stroke();
		}
	}

	/** Dimmed routes first, so the ones in focus lie on top. */
	private ordered(): RouteDraw[] {
		return [...this.routes].sort((a, b) => Number(this.focus.has(a.key)) - Number(this.focus.has(b.key)));
	}

	private orderedMarks(): HomeMark[] {
		return [...this.homeMarks].sort((a, b) => Number(this.focus.has(a.key)) - Number(this.focus.has(b.key)));
	}

	update(_time: number, delta: number, ctx: ViewContext): void {
		this.clock += delta / 1000;
		const g = this.g;
		const px = ctx.px;
		g.clear();
		if (!this.prev) {
			// the chart holds the rest: only moving dashes (and the marks over them) every frame
			for (const r of this.routes) {
				if (!this.moving(r)) continue;
				const st = STATUS_STYLE[r.info.status];
				const w = lineWidthPx(r.weight, r.info.status, true) * px;
				const end = r.path.length - 7 * px;
				g.lineStyle(w, st.colour, 0.95);
				strokeRanges(g, r.path, dashes(end, st.dash * px, st.gap * px, this.clock * st.speed * px));
				graphicsMark(g, r.path, r.markAt, r.info.status, 1, px);
			}
			for (const m of this.homeMarks) {
				if (!this.moving(m)) continue;
				const st = STATUS_STYLE[m.info.status];
				const ring = ringOf(m, px, true);
				const offset = this.clock * st.speed * RING_SPEED * px;
				g.lineStyle(ring.width, st.colour, 0.95);
				strokeRanges(g, ring.path, dashes(ring.end, st.dash * RING_DASH * px, st.gap * RING_DASH * px, offset));
				graphicsMark(g, ring.path, ring.markAt, m.info.status, 1, px);
			}
			return;
		}
		const t = this.t;
		const drawn = new Set<string>();
		for (const r of this.ordered()) {
			const before = this.prev.get(r.key);
			drawn.add(r.key);
			const to = STATUS_STYLE[r.info.status].colour;
			const colour = before ? mix(STATUS_STYLE[before.info.status].colour, to, t) : to;
			const alpha = before ? 1 : t;
			this.drawRoute(g, r, colour, alpha, px, this.focus.has(r.key));
		}
		for (const [key, r] of this.prev) {
			if (!drawn.has(key)) this.drawRoute(g, r, STATUS_STYLE[r.info.status].colour, 1 - t, px, false);
		}
		const before = this.prevMarks ?? new Map<string, HomeMark>();
		for (const m of this.orderedMarks()) {
			const was = before.get(m.key);
			const to = STATUS_STYLE[m.info.status].colour;
			const colour = was ? mix(STATUS_STYLE[was.info.status].colour, to, t) : to;
			this.drawRing(g, m, colour, was ? 1 : t, px, this.focus.has(m.key));
		}
		for (const [key, m] of before) {
			if (!this.homeMarks.some((n) => n.key === key)) this.drawRing(g, m, STATUS_STYLE[m.info.status].colour, 1 - t, px, false);
		}
	}

	/** A whole home mark, live (during a blend). */
	private drawRing(
		g: Phaser.GameObjects.Graphics,
		m: HomeMark,
		colour: number,
		alpha: number,
		px: number,
		focus: boolean,
	): void {
		const a = alpha * (focus ? 1 : 0.38);
		if (a <= 0.01) return;
		const st = STATUS_STYLE[m.info.status];
		const ring = ringOf(m, px, focus);
		const offset = focus ? this.clock * st.speed * RING_SPEED * px : 0;
		strokeFlow(g, ring.path, ring.end, ring.width, m.info.status, colour, a, px, RING_DASH, offset);
		if (m.info.status !== "cut") {
			const tip = pointAt(ring.path, ring.end);
			arrowhead(g, tip.x, tip.y, tip.angle, (focus ? 7.5 : 6) * px, colour, 0.95 * a);
		}
		graphicsMark(g, ring.path, ring.markAt, m.info.status, a, px);
	}

	/** A whole route, live (during a blend). */
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
		const w = lineWidthPx(r.weight, r.info.status, focus) * px;
		const pl = r.path;
		const end = pl.length - 7 * px;
		const offset = focus ? this.clock * st.speed * px : 0;
		strokeFlow(g, pl, end, w, r.info.status, colour, a, px, 1, offset);
		if (r.info.status !== "cut") {
			const tip = pointAt(pl, end);
			arrowhead(g, tip.x, tip.y, tip.angle, (focus ? 9 : 7) * px, colour, 0.95 * a);
		}
		graphicsMark(g, r.path, r.markAt, r.info.status, a, px);
	}

	destroy(): void {
		this.g.destroy();
		for (const l of this.marks) l.destroy();
	}
}

/** Label spots for a destination: inward first when it stands on the frame's edge. */
function edgeSpots(a: PlacedAnchor): { dx: number; dy: number; ox: number; oy: number }[] {
	// inward first; then, as a producer of its own may stand on the same spot with its own label,
	// further inward
	const near = 11;
	const far = 30;
	switch (a.edge?.side) {
		case "right":
			return [SPOTS.left(near), SPOTS.above(near), SPOTS.below(near), SPOTS.left(far), SPOTS.above(far), SPOTS.below(far)];
		case "left":
			return [SPOTS.right(near), SPOTS.above(near), SPOTS.below(near), SPOTS.right(far), SPOTS.above(far), SPOTS.below(far)];
		case "bottom":
			return [SPOTS.above(near), SPOTS.right(near), SPOTS.left(near), SPOTS.above(far), SPOTS.above(2 * far)];
		case "top":
			return [SPOTS.below(near), SPOTS.right(near), SPOTS.left(near), SPOTS.below(far), SPOTS.below(2 * far)];
		default:
			return [SPOTS.right(near), SPOTS.left(near), SPOTS.below(near), SPOTS.above(near), SPOTS.above(far), SPOTS.below(far)];
	}
}

/** Label spots for a home mark's label: below its pin first, clear of the producer's own label. */
const RING_SPOTS: Spot[] = [
	SPOTS.below(HOME_RING.radius + 4),
	{ dx: 10, dy: 10, ox: 0, oy: 0 },
	{ dx: -10, dy: 10, ox: 1, oy: 0 },
	SPOTS.above(HOME_RING.radius + 4),
	{ dx: 10, dy: -10, ox: 0, oy: 1 },
	{ dx: -10, dy: -10, ox: 1, oy: 1 },
];

/**
 * A home mark's ring at the current zoom (world units): the circular arrow's path, where its line
 * stops short of the arrowhead's tip, its width and where its cut or restriction mark sits.
 */
function ringOf(m: HomeMark, px: number, focus: boolean): { path: Polyline; end: number; width: number; markAt: number | null } {
	const r = HOME_RING.radius * px;
	const n = 40;
	const pts: P[] = [];
	for (let k = 0; k <= n; k++) {
		const a = HOME_RING.start + (HOME_RING.sweep * k) / n;
		pts.push({ x: m.x + Math.cos(a) * r, y: m.y + Math.sin(a) * r });
	}
	const path = polyline(pts);
	return {
		path,
		end: path.length - 3 * px,
		// thinner than a route of its volume (the ring sits close round the pin), but never a hairline
		width: Math.max(focus ? 1.5 : 1.2, 0.75 * lineWidthPx(m.weight, m.info.status, focus)) * px,
		markAt: m.markAt === null ? null : m.markAt * px,
	};
}

/** The two strokes of a mark: an × for a cut, a bar across the route for a restriction. */
function markLines(
	path: Polyline,
	markAt: number | null,
	status: RouteStatus,
	px: number,
): { lines: [number, number, number, number][]; cut: boolean } | null {
	if (markAt === null) return null;
	const c = pointAt(path, markAt);
	if (status === "cut") {
		const s = 6 * px;
		return {
			cut: true,
			lines: [
				[c.x - s, c.y - s, c.x + s, c.y + s],
				[c.x - s, c.y + s, c.x + s, c.y - s],
			],
		};
	}
	const s = 5 * px;
	const nx = -Math.sin(c.angle) * s;
	const ny = Math.cos(c.angle) * s;
	return { cut: false, lines: [[c.x - nx, c.y - ny, c.x + nx, c.y + ny]] };
}

function graphicsMark(
	g: Phaser.GameObjects.Graphics,
	path: Polyline,
	markAt: number | null,
	status: RouteStatus,
	a: number,
	px: number,
): void {
	const m = markLines(path, markAt, status, px);
	if (!m) return;
	g.lineStyle((m.cut ? 5 : 4.5) * px, CASING, 0.85 * a);
	for (const l of m.lines) g.lineBetween(...l);
	g.lineStyle((m.cut ? 2.4 : 2.2) * px, m.cut ? PALETTE.cut : PALETTE.restricted, a);
	for (const l of m.lines) g.lineBetween(...l);
}

function canvasMark(
	c: CanvasRenderingContext2D,
	path: Polyline,
	markAt: number | null,
	status: RouteStatus,
	a: number,
	px: number,
): void {
	const m = markLines(path, markAt, status, px);
	if (!m) return;
	const lines = () => {
		c.beginPath();
		for (const [x0, y0, x1, y1] of m.lines) {
			c.moveTo(x0, y0);
			c.lineTo(x1, y1);
		}
		c.stroke();
	};
	c.lineWidth = (m.cut ? 5 : 4.5) * px;
	c.strokeStyle = rgba(CASING, 0.85 * a);
	lines();
	c.lineWidth = (m.cut ? 2.4 : 2.2) * px;
	c.strokeStyle = rgba(m.cut ? PALETTE.cut : PALETTE.restricted, a);
	lines();
}

function boundsOf(pl: Polyline): Rect {
	let x0 = Number.POSITIVE_INFINITY;
	let y0 = Number.POSITIVE_INFINITY;
	let x1 = Number.NEGATIVE_INFINITY;
	let y1 = Number.NEGATIVE_INFINITY;
	for (let i = 0; i < pl.xs.length; i++) {
		x0 = Math.min(x0, pl.xs[i]);
		x1 = Math.max(x1, pl.xs[i]);
		y0 = Math.min(y0, pl.ys[i]);
		y1 = Math.max(y1, pl.ys[i]);
	}
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function rgba(colour: number, alpha: number): string {
	const [r, g, b] = rgb(colour);
	return `rgba(${r},${g},${b},${Math.max(0, Math.min(1, alpha))})`;
}

/** Traces the part of a polyline between distances a and b into the current path. */
function trace(
	moveTo: (x: number, y: number) => void,
	lineTo: (x: number, y: number) => void,
	pl: Polyline,
	a: number,
	b: number,
): void {
	if (b <= a) return;
	const p0 = pointAt(pl, a);
	moveTo(p0.x, p0.y);
	// the first point past a (binary search: dashes are many, points more)
	let lo = 0;
	let hi = pl.cum.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (pl.cum[mid] <= a) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < pl.cum.length && pl.cum[i] < b; i++) lineTo(pl.xs[i], pl.ys[i]);
	const p1 = pointAt(pl, b);
	lineTo(p1.x, p1.y);
}

function canvasStroke(
	c: CanvasRenderingContext2D,
	pl: Polyline,
	a: number,
	b: number,
	width: number,
	colour: number,
	alpha: number,
): void {
	if (b <= a || alpha <= 0.005) return;
	c.beginPath();
	trace(
		(x, y) => c.moveTo(x, y),
		(x, y) => c.lineTo(x, y),
		pl,
		a,
		b,
	);
	c.lineWidth = width;
	c.strokeStyle = rgba(colour, alpha);
	c.stroke();
}

function canvasArrow(
	c: CanvasRenderingContext2D,
	x: number,
	y: number,
	angle: number,
	size: number,
	colour: number,
	alpha: number,
): void {
	const [first, ...rest] = arrowPoints(x, y, angle, size);
	c.beginPath();
	c.moveTo(first.x, first.y);
	for (const q of rest) c.lineTo(q.x, q.y);
	c.closePath();
	c.fillStyle = rgba(colour, alpha);
	c.fill();
}

/** Strokes the given [start, end] ranges of a polyline as one path (one draw per call). */
function strokeRanges(g: Phaser.GameObjects.Graphics, pl: Polyline, ranges: readonly [number, number][]): void {
	if (ranges.length === 0) return;
	g.beginPath();
	const move = (x: number, y: number) => g.moveTo(x, y);
	const line = (x: number, y: number) => g.lineTo(x, y);
	for (const [a, b] of ranges) trace(move, line, pl, a, b);
	g.strokePath();
}
