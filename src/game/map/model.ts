// Everything the game layers need to draw one state, computed once per state change.
import type { FactionId, GameState, RegionId, Scenario, ScenarioProducer, ScenarioRegion } from "../../engine";
import { PALETTE, parseHex, readableOn } from "./colour";
import { type EdgePoint, edgePoint } from "./edge";
import { projection } from "./projection";
import { type AnchorSource, type RouteInfo, factionAnchor, factionHome, supplyRoutes } from "./supply";

export interface FactionLook {
	id: FactionId;
	name: string;
	short: string;
	/** The scenario's colour. */
	colour: number;
	/** The colour lightened until it reads on the dark sea (for text). */
	text: number;
}

export interface PlacedRegion {
	region: ScenarioRegion;
	x: number;
	y: number;
}

export interface PlacedProducer {
	producer: ScenarioProducer;
	x: number;
	y: number;
	/** Set when the producer is outside the map frame and drawn at its edge. */
	edge: EdgePoint | null;
}

/** Where a faction's supplies arrive on the map: every faction has one (supply.ts factionAnchor). */
export interface PlacedAnchor {
	faction: FactionId;
	x: number;
	y: number;
	/** The region it stands on, if any. */
	region: RegionId | null;
	/** Set when the place is outside the map frame and drawn at its edge. */
	edge: EdgePoint | null;
	source: AnchorSource;
}

export interface MapModel {
	scenario: Scenario;
	state: GameState;
	player: FactionId | null;
	factions: Map<FactionId, FactionLook>;
	regions: Map<RegionId, PlacedRegion>;
	producers: Map<string, PlacedProducer>;
	/** Where each faction's supplies arrive (its home region's position), if it has one. */
	homes: Map<FactionId, { region: RegionId; x: number; y: number }>;
	/** Where each faction's supplies arrive, for every faction (routes end here). */
	anchors: Map<FactionId, PlacedAnchor>;
	routes: RouteInfo[];
}

/** World radius of a sea region's area: bigger for more valuable places (about 0.7 to 1.3 degrees). */
export function seaRadius(value: number): number {
	const perDegree = projection.width / (projection.frame.east - projection.frame.west);
	return (0.6 + 0.07 * Math.max(1, Math.min(10, value))) * perDegree;
}

/** World units from the frame edge for things placed on it. */
export const EDGE_INSET = 70;

function place(lon: number, lat: number): { x: number; y: number; edge: EdgePoint | null } {
	if (projection.inFrame(lon, lat)) {
		const [x, y] = projection.project(lon, lat);
		return { x, y, edge: null };
	}
	const e = edgePoint(lon, lat, EDGE_INSET);
	return { x: e.x, y: e.y, edge: e };
}

export function buildModel(scenario: Scenario, state: GameState, player: FactionId | null): MapModel {
	const factions = new Map<FactionId, FactionLook>();
	for (const f of scenario.factions) {
		const colour = parseHex(f.colour);
		factions.set(f.id, {
			id: f.id,
			name: f.name,
			short: f.short,
			colour,
			text: readableOn(colour, PALETTE.seaTop, 4.5),
		});
	}
	const regions = new Map<RegionId, PlacedRegion>();
	for (const r of scenario.regions) {
		const { x, y } = place(r.lon, r.lat);
		regions.set(r.id, { region: r, x, y });
	}
	const producers = new Map<string, PlacedProducer>();
	for (const p of scenario.producers) producers.set(p.id, { producer: p, ...place(p.lon, p.lat) });
	const homes = new Map<FactionId, { region: RegionId; x: number; y: number }>();
	for (const f of scenario.factions) {
		const id = factionHome(scenario, state, f.id);
		const r = id ? regions.get(id) : undefined;
		if (id && r) homes.set(f.id, { region: id, x: r.x, y: r.y });
	}
	const anchors = new Map<FactionId, PlacedAnchor>();
	for (const f of scenario.factions) {
		const a = factionAnchor(scenario, state, f.id);
		const at = place(a.lon, a.lat);
		anchors.set(f.id, { faction: f.id, x: at.x, y: at.y, region: a.region, edge: at.edge, source: a.source });
	}
	return { scenario, state, player, factions, regions, producers, homes, anchors, routes: supplyRoutes(scenario, state) };
}

/** A faction's look, with a neutral fallback for unknown ids. */
export function lookOf(model: MapModel, id: FactionId | null): FactionLook {
	return (
		(id ? model.factions.get(id) : undefined) ?? {
			id: id ?? "",
			name: id ?? "unowned",
			short: id ?? "",
			colour: 0x8d99a6,
			text: 0xc5ced8,
		}
	);
}

export interface ForceChip {
	faction: FactionId;
	units: number;
	/** "base": the owner's own forces on its land; "deployment": anyone else's, or at sea. */
	kind: "base" | "deployment";
}

/** The chips a region shows, in scenario faction order. */
export function forceChips(
	model: Pick<MapModel, "scenario">,
	state: GameState,
	region: RegionId,
	kind: "land" | "sea",
): ForceChip[] {
	const rs = state.regions[region];
	if (!rs) return [];
	const out: ForceChip[] = [];
	for (const f of model.scenario.factions) {
		const units = rs.forces[f.id] ?? 0;
		if (units <= 0) continue;
		out.push({ faction: f.id, units, kind: kind === "land" && rs.owner === f.id ? "base" : "deployment" });
	}
	return out;
}
