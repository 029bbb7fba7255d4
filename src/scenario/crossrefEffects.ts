// References inside effects (of programmes, events, ladder rungs) and objectives.
import type { Effect, Scenario } from "../engine/index";
import type { IssueList, PathPart } from "./issues";
import type { Refs } from "./refs";

export function checkEffects(effects: readonly Effect[], at: readonly PathPart[], refs: Refs, issues: IssueList): void {
	effects.forEach((e, i) => {
		const path = (field: string) => [...at, i, field];
		switch (e.kind) {
			case "economy":
			case "support":
			case "funds":
			case "budget":
			case "credibility":
			case "resolve":
				refs.check(path("faction"), e.faction, "faction");
				return;
			case "relation":
				refs.check(path("a"), e.a, "faction");
				refs.check(path("b"), e.b, "faction");
				if (e.a === e.b) issues.error([...at, i], "expected two different factions, found the same one twice");
				return;
			case "material":
			case "demand":
				refs.check(path("faction"), e.faction, "faction");
				refs.check(path("material"), e.material, "material");
				return;
			case "munitions":
				refs.check(path("faction"), e.faction, "faction");
				refs.check(path("munition"), e.munition, "munition");
				return;
			case "producer":
				refs.check(path("producer"), e.producer, "producer");
				return;
			case "contract":
				refs.check(path("producer"), e.producer, "producer");
				refs.check(path("consumer"), e.consumer, "faction");
				return;
			case "line":
				refs.check(path("line"), e.line, "line");
				return;
			case "readiness":
			case "blockade":
				refs.check(path("region"), e.region, "region");
				return;
			case "exportControl":
				refs.check(path("issuer"), e.issuer, "faction");
				refs.check(path("target"), e.target, "faction");
				refs.check(path("material"), e.material, "material");
				return;
			case "tension":
			case "flag":
			case "ladder":
				return;
		}
	});
}

export function checkObjectives(s: Scenario, refs: Refs, issues: IssueList): void {
	const tracked = new Set(s.deterrencePairs.map((p) => `${p.challenger}>${p.defender}`));
	s.objectives.forEach((o, i) => {
		const path = (field: string) => ["objectives", i, field];
		refs.check(path("faction"), o.faction, "faction");
		switch (o.metric) {
			case "economy":
			case "support":
			case "funds":
				return; // the objective's own faction is the one measured
			case "deterrence":
				if (refs.check(path("challenger"), o.challenger, "faction") && refs.check(path("defender"), o.defender, "faction")) {
					const key = `${o.challenger}>${o.defender}`;
					if (!tracked.has(key)) {
						issues.error(["objectives", i], `expected a pair listed in deterrencePairs, found ${key}, which is not tracked`);
					}
				}
				return;
			case "material":
				refs.check(path("material"), o.material, "material");
				return;
			case "munitions":
				refs.check(path("munition"), o.munition, "munition");
				return;
			case "programme":
				refs.check(path("programme"), o.programme, "programme");
				return;
			case "relation":
				refs.check(path("a"), o.a, "faction");
				refs.check(path("b"), o.b, "faction");
				if (o.a === o.b) issues.error(["objectives", i], "expected two different factions, found the same one twice");
				return;
			case "tension":
			case "rung":
				return;
		}
	});
}
