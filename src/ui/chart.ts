// A small inline SVG line chart with an accessible title and description.
import { type Series, niceRange } from "./chartModel";
import { h, svg, uid } from "./dom";

export interface ChartSpec {
	title: string;
	series: Series[];
	/** Label of each x point (turn labels, starting with the start of the game). */
	xLabels: string[];
	min?: number;
	max?: number;
	unit?: string;
	width?: number;
	height?: number;
}

export function lineChart(spec: ChartSpec): HTMLElement {
	const W = spec.width ?? 360;
	const H = spec.height ?? 170;
	const m = { l: 34, r: 10, t: 10, b: 22 };
	const iw = W - m.l - m.r;
	const ih = H - m.t - m.b;
	const auto = niceRange(spec.series.map((s) => s.values));
	const fixed = spec.min !== undefined && spec.max !== undefined;
	const min = fixed ? (spec.min as number) : auto.min;
	const max = fixed ? (spec.max as number) : auto.max;
	const step = fixed ? (max - min) / 4 : auto.step;
	const n = Math.max(...spec.series.map((s) => s.values.length), 1);
	const x = (i: number) => m.l + (n <= 1 ? iw / 2 : (i * iw) / (n - 1));
	const y = (v: number) => m.t + ih - ((Math.max(min, Math.min(max, v)) - min) * ih) / (max - min);

	const titleId = uid("ct");
	const descId = uid("cd");
	const desc = spec.series
		.map((s) => {
			const first = s.values[0];
			const last = s.values[s.values.length - 1];
			return `${s.label}: ${first}${spec.unit ?? ""} at the start, ${last}${spec.unit ?? ""} now`;
		})
		.join("; ");
	const root = svg("svg", {
		viewBox: `0 0 ${W} ${H}`,
		class: "chart-svg",
		role: "img",
		"aria-labelledby": `${titleId} ${descId}`,
		preserveAspectRatio: "xMidYMid meet",
	});
	root.append(svg("title", { id: titleId }, spec.title), svg("desc", { id: descId }, desc || "No data yet."));

	// Grid and y labels
	for (let v = min; v <= max + 1e-9; v += step) {
		const yy = y(v);
		root.append(svg("line", { x1: m.l, x2: W - m.r, y1: yy, y2: yy, class: "chart-grid" }));
		root.append(svg("text", { x: m.l - 5, y: yy + 3, class: "chart-axis", "text-anchor": "end" }, formatTick(v)));
	}
	// x labels: first, middle, last
	const xl = spec.xLabels;
	const picks = n <= 1 ? [0] : [...new Set([0, Math.floor((n - 1) / 2), n - 1])];
	for (const i of picks) {
		if (xl[i] === undefined) continue;
		root.append(
			svg(
				"text",
				{ x: x(i), y: H - 6, class: "chart-axis", "text-anchor": i === 0 ? "start" : i === n - 1 ? "end" : "middle" },
				xl[i],
			),
		);
	}
	for (const s of spec.series) {
		if (s.values.length === 0) continue;
		const d = s.values.map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
		const attrs: Record<string, string | number> = { d, class: "chart-line", stroke: s.colour, fill: "none" };
		if (s.dash) attrs["stroke-dasharray"] = s.dash;
		root.append(svg("path", attrs));
		const li = s.values.length - 1;
		root.append(svg("circle", { cx: x(li), cy: y(s.values[li]), r: 2.6, fill: s.colour }));
	}

	const legend = h("ul", { class: "chart-legend" });
	for (const s of spec.series) {
		const sample = svg("svg", { width: 22, height: 8, "aria-hidden": "true" });
		const la: Record<string, string | number> = { x1: 1, x2: 21, y1: 4, y2: 4, stroke: s.colour, "stroke-width": 2.5 };
		if (s.dash) la["stroke-dasharray"] = s.dash;
		sample.append(svg("line", la));
		legend.append(
			h(
				"li",
				null,
				sample,
				`${s.label} `,
				h("strong", { text: `${s.values[s.values.length - 1] ?? ""}${spec.unit ?? ""}` }),
			),
		);
	}
	return h("figure", { class: "chart" }, h("figcaption", { class: "chart-title", text: spec.title }), root, legend);
}

function formatTick(v: number): string {
	if (Math.abs(v) >= 1000) return `${Math.round(v / 100) / 10}k`;
	return String(Math.round(v));
}
