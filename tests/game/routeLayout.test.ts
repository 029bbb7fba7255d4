// How supply routes are laid out on the map: every flow drawn, Australia's too, and the Chinese
// exports over the East China Sea in lanes that never pile up on each other.
import { beforeAll, describe, expect, it } from "vitest";
import { botOrders } from "../../src/ai";
import { type GameState, type Scenario, newGame, resolve } from "../../src/engine";
import { type Polyline, distanceTo, pointAt } from "../../src/game/map/curve";
import { type MapModel, buildModel, seaRadius } from "../../src/game/map/model";
import {
	END_TAPER_PX,
	HOME_MARK_PX,
	LANE_GAP_PX,
	LAYOUT_PX,
	type RouteDraw,
	clusterAngles,
	homeMarkedProducers,
	destinationLabel,
	extraDestinations,
	gateTurn,
	layoutRoutes,
	layoutSupply,
	lineWidthPx,
	markSpots,
	routeInFocus,
} from "../../src/game/map/routeLayout";
import { isDomestic } from "../../src/game/map/supply";
import { getBuiltinScenario } from "../../src/scenario/builtin";

function load(id: string): Scenario {
	const loaded = getBuiltinScenario(id);
	if (!loaded?.ok) throw new Error(`${id} does not load`);
	return loaded.scenario;
}

let flagship: Scenario;
let squeeze: Scenario;
let start: GameState;

beforeAll(() => {
	flagship = load("southwest-shield");
	squeeze = load("rare-earth-squeeze");
	start = newGame(flagship, "test");
});

/** CSS px at the home view, from world units. */
const px = (world: number) => world / LAYOUT_PX;

const first = (pl: Polyline) => ({ x: pl.xs[0], y: pl.ys[0] });
const last = (pl: Polyline) => ({ x: pl.xs[pl.xs.length - 1], y: pl.ys[pl.ys.length - 1] });

/**
 * The longest stretch of `a` (CSS px at the home view) that runs within `within` px of `b`, leaving
 * out the taper zones around the given points (shared producers and destinations).
 */
function longestCloseRun(a: Polyline, b: Polyline, within: number, ends: { x: number; y: number }[]): number {
	const step = 2;
	const zone = END_TAPER_PX * LAYOUT_PX * 1.2;
	let best = 0;
	let run = 0;
	for (let d = 0; d <= a.length; d += step) {
		const p = pointAt(a, d);
		const nearEnd = ends.some((e) => Math.hypot(e.x - p.x, e.y - p.y) < zone);
		if (!nearEnd && distanceTo(b, p) < within * LAYOUT_PX) {
			run += step;
			best = Math.max(best, run);
		} else run = 0;
	}
	return px(best);
}

/** Every route is drawn once: as an arc, or (domestic supply on the spot) as a mark on its pin. */
function expectEveryFlowDrawn(model: MapModel): RouteDraw[] {
	const { routes: draws, marks } = layoutSupply(model);
	const members = [...draws, ...marks].flatMap((d) => d.members.map((m) => m.key));
	expect(new Set(members).size).toBe(members.length);
	expect(members.sort()).toEqual(model.routes.map((r) => r.key).sort());
	for (const m of marks) {
		for (const r of m.members) expect(isDomestic(r)).toBe(true);
		const from = model.producers.get(m.info.producer.id)!;
		expect([m.x, m.y]).toEqual([from.x, from.y]);
	}
	for (const d of draws) {
		expect(d.path.xs.length).toBeGreaterThan(8);
		for (let i = 0; i < d.path.xs.length; i++) {
			expect(Number.isFinite(d.path.xs[i]) && Number.isFinite(d.path.ys[i])).toBe(true);
		}
		const from = model.producers.get(d.info.producer.id)!;
		expect(first(d.path).x).toBeCloseTo(from.x, 6);
		expect(first(d.path).y).toBeCloseTo(from.y, 6);
		const to = model.anchors.get(d.consumer)!;
		const end = last(d.path);
		expect(px(Math.hypot(end.x - to.x, end.y - to.y))).toBeLessThan(12);
	}
	return draws;
}

describe("every flow gets a drawable path", () => {
	it("on the flagship's opening map", () => {
		const draws = expectEveryFlowDrawn(buildModel(flagship, start, "JPN"));
		expect(draws.length).toBeGreaterThanOrEqual(15);
	});

	it("after turns played by bots (resolved flows, controls and blockades as they come)", () => {
		let state = start;
		for (let turn = 0; turn < 6; turn++) {
			const orders = flagship.factions.flatMap((f) => botOrders(flagship, state, f.id, "easy"));
			state = resolve(flagship, state, orders);
			expectEveryFlowDrawn(buildModel(flagship, state, "JPN"));
		}
		expect(state.flows.length).toBeGreaterThan(0);
	});

	it("on the rare-earth-squeeze map, with Europe off the frame", () => {
		const state = newGame(squeeze, "test");
		expectEveryFlowDrawn(buildModel(squeeze, state, "JPN"));
	});

	it("to Australia, which holds no land region: at the frame's edge in its true direction", () => {
		const state: GameState = {
			...start,
			contracts: [...start.contracts, { producer: "bayan-obo", consumer: "AUS", share: 5 }],
		};
		const model = buildModel(flagship, state, "AUS");
		const anchor = model.anchors.get("AUS")!;
		expect(anchor.region).toBeNull();
		expect(anchor.edge?.side).toBe("bottom");
		const draws = expectEveryFlowDrawn(model);
		const toAus = draws.find((d) => d.consumer === "AUS")!;
		expect(toAus.key).toBe("bayan-obo>AUS");
		// a PRC export passes the East China Sea like the others
		const ecs = model.regions.get("east-china-sea")!;
		expect(px(distanceTo(toAus.path, ecs))).toBeLessThan(25);
		// the map marks and names that destination
		expect(extraDestinations(model, draws).map((a) => a.faction)).toEqual(["AUS"]);
		expect(destinationLabel(model, anchor)).toBe("Australia ↓");
	});

	it("bundles routes sharing the whole corridor into one arc, as wide as their summed volume", () => {
		const model = buildModel(squeeze, newGame(squeeze, "test"), "JPN");
		const draws = layoutRoutes(model);
		const lynas = draws.find((d) => d.members.some((m) => m.key === "lynas-tb>JPN"))!;
		expect(lynas.members.map((m) => m.key).sort()).toEqual(["lynas-kuantan>JPN", "lynas-tb>JPN"]);
		expect(lynas.key).toBe("lynas-kuantan>JPN+lynas-tb>JPN");
		const planned = lynas.members.reduce((n, m) => n + m.planned, 0);
		// the scale is the largest export's: a home market does not thin every export
		const max = Math.max(...draws.filter((d) => !d.domestic).map((d) => d.members.reduce((n, m) => n + m.planned, 0)));
		expect(lynas.weight).toBeCloseTo(Math.sqrt(planned / max), 9);
		// routes with different states or causes stay apart, so each keeps its colour and mark
		for (const d of draws) {
			expect(new Set(d.members.map((m) => `${m.status}:${m.cause}:${m.producer.owner}`)).size).toBe(1);
		}
	});
});

describe("routes do not pile up", () => {
	for (const [name, scenarioOf] of [
		["southwest-shield", () => flagship],
		["rare-earth-squeeze", () => squeeze],
	] as const) {
		it(`${name}: arcs leaving one producer for different consumers keep apart past the fan`, () => {
			const scenario = scenarioOf();
			const model = buildModel(scenario, newGame(scenario, "test"), "JPN");
			const draws = layoutRoutes(model);
			const zone = END_TAPER_PX * LAYOUT_PX * 1.2;
			const vias = [...new Set(draws.flatMap((d) => d.members.flatMap((m) => m.producer.via)))].map(
				(id) => model.regions.get(id)!,
			);
			let pairs = 0;
			for (let i = 0; i < draws.length; i++) {
				for (let j = i + 1; j < draws.length; j++) {
					const a = draws[i].path;
					const b = draws[j].path;
					if (Math.hypot(a.xs[0] - b.xs[0], a.ys[0] - b.ys[0]) > 1e-6) continue;
					pairs++;
					const ends = [first(a), last(a), last(b)];
					let onLegs = Number.POSITIVE_INFINITY;
					let inVias = Number.POSITIVE_INFINITY;
					for (let d = 0; d <= a.length; d += 2) {
						const p = pointAt(a, d);
						if (ends.some((e) => Math.hypot(e.x - p.x, e.y - p.y) < zone)) continue;
						const gap = px(distanceTo(b, p));
						// where lanes turn through a via region they may draw closer
						if (vias.some((v) => Math.hypot(v.x - p.x, v.y - p.y) < 2.5 * seaRadius(v.region.value))) {
							inVias = Math.min(inVias, gap);
						} else onLegs = Math.min(onLegs, gap);
					}
					const what = `${draws[i].key} and ${draws[j].key}`;
					expect(onLegs, what).toBeGreaterThanOrEqual(3);
					expect(inVias, what).toBeGreaterThanOrEqual(1.5);
				}
			}
			expect(pairs).toBeGreaterThan(5);
		});

		it(`${name}: no two arcs run within 3 px of each other for more than a crossing's length`, () => {
			const scenario = scenarioOf();
			const model = buildModel(scenario, newGame(scenario, "test"), "JPN");
			const draws = layoutRoutes(model);
			for (let i = 0; i < draws.length; i++) {
				for (let j = i + 1; j < draws.length; j++) {
					const a = draws[i].path;
					const b = draws[j].path;
					const run = longestCloseRun(a, b, 3, [first(a), last(a), first(b), last(b)]);
					expect(run, `${draws[i].key} and ${draws[j].key}`).toBeLessThan(45);
				}
			}
		});

		it(`${name}: arcs are smooth (no hooks or reversals)`, () => {
			const scenario = scenarioOf();
			const model = buildModel(scenario, newGame(scenario, "test"), "JPN");
			for (const d of layoutRoutes(model)) {
				const { xs, ys } = d.path;
				for (let k = 1; k + 1 < xs.length; k++) {
					const a1 = Math.atan2(ys[k] - ys[k - 1], xs[k] - xs[k - 1]);
					const a2 = Math.atan2(ys[k + 1] - ys[k], xs[k + 1] - xs[k]);
					let turn = Math.abs(a2 - a1);
					if (turn > Math.PI) turn = 2 * Math.PI - turn;
					expect(turn, `${d.key} at point ${k}`).toBeLessThan((45 * Math.PI) / 180);
				}
			}
		});
	}

	it("runs the Chinese exports to Japan into Honshu as parallel lanes, a lane's width apart", () => {
		const model = buildModel(flagship, start, "JPN");
		const draws = layoutRoutes(model);
		const toJapan = draws.filter((d) => d.consumer === "JPN" && d.info.producer.owner === "PRC");
		expect(toJapan.map((d) => d.info.producer.id).sort()).toEqual(["bayan-obo", "ganzhou", "shandong-gallium"]);
		// halfway between the East China Sea and Honshu every lane has a neighbour at lane spacing
		const ecs = model.regions.get("east-china-sea")!;
		const honshu = model.anchors.get("JPN")!;
		const mid = { x: (ecs.x + honshu.x) / 2, y: (ecs.y + honshu.y) / 2 };
		const gaps: number[] = [];
		for (const d of toJapan) {
			const others = toJapan.filter((o) => o !== d);
			let at = { x: 0, y: 0 };
			let best = Number.POSITIVE_INFINITY;
			for (let s = 0; s <= d.path.length; s += 2) {
				const p = pointAt(d.path, s);
				const dd = Math.hypot(p.x - mid.x, p.y - mid.y);
				if (dd < best) {
					best = dd;
					at = p;
				}
			}
			gaps.push(px(Math.min(...others.map((o) => distanceTo(o.path, at)))));
		}
		const widest = Math.max(...toJapan.map((d) => lineWidthPx(d.weight, d.info.status, true)));
		for (const g of gaps) {
			expect(g).toBeGreaterThanOrEqual(LANE_GAP_PX);
			expect(g).toBeLessThan(LANE_GAP_PX + widest + 1);
		}
	});

	it("puts each export control's mark on the producer's leg, apart from the other marks there", () => {
		const model = buildModel(flagship, start, "JPN");
		const draws = layoutRoutes(model);
		const controlled = draws.filter((d) => d.info.control && d.info.status !== "flowing");
		expect(controlled.length).toBeGreaterThanOrEqual(5);
		for (const d of controlled) {
			expect(d.markAt).not.toBeNull();
			expect(d.markAt!).toBeLessThan(d.firstLeg);
			expect(d.markAt!).toBeGreaterThan(0);
		}
		for (let i = 0; i < controlled.length; i++) {
			for (let j = i + 1; j < controlled.length; j++) {
				const a = pointAt(controlled[i].path, controlled[i].markAt!);
				const b = pointAt(controlled[j].path, controlled[j].markAt!);
				expect(px(Math.hypot(a.x - b.x, a.y - b.y))).toBeGreaterThan(6);
			}
		}
	});

	it("marks a blockade where the route crosses the blockaded region", () => {
		const state: GameState = {
			...start,
			regions: { ...start.regions, "bashi-channel": { ...start.regions["bashi-channel"], blockaded: true } },
		};
		const model = buildModel(flagship, state, "JPN");
		const weld = layoutRoutes(model).find((d) => d.key === "mt-weld>JPN")!;
		expect(weld.info.status).toBe("cut");
		const bashi = model.regions.get("bashi-channel")!;
		const mark = pointAt(weld.path, weld.markAt!);
		expect(px(Math.hypot(mark.x - bashi.x, mark.y - bashi.y))).toBeLessThan(25);
	});
});

/** A state with `regions` blockaded. */
function blockade(state: GameState, ...regions: string[]): GameState {
	const next = { ...state.regions };
	for (const id of regions) next[id] = { ...next[id], blockaded: true };
	return { ...state, regions: next };
}

/** The flagship with Shin-Etsu moved onto Honshu's anchor, shipping by the East China Sea. */
function shinEtsuAtHome(): Scenario {
	const honshu = flagship.regions.find((r) => r.id === "honshu")!;
	return {
		...flagship,
		producers: flagship.producers.map((p) =>
			p.id === "shin-etsu" ? { ...p, lon: honshu.lon + 0.2, lat: honshu.lat - 0.1, via: ["east-china-sea"] } : p,
		),
	};
}

describe("a faction's supply from its own producers", () => {
	it("is drawn as a route like the others where producer and anchor lie apart", () => {
		const model = buildModel(flagship, start, "JPN");
		const { routes, marks } = layoutSupply(model);
		expect(marks).toEqual([]);
		const own = routes.filter((d) => d.domestic);
		expect(own.map((d) => d.key).sort()).toEqual([
			"bayan-obo>PRC",
			"dowa-gallium>JPN",
			"ganzhou>PRC",
			"mountain-pass>USA",
			"mt-weld>AUS",
			"shandong-gallium>PRC",
			"shin-etsu>JPN",
		]);
		for (const d of own) {
			expect(d.info.status).toBe("flowing");
			expect(d.markAt).toBeNull();
			expect(d.weight).toBeGreaterThan(0);
			expect(d.weight).toBeLessThanOrEqual(1);
		}
		// Japan's own magnets run from Echizen into Honshu, as wide as their volume on the exports' scale
		const shinEtsu = own.find((d) => d.key === "shin-etsu>JPN")!;
		const bayanToJapan = routes.find((d) => d.key === "bayan-obo>JPN")!;
		expect(shinEtsu.weight).toBeCloseTo(Math.sqrt(shinEtsu.info.planned / bayanToJapan.info.planned), 9);
		expect(px(Math.hypot(last(shinEtsu.path).x - model.anchors.get("JPN")!.x, last(shinEtsu.path).y - model.anchors.get("JPN")!.y))).toBeLessThan(12);
		// China's home market from Bayan Obo (7.5 times its largest export) does not thin every export
		const foreignOnly = layoutRoutes({ ...model, routes: model.routes.filter((r) => !isDomestic(r)) });
		for (const d of foreignOnly) expect(routes.find((r) => r.key === d.key)!.weight).toBeCloseTo(d.weight, 9);
		expect(own.find((d) => d.key === "bayan-obo>PRC")!.weight).toBe(1);
	});

	it("runs over land to its home, not out through the sea its producer exports by", () => {
		const model = buildModel(flagship, start, "JPN");
		const ecs = model.regions.get("east-china-sea")!;
		for (const key of ["bayan-obo>PRC", "ganzhou>PRC", "shandong-gallium>PRC"]) {
			const d = layoutRoutes(model).find((r) => r.key === key)!;
			expect(d.bypassed).toEqual(["east-china-sea"]);
			expect(distanceTo(d.path, ecs), key).toBeGreaterThan(seaRadius(ecs.region.value));
		}
		// the exports from the same producers still pass it
		const toJapan = layoutRoutes(model).find((r) => r.key === "bayan-obo>JPN")!;
		expect(toJapan.bypassed).toEqual([]);
		expect(px(distanceTo(toJapan.path, ecs))).toBeLessThan(25);
	});

	it("passes a via region on its way home, and is cut where that region is blockaded", () => {
		// a Chinese plant on Hainan shipping to Fujian through the Taiwan Strait
		const hainan = flagship.regions.find((r) => r.id === "hainan")!;
		const scenario: Scenario = {
			...flagship,
			producers: [
				...flagship.producers,
				{ ...flagship.producers.find((p) => p.id === "ganzhou")!, id: "hainan-plant", name: "Hainan plant", lon: hainan.lon, lat: hainan.lat + 0.6, via: ["taiwan-strait"] },
			],
			contracts: [...flagship.contracts, { producer: "hainan-plant", consumer: "PRC", share: 100 }],
		};
		const state = newGame(scenario, "test");
		const strait = buildModel(scenario, state, "PRC").regions.get("taiwan-strait")!;
		const open = layoutRoutes(buildModel(scenario, state, "PRC")).find((d) => d.key === "hainan-plant>PRC")!;
		expect(open.domestic).toBe(true);
		expect(open.bypassed).toEqual([]);
		expect(px(distanceTo(open.path, strait))).toBeLessThan(25);
		const cut = layoutRoutes(buildModel(scenario, blockade(state, "taiwan-strait"), "PRC")).find(
			(d) => d.key === "hainan-plant>PRC",
		)!;
		expect(cut.info).toMatchObject({ status: "cut", cause: "blockade", blockade: "taiwan-strait", delivered: 0 });
		const mark = pointAt(cut.path, cut.markAt!);
		expect(px(Math.hypot(mark.x - strait.x, mark.y - strait.y))).toBeLessThan(25);
	});

	it("shows a blockade it is drawn clear of on the route, between its ends", () => {
		// Rung 8 blockades the Bashi Channel: Australia's own Mt Weld supply ships through it
		const model = buildModel(flagship, blockade(start, "bashi-channel"), "AUS");
		const weld = layoutRoutes(model).find((d) => d.key === "mt-weld>AUS")!;
		expect(weld.info).toMatchObject({ status: "cut", blockade: "bashi-channel" });
		expect(weld.bypassed).toContain("bashi-channel");
		expect(weld.markAt!).toBeGreaterThanOrEqual(0.25 * weld.path.length - 1e-9);
		expect(weld.markAt!).toBeLessThanOrEqual(0.75 * weld.path.length + 1e-9);
		// the flowing exports beside it are cut too, at the channel itself
		const toJapan = layoutRoutes(model).find((d) => d.key === "mt-weld>JPN")!;
		expect(toJapan.info.status).toBe("cut");
	});

	it("is a mark on the producer's pin where producer and anchor stand together", () => {
		const scenario = shinEtsuAtHome();
		const state = newGame(scenario, "test");
		const model = buildModel(scenario, state, "JPN");
		const { routes, marks } = layoutSupply(model);
		expect(routes.some((d) => d.key === "shin-etsu>JPN")).toBe(false);
		expect(marks.map((m) => m.key)).toEqual(["shin-etsu>JPN"]);
		const [mark] = marks;
		const pin = model.producers.get("shin-etsu")!;
		const anchor = model.anchors.get("JPN")!;
		expect(px(Math.hypot(pin.x - anchor.x, pin.y - anchor.y))).toBeLessThan(HOME_MARK_PX);
		expect(mark).toMatchObject({ x: pin.x, y: pin.y, consumer: "JPN", home: "honshu", markAt: null });
		expect(mark.info).toMatchObject({ status: "flowing", planned: 50, delivered: 50 });
		const bayanToJapan = routes.find((d) => d.key === "bayan-obo>JPN")!;
		expect(mark.weight).toBeCloseTo(Math.sqrt(50 / bayanToJapan.info.planned), 9);
		expect([...homeMarkedProducers(model)]).toEqual(["shin-etsu"]);
		// blockaded at sea: the mark turns cut, with a mark on its ring
		const cut = layoutSupply(buildModel(scenario, blockade(state, "east-china-sea"), "JPN")).marks[0];
		expect(cut.info).toMatchObject({ status: "cut", cause: "blockade", blockade: "east-china-sea", delivered: 0 });
		expect(cut.markAt).not.toBeNull();
		// after a turn the engine's own flow says the same
		const next = resolve(scenario, blockade(state, "east-china-sea"), []);
		expect(layoutSupply(buildModel(scenario, next, "JPN")).marks[0].info).toMatchObject({ status: "cut", delivered: 0 });
	});

	it("is in focus with its faction, its producer and its home region, like any route", () => {
		const model = buildModel(flagship, start, "JPN");
		const routes = layoutRoutes(model);
		const get = (key: string) => routes.find((d) => d.key === key)!;
		const shinEtsu = get("shin-etsu>JPN");
		const bayan = get("bayan-obo>PRC");
		expect(routeInFocus(shinEtsu, "JPN", null)).toBe(true);
		expect(routeInFocus(bayan, "JPN", null)).toBe(false);
		expect(routeInFocus(bayan, "JPN", { kind: "faction", id: "PRC" })).toBe(true);
		expect(routeInFocus(shinEtsu, "JPN", { kind: "faction", id: "PRC" })).toBe(false);
		expect(routeInFocus(bayan, "JPN", { kind: "region", id: "fujian" })).toBe(true);
		expect(routeInFocus(shinEtsu, "JPN", { kind: "region", id: "honshu" })).toBe(true);
		// the region whose blockade would cut it
		expect(routeInFocus(bayan, "JPN", { kind: "region", id: "east-china-sea" })).toBe(true);
		expect(routeInFocus(bayan, "JPN", { kind: "producer", id: "bayan-obo" })).toBe(true);
		expect(routeInFocus(shinEtsu, "JPN", { kind: "producer", id: "bayan-obo" })).toBe(false);
		expect(routeInFocus(bayan, null, null)).toBe(true);
		// a mark on a pin follows the same rules
		const atHome = shinEtsuAtHome();
		const [mark] = layoutSupply(buildModel(atHome, newGame(atHome, "test"), "JPN")).marks;
		expect(routeInFocus(mark, "JPN", null)).toBe(true);
		expect(routeInFocus(mark, "PRC", null)).toBe(false);
		expect(routeInFocus(mark, "PRC", { kind: "region", id: "honshu" })).toBe(true);
		expect(routeInFocus(mark, "PRC", { kind: "producer", id: "shin-etsu" })).toBe(true);
		expect(routeInFocus(mark, "JPN", { kind: "faction", id: "PRC" })).toBe(false);
	});
});

describe("layout helpers", () => {
	it("groups directions that lie close together, around the circle", () => {
		const deg = Math.PI / 180;
		const groups = clusterAngles([10 * deg, 355 * deg, 100 * deg, 20 * deg, 180 * deg, 190 * deg], 18 * deg);
		const sets = groups.map((g) => g.sort((a, b) => a - b).join(",")).sort();
		expect(sets).toEqual(["0,1,3", "2", "4,5"]);
		expect(clusterAngles([], 0.3)).toEqual([]);
	});

	it("turns through a via region without doubling back", () => {
		// a right-angle turn: rounded on the corner where the lanes' lines meet
		const turn = gateTurn({ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 20, y: 20 }, { x: 0, y: 1 }, { x: 10, y: 10 });
		expect(turn.length).toBeGreaterThan(5);
		for (const p of turn) {
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x).toBeLessThanOrEqual(20);
			expect(p.y).toBeGreaterThanOrEqual(0);
			expect(p.y).toBeLessThanOrEqual(20);
		}
		// lanes that meet behind the start (a shift sideways): an S-bend, still moving forward
		const shift = gateTurn({ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 30, y: 6 }, { x: 1, y: 0 }, { x: 15, y: 3 });
		for (let k = 1; k < shift.length; k++) expect(shift[k].x).toBeGreaterThan(shift[k - 1].x);
	});

	it("offers label spots beside a mark on both sides, then along the route", () => {
		const spots = markSpots(0);
		expect(spots.length).toBeGreaterThanOrEqual(6);
		expect(spots[0].dy * spots[1].dy).toBeLessThan(0);
		expect(Math.abs(spots[0].dx)).toBeLessThan(1e-9);
		expect(spots.some((s) => s.dx > 30)).toBe(true);
		expect(spots.some((s) => s.dx < -30)).toBe(true);
	});
});
