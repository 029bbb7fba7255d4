// One block per rule step of resolve(), in DESIGN.md's order.
import { describe, expect, it } from "vitest";
import { newGame, objectiveStatus, resolve, scoreFactions, turnLabel } from "../../src/engine";
import { eligible } from "../../src/engine/steps/events";
import { fixture } from "./fixture";
import { withState } from "./helpers";

const sc = fixture();
const start = newGame(sc, "steps");
const entries = (s: ReturnType<typeof resolve>, target: string) => s.history.at(-1)!.ledger.filter((e) => e.target === target);

describe("policy", () => {
	it("a hostile statement raises tension and sours relations with adversaries", () => {
		const s = resolve(sc, start, [{ type: "statement", faction: "BLU", tone: "hostile" }]);
		expect(entries(s, "tension")[0]).toMatchObject({ delta: 5, cause: { kind: "order", id: "BLU" } });
		expect(entries(s, "relation.BLU|RED")[0].delta).toBe(-4);
	});
	it("dialogue with an adversary lowers tension and costs a little support", () => {
		const s = resolve(sc, start, [{ type: "dialogue", faction: "BLU", with: "RED" }]);
		expect(entries(s, "tension")[0].delta).toBe(-3);
		expect(entries(s, "BLU.support")[0].delta).toBe(-1);
	});
	it("Taiwan clarity buys credibility at the price of tension", () => {
		const s = resolve(sc, start, [{ type: "statement", faction: "BLU", tone: "neutral", taiwan: "clarity" }]);
		expect(entries(s, "BLU.credibility").find((e) => e.cause.kind === "order")?.delta).toBe(5);
		expect(entries(s, "tension")[0].delta).toBe(4);
		expect(s.factions.BLU.posture).toBe("clarity");
	});
});

describe("budgets and programmes", () => {
	it("a joint programme waits for every sponsor, then charges each of them every turn", () => {
		const proposed = resolve(sc, start, [{ type: "proposeProgramme", faction: "BLU", programme: "coprod" }]);
		expect(proposed.programmes.coprod).toMatchObject({ status: "proposed", progress: 0, committed: ["BLU"] });
		const running = resolve(sc, proposed, [{ type: "acceptProgramme", faction: "GRN", programme: "coprod" }]);
		expect(running.programmes.coprod).toMatchObject({ status: "active", progress: 1, committed: ["BLU", "GRN"] });
		for (const f of ["BLU", "GRN"]) {
			expect(entries(running, `${f}.funds`).find((e) => e.cause.kind === "programme")?.delta).toBe(-10);
		}
	});
	it("stalls when a sponsor cannot pay, and says so", () => {
		const poor = withState(start, (d) => {
			d.factions.BLU.funds = 10;
		});
		const s1 = resolve(sc, poor, [{ type: "fundProgramme", faction: "BLU", programme: "new-mine" }]);
		expect(s1.programmes["new-mine"].progress).toBe(1);
		const broke = withState(s1, (d) => {
			d.factions.BLU.funds = 0;
		});
		const s2 = resolve(sc, broke, []);
		expect(s2.programmes["new-mine"]).toMatchObject({ status: "stalled", progress: 1 });
		expect(s2.history.at(-1)!.headlines.map((h) => h.text)).toContain("New mine stalls: a sponsor cannot pay");
	});
});

describe("supply", () => {
	it("splits output by contract share and records each flow", () => {
		const s = resolve(sc, start, []);
		expect(s.flows).toContainEqual({ producer: "red-mine", consumer: "BLU", material: "ree", planned: 90, delivered: 90, cut: null });
		expect(entries(s, "BLU.material.ree").find((e) => e.cause.id === "supply")?.delta).toBe(90 + 20);
	});
	it("a licensing control cuts a third; a blockade on the route cuts everything", () => {
		const licensed = withState(start, (d) => {
			d.exportControls.push({ issuer: "RED", target: "BLU", material: "ree", level: 1 });
			d.regions.strait.blockaded = true;
		});
		const s = resolve(sc, licensed, []);
		expect(s.flows.find((f) => f.producer === "red-mine" && f.consumer === "BLU")).toMatchObject({ delivered: 60, cut: "control" });
		expect(s.flows.find((f) => f.producer === "yel-mine")).toMatchObject({ delivered: 0, cut: "blockade" });
	});
	it("demand draws stock down and records how much was supplied", () => {
		const dry = withState(start, (d) => {
			d.factions.BLU.materials.ree = 0;
			d.contracts = [];
		});
		const s = resolve(sc, dry, []);
		expect(s.factions.BLU.supplied.ree).toBe(0);
		expect(entries(s, "BLU.economy").find((e) => e.cause.id === "shortage")?.delta).toBe(-8);
	});
});

describe("production", () => {
	it("runs at the share of the scarcest material it can get", () => {
		const thin = withState(start, (d) => {
			d.factions.BLU.materials.ree = 0;
			d.contracts = [{ producer: "red-mine", consumer: "BLU", share: 35 }];
		});
		const s = resolve(sc, thin, []);
		// 105 t delivered, 100 t drawn by demand, 5 t left for a line that needs 40 t: 12%.
		expect(s.lines["blu-line"].output).toBe(4);
		expect(s.history.at(-1)!.headlines.some((h) => h.text.includes("runs at 12%"))).toBe(true);
	});
});

describe("posture", () => {
	it("drills raise readiness, which then decays back to peacetime", () => {
		const drilled = resolve(sc, start, [{ type: "drill", faction: "BLU", region: "home", scale: 3 }]);
		expect(drilled.regions.home.readiness).toBe(62);
		const later = resolve(sc, drilled, []);
		expect(later.regions.home.readiness).toBe(59);
		expect(entries(later, "region.home.readiness")[0].cause.id).toBe("readinessDecay");
	});
	it("deployments move units out of reserve into the region", () => {
		const s = resolve(sc, start, [{ type: "deploy", faction: "BLU", region: "strait", units: 2 }]);
		expect(s.regions.strait.forces.BLU).toBe(2);
		expect(s.factions.BLU.reserves).toBe(4);
	});
});

describe("tension", () => {
	it("drifts toward the baseline when nothing happens", () => {
		const hot = withState(start, (d) => {
			d.tension = 70;
		});
		const s = resolve(sc, hot, []);
		const drift = entries(s, "tension").find((e) => e.cause.id === "drift");
		expect(drift?.delta).toBe(-3);
	});
	it("rises with the other side's build-up (the Richardson fear term)", () => {
		const s = resolve(sc, start, [{ type: "deploy", faction: "RED", region: "mainland", units: 4 }]);
		expect(entries(s, "tension").some((e) => e.cause.id === "fear" && e.delta > 0)).toBe(true);
	});
});

describe("ladder", () => {
	it("stepping down from a rung restores the export controls in force below it", () => {
		const sc2 = fixture((x) => {
			x.exportControls = [{ issuer: "RED", target: "BLU", material: "ree", level: 1 }];
		});
		const calm = withState(newGame(sc2, "down"), (d) => {
			d.ladder.rung = 6;
			d.exportControls = [{ issuer: "RED", target: "BLU", material: "ree", level: 3 }];
			d.tension = 41;
			d.factions.BLU.munitions.msl = 6000;
			d.factions.BLU.credibility = 95;
		});
		const down = ["1", "2", "3", "4", "5", "6", "7", "8"].map((seed) => resolve(sc2, { ...calm, seed }, [])).find((n) => n.ladder.rung === 5);
		expect(down).toBeDefined();
		expect(down!.exportControls).toEqual([{ issuer: "RED", target: "BLU", material: "ree", level: 1 }]);
	});

	it("the challenger's resolve fades back to its base when it stops showing force", () => {
		const shown = withState(start, (d) => {
			d.factions.RED.resolve = 70;
		});
		const s = resolve(sc, shown, []);
		expect(entries(s, "RED.resolve")[0]).toMatchObject({ delta: -1, cause: { id: "resolveFade" } });
	});
});

describe("events", () => {
	it("checks conditions and draws from the seeded deck; an inject fires by hand", () => {
		const incident = sc.events.find((e) => e.id === "incident")!;
		expect(eligible(incident, start)).toBe(false);
		expect(eligible(incident, { ...start, tension: 60 })).toBe(true);
		expect(eligible(incident, { ...start, tension: 60, fired: { incident: 0 } })).toBe(false);
		const s = resolve(sc, start, [], [{ event: "incident" }]);
		expect(s.fired.incident).toBe(0);
		expect(entries(s, "tension").find((e) => e.cause.kind === "inject")?.delta).toBe(3);
		expect(s.history[0].injects).toEqual([{ event: "incident" }]);
	});
	it("ignores an inject of an unknown event", () => {
		const s = resolve(sc, start, [], [{ event: "nope" }]);
		expect(s.history[0].injects).toEqual([]);
	});
});

describe("economy and politics", () => {
	it("pays next quarter's budget scaled by the economy", () => {
		const weak = withState(start, (d) => {
			d.factions.GRN.economy = 90;
		});
		const s = resolve(sc, weak, []);
		expect(entries(s, "GRN.funds").find((e) => e.cause.id === "budget")?.delta).toBe(Math.trunc((200 * 91) / 100));
	});
});

describe("objectives, scoring and the end", () => {
	it("scores progress toward each objective and ends the scenario on its last turn", () => {
		const status = objectiveStatus(sc, start, "BLU");
		expect(status.map((x) => x.objective.id)).toEqual(["b1", "b2"]);
		expect(status[1]).toMatchObject({ met: true, progress: 100 });
		expect(status[0].met).toBe(start.deterrence["RED>BLU"] >= 110);
		const last = withState(start, (d) => {
			d.turn = sc.turns - 1;
		});
		const end = resolve(sc, last, []);
		expect(end.over).toBe(true);
		expect(end.outcome).toBe("held");
		expect(scoreFactions(sc, end).BLU).toBeGreaterThan(0);
	});
	it("labels turns as quarters", () => {
		expect(turnLabel(sc, 0)).toBe("2026 Q1");
		expect(turnLabel(sc, 5)).toBe("2027 Q2");
	});
});
