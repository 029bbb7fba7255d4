// Cross-reference checks on a scenario that has the right shape: ids are unique and every id
// it mentions is defined. Effects and objectives are in crossrefEffects.ts.
import type { Scenario } from "../engine/index";
import { checkEffects, checkObjectives } from "./crossrefEffects";
import type { IssueList } from "./issues";
import { Refs } from "./refs";

export function checkCrossReferences(s: Scenario, issues: IssueList): void {
	for (const key of ["factions", "regions", "materials", "munitions", "producers", "lines", "programmes", "events", "objectives"] as const) {
		checkUnique(s[key], key, issues);
	}
	const refs = new Refs(s, issues);

	s.factions.forEach((f, i) => {
		const at = ["factions", i] as const;
		refs.checkKeys([...at, "munitions"], f.munitions, "munition");
		refs.checkKeys([...at, "materials"], f.materials, "material");
		refs.checkKeys([...at, "demand"], f.demand, "material");
		f.allies.forEach((a, j) => {
			if (refs.check([...at, "allies", j], a, "faction") && a === f.id) {
				issues.error([...at, "allies", j], `expected allies other than the faction itself, found ${JSON.stringify(a)}`);
			}
		});
	});
	refs.check(["challenger"], s.challenger, "faction");
	s.deterrencePairs.forEach((p, i) => {
		refs.check(["deterrencePairs", i, "challenger"], p.challenger, "faction");
		refs.check(["deterrencePairs", i, "defender"], p.defender, "faction");
		if (p.challenger === p.defender) issues.error(["deterrencePairs", i], "expected two different factions, found the same one twice");
	});
	const pairs = new Set<string>();
	s.relations.forEach((r, i) => {
		refs.check(["relations", i, "a"], r.a, "faction");
		refs.check(["relations", i, "b"], r.b, "faction");
		const key = [r.a, r.b].sort().join("|");
		if (r.a === r.b) issues.error(["relations", i], "expected two different factions, found the same one twice");
		else if (pairs.has(key)) issues.error(["relations", i], `expected each pair once, found ${r.a} and ${r.b} again`);
		pairs.add(key);
	});
	s.regions.forEach((r, i) => {
		if (r.owner !== null) refs.check(["regions", i, "owner"], r.owner, "faction");
		refs.checkKeys(["regions", i, "forces"], r.forces, "faction");
	});
	s.producers.forEach((p, i) => {
		refs.check(["producers", i, "owner"], p.owner, "faction");
		refs.check(["producers", i, "material"], p.material, "material");
		p.via.forEach((r, j) => {
			refs.check(["producers", i, "via", j], r, "region");
		});
	});
	s.contracts.forEach((c, i) => {
		refs.check(["contracts", i, "producer"], c.producer, "producer");
		refs.check(["contracts", i, "consumer"], c.consumer, "faction");
	});
	s.lines.forEach((l, i) => {
		refs.check(["lines", i, "faction"], l.faction, "faction");
		refs.check(["lines", i, "munition"], l.munition, "munition");
		refs.checkKeys(["lines", i, "needs"], l.needs, "material");
	});
	s.programmes.forEach((p, i) => {
		p.sponsors.forEach((f, j) => {
			refs.check(["programmes", i, "sponsors", j], f, "faction");
		});
		refs.checkKeys(["programmes", i, "needs"], p.needs, "material");
		checkEffects(p.effects, ["programmes", i, "effects"], refs, issues);
	});
	s.exportControls.forEach((c, i) => {
		refs.check(["exportControls", i, "issuer"], c.issuer, "faction");
		refs.check(["exportControls", i, "target"], c.target, "faction");
		refs.check(["exportControls", i, "material"], c.material, "material");
	});
	s.ladder.rungs.forEach((r, i) => {
		checkEffects(r.effects, ["ladder", "rungs", i, "effects"], refs, issues);
	});
	s.events.forEach((e, i) => {
		if (e.region !== undefined) refs.check(["events", i, "region"], e.region, "region");
		checkEffects(e.effects, ["events", i, "effects"], refs, issues);
	});
	checkObjectives(s, refs, issues);
}

function checkUnique(items: readonly { id: string }[], key: string, issues: IssueList): void {
	const first = new Map<string, number>();
	items.forEach((item, i) => {
		const earlier = first.get(item.id);
		if (earlier === undefined) first.set(item.id, i);
		else issues.error([key, i, "id"], `expected a unique id, found ${JSON.stringify(item.id)} again (first at ${key}[${earlier}])`);
	});
}
