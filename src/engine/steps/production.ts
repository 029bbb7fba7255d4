// Munition production: each line makes its rate, scaled down by the scarcest material it needs
// (needs are tonnes per 10 rounds). A starved line is how an export control reaches deterrence.
import { addMaterial, addMunitions, type Ctx } from "../ledger";
import { div } from "../math";

export function productionStep(ctx: Ctx): void {
	const { scenario, s } = ctx;
	for (const line of scenario.lines) {
		const ls = s.lines[line.id];
		if (!ls.active || ls.rate <= 0) {
			ls.output = 0;
			continue;
		}
		const fs = s.factions[line.faction];
		let pct = 100;
		for (const [m, n] of Object.entries(line.needs)) {
			const required = div(ls.rate * n + 9, 10);
			if (required > 0) pct = Math.min(pct, div((fs.materials[m] ?? 0) * 100, required));
		}
		const output = div(ls.rate * pct, 100);
		ls.output = output;
		const cause = {
			kind: "rule" as const,
			id: "production",
			text: pct < 100 ? `${line.name} at ${pct}% for lack of materials` : `${line.name}`,
		};
		for (const [m, n] of Object.entries(line.needs)) {
			addMaterial(ctx, line.faction, m, -div(output * n + 9, 10), cause);
		}
		addMunitions(ctx, line.faction, line.munition, output, cause);
		if (pct < 100) ctx.headlines.push({ kind: "supply", faction: line.faction, text: `${line.name} runs at ${pct}%: materials short` });
	}
}
