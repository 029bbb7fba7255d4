// The ids a scenario defines, and a checker for references to them with "did you mean" hints.
import type { Scenario } from "../engine/index";
import { type IssueList, type PathPart, suggest } from "./issues";

export type IdKind = "faction" | "region" | "material" | "munition" | "producer" | "line" | "programme" | "event";

const COLLECTION: Record<IdKind, string> = {
	faction: "factions",
	region: "regions",
	material: "materials",
	munition: "munitions",
	producer: "producers",
	line: "lines",
	programme: "programmes",
	event: "events",
};

export class Refs {
	private readonly ids: Record<IdKind, Set<string>>;

	constructor(
		s: Scenario,
		private readonly issues: IssueList,
	) {
		const set = (items: { id: string }[]) => new Set(items.map((i) => i.id));
		this.ids = {
			faction: set(s.factions),
			region: set(s.regions),
			material: set(s.materials),
			munition: set(s.munitions),
			producer: set(s.producers),
			line: set(s.lines),
			programme: set(s.programmes),
			event: set(s.events),
		};
	}

	has(kind: IdKind, id: string): boolean {
		return this.ids[kind].has(id);
	}

	/** Reports `id` at `path` unless it names a defined `kind`; true if it does. */
	check(path: readonly PathPart[], id: string, kind: IdKind): boolean {
		if (this.has(kind, id)) return true;
		const known = this.ids[kind];
		const list = known.size === 0 ? `, and none are defined` : known.size <= 12 ? ` (${[...known].join(", ")})` : "";
		this.issues.error(
			path,
			`unknown ${kind} ${JSON.stringify(id)}: expected an id from ${COLLECTION[kind]}${list}`,
			this.issues.full ? undefined : suggest(id, known),
		);
		return false;
	}

	/** Checks the keys of a record (munitions by munition id, forces by faction id, ...). */
	checkKeys(path: readonly PathPart[], record: Record<string, unknown>, kind: IdKind): void {
		for (const key of Object.keys(record)) this.check([...path, key], key, kind);
	}
}
