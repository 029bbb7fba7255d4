// Where supply routes run: producer to the consumer's home region, through the regions they pass
// (a blockade there cuts them), fanned out where they share ends. Pure.
import type { Selection } from "../../app/bus";
import { type Polyline, nearestDistance, routePath } from "./curve";
import { type MapModel, seaRadius } from "./model";
import type { RouteInfo } from "./supply";

export interface RouteDraw {
	info: RouteInfo;
	path: Polyline;
	/** Volume weight 0..1 (line width). */
	weight: number;
	/** Distance along the path of the mark for a cut or a restriction, if any. */
	markAt: number | null;
	/** The consumer's home region. */
	home: string;
}

/** Where a route crosses a via region: the point of the region's core nearest to the route's chord. */
export function viaPoint(
	centre: { x: number; y: number },
	radius: number,
	from: { x: number; y: number },
	to: { x: number; y: number },
): { x: number; y: number } {
	const mx = (from.x + to.x) / 2 - centre.x;
	const my = (from.y + to.y) / 2 - centre.y;
	const d = Math.hypot(mx, my);
	const r = 0.55 * radius;
	if (d < 1e-9 || r <= 0) return { ...centre };
	const k = Math.min(d, r) / d;
	return { x: centre.x + mx * k, y: centre.y + my * k };
}

/**
 * Builds the drawable routes of a model. A faction's own domestic supply is not drawn (its producer
 * icon is enough), nor are routes to a faction with no home region on the map.
 */
export function layoutRoutes(model: MapModel): RouteDraw[] {
	const shown = model.routes.filter((r) => r.consumer !== r.producer.owner);
	const maxPlanned = Math.max(1, ...shown.map((r) => r.planned));
	const groups = new Map<string, number>();
	const out: RouteDraw[] = [];
	for (const info of shown) {
		const from = model.producers.get(info.producer.id);
		const home = model.homes.get(info.consumer);
		if (!from || !home) continue;
		const start = { x: from.x, y: from.y };
		const end = { x: home.x, y: home.y };
		const via = info.producer.via
			.map((id) => model.regions.get(id))
			.filter((r) => r !== undefined)
			.map((r) => viaPoint(r, r.region.kind === "sea" ? seaRadius(r.region.value) : 0, start, end));
		// fan out routes that share both ends
		const gkey = `${Math.round(from.x / 40)},${Math.round(from.y / 40)}>${info.consumer}`;
		const k = groups.get(gkey) ?? 0;
		groups.set(gkey, k + 1);
		const path = routePath(start, end, via, 0.14 + 0.08 * k);
		let markAt: number | null = null;
		if (info.status !== "flowing") {
			const blockaded = info.blockade ? model.regions.get(info.blockade) : undefined;
			markAt = blockaded ? nearestDistance(path, blockaded) : path.length * 0.28;
		}
		out.push({ info, path, weight: Math.sqrt(info.planned / maxPlanned), markAt, home: home.region });
	}
	return out;
}

/** Whether a route is in focus: the selection's, else the player's, else all of them. */
export function routeInFocus(r: RouteDraw, player: string | null, selection: Selection): boolean {
	if (selection?.kind === "producer") return r.info.producer.id === selection.id;
	if (selection?.kind === "faction") return r.info.consumer === selection.id || r.info.producer.owner === selection.id;
	if (selection?.kind === "region") {
		if (r.home === selection.id || r.info.producer.via.includes(selection.id)) return true;
		if (!player) return false;
	}
	if (!player) return true;
	return r.info.consumer === player || r.info.producer.owner === player;
}
