// What the map draws as supply routes: one per (producer, consumer) contract, with a status.
// After a turn, state.flows is the truth; before the first turn (flows empty) the same rule as the
// engine's supply step is applied to the contracts, controls and blockades in the state, so the
// opening map already shows the export controls the scenario starts with.
import type {
	ExportControl,
	FactionId,
	GameState,
	RegionId,
	Scenario,
	ScenarioFaction,
	ScenarioProducer,
} from "../../engine";
import { shortName } from "./places";

export type RouteStatus = "flowing" | "restricted" | "cut";

export interface RouteInfo {
	/** "producer>consumer". */
	key: string;
	producer: ScenarioProducer;
	consumer: FactionId;
	material: string;
	planned: number;
	delivered: number;
	status: RouteStatus;
	cause: "control" | "blockade" | null;
	/** The export control covering this route, if any. */
	control: ExportControl | null;
	/** The blockaded region on the route, if any. */
	blockade: RegionId | null;
}

/** A faction's supply from its own producer (no export control applies; blockades still do). */
export function isDomestic(r: Pick<RouteInfo, "consumer" | "producer">): boolean {
	return r.consumer === r.producer.owner;
}

export function statusOf(planned: number, delivered: number): RouteStatus {
	if (delivered >= planned) return "flowing";
	return delivered <= 0 ? "cut" : "restricted";
}

export function supplyRoutes(scenario: Scenario, state: GameState): RouteInfo[] {
	const producers = new Map(scenario.producers.map((p) => [p.id, p]));
	const controlFor = (p: ScenarioProducer, consumer: FactionId) =>
		consumer === p.owner
			? null
			: (state.exportControls.find((x) => x.issuer === p.owner && x.target === consumer && x.material === p.material) ??
				null);
	const blockadeOn = (p: ScenarioProducer) => p.via.find((r) => state.regions[r]?.blockaded) ?? null;
	const out: RouteInfo[] = [];
	if (state.flows.length > 0) {
		for (const f of state.flows) {
			const p = producers.get(f.producer);
			if (!p || (f.planned <= 0 && f.delivered <= 0)) continue;
			out.push({
				key: `${f.producer}>${f.consumer}`,
				producer: p,
				consumer: f.consumer,
				material: f.material,
				planned: f.planned,
				delivered: f.delivered,
				status: statusOf(f.planned, f.delivered),
				cause: f.cut,
				control: f.cut === "control" ? controlFor(p, f.consumer) : null,
				blockade: f.cut === "blockade" ? blockadeOn(p) : null,
			});
		}
		return out;
	}
	for (const p of scenario.producers) {
		const ps = state.producers[p.id];
		if (!ps?.active) continue;
		for (const c of state.contracts) {
			if (c.producer !== p.id) continue;
			const planned = Math.floor((ps.capacity * c.share) / 100);
			if (planned <= 0) continue;
			let delivered = planned;
			let cause: RouteInfo["cause"] = null;
			const blockade = blockadeOn(p);
			const control = blockade ? null : controlFor(p, c.consumer);
			if (blockade) {
				delivered = 0;
				cause = "blockade";
			} else if (control) {
				delivered = planned - Math.floor((planned * control.level) / 3);
				cause = "control";
			}
			out.push({
				key: `${p.id}>${c.consumer}`,
				producer: p,
				consumer: c.consumer,
				material: p.material,
				planned,
				delivered,
				status: statusOf(planned, delivered),
				cause,
				control,
				blockade,
			});
		}
	}
	return out;
}

const LEVEL_WORDS = ["", "licensing", "curbs", "ban"];

/** "PRC→JPN dytb ban": the map's label for an export control. */
export function controlLabel(scenario: Scenario, c: ExportControl): string {
	const short = (id: string) => scenario.factions.find((f) => f.id === id)?.short ?? id;
	return `${short(c.issuer)}→${short(c.target)} ${c.material} ${LEVEL_WORDS[c.level] ?? `level ${c.level}`}`;
}

/**
 * The map's short label for a faction's supply from its own producers: "own 50 ndpr", with what
 * arrives out of what was planned when less gets through ("own 0/544 dytb"), and, given `cause`
 * ("East China Sea blockade"), what cut it.
 */
export function ownSupplyLabel(routes: readonly RouteInfo[], cause?: string): string {
	const planned = routes.reduce((n, r) => n + r.planned, 0);
	const delivered = routes.reduce((n, r) => n + r.delivered, 0);
	const amount = delivered >= planned ? `${delivered}` : `${delivered}/${planned}`;
	return `own ${amount} ${routes[0]?.material ?? ""}`.trimEnd() + (cause ? `, ${cause}` : "");
}

/** "East China Sea blockade": what the map calls a blockade it names. */
export function blockadeLabel(scenario: Scenario, region: RegionId): string {
	return `${scenario.regions.find((r) => r.id === region)?.name ?? region} blockade`;
}

/**
 * A sentence for a route, for tooltips and panels: "Japan from its own Shin-Etsu magnet plant: 50
 * ndpr a turn" for domestic supply, "Japan from Lynas NdPr (Australia): ..." otherwise, with what
 * holds it back.
 */
export function routeCaption(scenario: Scenario, r: RouteInfo): string {
	const name = (id: string) => scenario.factions.find((f) => f.id === id)?.name ?? id;
	const producer = shortName(r.producer.name);
	const from = isDomestic(r) ? `its own ${producer}` : `${producer} (${name(r.producer.owner)})`;
	const amount = r.delivered >= r.planned ? `${r.delivered}` : `${r.delivered} of ${r.planned}`;
	let why = "";
	if (r.cause === "blockade") {
		const region = r.blockade ? (scenario.regions.find((g) => g.id === r.blockade)?.name ?? r.blockade) : null;
		why = region ? `, cut by the blockade of ${region}` : ", cut by a blockade";
	} else if (r.cause === "control" && r.control) why = `, held back by ${controlLabel(scenario, r.control)}`;
	return `${name(r.consumer)} from ${from}: ${amount} ${r.material} a turn${why}`;
}

/**
 * Where a faction's supplies arrive on the map: its home region, the first land region it owns
 * (in scenario order; the state's owner wins over the scenario's). Null if it owns no land region.
 */
export function factionHome(scenario: Scenario, state: GameState | null, faction: FactionId): RegionId | null {
	for (const r of scenario.regions) {
		const owner = state?.regions[r.id]?.owner ?? r.owner;
		if (r.kind === "land" && owner === faction) return r.id;
	}
	return null;
}

/** How a faction's anchor was found, most to least specific. */
export type AnchorSource = "scenario" | "region" | "producer" | "presence" | "none";

export interface FactionAnchor {
	lon: number;
	lat: number;
	/** The region it stands on (home region or the region it holds or is present in), if any. */
	region: RegionId | null;
	source: AnchorSource;
}

/** The scenario's own place for a faction (its optional `anchor`), when it gives a usable one. */
function scenarioAnchor(f: ScenarioFaction | undefined): { lon: number; lat: number } | null {
	const a = f?.anchor;
	if (!a) return null;
	if (!Number.isFinite(a.lon) || !Number.isFinite(a.lat) || Math.abs(a.lat) > 85) return null;
	return { lon: a.lon, lat: a.lat };
}

/**
 * Where a faction's supplies arrive on the map, for every faction: the scenario's anchor if it gives
 * one; else its home region (factionHome); else its largest producer (Australia: Mt Weld, so its
 * imports run to the frame's edge in Australia's true direction); else a region it holds or has
 * forces in; else, with nothing on the map at all, a point off the frame's south-west edge (labelled
 * with the faction's name). Pure.
 */
export function factionAnchor(scenario: Scenario, state: GameState | null, faction: FactionId): FactionAnchor {
	const own = scenarioAnchor(scenario.factions.find((f) => f.id === faction));
	if (own) return { ...own, region: null, source: "scenario" };
	const home = factionHome(scenario, state, faction);
	const homeRegion = home ? scenario.regions.find((r) => r.id === home) : undefined;
	if (homeRegion) return { lon: homeRegion.lon, lat: homeRegion.lat, region: homeRegion.id, source: "region" };
	let best: ScenarioProducer | null = null;
	for (const p of scenario.producers) {
		if (p.owner === faction && (!best || p.capacity > best.capacity)) best = p;
	}
	if (best) return { lon: best.lon, lat: best.lat, region: null, source: "producer" };
	for (const r of scenario.regions) {
		const rs = state?.regions[r.id];
		const owner = rs?.owner ?? r.owner;
		const forces = rs?.forces[faction] ?? r.forces[faction] ?? 0;
		if (owner === faction || forces > 0) return { lon: r.lon, lat: r.lat, region: r.id, source: "presence" };
	}
	// nothing on the map at all: a point in the Indian Ocean, drawn on the frame's south-west edge
	return { lon: 75, lat: -25, region: null, source: "none" };
}
