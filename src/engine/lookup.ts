// Id lookups over a scenario, built once per scenario object (scenarios are immutable data).
import type {
	Scenario,
	ScenarioEvent,
	ScenarioFaction,
	ScenarioLine,
	ScenarioMaterial,
	ScenarioMunition,
	ScenarioProducer,
	ScenarioProgramme,
	ScenarioRegion,
} from "./types";

export interface Lookup {
	faction: Map<string, ScenarioFaction>;
	region: Map<string, ScenarioRegion>;
	material: Map<string, ScenarioMaterial>;
	munition: Map<string, ScenarioMunition>;
	producer: Map<string, ScenarioProducer>;
	programme: Map<string, ScenarioProgramme>;
	line: Map<string, ScenarioLine>;
	event: Map<string, ScenarioEvent>;
	/** Factions in id order: every loop over factions uses it, so iteration order is fixed. */
	factionIds: string[];
	/** Defenders the challenger faces (from deterrencePairs). */
	defenders: string[];
	/** Each event's condition with every bound present, in scenario order (see Condition). */
	conditions: Condition[];
}

/**
 * An event's `when` with absent bounds filled in. Authored conditions each name a different
 * subset of bounds, so reading them directly meets a different object shape per event (a slow,
 * megamorphic property load in V8); the deck checks every event every turn, look-ahead included.
 */
export interface Condition {
	minTurn: number;
	maxTurn: number;
	minTension: number;
	maxTension: number;
	minRung: number;
	maxRung: number;
	/** [flag, value] pairs; a missing flag reads 0. */
	flags: [string, number][];
}

export function eventCondition(e: ScenarioEvent): Condition {
	const w = e.when;
	return {
		minTurn: w.minTurn ?? Number.NEGATIVE_INFINITY,
		maxTurn: w.maxTurn ?? Number.POSITIVE_INFINITY,
		minTension: w.minTension ?? Number.NEGATIVE_INFINITY,
		maxTension: w.maxTension ?? Number.POSITIVE_INFINITY,
		minRung: w.minRung ?? Number.NEGATIVE_INFINITY,
		maxRung: w.maxRung ?? Number.POSITIVE_INFINITY,
		flags: Object.entries(w.flags ?? {}),
	};
}

const cache = new WeakMap<Scenario, Lookup>();

const byId = <T extends { id: string }>(items: T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));

export function lookup(scenario: Scenario): Lookup {
	let l = cache.get(scenario);
	if (!l) {
		l = {
			faction: byId(scenario.factions),
			region: byId(scenario.regions),
			material: byId(scenario.materials),
			munition: byId(scenario.munitions),
			producer: byId(scenario.producers),
			programme: byId(scenario.programmes),
			line: byId(scenario.lines),
			event: byId(scenario.events),
			factionIds: scenario.factions.map((f) => f.id).sort(),
			defenders: [
				...new Set(
					scenario.deterrencePairs.filter((p) => p.challenger === scenario.challenger).map((p) => p.defender),
				),
			],
			conditions: scenario.events.map(eventCondition),
		};
		cache.set(scenario, l);
	}
	return l;
}
