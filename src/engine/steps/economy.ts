// Economy and politics: shortages cost output, high tension weighs on trade, economies recover
// slowly when supplied, support follows the economy, and next quarter's budget arrives.
import { addFaction, type Ctx } from "../ledger";
import { lookup } from "../lookup";
import { div } from "../math";

export function economyStep(ctx: Ctx): void {
	const { scenario, s } = ctx;
	const l = lookup(scenario);
	for (const f of l.factionIds) {
		const fs = s.factions[f];
		let shortage = 0;
		for (const m of Object.keys(fs.supplied).sort()) {
			const unmet = 100 - fs.supplied[m];
			if (unmet <= 0 || (fs.demand[m] ?? 0) <= 0) continue;
			const cost = div(unmet * (l.material.get(m)?.shortfallCost ?? 0), 100);
			if (cost > 0) {
				shortage += cost;
				addFaction(ctx, f, "economy", -cost, {
					kind: "rule",
					id: "shortage",
					text: `${l.material.get(m)?.name ?? m} shortage: ${unmet}% of demand unmet`,
				});
			}
		}
		if (s.tension > 70) {
			addFaction(ctx, f, "economy", -(1 + div(s.tension - 70, 10)), {
				kind: "rule",
				id: "tensionTrade",
				text: `tension ${s.tension} weighs on trade and investment`,
			});
		} else if (shortage === 0 && fs.economy < 100) {
			addFaction(ctx, f, "economy", 1, { kind: "rule", id: "recovery", text: "recovery while supplied and calm" });
		}
		if (fs.economy < 95) {
			addFaction(ctx, f, "support", -1, { kind: "rule", id: "hardship", text: `economy at ${fs.economy}` });
		} else if (fs.support < 50) {
			addFaction(ctx, f, "support", 1, { kind: "rule", id: "rally", text: "support recovers in good times" });
		}
		addFaction(ctx, f, "funds", div(fs.budget * fs.economy, 100), {
			kind: "rule",
			id: "budget",
			text: `quarterly defence budget ${fs.budget} x economy ${fs.economy}%`,
		});
		fs.actionPoints = l.faction.get(f)!.actionPoints;
	}
}
