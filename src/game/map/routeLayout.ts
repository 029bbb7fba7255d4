// Where supply routes run, and how they share the sea without piling up. Pure.
//
// A faction's supply from its own producers is drawn too: as a route like any other where the
// producer lies away from the faction's anchor, and as a mark on the producer's pin (HomeMark) where
// the two are on top of each other. A producer's via regions are its export route: a domestic route
// is drawn through those on its way home only, but a blockade of any of them cuts it (the engine's
// rule), and its mark then names the region.
//
// A route runs from its producer, through the regions it passes (a blockade there cuts it), to
// where its consumer's supplies arrive: every faction has such an anchor (model.ts), a faction with
// no land region (Australia) included. Routes that share a whole corridor (co-located producers of
// one owner, the same regions and consumer, the same status and cause) are one arc, as wide as
// their summed volume. The rest are laid out like lines on a metro map: the stretch between two
// nodes (a producer, a via region, a destination) is a leg; the routes on a leg run as parallel
// lanes a few pixels apart at the home zoom, ordered so that each peels off toward where it goes
// next without crossing the others; legs that leave a node in about the same direction lie side by
// side; lanes fan into their producer and their destination over a short taper, and change places
// only inside the via regions they pass through. Computed once per state, never per frame.
import type { Selection } from "../../app/bus";
import type { FactionId, RegionId } from "../../engine";
import { PALETTE } from "./colour";
import { type P, type Polyline, bowControl, cubic, nearestDistance, polyline, quadratic, quadraticTangent } from "./curve";
import { bearingArrow } from "./edge";
import { type MapModel, type PlacedAnchor, seaRadius } from "./model";
import { projection } from "./projection";
import { type RouteInfo, type RouteStatus, isDomestic } from "./supply";

/** How each status is drawn: colour, dash speed (CSS px/s), relative width, dash and gap (CSS px). */
export const STATUS_STYLE: Record<RouteStatus, { colour: number; speed: number; width: number; dash: number; gap: number }> = {
	flowing: { colour: PALETTE.flowing, speed: 34, width: 1, dash: 9, gap: 7 },
	restricted: { colour: PALETTE.restricted, speed: 12, width: 0.6, dash: 6, gap: 8 },
	cut: { colour: PALETTE.cut, speed: 0, width: 0.55, dash: 5, gap: 6 },
};

/** World units per CSS pixel at the home view (the theatre in a 1440×900 window, panels open). */
export const LAYOUT_PX = 3.5;
/** Clear space between neighbouring lanes, CSS px at the home view. */
export const LANE_GAP_PX = 3;
/** Lanes fan into their producer or destination over this distance, CSS px at the home view. */
export const END_TAPER_PX = 28;
/** Legs leaving a node within this angle lie side by side there. */
const CLUSTER_DEG = 18;
/** Bow of a leg between two ends (a direct route), and of a leg touching a via region. */
const BOW_DIRECT = 0.12;
const BOW_LEG = 0.05;
/** Extra bow between legs that leave or reach one place in about the same direction. */
const FAN = 0.07;
/** Share of its lane offset a route keeps at its destination, so arrowheads stay apart. */
const DEST_RING = 0.4;
/** Legs stop this share of a via region's radius short of its centre; routes change lanes inside. */
const GATE_TRIM = 0.9;
/** A turn through a via region sharper than this (radians) doubles back: it is drawn as a U. */
const HAIRPIN = 2.8;
/** Radius of a land via region (a point on the map), CSS px at the home view. */
const LAND_GATE_PX = 10;
/**
 * A domestic route whose producer lies closer than this to its faction's anchor (CSS px at the home
 * view), passing no via region between, is a mark on the producer's pin: too short for an arc.
 */
export const HOME_MARK_PX = 48;
/** A domestic route passes a via region only on its way: the detour through it is at most this. */
const HOME_DETOUR = 1.25;
/**
 * The ring of a home mark, CSS px: a circular arrow round the producer's pin, starting at `start`
 * (radians, screen, clockwise from east) and sweeping `sweep` radians clockwise to its arrowhead.
 */
export const HOME_RING = { radius: 10.5, start: -0.05 * Math.PI, sweep: 1.55 * Math.PI };

/** A route's line width in CSS px: by volume (weight 0..1) and status; thinner out of focus. */
export function lineWidthPx(weight: number, status: RouteStatus, focus: boolean): number {
	return (1.4 + 2.4 * weight) * STATUS_STYLE[status].width * (focus ? 1 : 0.7);
}

export interface RouteDraw {
	/** The member routes' keys ("producer>consumer"), joined by "+". */
	key: string;
	/** The largest member route (its status, cause and control are every member's). */
	info: RouteInfo;
	/** The routes drawn as this arc: one, or several sharing the whole corridor and status. */
	members: RouteInfo[];
	consumer: FactionId;
	path: Polyline;
	/** Volume weight 0..1 (line width), by the members' summed planned volume. */
	weight: number;
	/** Distance along the path of the mark for a cut or a restriction, if any. */
	markAt: number | null;
	/** The region the consumer's supplies arrive at, if its anchor is a region. */
	home: RegionId | null;
	/** Distance along the path where it leaves the producer's leg. */
	firstLeg: number;
	/** A faction's supply from its own producer(s). */
	domestic: boolean;
	/** Via regions a domestic route is not drawn through (off its way home); a blockade there cuts it. */
	bypassed: RegionId[];
}

/** A faction's supply from its own producer where the two stand together: a mark on the pin. */
export interface HomeMark {
	/** The member routes' keys, joined by "+". */
	key: string;
	/** The largest member route. */
	info: RouteInfo;
	/** Co-located producers of the faction with the same status share one mark. */
	members: RouteInfo[];
	consumer: FactionId;
	/** The region the consumer's supplies arrive at, if its anchor is a region. */
	home: RegionId | null;
	/** The producer pin's place, world units. */
	x: number;
	y: number;
	/** Volume weight 0..1, on the same scale as the routes'. */
	weight: number;
	/** Distance around the mark's ring of its cut or restriction mark, CSS px; null while flowing. */
	markAt: number | null;
}

/** What the focus rules read of a route or a mark. */
export type FocusTarget = Pick<RouteDraw, "members" | "consumer" | "home">;

interface Node {
	id: string;
	x: number;
	y: number;
	/** A via region (routes pass through it), else a producer or a destination. */
	gate: boolean;
	dest: boolean;
	/** World radius of a via region. */
	r: number;
}

interface Stroke {
	key: string;
	members: RouteInfo[];
	consumer: FactionId;
	home: RegionId | null;
	nodes: Node[];
	planned: number;
	weight: number;
	/** Width in focus at the home view, CSS px. */
	width: number;
	domestic: boolean;
	bypassed: RegionId[];
}

interface LegUse {
	stroke: Stroke;
	/** The leg is stroke.nodes[i] -> stroke.nodes[i + 1]. */
	i: number;
	/** Whether the stroke runs a -> b. */
	forward: boolean;
}

interface Leg {
	id: string;
	a: Node;
	b: Node;
	/** The quadratic Bézier's control point. */
	c: P;
	uses: LegUse[];
	/** Lane centre of each stroke across the leg, CSS px along the normal of a -> b. */
	lane: Map<string, number>;
	/** The lanes' total width, CSS px. */
	width: number;
}

const perp = (v: P): P => ({ x: -v.y, y: v.x });
const dot = (a: P, b: P) => a.x * b.x + a.y * b.y;
function unit(v: P): P {
	const l = Math.hypot(v.x, v.y);
	return l > 1e-12 ? { x: v.x / l, y: v.y / l } : { x: 1, y: 0 };
}
const sub = (a: P, b: P): P => ({ x: a.x - b.x, y: a.y - b.y });
const smooth = (t: number) => {
	const u = Math.max(0, Math.min(1, t));
	return u * u * (3 - 2 * u);
};

/**
 * The drawable strokes, and the domestic routes that are pin marks instead: every route has a
 * producer and a destination, so every one is drawn.
 */
function strokesOf(model: MapModel): { strokes: Stroke[]; marks: HomeMark[] } {
	const nodes = new Map<string, Node>();
	const nodeAt = (id: string, x: number, y: number, gate: boolean, dest: boolean, r: number): Node => {
		let n = nodes.get(id);
		if (!n) {
			n = { id, x, y, gate, dest, r };
			nodes.set(id, n);
		}
		return n;
	};
	const byKey = new Map<string, Stroke>();
	const out: Stroke[] = [];
	const marks = new Map<string, HomeMark>();
	for (const info of model.routes) {
		const from = model.producers.get(info.producer.id);
		const to = model.anchors.get(info.consumer);
		if (!from || !to) continue;
		const origin = nodeAt(`p:${Math.round(from.x)},${Math.round(from.y)}`, from.x, from.y, false, false, 0);
		const dest = nodeAt(`f:${info.consumer}`, to.x, to.y, false, true, 0);
		const path: Node[] = [origin];
		const domestic = isDomestic(info);
		const bypassed: RegionId[] = [];
		const direct = Math.hypot(to.x - from.x, to.y - from.y);
		for (const id of info.producer.via) {
			const reg = model.regions.get(id);
			// a region outside the frame (the Strait of Malacca) is passed off the map: not a leg here
			if (!reg || !projection.inFrame(reg.region.lon, reg.region.lat)) continue;
			const r = reg.region.kind === "sea" ? seaRadius(reg.region.value) : LAND_GATE_PX * LAYOUT_PX;
			const near = (n: Node) => Math.hypot(n.x - reg.x, n.y - reg.y) < Math.max(r, n.r);
			// a region the route starts or ends in, or passes twice, is not a leg of its own
			if (near(origin) || near(dest) || path.some((n) => n.gate && n.id === `g:${id}`)) continue;
			// a producer's via is its export route: its home market is not drawn out to sea and back
			// (Bayan Obo to Fujian by the East China Sea), though a blockade there still cuts it
			const detour = Math.hypot(reg.x - from.x, reg.y - from.y) + Math.hypot(to.x - reg.x, to.y - reg.y);
			if (domestic && detour > HOME_DETOUR * direct) {
				bypassed.push(id);
				continue;
			}
			path.push(nodeAt(`g:${id}`, reg.x, reg.y, true, false, r));
		}
		path.push(dest);
		const cause = info.control
			? `${info.control.issuer}>${info.control.target}:${info.control.material}:${info.control.level}`
			: (info.blockade ?? "");
		if (domestic && path.length === 2 && Math.hypot(from.x - to.x, from.y - to.y) < HOME_MARK_PX * LAYOUT_PX) {
			const key = [origin.id, info.consumer, info.status, cause].join("#");
			const same = marks.get(key);
			if (same) same.members.push(info);
			else {
				marks.set(key, {
					key,
					info,
					members: [info],
					consumer: info.consumer,
					home: to.region,
					x: from.x,
					y: from.y,
					weight: 0,
					markAt: null,
				});
			}
			continue;
		}
		const key = [path.map((n) => n.id).join("|"), info.producer.owner, info.status, cause].join("#");
		const same = byKey.get(key);
		if (same) {
			same.members.push(info);
			same.planned += info.planned;
			continue;
		}
		const s: Stroke = {
			key,
			members: [info],
			consumer: info.consumer,
			home: to.region,
			nodes: path,
			planned: info.planned,
			weight: 0,
			width: 0,
			domestic,
			bypassed,
		};
		byKey.set(key, s);
		out.push(s);
	}
	// widths are scaled by the largest export, so a big home market (Bayan Obo's) does not make
	// every export hairline thin; a domestic flow past that scale is drawn as wide as it
	const exports = out.filter((s) => !s.domestic);
	const maxPlanned = Math.max(1, ...(exports.length > 0 ? exports : out).map((s) => s.planned));
	const weightOf = (planned: number) => Math.min(1, Math.sqrt(planned / maxPlanned));
	const byVolume = (a: RouteInfo, b: RouteInfo) => b.planned - a.planned || (a.key < b.key ? -1 : 1);
	for (const s of out) {
		s.members.sort(byVolume);
		s.key = s.members.map((m) => m.key).join("+");
		s.weight = weightOf(s.planned);
		s.width = lineWidthPx(s.weight, s.members[0].status, true);
	}
	const homeMarks = [...marks.values()].map((m) => {
		m.members.sort(byVolume);
		m.info = m.members[0];
		m.key = m.members.map((r) => r.key).join("+");
		m.weight = weightOf(m.members.reduce((n, r) => n + r.planned, 0));
		m.markAt = m.info.status === "flowing" ? null : HOME_RING.sweep * HOME_RING.radius * 0.5;
		return m;
	});
	return { strokes: out, marks: homeMarks };
}

/** The producers that carry a home mark: their labels stand clear of its ring. */
export function homeMarkedProducers(model: MapModel): Set<string> {
	return new Set(strokesOf(model).marks.flatMap((m) => m.members.map((r) => r.producer.id)));
}

/** The nodes of a stroke past index `from`, walking in direction `step` (nearest first). */
function beyond(s: Stroke, from: number, step: 1 | -1): Node[] {
	const out: Node[] = [];
	for (let k = from + step; k >= 0 && k < s.nodes.length; k += step) out.push(s.nodes[k]);
	return out;
}

/**
 * Which side of a leg a stroke's lane belongs on (larger: further along perp(b − a)): how far it
 * turns toward that side where it goes on after b, and where it came from before a.
 * The turn is an angle, not a sideways component, so that a route doubling back (Ganzhou to Taiwan
 * through the East China Sea) lies outside one that turns less.
 */
function sideScore(leg: Leg, use: LegUse): number {
	const u = unit(sub(leg.b, leg.a));
	const n = perp(u);
	const ia = use.forward ? use.i : use.i + 1;
	const ib = use.forward ? use.i + 1 : use.i;
	let score = 0;
	const add = (base: Node, ahead: P, far: Node[]) => {
		let k = 1;
		for (const m of far) {
			const v = sub(m, base);
			score += (k * Math.atan2(dot(n, v), dot(ahead, v))) / Math.PI;
			k *= 0.5;
		}
	};
	add(leg.b, u, beyond(use.stroke, ib, use.forward ? 1 : -1));
	add(leg.a, { x: -u.x, y: -u.y }, beyond(use.stroke, ia, use.forward ? -1 : 1));
	return score;
}

function buildLegs(strokes: Stroke[]): Map<string, Leg> {
	const legs = new Map<string, Leg>();
	for (const s of strokes) {
		for (let i = 0; i + 1 < s.nodes.length; i++) {
			const p = s.nodes[i];
			const q = s.nodes[i + 1];
			const forward = p.id < q.id;
			const [a, b] = forward ? [p, q] : [q, p];
			const id = `${a.id}~${b.id}`;
			let leg = legs.get(id);
			if (!leg) {
				const bow = a.gate || b.gate ? BOW_LEG : BOW_DIRECT;
				leg = { id, a, b, c: bowControl(a, b, bow), uses: [], lane: new Map(), width: 0 };
				legs.set(id, leg);
			}
			leg.uses.push({ stroke: s, i, forward });
		}
	}
	fanLegs(legs);
	for (const leg of legs.values()) {
		const order = leg.uses
			.map((u) => ({ u, score: sideScore(leg, u) }))
			.sort((x, y) => x.score - y.score || (x.u.stroke.key < y.u.stroke.key ? -1 : 1));
		let pos = 0;
		const centres: number[] = [];
		order.forEach(({ u }, k) => {
			if (k > 0) pos += order[k - 1].u.stroke.width / 2 + LANE_GAP_PX + u.stroke.width / 2;
			centres.push(pos);
		});
		const first = order[0].u.stroke.width / 2;
		const last = order[order.length - 1].u.stroke.width / 2;
		leg.width = first + pos + last;
		const mid = (pos + last - first) / 2;
		for (const [k, { u }] of order.entries()) leg.lane.set(u.stroke.key, centres[k] - mid);
	}
	return legs;
}

/**
 * Legs leaving a producer or reaching a destination in about the same direction from different
 * places (Ganzhou and Mozambique, both to Japan) would otherwise run almost on top of each other:
 * each gets a distinct curvature, bowed further toward its own side of the group.
 */
function fanLegs(legs: Map<string, Leg>): void {
	const push = new Map<string, P>();
	const atNode = new Map<string, { leg: Leg; dir: P }[]>();
	for (const leg of legs.values()) {
		// a home market's leg keeps its own bow: it does not bend the exports beside it
		if (leg.uses.every((u) => u.stroke.domestic)) continue;
		for (const node of [leg.a, leg.b]) {
			if (node.gate) continue;
			const list = atNode.get(node.id) ?? [];
			list.push({ leg, dir: unit(sub(leg.c, node)) });
			atNode.set(node.id, list);
		}
	}
	for (const ends of atNode.values()) {
		for (const g of clusterAngles(
			ends.map((e) => Math.atan2(e.dir.y, e.dir.x)),
			(CLUSTER_DEG * Math.PI) / 180,
		)) {
			if (g.length < 2) continue;
			const members = g.map((k) => ends[k]);
			const q = perp(unit(members.reduce((acc, e) => ({ x: acc.x + e.dir.x, y: acc.y + e.dir.y }), { x: 0, y: 0 })));
			members.sort((x, y) => dot(q, x.dir) - dot(q, y.dir) || (x.leg.id < y.leg.id ? -1 : 1));
			members.forEach((e, k) => {
				const len = Math.hypot(e.leg.b.x - e.leg.a.x, e.leg.b.y - e.leg.a.y);
				const d = (k - (members.length - 1) / 2) * FAN * len;
				const p = push.get(e.leg.id) ?? { x: 0, y: 0 };
				push.set(e.leg.id, { x: p.x + q.x * d, y: p.y + q.y * d });
			});
		}
	}
	for (const [id, p] of push) {
		const leg = legs.get(id);
		if (leg) leg.c = { x: leg.c.x + p.x, y: leg.c.y + p.y };
	}
}

/** Groups angles (radians) that lie within `gap` of a neighbour, around the circle. */
export function clusterAngles(angles: readonly number[], gap: number): number[][] {
	const n = angles.length;
	if (n === 0) return [];
	const norm = (a: number) => ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
	const idx = angles.map((_, i) => i).sort((i, j) => norm(angles[i]) - norm(angles[j]));
	const groups: number[][] = [[idx[0]]];
	for (let k = 1; k < n; k++) {
		if (norm(angles[idx[k]]) - norm(angles[idx[k - 1]]) > gap) groups.push([]);
		groups[groups.length - 1].push(idx[k]);
	}
	// the last group wraps round to the first
	if (groups.length > 1 && norm(angles[idx[0]]) + 2 * Math.PI - norm(angles[idx[n - 1]]) <= gap) {
		const tail = groups.pop() ?? [];
		groups[0] = [...tail, ...groups[0]];
	}
	return groups;
}

/**
 * The offset (world vector) of every stroke's lane where each leg meets each of its nodes: legs
 * leaving a node in about the same direction lie side by side, in the order of their directions.
 */
function endOffsets(legs: Map<string, Leg>): Map<string, P> {
	const atNode = new Map<string, { leg: Leg; dir: P }[]>();
	for (const leg of legs.values()) {
		for (const node of [leg.a, leg.b]) {
			const list = atNode.get(node.id) ?? [];
			list.push({ leg, dir: unit(sub(leg.c, node)) });
			atNode.set(node.id, list);
		}
	}
	const out = new Map<string, P>();
	for (const [nodeId, ends] of atNode) {
		const groups = clusterAngles(
			ends.map((e) => Math.atan2(e.dir.y, e.dir.x)),
			(CLUSTER_DEG * Math.PI) / 180,
		);
		for (const g of groups) {
			const members = g.map((k) => ends[k]);
			const m = unit(members.reduce((acc, e) => ({ x: acc.x + e.dir.x, y: acc.y + e.dir.y }), { x: 0, y: 0 }));
			const q = perp(m);
			members.sort((x, y) => dot(q, x.dir) - dot(q, y.dir) || (x.leg.id < y.leg.id ? -1 : 1));
			const total = members.reduce((n, e) => n + e.leg.width, 0) + LANE_GAP_PX * (members.length - 1);
			let cursor = -total / 2;
			for (const e of members) {
				const centre = cursor + e.leg.width / 2;
				cursor += e.leg.width + LANE_GAP_PX;
				const s = Math.sign(dot(perp(unit(sub(e.leg.b, e.leg.a))), q)) || 1;
				for (const [key, lane] of e.leg.lane) {
					const pos = (centre + s * lane) * LAYOUT_PX;
					out.set(`${e.leg.id}@${nodeId}@${key}`, { x: q.x * pos, y: q.y * pos });
				}
			}
		}
	}
	return out;
}

/** The id of the leg between two nodes (either way round). */
function legId(p: Node, q: Node): string {
	return p.id < q.id ? `${p.id}~${q.id}` : `${q.id}~${p.id}`;
}

/** The points of one stroke's lane along a leg, in the stroke's direction of travel. */
function lanePoints(leg: Leg, use: LegUse, offA: P, offB: P): P[] {
	const { a, b, c } = leg;
	const L = Math.hypot(b.x - a.x, b.y - a.y);
	if (L < 1e-9) return [{ x: a.x, y: a.y }];
	const normal = (t: number) => perp(unit(quadraticTangent(a, c, b, t)));
	const oA = dot(offA, normal(0));
	const oB = dot(offB, normal(1));
	const tA = a.gate ? Math.min(0.4, (a.r * GATE_TRIM) / L) : 0;
	const tB = b.gate ? Math.max(0.6, 1 - (b.r * GATE_TRIM) / L) : 1;
	const taper = Math.min(END_TAPER_PX * LAYOUT_PX, 0.4 * L);
	const ringA = a.dest ? DEST_RING : 0;
	const ringB = b.dest ? DEST_RING : 0;
	const n = Math.max(8, Math.min(96, Math.ceil((L * (tB - tA)) / (5 * LAYOUT_PX))));
	const pts: P[] = [];
	for (let k = 0; k <= n; k++) {
		const t = tA + ((tB - tA) * k) / n;
		const base = quadratic(a, c, b, t);
		const N = normal(t);
		let o = oA + (oB - oA) * smooth((t - tA) / (tB - tA));
		if (!a.gate) o *= ringA + (1 - ringA) * smooth((t * L) / taper);
		if (!b.gate) o *= ringB + (1 - ringB) * smooth(((1 - t) * L) / taper);
		pts.push({ x: base.x + N.x * o, y: base.y + N.y * o });
	}
	return use.forward ? pts : pts.reverse();
}

/**
 * A smooth turn through a via region, from the end of one lane to the start of the next: rounded on
 * the corner where the two lanes' lines meet when they meet ahead of both, else an S-bend.
 */
export function gateTurn(from: P, fromDir: P, to: P, toDir: P, gate: P): P[] {
	const steps = 14;
	const pts: P[] = [];
	// where the line ahead of `from` meets the line behind `to`
	const den = fromDir.x * toDir.y - fromDir.y * toDir.x;
	const gap = Math.hypot(to.x - from.x, to.y - from.y);
	if (Math.abs(den) > 0.05) {
		const wx = to.x - from.x;
		const wy = to.y - from.y;
		const s = (wx * toDir.y - wy * toDir.x) / den;
		const u = (fromDir.x * wy - fromDir.y * wx) / den;
		if (s > 0 && u > 0 && s < 3 * gap + 1 && u < 3 * gap + 1) {
			const corner = { x: from.x + fromDir.x * s, y: from.y + fromDir.y * s };
			for (let k = 1; k < steps; k++) pts.push(quadratic(from, corner, to, k / steps));
			return pts;
		}
	}
	const h = 0.3 * (Math.hypot(from.x - gate.x, from.y - gate.y) + Math.hypot(to.x - gate.x, to.y - gate.y));
	const c1 = { x: from.x + fromDir.x * h, y: from.y + fromDir.y * h };
	const c2 = { x: to.x - toDir.x * h, y: to.y - toDir.y * h };
	for (let k = 1; k < steps; k++) pts.push(cubic(from, c1, c2, to, k / steps));
	return pts;
}

/** The point at arc length d along points (clamped), and the index of the first point past it. */
function along(pts: readonly P[], d: number): { p: P; i: number } {
	let acc = 0;
	for (let i = 1; i < pts.length; i++) {
		const seg = Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
		if (acc + seg >= d) {
			const t = seg > 0 ? (d - acc) / seg : 0;
			return { p: { x: pts[i - 1].x + (pts[i].x - pts[i - 1].x) * t, y: pts[i - 1].y + (pts[i].y - pts[i - 1].y) * t }, i };
		}
		acc += seg;
	}
	return { p: { ...pts[pts.length - 1] }, i: pts.length };
}

function arcLength(pts: readonly P[]): number {
	let n = 0;
	for (let i = 1; i < pts.length; i++) n += Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
	return n;
}

/**
 * Joins a lane arriving at a via region (the end of `pts`, cut back or extended in place) to the
 * lane leaving it (`next`). The corner where the two lanes' lines meet is rounded like one of a
 * set of concentric arcs about the region's centre: the route through the centre turns on a radius
 * that fits the region, a lane outside it on a radius as much larger as it lies further out, so
 * lanes that turn together keep their spacing through the turn. Lanes that meet nowhere near (a
 * sideways shift) get an S-bend (gateTurn). Returns the points between, and where to go on in `next`.
 */
function joinLanes(pts: P[], next: P[], gate: Node): { turn: P[]; from: number } {
	const end = pts[pts.length - 1];
	const fromDir = unit(sub(end, pts[pts.length - 2]));
	const toDir = unit(sub(next[1], next[0]));
	const start = next[0];
	const den = fromDir.x * toDir.y - fromDir.y * toDir.x;
	const w = sub(start, end);
	const gap = Math.hypot(w.x, w.y);
	const theta = Math.acos(Math.max(-1, Math.min(1, dot(fromDir, toDir))));
	const sbend = () => ({ turn: gateTurn(end, fromDir, start, toDir, gate), from: 0 });
	if (theta > HAIRPIN) {
		// doubling back: a U, as wide as the lanes lie apart and no narrower than a region's core
		const ahead = dot(fromDir, w);
		const h = Math.max(0.67 * Math.abs(den === 0 ? 0 : fromDir.x * w.y - fromDir.y * w.x), 0.45 * gate.r);
		const c1 = { x: end.x + fromDir.x * (h + Math.max(0, ahead)), y: end.y + fromDir.y * (h + Math.max(0, ahead)) };
		const c2 = { x: start.x - toDir.x * (h + Math.max(0, -ahead)), y: start.y - toDir.y * (h + Math.max(0, -ahead)) };
		const turn: P[] = [];
		for (let k = 1; k < 16; k++) turn.push(cubic(end, c1, c2, start, k / 16));
		return { turn, from: 0 };
	}
	if (Math.abs(den) < 0.08 || theta < 0.12) return sbend();
	// the corner: end + fromDir·s = start − toDir·u
	const s = (w.x * toDir.y - w.y * toDir.x) / den;
	const u = (fromDir.x * w.y - fromDir.y * w.x) / den;
	const reach = 2 * gate.r + gap;
	if (Math.abs(s) > reach || Math.abs(u) > reach) return sbend();
	const corner = { x: end.x + fromDir.x * s, y: end.y + fromDir.y * s };
	const half = theta / 2;
	const tan = Math.tan(half);
	// the centre route's radius, and this lane's: further out by its corner's distance outward
	const r0 = (GATE_TRIM * gate.r) / Math.max(1, tan);
	const outward = unit(sub(fromDir, toDir));
	const offset = dot(sub(corner, gate), outward) * Math.cos(half);
	const radius = Math.max(1.5 * LAYOUT_PX, r0 + offset);
	const inLength = arcLength(pts);
	const outLength = arcLength(next);
	// how far the rounding reaches back along each lane from the corner
	const back = Math.min(radius * tan, inLength + s - 1e-6, outLength - u - 1e-6, 2.5 * gate.r);
	if (!(back > 0)) return sbend();
	// the incoming lane up to the rounding's start (cut back, or extended along its line)
	const a = s - back;
	let from: P;
	if (a >= 0) {
		from = { x: end.x + fromDir.x * a, y: end.y + fromDir.y * a };
		pts.push(from);
	} else {
		const cut = along(pts, inLength + a);
		pts.length = cut.i;
		pts.push(cut.p);
		from = cut.p;
	}
	// and the outgoing lane from the rounding's end
	const b = back - u;
	const turn: P[] = [];
	let to: P;
	let rest = 0;
	if (b <= 0) {
		to = { x: start.x - toDir.x * -b, y: start.y - toDir.y * -b };
	} else {
		const cut = along(next, b);
		to = cut.p;
		rest = cut.i;
	}
	for (let k = 1; k <= 12; k++) turn.push(quadratic(from, corner, to, k / 12));
	return { turn, from: rest };
}

/** Builds the drawable routes of a model: every route but domestic supply drawn as a pin mark. */
export function layoutRoutes(model: MapModel): RouteDraw[] {
	return layoutSupply(model).routes;
}

/** The routes drawn as arcs, and the domestic supply drawn as marks on producer pins. */
export function layoutSupply(model: MapModel): { routes: RouteDraw[]; marks: HomeMark[] } {
	const { strokes, marks } = strokesOf(model);
	const legs = buildLegs(strokes);
	const offsets = endOffsets(legs);
	const legOf = (s: Stroke, i: number) => {
		const p = s.nodes[i];
		const q = s.nodes[i + 1];
		const leg = legs.get(legId(p, q));
		if (!leg) throw new Error("routeLayout: a leg went missing");
		return leg;
	};
	const zero = { x: 0, y: 0 };
	const drawn = strokes.map((s) => {
		const pts: P[] = [];
		let firstLegPoints = 0;
		for (let i = 0; i + 1 < s.nodes.length; i++) {
			const leg = legOf(s, i);
			const use = leg.uses.find((u) => u.stroke === s && u.i === i);
			if (!use) continue;
			const offA = offsets.get(`${leg.id}@${leg.a.id}@${s.key}`) ?? zero;
			const offB = offsets.get(`${leg.id}@${leg.b.id}@${s.key}`) ?? zero;
			const lane = lanePoints(leg, use, offA, offB);
			if (pts.length > 1 && lane.length > 1) {
				const { turn, from } = joinLanes(pts, lane, s.nodes[i]);
				if (i === 1) firstLegPoints = pts.length;
				pts.push(...turn, ...lane.slice(from));
			} else pts.push(...lane);
		}
		if (s.nodes.length === 2) firstLegPoints = pts.length;
		return { s, path: polyline(pts), firstLegPoints };
	});
	// marks for a control on the producer's leg, staggered across the lanes that leave together
	const markRank = new Map<string, number>();
	for (const leg of legs.values()) {
		const marked = [...leg.uses]
			.filter((u) => u.i === 0 && u.stroke.members[0].status !== "flowing" && !u.stroke.members[0].blockade)
			.sort((x, y) => (leg.lane.get(x.stroke.key) ?? 0) - (leg.lane.get(y.stroke.key) ?? 0));
		for (const [k, u] of marked.entries()) markRank.set(u.stroke.key, k);
	}
	const routes = drawn.map(({ s, path, firstLegPoints }): RouteDraw => {
		const info = s.members[0];
		const firstLeg = path.cum[Math.max(0, firstLegPoints - 1)] ?? path.length;
		let markAt: number | null = null;
		if (info.status !== "flowing") {
			const blockaded = info.blockade ? model.regions.get(info.blockade) : undefined;
			markAt = blockaded
				? nearestDistance(path, blockaded)
				: firstLeg * (0.3 + 0.16 * ((markRank.get(s.key) ?? 0) % 3));
			// a blockade off the route's way: on the route toward it, clear of either end
			if (blockaded && s.bypassed.includes(blockaded.region.id)) {
				markAt = Math.max(0.25 * path.length, Math.min(0.75 * path.length, markAt));
			}
		}
		return {
			key: s.key,
			info,
			members: s.members,
			consumer: s.consumer,
			path,
			weight: s.weight,
			markAt,
			home: s.home,
			firstLeg,
			domestic: s.domestic,
			bypassed: s.bypassed,
		};
	});
	return { routes, marks };
}

/**
 * Label spots for a control's mark on a route heading `angle` (radians, screen): beside the mark on
 * either side first, then further along the route both ways, where lanes and labels crowd it.
 */
export function markSpots(angle: number): { dx: number; dy: number; ox: number; oy: number }[] {
	const dir = { x: Math.cos(angle), y: Math.sin(angle) };
	const out: { dx: number; dy: number; ox: number; oy: number }[] = [];
	for (const along of [0, 34, -34, 68, -68]) {
		for (const side of [-1, 1]) {
			// the side of the route away from it, the label's corner on the route's side
			const nx = -dir.y * side;
			const ny = dir.x * side;
			out.push({
				dx: dir.x * along + nx * 10,
				dy: dir.y * along + ny * 10,
				ox: nx >= 0 ? 0 : 1,
				oy: ny >= 0 ? 0 : 1,
			});
		}
	}
	return out;
}

/**
 * Whether a route or a home mark is in focus: the selection's, else the player's, else all of them.
 * A faction's domestic supply is its own as consumer and as producer alike.
 */
export function routeInFocus(r: FocusTarget, player: string | null, selection: Selection): boolean {
	const fromProducer = (id: string) => r.members.some((m) => m.producer.id === id);
	const fromFaction = (id: string) => r.members.some((m) => m.producer.owner === id);
	if (selection?.kind === "producer") return fromProducer(selection.id);
	if (selection?.kind === "faction") return r.consumer === selection.id || fromFaction(selection.id);
	if (selection?.kind === "region") {
		if (r.home === selection.id || r.members.some((m) => m.producer.via.includes(selection.id))) return true;
		if (!player) return false;
	}
	if (!player) return true;
	return r.consumer === player || fromFaction(player);
}

/**
 * Destinations that are not a region on the map (a faction's anchor from the scenario or from its
 * producers, perhaps off the frame) but that a drawn route ends at: the routes layer marks and
 * names them (regions have their own pins).
 */
export function extraDestinations(model: MapModel, routes: readonly RouteDraw[]): PlacedAnchor[] {
	const used = new Set(routes.map((r) => r.consumer));
	return [...model.anchors.values()].filter((a) => used.has(a.faction) && a.region === null);
}

/** The label of such a destination: "Australia ↓" on the frame's edge, else the faction's name. */
export function destinationLabel(model: MapModel, a: PlacedAnchor): string {
	const name = model.factions.get(a.faction)?.name ?? a.faction;
	return a.edge ? `${name} ${bearingArrow(a.edge.bearing)}` : name;
}
