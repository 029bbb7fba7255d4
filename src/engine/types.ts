// The data model of DESIGN.md ("The model"). Two halves:
//  - Scenario*: static data read from scenarios/*.json (validated by src/scenario).
//  - *State: the dynamic game state. Plain JSON, integers only, hashed every turn.
// The engine is given both: resolve(scenario, state, orders) -> state.

export type FactionId = string;
export type RegionId = string;
export type MaterialId = string;
export type MunitionId = string;
export type ProducerId = string;
export type ProgrammeId = string;
export type LineId = string;
export type EventId = string;

// ---------------------------------------------------------------- scenario

export type Control = "human" | "bot";

export interface ScenarioFaction {
	id: FactionId;
	name: string;
	/** Short label for the map and HUD, e.g. "JPN". */
	short: string;
	playable: boolean;
	/** Who plays it by default when a game is set up. */
	defaultControl: Control;
	/** Colour as "#rrggbb" (colour-blind-safe palette chosen by the scenario author). */
	colour: string;
	/** Defence budget per turn in points (1 point = $100m). */
	budget: number;
	actionPoints: number;
	economy: number;
	support: number;
	/** Base credibility 0..100 of the faction as a defender (commitment shown before the game). */
	credibility: number;
	/** Base resolve 0..100 as a challenger. */
	resolve: number;
	/** Reserve force units that can be deployed into regions. */
	reserves: number;
	/** Munition stockpiles at start, by munition id. */
	munitions: Record<MunitionId, number>;
	/** Material stocks at start (tonnes, integer), by material id. */
	materials: Record<MaterialId, number>;
	/** Material demand per turn (tonnes), by material id. */
	demand: Record<MaterialId, number>;
	/** Factions this one is allied to (alliance cohesion feeds credibility). */
	allies: FactionId[];
	/** Where its imports arrive on the map when it holds no land region (map only, no rule reads it). */
	anchor?: { lon: number; lat: number };
	briefing: string;
}

export interface ScenarioRegion {
	id: RegionId;
	name: string;
	kind: "land" | "sea";
	lon: number;
	lat: number;
	owner: FactionId | null;
	/** Strategic value 1..10: scales how provocative activity here is and how much it counts. */
	value: number;
	readiness: number;
	/** Force units deployed at start, by faction. */
	forces: Record<FactionId, number>;
	/** Whether deployments here count as "in theatre" for capability. */
	theatre: boolean;
}

export interface ScenarioMaterial {
	id: MaterialId;
	name: string;
	unit: string;
	/** Budget points per 100 units bought on the open market (stockpile order). */
	price: number;
	/** Units per turn that the open market can sell to one faction (stockpile order cap). */
	market: number;
	/** Economy points lost when all of a faction's demand goes unmet (pro rata for less). */
	shortfallCost: number;
}

export interface ScenarioMunition {
	id: MunitionId;
	name: string;
	/** Capability points per 10 rounds held. */
	value: number;
}

export interface ScenarioProducer {
	id: ProducerId;
	name: string;
	owner: FactionId;
	material: MaterialId;
	kind: "mine" | "refinery" | "magnet" | "seabed";
	lon: number;
	lat: number;
	/** Output per turn. */
	capacity: number;
	/** Inactive producers (a mine not yet built) produce nothing until a programme activates them. */
	active: boolean;
	/** Regions a flow from here passes through (a blockade of one cuts it). */
	via: RegionId[];
	/** Income to the owner in points per 100 units exported (what an export control costs it). */
	exportValue: number;
}

export interface ScenarioContract {
	producer: ProducerId;
	consumer: FactionId;
	/** Percent of the producer's output, 0..100. */
	share: number;
}

export interface ScenarioLine {
	id: LineId;
	name: string;
	faction: FactionId;
	munition: MunitionId;
	/** Rounds per turn at full supply. */
	rate: number;
	/** Material per round (tonnes per 10 rounds to stay integer), by material. */
	needs: Record<MaterialId, number>;
	active: boolean;
}

export type Effect =
	| { kind: "economy" | "support" | "funds"; faction: FactionId; delta: number }
	| { kind: "budget"; faction: FactionId; delta: number }
	| { kind: "tension"; delta: number }
	| { kind: "relation"; a: FactionId; b: FactionId; delta: number }
	| { kind: "credibility"; faction: FactionId; delta: number }
	| { kind: "resolve"; faction: FactionId; delta: number }
	| { kind: "material"; faction: FactionId; material: MaterialId; delta: number }
	| { kind: "munitions"; faction: FactionId; munition: MunitionId; delta: number }
	| { kind: "demand"; faction: FactionId; material: MaterialId; delta: number }
	| { kind: "producer"; producer: ProducerId; active?: boolean; capacityDelta?: number }
	| { kind: "contract"; producer: ProducerId; consumer: FactionId; share: number }
	| { kind: "line"; line: LineId; active?: boolean; rateDelta?: number }
	| { kind: "readiness"; region: RegionId; delta: number }
	| { kind: "exportControl"; issuer: FactionId; target: FactionId; material: MaterialId; level: number }
	| { kind: "blockade"; region: RegionId; active: boolean }
	| { kind: "flag"; flag: string; value: number }
	| { kind: "ladder"; delta: number };

export interface ScenarioProgramme {
	id: ProgrammeId;
	name: string;
	description: string;
	/** All sponsors of a joint programme must commit before it starts. */
	sponsors: FactionId[];
	joint: boolean;
	/** Budget points per turn, per committed sponsor. */
	costPerTurn: number;
	duration: number;
	/** Materials consumed per turn from the paying sponsors' stocks, split evenly. */
	needs: Record<MaterialId, number>;
	effects: Effect[];
	/** How much starting it signals: tension and credibility on commitment. */
	signal: number;
}

export interface EventCondition {
	minTurn?: number;
	maxTurn?: number;
	minTension?: number;
	maxTension?: number;
	minRung?: number;
	maxRung?: number;
	/** Flags that must equal the given values (a missing flag is 0). */
	flags?: Record<string, number>;
}

export interface ScenarioEvent {
	id: EventId;
	headline: string;
	text: string;
	/** Where it happens on the map, if anywhere. */
	region?: RegionId;
	weight: number;
	once: boolean;
	when: EventCondition;
	effects: Effect[];
}

export type ObjectiveMetric =
	| { metric: "economy" | "support" | "funds"; faction: FactionId }
	| { metric: "tension" }
	| { metric: "rung" }
	| { metric: "deterrence"; challenger: FactionId; defender: FactionId }
	| { metric: "material"; faction: FactionId; material: MaterialId }
	| { metric: "munitions"; faction: FactionId; munition: MunitionId }
	| { metric: "programme"; programme: ProgrammeId }
	| { metric: "relation"; a: FactionId; b: FactionId };

export type ObjectiveSpec = ObjectiveMetric & {
	id: string;
	faction: FactionId;
	label: string;
	comparison: "atLeast" | "atMost";
	target: number;
	weight: number;
};

export interface LadderRung {
	rung: number;
	name: string;
	/** Applied once, when the challenger climbs onto this rung. */
	effects: Effect[];
}

export interface ScenarioRules {
	/** Tension that the Richardson drift pulls toward. */
	tensionBaseline: number;
	/** Percent of the gap to baseline closed each turn (restraint/fatigue term). */
	tensionDrift: number;
	/** Tension per 100 capability points the other side adds (the fear term). */
	tensionFear: number;
	/** Ladder: tension above this pushes the challenger up. */
	holdTension: number;
	/** Ladder: deterrence (percent) at or above this holds the challenger. */
	holdDeterrence: number;
	/** Ladder: tension above this spirals even when deterrence is strong. */
	spiralTension: number;
	/** Rung from which the game ends in conflict. */
	conflictRung: number;
	/** Rung at or above which a finished game counts as "coerced". */
	coercedRung: number;
	eventsPerTurn: number;
}

export interface Scenario {
	id: string;
	name: string;
	version: number;
	summary: string;
	start: { year: number; quarter: number };
	turns: number;
	rules: ScenarioRules;
	factions: ScenarioFaction[];
	/** Pairs whose deterrence is tracked: the challenger, the defender. */
	deterrencePairs: { challenger: FactionId; defender: FactionId }[];
	/** The faction that climbs the coercion ladder. */
	challenger: FactionId;
	relations: { a: FactionId; b: FactionId; value: number }[];
	regions: ScenarioRegion[];
	materials: ScenarioMaterial[];
	munitions: ScenarioMunition[];
	producers: ScenarioProducer[];
	contracts: ScenarioContract[];
	lines: ScenarioLine[];
	programmes: ScenarioProgramme[];
	exportControls: { issuer: FactionId; target: FactionId; material: MaterialId; level: number }[];
	ladder: { initial: number; rungs: LadderRung[] };
	tension: number;
	events: ScenarioEvent[];
	objectives: ObjectiveSpec[];
	sources: string[];
}

// ---------------------------------------------------------------- orders

export type Tone = "conciliatory" | "neutral" | "firm" | "hostile";
export type TaiwanPosture = "ambiguity" | "clarity";

export type Order =
	| { type: "pass"; faction: FactionId }
	| { type: "fundProgramme"; faction: FactionId; programme: ProgrammeId }
	| { type: "proposeProgramme"; faction: FactionId; programme: ProgrammeId }
	| { type: "acceptProgramme"; faction: FactionId; programme: ProgrammeId }
	| { type: "cancelProgramme"; faction: FactionId; programme: ProgrammeId }
	| { type: "drill"; faction: FactionId; region: RegionId; scale: number; partner?: FactionId }
	| { type: "deploy"; faction: FactionId; region: RegionId; units: number }
	| { type: "withdraw"; faction: FactionId; region: RegionId; units: number }
	| { type: "setExportControl"; faction: FactionId; target: FactionId; material: MaterialId; level: number }
	| { type: "liftExportControl"; faction: FactionId; target: FactionId; material: MaterialId }
	| { type: "statement"; faction: FactionId; tone: Tone; taiwan?: TaiwanPosture }
	| { type: "dialogue"; faction: FactionId; with: FactionId }
	| { type: "stockpile"; faction: FactionId; material: MaterialId; amount: number }
	| { type: "offtake"; faction: FactionId; producer: ProducerId; share: number }
	| { type: "budget"; faction: FactionId; delta: number }
	| { type: "aid"; faction: FactionId; partner: FactionId; amount: number };

export type OrderType = Order["type"];

/** A facilitator's inject: an event fired by hand, recorded in the log like an order. */
export interface Inject {
	event: EventId;
}

export interface OrderError {
	/** Index of the order in the list given to validateOrders, or -1 for a lone order. */
	index: number;
	type: string;
	field: string;
	message: string;
}

// ---------------------------------------------------------------- state

export interface FactionState {
	budget: number;
	funds: number;
	actionPoints: number;
	economy: number;
	support: number;
	credibility: number;
	resolve: number;
	reserves: number;
	munitions: Record<MunitionId, number>;
	materials: Record<MaterialId, number>;
	demand: Record<MaterialId, number>;
	/** Percent of each material's demand met last turn (100 = no shortfall). */
	supplied: Record<MaterialId, number>;
	/** Taiwan posture last stated. */
	posture: TaiwanPosture;
	/** Turns of joint-drill credibility left (decays). */
	drillBonus: number;
}

export interface RegionState {
	owner: FactionId | null;
	readiness: number;
	forces: Record<FactionId, number>;
	/** Local heat 0..100: recent activity here (drives the sea shading and events). */
	heat: number;
	blockaded: boolean;
}

export interface ProducerState {
	capacity: number;
	active: boolean;
}

export interface Contract {
	producer: ProducerId;
	consumer: FactionId;
	share: number;
}

export interface ExportControl {
	issuer: FactionId;
	target: FactionId;
	material: MaterialId;
	/** 1 licensing (cuts 1/3), 2 restricted (2/3), 3 ban (all). */
	level: number;
}

export type ProgrammeStatus = "idle" | "proposed" | "active" | "stalled" | "done" | "cancelled";

export interface ProgrammeState {
	status: ProgrammeStatus;
	progress: number;
	committed: FactionId[];
}

export interface LineState {
	rate: number;
	active: boolean;
	/** Rounds produced last turn. */
	output: number;
}

/** One resolved flow this turn: what the map draws as a supply arc. */
export interface Flow {
	producer: ProducerId;
	consumer: FactionId;
	material: MaterialId;
	planned: number;
	delivered: number;
	/** Why it was cut: "control" (an export control) or "blockade", or null. */
	cut: "control" | "blockade" | null;
}

export type CauseKind = "order" | "event" | "inject" | "rule" | "rung" | "programme";

export interface Cause {
	kind: CauseKind;
	/** Faction whose order it was, event id, rule name, programme id... */
	id: string;
	/** Human-readable: "drill at Sakishima (JPN, scale 2)". */
	text: string;
}

/** Every change to a tracked number (DESIGN.md "Ledger"). target is a metric key, see ledger.ts. */
export interface LedgerEntry {
	target: string;
	delta: number;
	cause: Cause;
}

export interface Headline {
	text: string;
	kind: "event" | "order" | "rung" | "programme" | "supply" | "end";
	region?: RegionId;
	faction?: FactionId;
}

export interface TurnRecord {
	turn: number;
	label: string;
	orders: Order[];
	injects: Inject[];
	headlines: Headline[];
	ledger: LedgerEntry[];
	/** Values of all tracked numbers at the end of the turn. */
	metrics: Record<string, number>;
	hash: string;
}

export type Outcome = "held" | "coerced" | "conflict";

export interface GameState {
	scenario: string;
	seed: string;
	/** Index of the turn about to be played (0 = first quarter). */
	turn: number;
	over: boolean;
	outcome: Outcome | null;
	factions: Record<FactionId, FactionState>;
	regions: Record<RegionId, RegionState>;
	/** Key "A|B" with A < B. */
	relations: Record<string, number>;
	producers: Record<ProducerId, ProducerState>;
	contracts: Contract[];
	exportControls: ExportControl[];
	programmes: Record<ProgrammeId, ProgrammeState>;
	lines: Record<LineId, LineState>;
	tension: number;
	/** Key "CHALLENGER>DEFENDER", percent (100 = balanced). */
	deterrence: Record<string, number>;
	ladder: { rung: number; peak: number };
	flags: Record<string, number>;
	/** Turn on which each once-only event fired. */
	fired: Record<EventId, number>;
	flows: Flow[];
	history: TurnRecord[];
}
