// Camera maths for the map view, independent of Phaser: a view is the world point at the centre of
// the viewport and a zoom (device pixels per world unit). Pure.

export interface View {
	cx: number;
	cy: number;
	zoom: number;
}

export interface Size {
	width: number;
	height: number;
}

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function worldToScreen(v: View, vp: Size, wx: number, wy: number): [number, number] {
	return [(wx - v.cx) * v.zoom + vp.width / 2, (wy - v.cy) * v.zoom + vp.height / 2];
}

export function screenToWorld(v: View, vp: Size, sx: number, sy: number): [number, number] {
	return [(sx - vp.width / 2) / v.zoom + v.cx, (sy - vp.height / 2) / v.zoom + v.cy];
}

/** The zoom at which `rect` fits in the viewport, leaving `padding` device pixels around it. */
export function fitZoom(vp: Size, rect: Size, padding = 0): number {
	const w = Math.max(1, vp.width - 2 * padding);
	const h = Math.max(1, vp.height - 2 * padding);
	return Math.min(w / rect.width, h / rect.height);
}

/** The view that shows `rect` whole, centred in the part of the viewport the panels leave open. */
export function fitView(vp: Size, rect: Rect, padding = 0, insets: Insets = NO_INSETS): View {
	const open = openRect(vp, insets);
	const zoom = fitZoom(open, rect, padding);
	const ox = open.x + open.width / 2 - vp.width / 2;
	const oy = open.y + open.height / 2 - vp.height / 2;
	return { cx: rect.x + rect.width / 2 - ox / zoom, cy: rect.y + rect.height / 2 - oy / zoom, zoom };
}

/** Device pixels of the viewport covered by panels, from each edge. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The part of the viewport not covered by panels. */
export function openRect(vp: Size, insets: Insets = NO_INSETS): Rect {
	return {
		x: insets.left,
		y: insets.top,
		width: Math.max(1, vp.width - insets.left - insets.right),
		height: Math.max(1, vp.height - insets.top - insets.bottom),
	};
}

/**
 * Keeps the zoom within [minZoom, maxZoom] and the world in sight in the part of the viewport the
 * panels leave open: on each axis the view may move `margin` device pixels past the world's edge,
 * and a world smaller than that area is centred in it.
 */
export function clampView(
	v: View,
	vp: Size,
	world: Rect,
	minZoom: number,
	maxZoom: number,
	margin = 0,
	insets: Insets = NO_INSETS,
): View {
	const zoom = Math.min(maxZoom, Math.max(minZoom, v.zoom));
	const open = openRect(vp, insets);
	// offset (screen px) from the viewport's centre to the open area's centre
	const ox = open.x + open.width / 2 - vp.width / 2;
	const oy = open.y + open.height / 2 - vp.height / 2;
	const axis = (c: number, start: number, extent: number, screen: number) => {
		const half = screen / (2 * zoom);
		const m = margin / zoom;
		const lo = start - m + half;
		const hi = start + extent + m - half;
		return lo > hi ? start + extent / 2 : Math.min(hi, Math.max(lo, c));
	};
	// clamp the world point at the open area's centre, then convert back to the viewport's centre
	const ux = axis(v.cx + ox / zoom, world.x, world.width, open.width);
	const uy = axis(v.cy + oy / zoom, world.y, world.height, open.height);
	return { cx: ux - ox / zoom, cy: uy - oy / zoom, zoom };
}

/** Zooms by `factor` keeping the world point under the screen point (sx, sy) in place. */
export function zoomAt(v: View, vp: Size, factor: number, sx: number, sy: number): View {
	const [wx, wy] = screenToWorld(v, vp, sx, sy);
	const zoom = v.zoom * factor;
	return { cx: wx - (sx - vp.width / 2) / zoom, cy: wy - (sy - vp.height / 2) / zoom, zoom };
}

/** Interpolates two views (zoom geometrically), t in 0..1. */
export function lerpView(a: View, b: View, t: number): View {
	const u = Math.max(0, Math.min(1, t));
	return {
		cx: a.cx + (b.cx - a.cx) * u,
		cy: a.cy + (b.cy - a.cy) * u,
		zoom: a.zoom * (b.zoom / a.zoom) ** u,
	};
}

export interface LabelBox {
	id: string;
	/** Screen box. */
	x: number;
	y: number;
	w: number;
	h: number;
	/** Higher wins. */
	priority: number;
}

const overlaps = (a: Rect, b: Rect, pad: number) =>
	a.x < b.x + b.width + pad && a.x + a.width + pad > b.x && a.y < b.y + b.height + pad && a.y + a.height + pad > b.y;

/** Greedy label placement: the ids of the boxes to show, highest priority first, none overlapping. */
export function declutter(boxes: readonly LabelBox[], pad = 2): Set<string> {
	const chosen = placeLabels(
		boxes.map((b) => ({ id: b.id, priority: b.priority, candidates: [{ x: b.x, y: b.y, width: b.w, height: b.h }] })),
		[],
		pad,
	);
	return new Set(chosen.keys());
}

export interface LabelSlot {
	id: string;
	/** Higher is placed first. */
	priority: number;
	/** Screen boxes the label may take, in order of preference. */
	candidates: Rect[];
}

/**
 * Greedy label placement with alternatives: highest priority first, each label takes its first
 * candidate box that overlaps neither a placed label nor an obstacle (markers, icons), preferring
 * boxes inside `bounds`; a label with no free candidate is hidden. Returns the chosen candidate
 * index per shown label.
 */
export function placeLabels(
	slots: readonly LabelSlot[],
	obstacles: readonly Rect[],
	pad = 2,
	bounds: Rect | null = null,
): Map<string, number> {
	const placed: Rect[] = [];
	const out = new Map<string, number>();
	const sorted = [...slots].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
	const free = (c: Rect) => !placed.some((p) => overlaps(c, p, pad)) && !obstacles.some((o) => overlaps(c, o, 0));
	const inside = (c: Rect) =>
		!bounds ||
		(c.x >= bounds.x && c.y >= bounds.y && c.x + c.width <= bounds.x + bounds.width && c.y + c.height <= bounds.y + bounds.height);
	for (const s of sorted) {
		// a free spot inside the bounds (the screen) first, then any free spot
		let i = s.candidates.findIndex((c) => inside(c) && free(c));
		if (i < 0) i = s.candidates.findIndex(free);
		if (i < 0) continue;
		placed.push(s.candidates[i]);
		out.set(s.id, i);
	}
	return out;
}

export interface HitTarget<T> {
	value: T;
	/** Screen centre and radius. */
	x: number;
	y: number;
	r: number;
	/** Higher wins when targets overlap (pins over sea areas). */
	priority: number;
}

/** The target under the screen point: highest priority, then nearest centre. */
export function hitTest<T>(targets: readonly HitTarget<T>[], x: number, y: number): T | null {
	let best: HitTarget<T> | null = null;
	let bestD = 0;
	for (const t of targets) {
		const d = Math.hypot(t.x - x, t.y - y);
		if (d > t.r) continue;
		if (!best || t.priority > best.priority || (t.priority === best.priority && d < bestD)) {
			best = t;
			bestD = d;
		}
	}
	return best ? best.value : null;
}
