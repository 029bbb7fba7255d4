// The zod schema of a scenario file. src/engine/types.ts is the source of truth: the assertions at
// the bottom fail to compile if this schema and the Scenario type drift apart.
// Shapes and ranges only; cross-references (ids that must exist) are checked in crossref.ts.
import { z } from "zod";
import type { Scenario } from "../engine/index";
import {
	MAX_EVENTS,
	MAX_FACTIONS,
	MAX_ID,
	MAX_NAME,
	MAX_OBJECTIVES,
	MAX_PRODUCERS,
	MAX_PROGRAMMES,
	MAX_REGIONS,
	MAX_RELATIONS,
	MAX_SMALL_LIST,
	MAX_TEXT,
	POINTS_MAX,
	QTY_MAX,
} from "./limits";

// Names and descriptions for scenarios/schema.json, kept out of zod's global registry so that
// loading this module twice (tests, hot reload) cannot clash.
export const docs = z.registry<{ id?: string; description?: string }>();
// A copy carries the text, so shared schemas (id, quantities) keep their own.
const doc = <T extends z.ZodType>(schema: T, description: string, id?: string): T => {
	const copy = schema.clone();
	docs.add(copy, id === undefined ? { description } : { id, description });
	return copy;
};

const int = (min: number, max: number) => z.int().min(min).max(max);
const pct = () => int(0, 100);
const delta = (max: number) => int(-max, max);

// Explicit character classes, not the /i flag: JSON Schema patterns carry no flags.
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
export const FLAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Builds the schemas. Built on first use, not when the module loads: constructing them takes the
 * browser 30-80 ms, and a page that only plays the built-in scenarios (validated at build time,
 * builtinBrowser.ts) never needs them.
 */
function build() {
	const id = doc(
		z.string().max(MAX_ID).regex(ID_PATTERN, { error: "an id: letters, digits and '-', starting with a letter or digit" }),
		"An id: up to 40 letters, digits and '-', starting with a letter or digit.",
		"Id",
	);
	const flagName = doc(
		z
			.string()
			.max(MAX_ID)
			.regex(FLAG_PATTERN, { error: "a flag name: letters, digits, '-' and '_', starting with a letter or digit" }),
		"A scenario flag (a missing flag reads as 0).",
		"Flag",
	);
	const name = z.string().min(1).max(MAX_NAME);
	const text = z.string().max(MAX_TEXT);
	const colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: 'a colour as "#rrggbb"' });
	const lon = z.number().min(-180).max(180);
	const lat = z.number().min(-90).max(90);
	const quantities = z.record(id, int(0, QTY_MAX));

	// ---------------------------------------------------------------- effects

	const factionDelta = <K extends string>(kind: K, max: number) =>
		z.strictObject({ kind: z.literal(kind), faction: id, delta: delta(max) });

	const effectSchema = doc(
		z.discriminatedUnion("kind", [
			factionDelta("economy", 200),
			factionDelta("support", 100),
			factionDelta("funds", POINTS_MAX),
			factionDelta("budget", POINTS_MAX),
			z.strictObject({ kind: z.literal("tension"), delta: delta(100) }),
			z.strictObject({ kind: z.literal("relation"), a: id, b: id, delta: delta(200) }),
			factionDelta("credibility", 100),
			factionDelta("resolve", 100),
			z.strictObject({ kind: z.literal("material"), faction: id, material: id, delta: delta(QTY_MAX) }),
			z.strictObject({ kind: z.literal("munitions"), faction: id, munition: id, delta: delta(QTY_MAX) }),
			z.strictObject({ kind: z.literal("demand"), faction: id, material: id, delta: delta(QTY_MAX) }),
			z.strictObject({
				kind: z.literal("producer"),
				producer: id,
				active: z.boolean().optional(),
				capacityDelta: delta(QTY_MAX).optional(),
			}),
			z.strictObject({ kind: z.literal("contract"), producer: id, consumer: id, share: pct() }),
			z.strictObject({
				kind: z.literal("line"),
				line: id,
				active: z.boolean().optional(),
				rateDelta: delta(POINTS_MAX).optional(),
			}),
			z.strictObject({ kind: z.literal("readiness"), region: id, delta: delta(100) }),
			z.strictObject({
				kind: z.literal("exportControl"),
				issuer: id,
				target: id,
				material: id,
				level: int(0, 3),
			}),
			z.strictObject({ kind: z.literal("blockade"), region: id, active: z.boolean() }),
			z.strictObject({ kind: z.literal("flag"), flag: flagName, value: delta(QTY_MAX) }),
			z.strictObject({ kind: z.literal("ladder"), delta: delta(10) }),
		]),
		"A change the scenario applies: when a programme completes, an event fires or the challenger climbs onto a rung.",
		"Effect",
	);
	const effects = z.array(effectSchema);

	// ---------------------------------------------------------------- parts

	const factionSchema = doc(
		z.strictObject({
			id,
			name,
			short: doc(z.string().min(1).max(12), "Short label for the map and HUD, e.g. \"JPN\"."),
			playable: z.boolean(),
			defaultControl: doc(z.enum(["human", "bot"]), "Who plays it by default when a game is set up."),
			colour,
			budget: doc(int(0, POINTS_MAX), "Defence budget per turn in points (1 point = $100m)."),
			actionPoints: int(0, 50),
			economy: doc(int(0, 200), "Economy index (100 = baseline)."),
			support: doc(pct(), "Public support 0..100."),
			credibility: doc(pct(), "Base credibility 0..100 as a defender."),
			resolve: doc(pct(), "Base resolve 0..100 as a challenger."),
			reserves: doc(int(0, QTY_MAX), "Reserve force units that can be deployed into regions."),
			munitions: doc(quantities, "Munition stockpiles at start, by munition id."),
			materials: doc(quantities, "Material stocks at start (tonnes), by material id."),
			demand: doc(quantities, "Material demand per turn (tonnes), by material id."),
			allies: doc(z.array(id), "Factions this one is allied to (alliance cohesion feeds credibility)."),
			anchor: doc(
				z.strictObject({ lon, lat }).optional(),
				"Where this faction's imports arrive on the map when it holds no land region (its capital or main port); a place outside the map's frame is drawn at the frame's edge in its true direction.",
			),
			briefing: text,
		}),
		"A faction: a country or bloc, played by a person or a bot.",
		"Faction",
	);

	const regionSchema = doc(
		z.strictObject({
			id,
			name,
			kind: z.enum(["land", "sea"]),
			lon,
			lat,
			owner: id.nullable(),
			value: doc(int(1, 10), "Strategic value 1..10: how provocative activity here is and how much it counts."),
			readiness: pct(),
			forces: doc(quantities, "Force units deployed at start, by faction id."),
			theatre: doc(z.boolean(), "Whether deployments here count as \"in theatre\" for capability."),
		}),
		"A named place on the map.",
		"Region",
	);

	const materialSchema = doc(
		z.strictObject({
			id,
			name,
			unit: z.string().min(1).max(MAX_ID),
			price: doc(int(0, POINTS_MAX), "Budget points per 100 units bought on the open market."),
			market: doc(int(0, QTY_MAX), "Units per turn the open market can sell to one faction."),
			shortfallCost: doc(pct(), "Economy points lost when all demand goes unmet (pro rata for less)."),
		}),
		"A material that flows from producers to consumers.",
		"Material",
	);

	const munitionSchema = doc(
		z.strictObject({ id, name, value: doc(int(0, 1000), "Capability points per 10 rounds held.") }),
		"A munition type held in stockpiles.",
		"Munition",
	);

	const producerSchema = doc(
		z.strictObject({
			id,
			name,
			owner: id,
			material: id,
			kind: z.enum(["mine", "refinery", "magnet", "seabed"]),
			lon,
			lat,
			capacity: doc(int(0, QTY_MAX), "Output per turn."),
			active: doc(z.boolean(), "Inactive producers produce nothing until a programme activates them."),
			via: doc(z.array(id), "Regions a flow from here passes through (a blockade of one cuts it)."),
			exportValue: doc(int(0, POINTS_MAX), "Income to the owner in points per 100 units exported."),
		}),
		"A mine, refinery, magnet plant or seabed deposit.",
		"Producer",
	);

	const contractSchema = z.strictObject({ producer: id, consumer: id, share: doc(pct(), "Percent of the producer's output.") });

	const lineSchema = doc(
		z.strictObject({
			id,
			name,
			faction: id,
			munition: id,
			rate: doc(int(0, POINTS_MAX), "Rounds per turn at full supply."),
			needs: doc(quantities, "Material per round (tonnes per 10 rounds), by material id."),
			active: z.boolean(),
		}),
		"A munition production line.",
		"Line",
	);

	const programmeSchema = doc(
		z.strictObject({
			id,
			name,
			description: text,
			sponsors: doc(z.array(id).min(1), "Factions that may fund it; all must commit to a joint programme."),
			joint: z.boolean(),
			costPerTurn: doc(int(0, POINTS_MAX), "Budget points per turn, per committed sponsor."),
			duration: doc(int(1, 80), "Turns to complete."),
			needs: doc(quantities, "Materials consumed per turn from the paying sponsors' stocks, split evenly."),
			effects: doc(effects, "Applied on completion."),
			signal: doc(pct(), "How much starting it signals: tension and credibility on commitment."),
		}),
		"A multi-turn project that factions fund.",
		"Programme",
	);

	const conditionSchema = doc(
		z.strictObject({
			minTurn: int(0, 80).optional(),
			maxTurn: int(0, 80).optional(),
			minTension: pct().optional(),
			maxTension: pct().optional(),
			minRung: int(0, 10).optional(),
			maxRung: int(0, 10).optional(),
			flags: doc(z.record(flagName, delta(QTY_MAX)), "Flags that must equal the given values (a missing flag is 0).").optional(),
		}),
		"When an event may be drawn; all given conditions must hold.",
		"EventCondition",
	);

	const eventSchema = doc(
		z.strictObject({
			id,
			headline: z.string().min(1).max(160),
			text,
			region: doc(id.optional(), "Where it happens on the map, if anywhere."),
			weight: doc(int(0, 1000), "Relative chance of being drawn; 0 = only by a facilitator's inject."),
			once: z.boolean(),
			when: conditionSchema,
			effects,
		}),
		"A card in the event deck.",
		"Event",
	);

	// Every objective carries these beside its metric.
	const objectiveCommon = {
		id,
		faction: id,
		label: name,
		comparison: z.enum(["atLeast", "atMost"]),
		weight: pct(),
	};
	const objective = <S extends z.ZodRawShape>(shape: S, target: z.ZodInt) =>
		z.strictObject({ ...objectiveCommon, ...shape, target });

	const objectiveSchema = doc(
		z.discriminatedUnion("metric", [
			objective({ metric: z.literal("economy"), faction: id }, int(0, 200)),
			objective({ metric: z.literal("support"), faction: id }, pct()),
			objective({ metric: z.literal("funds"), faction: id }, delta(QTY_MAX)),
			objective({ metric: z.literal("tension") }, pct()),
			objective({ metric: z.literal("rung") }, int(0, 10)),
			objective({ metric: z.literal("deterrence"), challenger: id, defender: id }, int(0, 1000)),
			objective({ metric: z.literal("material"), faction: id, material: id }, int(0, QTY_MAX)),
			objective({ metric: z.literal("munitions"), faction: id, munition: id }, int(0, QTY_MAX)),
			objective({ metric: z.literal("programme"), programme: id }, pct()),
			objective({ metric: z.literal("relation"), a: id, b: id }, delta(100)),
		]),
		"A faction's objective: a metric compared with a target, weighted in the faction's score.",
		"Objective",
	);

	const rulesSchema = doc(
		z.strictObject({
			tensionBaseline: doc(pct(), "Tension that the Richardson drift pulls toward."),
			tensionDrift: doc(pct(), "Percent of the gap to baseline closed each turn."),
			tensionFear: doc(pct(), "Tension per 100 capability points the other side adds."),
			holdTension: doc(pct(), "Ladder: tension above this pushes the challenger up."),
			holdDeterrence: doc(int(0, 1000), "Ladder: deterrence (percent) at or above this holds the challenger."),
			spiralTension: doc(pct(), "Ladder: tension above this spirals even when deterrence is strong."),
			conflictRung: doc(int(1, 10), "Rung from which the game ends in conflict."),
			coercedRung: doc(int(0, 10), "Rung at or above which a finished game counts as \"coerced\"."),
			eventsPerTurn: int(0, 10),
		}),
		"Tuning of tension and the coercion ladder.",
		"Rules",
	);

	const rungSchema = z.strictObject({
		rung: int(0, 10),
		name,
		effects: doc(effects, "Applied once, when the challenger climbs onto this rung."),
	});

	// ---------------------------------------------------------------- scenario

	const scenarioSchema = z.strictObject({
		/** Editor hint ("./schema.json"); dropped by the loader, not part of the content hash. */
		$schema: doc(z.string().max(1000), "Editor hint, e.g. \"./schema.json\".").optional(),
		id,
		name,
		version: int(1, 100_000),
		summary: text,
		start: z.strictObject({ year: int(1900, 2200), quarter: int(1, 4) }),
		turns: int(1, 80),
		rules: rulesSchema,
		factions: z.array(factionSchema).min(2).max(MAX_FACTIONS),
		deterrencePairs: doc(z.array(z.strictObject({ challenger: id, defender: id })).max(MAX_RELATIONS), "Pairs whose deterrence is tracked."),
		challenger: doc(id, "The faction that climbs the coercion ladder."),
		relations: z.array(z.strictObject({ a: id, b: id, value: delta(100) })).max(MAX_RELATIONS),
		regions: z.array(regionSchema).min(1).max(MAX_REGIONS),
		materials: z.array(materialSchema).max(MAX_SMALL_LIST),
		munitions: z.array(munitionSchema).max(MAX_SMALL_LIST),
		producers: z.array(producerSchema).max(MAX_PRODUCERS),
		contracts: z.array(contractSchema).max(MAX_RELATIONS),
		lines: z.array(lineSchema).max(MAX_SMALL_LIST),
		programmes: z.array(programmeSchema).max(MAX_PROGRAMMES),
		exportControls: z.array(z.strictObject({ issuer: id, target: id, material: id, level: int(1, 3) })).max(MAX_RELATIONS),
		ladder: z.strictObject({ initial: int(0, 10), rungs: z.array(rungSchema) }),
		tension: pct(),
		events: z.array(eventSchema).max(MAX_EVENTS),
		objectives: z.array(objectiveSchema).max(MAX_OBJECTIVES),
		sources: doc(z.array(z.string().min(1).max(1000)).max(200), "Where the scenario's facts come from."),
	});

	return { effectSchema, objectiveSchema, scenarioSchema };
}

type Schemas = ReturnType<typeof build>;
let built: Schemas | null = null;

/** The scenario schema and the effect and objective schemas it is made of (built once). */
export function scenarioSchemas(): Schemas {
	built ??= build();
	return built;
}

export type ScenarioFile = z.output<Schemas["scenarioSchema"]>;

// ---------------------------------------------------------------- drift guards

// The parsed file is a Scenario ...
const _outputIsScenario: (s: Schemas["scenarioSchema"]) => z.ZodType<Scenario> = (s) => s;
// ... and every Scenario is a valid parse output (no field the type lacks, none it has missing).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _scenarioIsOutput: Same<Omit<ScenarioFile, "$schema">, Scenario> = true;
void _outputIsScenario;
void _scenarioIsOutput;
