// A small scenario built for the engine's tests: one challenger (RED), two allied defenders
// (BLU, GRN), a supplier (YEL); one material flowing from RED's mine to BLU, a production line
// that needs it, a joint programme, and a two-event deck.
import type { Scenario } from "../../src/engine";

export function fixture(patch: (s: Scenario) => void = () => {}): Scenario {
	const rungs = Array.from({ length: 11 }, (_, rung) => ({ rung, name: `rung ${rung}`, effects: [] as Scenario["ladder"]["rungs"][number]["effects"] }));
	rungs[6].effects = [{ kind: "exportControl", issuer: "RED", target: "BLU", material: "ree", level: 3 }];
	rungs[8].effects = [{ kind: "blockade", region: "strait", active: true }];
	const faction = (id: string, over: Partial<Scenario["factions"][number]>): Scenario["factions"][number] => ({
		id,
		name: id.toLowerCase(),
		short: id,
		playable: true,
		defaultControl: "bot",
		colour: "#0072B2",
		budget: 100,
		actionPoints: 5,
		economy: 100,
		support: 60,
		credibility: 60,
		resolve: 60,
		reserves: 6,
		munitions: {},
		materials: {},
		demand: {},
		allies: [],
		briefing: "",
		...over,
	});
	const s: Scenario = {
		id: "fixture",
		name: "Fixture",
		version: 1,
		summary: "test",
		start: { year: 2026, quarter: 1 },
		turns: 12,
		rules: {
			tensionBaseline: 40,
			tensionDrift: 10,
			tensionFear: 5,
			holdTension: 60,
			holdDeterrence: 100,
			spiralTension: 85,
			conflictRung: 9,
			coercedRung: 6,
			eventsPerTurn: 1,
		},
		factions: [
			faction("RED", { munitions: { msl: 2000 }, resolve: 60, materials: { ree: 1000 }, demand: { ree: 50 } }),
			faction("BLU", {
				munitions: { msl: 800 },
				allies: ["GRN"],
				materials: { ree: 300 },
				demand: { ree: 100 },
			}),
			faction("GRN", { munitions: { msl: 1200 }, allies: ["BLU"], budget: 200 }),
			faction("YEL", { playable: false, munitions: {}, materials: {}, demand: {} }),
		],
		deterrencePairs: [{ challenger: "RED", defender: "BLU" }],
		challenger: "RED",
		relations: [
			{ a: "RED", b: "BLU", value: -30 },
			{ a: "RED", b: "GRN", value: -30 },
			{ a: "BLU", b: "GRN", value: 70 },
			{ a: "BLU", b: "YEL", value: 40 },
		],
		regions: [
			{ id: "home", name: "Home Islands", kind: "land", lon: 130, lat: 32, owner: "BLU", value: 6, readiness: 50, forces: { BLU: 4 }, theatre: true },
			{ id: "strait", name: "The Strait", kind: "sea", lon: 120, lat: 24, owner: null, value: 9, readiness: 30, forces: {}, theatre: true },
			{ id: "mainland", name: "Mainland", kind: "land", lon: 118, lat: 28, owner: "RED", value: 5, readiness: 60, forces: { RED: 8 }, theatre: true },
		],
		materials: [{ id: "ree", name: "Rare earths", unit: "t", price: 50, market: 40, shortfallCost: 8 }],
		munitions: [{ id: "msl", name: "Missiles", value: 1 }],
		producers: [
			{ id: "red-mine", name: "Red Mine", owner: "RED", material: "ree", kind: "mine", lon: 110, lat: 40, capacity: 300, active: true, via: [], exportValue: 30 },
			{ id: "yel-mine", name: "Yellow Mine", owner: "YEL", material: "ree", kind: "mine", lon: 122, lat: -28, capacity: 100, active: true, via: ["strait"], exportValue: 30 },
		],
		contracts: [
			{ producer: "red-mine", consumer: "BLU", share: 30 },
			{ producer: "red-mine", consumer: "RED", share: 20 },
			{ producer: "yel-mine", consumer: "BLU", share: 20 },
		],
		lines: [{ id: "blu-line", name: "BLU missile line", faction: "BLU", munition: "msl", rate: 40, needs: { ree: 10 }, active: true }],
		programmes: [
			{ id: "coprod", name: "Co-production", description: "joint line", sponsors: ["BLU", "GRN"], joint: true, costPerTurn: 10, duration: 3, needs: {}, effects: [{ kind: "line", line: "blu-line", rateDelta: 40 }], signal: 4 },
			{ id: "new-mine", name: "New mine", description: "", sponsors: ["BLU"], joint: false, costPerTurn: 10, duration: 2, needs: {}, effects: [{ kind: "contract", producer: "yel-mine", consumer: "BLU", share: 60 }], signal: 0 },
		],
		exportControls: [],
		ladder: { initial: 4, rungs },
		tension: 50,
		events: [
			{ id: "calm", headline: "A quiet quarter", text: "", weight: 3, once: false, when: {}, effects: [] },
			{ id: "incident", headline: "Incident at sea", text: "", region: "strait", weight: 1, once: true, when: { minTension: 55 }, effects: [{ kind: "tension", delta: 3 }] },
		],
		objectives: [
			{ id: "b1", faction: "BLU", label: "deter", metric: "deterrence", challenger: "RED", defender: "BLU", comparison: "atLeast", target: 110, weight: 2 },
			{ id: "b2", faction: "BLU", label: "calm", metric: "rung", comparison: "atMost", target: 4, weight: 1 },
			{ id: "r1", faction: "RED", label: "coerce", metric: "rung", comparison: "atLeast", target: 6, weight: 1 },
			{ id: "g1", faction: "GRN", label: "deter", metric: "deterrence", challenger: "RED", defender: "BLU", comparison: "atLeast", target: 100, weight: 1 },
		],
		sources: ["test fixture"],
	};
	patch(s);
	return s;
}
