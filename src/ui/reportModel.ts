// The turn report as data (DOM-free): every number that changed, with its delta and its ledger
// entries (DESIGN.md "Ledger": the report is a view of the ledger).
import { type FactionId, type LedgerEntry, type Scenario, type TurnRecord, describeMetric } from "../engine";

export interface MetricChange {
	key: string;
	label: string;
	before: number;
	after: number;
	delta: number;
	entries: LedgerEntry[];
	/** Concerns the player's faction (or everyone: tension, the ladder). */
	mine: boolean;
}

/** Does this metric key concern `player` directly? */
export function concerns(key: string, player: FactionId | null): boolean {
	if (key === "tension" || key === "rung") return true;
	if (!player) return false;
	if (key.startsWith(`${player}.`)) return true;
	if (key.startsWith("deterrence.")) return key.slice(11).split(">").includes(player);
	if (key.startsWith("relation.")) return key.slice(9).split("|").includes(player);
	return false;
}

function rank(key: string): number {
	if (key === "tension") return 0;
	if (key === "rung") return 1;
	if (key.startsWith("deterrence.")) return 2;
	if (/\.(funds|economy|support|budget)$/.test(key)) return 3;
	if (key.startsWith("relation.")) return 5;
	if (key.startsWith("region.")) return 6;
	return 4;
}

export function turnChanges(
	scenario: Scenario,
	before: Record<string, number>,
	record: TurnRecord,
	player: FactionId | null,
): MetricChange[] {
	const byKey = new Map<string, LedgerEntry[]>();
	for (const e of record.ledger) {
		const list = byKey.get(e.target);
		if (list) list.push(e);
		else byKey.set(e.target, [e]);
	}
	const keys = new Set<string>([...byKey.keys()]);
	for (const [k, v] of Object.entries(record.metrics)) if ((before[k] ?? 0) !== v) keys.add(k);
	const out: MetricChange[] = [];
	for (const key of keys) {
		const after = record.metrics[key] ?? (before[key] ?? 0) + sum(byKey.get(key) ?? []);
		const b = before[key] ?? after - sum(byKey.get(key) ?? []);
		const delta = after - b;
		const entries = (byKey.get(key) ?? []).filter((e) => e.delta !== 0);
		if (delta === 0 && entries.length === 0) continue;
		out.push({
			key,
			label: describeMetric(scenario, key),
			before: b,
			after,
			delta,
			entries,
			mine: concerns(key, player),
		});
	}
	return out.sort((a, b) => {
		if (a.mine !== b.mine) return a.mine ? -1 : 1;
		const r = rank(a.key) - rank(b.key);
		if (r !== 0) return r;
		return Math.abs(b.delta) - Math.abs(a.delta) || a.key.localeCompare(b.key);
	});
}

function sum(entries: LedgerEntry[]): number {
	let s = 0;
	for (const e of entries) s += e.delta;
	return s;
}

/** Ledger entries of the last resolved turn for one metric key (the HUD's "why?"). */
export function lastWhy(history: TurnRecord[], key: string): LedgerEntry[] {
	const last = history[history.length - 1];
	if (!last) return [];
	return last.ledger.filter((e) => e.target === key && e.delta !== 0);
}
