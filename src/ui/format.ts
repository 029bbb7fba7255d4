// Number and text formatting shared by the panels (DOM-free).
import { type LedgerEntry, type Scenario, describeMetric } from "../engine";

export function signed(n: number): string {
	return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "±0";
}

/** "Tension +3 (drill at Sakishima)" */
export function describeEntry(scenario: Scenario, e: LedgerEntry): string {
	return `${describeMetric(scenario, e.target)} ${signed(e.delta)} (${e.cause.text})`;
}

/** "Tension −1", "Relations Japan–China +4"; the viewer's own name is dropped ("Credibility +1"). */
export function describeEffect(scenario: Scenario, e: LedgerEntry, viewerName: string): string {
	let label = describeMetric(scenario, e.target);
	if (label.startsWith(`${viewerName} `)) label = label.slice(viewerName.length + 1);
	label = label.length > 0 ? label[0].toUpperCase() + label.slice(1) : label;
	return `${label} ${signed(e.delta)}`;
}

/** Budget points: 1 point = $100m. */
export function money(points: number): string {
	const bn = points / 10;
	return `$${Number.isInteger(bn) ? bn : bn.toFixed(1)}bn`;
}

/** describeOrder gives "Japan: drill at Sakishima (...)"; in the player's own panel the faction is implied. */
export function withoutFaction(text: string, factionName: string): string {
	const prefix = `${factionName}: `;
	const t = text.startsWith(prefix) ? text.slice(prefix.length) : text;
	return t.length > 0 ? t[0].toUpperCase() + t.slice(1) : t;
}

export function factionName(scenario: Scenario, id: string): string {
	return scenario.factions.find((f) => f.id === id)?.name ?? id;
}

export function regionName(scenario: Scenario, id: string): string {
	return scenario.regions.find((r) => r.id === id)?.name ?? id;
}

/** Sum of ledger entries per cause text, largest first: "drill at Sakishima +4, firm statement +3". */
export function summariseCauses(entries: LedgerEntry[]): { text: string; delta: number; kind: string }[] {
	const by = new Map<string, { text: string; delta: number; kind: string }>();
	for (const e of entries) {
		const k = `${e.cause.kind}:${e.cause.id}:${e.cause.text}`;
		const cur = by.get(k);
		if (cur) cur.delta += e.delta;
		else by.set(k, { text: e.cause.text, delta: e.delta, kind: e.cause.kind });
	}
	return [...by.values()].filter((c) => c.delta !== 0).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
}

export const CAUSE_KIND_LABEL: Record<string, string> = {
	order: "order",
	event: "event",
	inject: "facilitator",
	rule: "rule",
	rung: "ladder",
	programme: "programme",
};
