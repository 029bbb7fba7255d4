// Charts of history: tension, the ladder, deterrence, economies and stockpiles.
import { type Scenario, type TurnRecord, turnLabel } from "../engine";
import { DASHES, OKABE_ITO, type Series, seriesValues } from "./chartModel";
import { lineChart } from "./chart";
import { h } from "./dom";
import { safeColour } from "./menu";

export interface ChartData {
	scenario: Scenario;
	history: TurnRecord[];
	initial: Record<string, number>;
	viewer: string;
}

export function xLabels(scenario: Scenario, history: TurnRecord[]): string[] {
	return [`Start`, ...history.map((r, i) => r.label ?? turnLabel(scenario, i))];
}

export function historyCharts(d: ChartData, which: "all" | "summary" = "all"): HTMLElement[] {
	const { scenario, history, initial } = d;
	const labels = xLabels(scenario, history);
	const val = (key: string) => seriesValues(initial, history, key);
	const one = (key: string, label: string, i = 0): Series => ({
		key,
		label,
		colour: OKABE_ITO[i % OKABE_ITO.length],
		dash: DASHES[i % DASHES.length],
		values: val(key),
	});
	const charts: HTMLElement[] = [];
	charts.push(
		lineChart({ title: "Tension (0–100)", series: [one("tension", "Tension", 5)], xLabels: labels, min: 0, max: 100 }),
	);
	charts.push(
		lineChart({
			title: "Deterrence (100% = balanced)",
			series: scenario.deterrencePairs.map((p, i) => ({
				key: `deterrence.${p.challenger}>${p.defender}`,
				label: `${short(scenario, p.defender)} deters ${short(scenario, p.challenger)}`,
				colour: safeColour(scenario.factions.find((f) => f.id === p.defender)?.colour ?? OKABE_ITO[i]),
				dash: DASHES[i % DASHES.length],
				values: val(`deterrence.${p.challenger}>${p.defender}`),
			})),
			xLabels: labels,
			unit: "%",
		}),
	);
	if (which === "summary") return charts;
	charts.push(
		lineChart({ title: "Coercion ladder (0–10)", series: [one("rung", "Rung", 6)], xLabels: labels, min: 0, max: 10 }),
	);
	charts.push(
		lineChart({
			title: "Economy (100 = baseline)",
			series: scenario.factions.map((f, i) => ({
				key: `${f.id}.economy`,
				label: f.short,
				colour: safeColour(f.colour),
				dash: DASHES[i % DASHES.length],
				values: val(`${f.id}.economy`),
			})),
			xLabels: labels,
		}),
	);
	charts.push(
		lineChart({
			title: "Public support (0–100)",
			series: scenario.factions.map((f, i) => ({
				key: `${f.id}.support`,
				label: f.short,
				colour: safeColour(f.colour),
				dash: DASHES[i % DASHES.length],
				values: val(`${f.id}.support`),
			})),
			xLabels: labels,
			min: 0,
			max: 100,
		}),
	);
	for (const f of scenario.factions) {
		const munitions = Object.keys(f.munitions);
		if (munitions.length > 0) {
			charts.push(
				lineChart({
					title: `${f.name}: munition stockpiles (rounds)`,
					series: munitions.map((m, i) =>
						one(`${f.id}.munitions.${m}`, scenario.munitions.find((x) => x.id === m)?.name ?? m, i),
					),
					xLabels: labels,
				}),
			);
		}
		const materials = Object.keys(f.materials);
		if (materials.length > 0) {
			charts.push(
				lineChart({
					title: `${f.name}: material stocks`,
					series: materials.map((m, i) =>
						one(`${f.id}.material.${m}`, scenario.materials.find((x) => x.id === m)?.name ?? m, i + 2),
					),
					xLabels: labels,
				}),
			);
		}
	}
	return charts;
}

function short(scenario: Scenario, id: string): string {
	return scenario.factions.find((f) => f.id === id)?.short ?? id;
}

export function chartsSection(d: ChartData): HTMLElement {
	return h("div", { class: "chart-grid" }, ...historyCharts(d));
}
