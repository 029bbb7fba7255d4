// The dilemmas the game is about (issue #2, "Engine"): each one shown by the model.
import { describe, expect, it } from "vitest";
import { newGame, type Order, resolve } from "../../src/engine";
import { fixture } from "./fixture";
import { play, seeds, withState } from "./helpers";

const sc = fixture();

describe("joint drills and co-production", () => {
	it("a joint drill raises deterrence and also raises tension", () => {
		const start = newGame(sc, "d");
		const quiet = resolve(sc, start, []);
		const drill = resolve(sc, start, [{ type: "drill", faction: "BLU", region: "home", scale: 2, partner: "GRN" }]);
		expect(drill.deterrence["RED>BLU"]).toBeGreaterThan(quiet.deterrence["RED>BLU"]);
		expect(drill.tension).toBeGreaterThan(quiet.tension);
		const why = drill.history[0].ledger.filter((e) => e.target === "tension" && e.cause.kind === "order");
		expect(why.map((e) => e.cause.text).join()).toContain("drill at Home Islands");
	});

	it("co-production raises credibility and tension when it starts, and output when it completes", () => {
		const orders = (t: number): Order[] =>
			t === 0
				? [
						{ type: "proposeProgramme", faction: "BLU", programme: "coprod" },
						{ type: "stockpile", faction: "BLU", material: "ree", amount: 40 },
					]
				: t === 1
					? [{ type: "acceptProgramme", faction: "GRN", programme: "coprod" }]
					: [{ type: "stockpile", faction: "BLU", material: "ree", amount: 40 }];
		let a = newGame(sc, "c");
		let b = newGame(sc, "c");
		for (let t = 0; t < 5; t++) {
			a = resolve(sc, a, orders(t));
			b = resolve(sc, b, t === 0 || t >= 2 ? [{ type: "stockpile", faction: "BLU", material: "ree", amount: 40 }] : []);
			if (t === 1) {
				const started = a.history[1].ledger;
				expect(started.some((e) => e.target === "tension" && e.delta > 0 && e.cause.text.includes("join Co-production"))).toBe(true);
				expect(a.factions.BLU.credibility).toBeGreaterThan(b.factions.BLU.credibility);
			}
		}
		expect(a.programmes.coprod.status).toBe("done");
		expect(a.lines["blu-line"].rate).toBe(80);
		expect(a.factions.BLU.munitions.msl).toBeGreaterThan(b.factions.BLU.munitions.msl);
		expect(a.deterrence["RED>BLU"]).toBeGreaterThan(b.deterrence["RED>BLU"]);
	});
});

describe("export controls", () => {
	const ban: Order = { type: "setExportControl", faction: "RED", target: "BLU", material: "ree", level: 3 };
	it("starve the target's production once its stock runs out", () => {
		const banned = play(sc, "e", 6, (s) => (s.turn === 0 ? [ban] : []));
		const free = play(sc, "e", 6);
		const out = (s: typeof banned) => s.lines["blu-line"].output;
		expect(out(free)).toBe(40);
		expect(out(banned)).toBeLessThan(out(free));
		const cut = banned.flows.find((f) => f.producer === "red-mine" && f.consumer === "BLU");
		expect(cut).toMatchObject({ delivered: 0, cut: "control" });
		expect(banned.factions.BLU.economy).toBeLessThan(free.factions.BLU.economy);
	});

	it("cost the exporter income", () => {
		const banned = play(sc, "e", 3, (s) => (s.turn === 0 ? [ban] : []));
		const free = play(sc, "e", 3);
		expect(banned.factions.RED.funds).toBeLessThan(free.factions.RED.funds);
		const loss = banned.history[1].ledger.find((e) => e.target === "RED.funds" && e.cause.id === "exportLoss");
		expect(loss?.delta).toBeLessThan(0);
	});
});

describe("buffers", () => {
	const ban: Order = { type: "setExportControl", faction: "RED", target: "BLU", material: "ree", level: 3 };
	it("a stockpile and a new source keep production going through a squeeze", () => {
		const bare = play(sc, "b", 8, (s) => (s.turn === 0 ? [ban] : []));
		const stockpiled = play(sc, "b", 8, (s) => [
			...(s.turn === 0 ? [ban] : []),
			{ type: "stockpile", faction: "BLU", material: "ree", amount: 40 } as Order,
		]);
		const newSource = play(sc, "b", 8, (s) => [
			...(s.turn === 0 ? [ban, { type: "fundProgramme", faction: "BLU", programme: "new-mine" } as Order] : []),
		]);
		const made = (s: typeof bare) => s.factions.BLU.munitions.msl;
		expect(made(stockpiled)).toBeGreaterThan(made(bare));
		expect(made(newSource)).toBeGreaterThan(made(bare));
		expect(newSource.factions.BLU.economy).toBeGreaterThan(bare.factions.BLU.economy);
	});
});

describe("the coercion ladder", () => {
	const climbs = (setup: Parameters<typeof withState>[1], n = 30) =>
		seeds(n).map((seed) => {
			const s = withState(newGame(sc, seed), setup);
			return resolve(sc, s, []).ladder.rung - s.ladder.rung;
		});

	it("climbs when tension is high and deterrence weak", () => {
		const moves = climbs((d) => {
			d.tension = 80;
			d.factions.BLU.munitions.msl = 100;
			d.factions.GRN.munitions.msl = 100;
		});
		expect(moves.filter((m) => m > 0).length).toBeGreaterThan(24);
	});

	it("holds or descends when deterrence is strong and tension falls", () => {
		const moves = climbs((d) => {
			d.tension = 42;
			d.factions.BLU.munitions.msl = 6000;
			d.factions.BLU.credibility = 90;
		});
		expect(moves.every((m) => m <= 0)).toBe(true);
		expect(moves.some((m) => m < 0)).toBe(true);
	});

	it("spirals when provocation runs too high, even against strong deterrence", () => {
		// The defenders out-build and out-shout the challenger: deterrence is strong, yet the
		// tension they create pushes the challenger up the ladder (the security dilemma).
		const strong = (d: Parameters<Parameters<typeof withState>[1]>[0]) => {
			d.tension = 80;
			d.factions.BLU.munitions.msl = 6000;
			d.factions.BLU.credibility = 90;
		};
		const provoke = (): Order[] => [
			{ type: "drill", faction: "BLU", region: "strait", scale: 3, partner: "GRN" },
			{ type: "statement", faction: "BLU", tone: "hostile", taiwan: "clarity" },
			{ type: "drill", faction: "GRN", region: "strait", scale: 3 },
			{ type: "statement", faction: "GRN", tone: "hostile" },
		];
		const runs = seeds(30).map((seed) => {
			let s = withState(newGame(sc, seed), strong);
			for (let t = 0; t < 3; t++) s = resolve(sc, s, provoke());
			return s;
		});
		expect(Math.min(...runs.map((s) => s.deterrence["RED>BLU"]))).toBeGreaterThan(sc.rules.holdDeterrence);
		expect(runs.filter((s) => s.ladder.peak > 4).length).toBeGreaterThan(24);
		const restrained = seeds(30).map((seed) => {
			let s = withState(newGame(sc, seed), strong);
			for (let t = 0; t < 3; t++) s = resolve(sc, s, []);
			return s;
		});
		expect(restrained.filter((s) => s.ladder.peak > 4).length).toBeLessThan(runs.filter((s) => s.ladder.peak > 4).length);
	});

	it("applies a rung's effects when the challenger climbs onto it", () => {
		const s = withState(newGame(sc, "r"), (d) => {
			d.ladder.rung = 5;
			d.tension = 100;
			d.factions.BLU.munitions.msl = 0;
		});
		const next = seeds(20)
			.map((seed) => resolve(sc, { ...s, seed }, []))
			.find((n) => n.ladder.rung === 6);
		expect(next).toBeDefined();
		expect(next!.exportControls).toContainEqual({ issuer: "RED", target: "BLU", material: "ree", level: 3 });
		expect(next!.history[0].headlines.some((h) => h.kind === "rung")).toBe(true);
	});

	it("ends the game as conflict at the top rungs, and a finished game stays finished", () => {
		const s = withState(newGame(sc, "w"), (d) => {
			d.ladder.rung = 8;
			d.tension = 100;
			d.factions.BLU.munitions.msl = 0;
			d.factions.GRN.munitions.msl = 0;
		});
		const ended = seeds(20)
			.map((seed) => resolve(sc, { ...s, seed }, []))
			.find((n) => n.over);
		expect(ended).toBeDefined();
		expect(ended!.outcome).toBe("conflict");
		expect(ended!.ladder.rung).toBeGreaterThanOrEqual(sc.rules.conflictRung);
		expect(resolve(sc, ended!, [{ type: "pass", faction: "BLU" }])).toBe(ended);
	});
});
