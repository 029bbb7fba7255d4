// Supply routes as the map draws them, on the flagship scenario.
import { beforeAll, describe, expect, it } from "vitest";
import { type GameState, type Scenario, newGame, resolve } from "../../src/engine";
import { buildModel, forceChips } from "../../src/game/map/model";
import { producerLabel, shortName } from "../../src/game/map/places";
import { layoutRoutes, routeInFocus } from "../../src/game/map/routeLayout";
import {
	blockadeLabel,
	controlLabel,
	factionAnchor,
	factionHome,
	isDomestic,
	ownSupplyLabel,
	routeCaption,
	statusOf,
	supplyRoutes,
} from "../../src/game/map/supply";
import { getBuiltinScenario } from "../../src/scenario/builtin";

let scenario: Scenario;
let state: GameState;

beforeAll(() => {
	const loaded = getBuiltinScenario("southwest-shield");
	if (!loaded?.ok) throw new Error("the flagship does not load");
	scenario = loaded.scenario;
	state = newGame(scenario, "test");
});

describe("supply routes", () => {
	it("classifies flows", () => {
		expect(statusOf(10, 10)).toBe("flowing");
		expect(statusOf(10, 4)).toBe("restricted");
		expect(statusOf(10, 0)).toBe("cut");
	});

	it("derives routes from contracts before the first turn, with the engine's control rule", () => {
		const routes = supplyRoutes(scenario, state);
		const byKey = new Map(routes.map((r) => [r.key, r]));
		expect(routes.length).toBeGreaterThan(10);
		// PRC->JPN dytb at level 2: two thirds cut
		const ganzhou = byKey.get("ganzhou>JPN")!;
		expect(ganzhou.status).toBe("restricted");
		expect(ganzhou.cause).toBe("control");
		expect(ganzhou.delivered).toBe(ganzhou.planned - Math.floor((ganzhou.planned * 2) / 3));
		expect(controlLabel(scenario, ganzhou.control!)).toBe("PRC→JPN dytb curbs");
		expect(byKey.get("mt-weld>JPN")!.status).toBe("flowing");
		// inactive producers (a mine not yet built) have no routes
		expect([...byKey.keys()].some((k) => k.startsWith("minamitorishima-seabed"))).toBe(false);
	});

	it("cuts a route at a ban, and at a blockade of a region it passes", () => {
		const banned: GameState = {
			...state,
			exportControls: state.exportControls.map((c) =>
				c.issuer === "PRC" && c.target === "JPN" && c.material === "dytb" ? { ...c, level: 3 } : c,
			),
		};
		const cut = supplyRoutes(scenario, banned).find((r) => r.key === "ganzhou>JPN")!;
		expect(cut.status).toBe("cut");
		expect(controlLabel(scenario, cut.control!)).toBe("PRC→JPN dytb ban");
		const blockaded: GameState = {
			...state,
			regions: { ...state.regions, "bashi-channel": { ...state.regions["bashi-channel"], blockaded: true } },
		};
		const weld = supplyRoutes(scenario, blockaded).find((r) => r.key === "mt-weld>JPN")!;
		expect(weld.status).toBe("cut");
		expect(weld.blockade).toBe("bashi-channel");
	});

	it("reads resolved flows when there are any", () => {
		const withFlows: GameState = {
			...state,
			flows: [{ producer: "mt-weld", consumer: "JPN", material: "ndpr", planned: 100, delivered: 40, cut: "control" }],
		};
		const routes = supplyRoutes(scenario, withFlows);
		expect(routes).toHaveLength(1);
		expect(routes[0].status).toBe("restricted");
	});

	it("takes a faction's home to be the first land region it holds", () => {
		expect(factionHome(scenario, state, "JPN")).toBe("honshu");
		expect(factionHome(scenario, state, "USA")).toBe("guam");
		expect(factionHome(scenario, state, "AUS")).toBeNull();
	});


	it("gives every faction an anchor: the scenario's, its home region, its largest producer, ...", () => {
		expect(factionAnchor(scenario, state, "JPN")).toMatchObject({ region: "honshu", source: "region" });
		// Australia holds no land region: the flagship gives it an anchor (Canberra)
		expect(factionAnchor(scenario, state, "AUS")).toEqual({ lon: 149.13, lat: -35.28, region: null, source: "scenario" });
		// without one, its supplies arrive at Mt Weld, its largest producer
		const noAnchor: Scenario = {
			...scenario,
			factions: scenario.factions.map((f) => (f.id === "AUS" ? { ...f, anchor: undefined } : f)),
		};
		const weld = scenario.producers.find((p) => p.id === "mt-weld")!;
		expect(factionAnchor(noAnchor, state, "AUS")).toEqual({ lon: weld.lon, lat: weld.lat, region: null, source: "producer" });
		// a faction with nothing on the map still gets a place (off the frame)
		const bare: Scenario = { ...noAnchor, producers: scenario.producers.filter((p) => p.owner !== "AUS") };
		expect(factionAnchor(bare, state, "AUS").source).toBe("none");
	});

	it("lays out routes, domestic supply too: every route ends where its consumer's supplies arrive", () => {
		const model = buildModel(scenario, state, "JPN");
		const routes = layoutRoutes(model);
		expect(routes.length).toBeGreaterThan(5);
		expect(routes.filter((r) => r.domestic).map((r) => r.key).sort()).toEqual(
			model.routes.filter(isDomestic).map((r) => r.key).sort(),
		);
		for (const r of routes) {
			for (const m of r.members) expect(isDomestic(m)).toBe(r.domestic);
			const anchor = model.anchors.get(r.consumer)!;
			expect(anchor.region).toBe(r.home);
			// the last point: at the anchor, give or take the lane's spread (arrowheads apart)
			expect(Math.hypot(r.path.xs.at(-1)! - anchor.x, r.path.ys.at(-1)! - anchor.y)).toBeLessThan(40);
			if (r.info.status !== "flowing") expect(r.markAt).not.toBeNull();
		}
		const japan = routes.filter((r) => routeInFocus(r, "JPN", null));
		expect(japan.every((r) => r.consumer === "JPN" || r.info.producer.owner === "JPN")).toBe(true);
		// Japan's own supply is Japan's, China's own is not
		expect(japan.filter((r) => r.domestic).map((r) => r.key).sort()).toEqual(["dowa-gallium>JPN", "shin-etsu>JPN"]);
		const weld = routes.filter((r) => routeInFocus(r, "JPN", { kind: "producer", id: "mt-weld" }));
		expect(weld.length).toBeGreaterThan(0);
		expect(weld.every((r) => r.info.producer.id === "mt-weld")).toBe(true);
		const ecs = routes.filter((r) => routeInFocus(r, "JPN", { kind: "region", id: "east-china-sea" }));
		expect(ecs.some((r) => r.info.producer.id === "bayan-obo" && r.consumer === "ASEAN")).toBe(true);
	});
});

describe("domestic supply", () => {
	it("is cut by a blockade of a region its producer ships through, in the engine's flows too", () => {
		const blockaded: GameState = {
			...state,
			regions: { ...state.regions, "east-china-sea": { ...state.regions["east-china-sea"], blockaded: true } },
		};
		const before = supplyRoutes(scenario, blockaded).find((r) => r.key === "bayan-obo>PRC")!;
		expect(before).toMatchObject({ status: "cut", cause: "blockade", blockade: "east-china-sea", delivered: 0, control: null });
		// the resolved turn agrees: the map reads the engine's flow
		const next = resolve(scenario, blockaded, []);
		const after = supplyRoutes(scenario, next).find((r) => r.key === "bayan-obo>PRC")!;
		expect(after.planned).toBeGreaterThan(0);
		expect(after).toMatchObject({ status: "cut", cause: "blockade", blockade: "east-china-sea", delivered: 0 });
	});

	it("is never held back by an export control (its owner does not control itself)", () => {
		const selfControl: GameState = {
			...state,
			exportControls: [...state.exportControls, { issuer: "JPN", target: "JPN", material: "ndpr", level: 3 }],
		};
		const own = supplyRoutes(scenario, selfControl).find((r) => r.key === "shin-etsu>JPN")!;
		expect(own).toMatchObject({ status: "flowing", cause: null, control: null, delivered: own.planned });
	});

	it("is labelled as the faction's own, with how much and what cut it", () => {
		const routes = supplyRoutes(scenario, state);
		const shinEtsu = routes.find((r) => r.key === "shin-etsu>JPN")!;
		expect(ownSupplyLabel([shinEtsu])).toBe("own 50 ndpr");
		const cut = { ...shinEtsu, delivered: 0, status: "cut" as const, cause: "blockade" as const, blockade: "east-china-sea" };
		expect(ownSupplyLabel([cut], blockadeLabel(scenario, "east-china-sea"))).toBe("own 0/50 ndpr, East China Sea blockade");
		expect(routeCaption(scenario, shinEtsu)).toBe("Japan from its own Shin-Etsu magnet plant and scrap recycling: 50 ndpr a turn");
		expect(routeCaption(scenario, cut)).toBe(
			"Japan from its own Shin-Etsu magnet plant and scrap recycling: 0 of 50 ndpr a turn, cut by the blockade of East China Sea",
		);
		// an import says whose it is
		const weld = routes.find((r) => r.key === "mt-weld>JPN")!;
		expect(routeCaption(scenario, weld)).toBe(`Japan from Lynas NdPr (Australia): ${weld.planned} ndpr a turn`);
		const ganzhou = routes.find((r) => r.key === "ganzhou>JPN")!;
		expect(routeCaption(scenario, ganzhou)).toMatch(/^Japan from Ganzhou ionic-clay refineries \(China\): \d+ of \d+ dytb a turn, held back by PRC→JPN dytb curbs$/);
	});
});

describe("map model", () => {
	it("places off-map producers on the frame's edge and labels them with where and which way", () => {
		const model = buildModel(scenario, state, "JPN");
		const weld = model.producers.get("mt-weld")!;
		expect(weld.edge?.side).toBe("bottom");
		expect(producerLabel(weld)).toBe("Lynas NdPr (Australia) ↓");
		const pass = model.producers.get("mountain-pass")!;
		expect(pass.edge?.side).toBe("right");
		expect(producerLabel(pass)).toMatch(/^MP Materials Mountain Pass \(California\) [↗→]$/);
		const kachin = model.producers.get("kachin")!;
		expect(producerLabel(kachin)).toBe("Kachin ionic-clay mines (Myanmar) ←");
		expect(producerLabel(model.producers.get("shin-etsu")!)).toBe("Shin-Etsu magnet plant and scrap recycling");
		expect(shortName("Lynas NdPr (Mt Weld mine, separated at Kuantan)")).toBe("Lynas NdPr");
	});

	it("lists a region's forces: the owner's as a base, others as deployments", () => {
		const chips = forceChips({ scenario }, state, "okinawa", "land");
		expect(chips).toEqual([
			{ faction: "JPN", units: 2, kind: "base" },
			{ faction: "USA", units: 3, kind: "deployment" },
		]);
		expect(forceChips({ scenario }, state, "east-china-sea", "sea").every((c) => c.kind === "deployment")).toBe(true);
	});
});
