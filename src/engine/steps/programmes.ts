// Programmes (DESIGN.md, "Programmes"): multi-turn projects. A joint one starts only when every
// sponsor has committed; each committed sponsor pays costPerTurn each turn; a turn that cannot be
// paid (funds or materials) stalls it; on completion its effects apply.
import { applyEffect } from "../effects";
import { addFaction, addMaterial, addTension, type Ctx } from "../ledger";
import { lookup } from "../lookup";
import { div } from "../math";
import type { Cause } from "../types";

export function startProgramme(ctx: Ctx, id: string, sponsors: string[], cause: Cause): void {
	const p = lookup(ctx.scenario).programme.get(id)!;
	const ps = ctx.s.programmes[id];
	ps.status = "active";
	ps.committed = [...sponsors].sort();
	// Commitment signals resolve to partners and rivals alike: credibility up, tension up.
	for (const f of ps.committed) addFaction(ctx, f, "credibility", p.signal, cause);
	if (p.signal > 0) addTension(ctx, Math.max(1, div(p.signal, 2)), cause);
	ctx.headlines.push({ kind: "programme", text: `${p.name} begins (${ps.committed.join(" + ")})` });
}

export function programmesStep(ctx: Ctx): void {
	const { scenario, s } = ctx;
	for (const p of scenario.programmes) {
		const ps = s.programmes[p.id];
		if (ps.status !== "active" && ps.status !== "stalled") continue;
		const cause: Cause = { kind: "programme", id: p.id, text: p.name };
		const payers = ps.committed;
		const canPay = payers.every((f) => s.factions[f].funds >= p.costPerTurn);
		const needsMet = Object.entries(p.needs).every(([m, n]) =>
			payers.every((f) => (s.factions[f].materials[m] ?? 0) >= div(n + payers.length - 1, payers.length)),
		);
		if (!canPay || !needsMet) {
			if (ps.status !== "stalled") {
				ctx.headlines.push({
					kind: "programme",
					text: `${p.name} stalls: ${!canPay ? "a sponsor cannot pay" : "materials are short"}`,
				});
			}
			ps.status = "stalled";
			continue;
		}
		ps.status = "active";
		for (const f of payers) {
			addFaction(ctx, f, "funds", -p.costPerTurn, cause);
			for (const [m, n] of Object.entries(p.needs)) {
				addMaterial(ctx, f, m, -div(n + payers.length - 1, payers.length), cause);
			}
		}
		ps.progress += 1;
		if (ps.progress >= p.duration) {
			ps.status = "done";
			for (const e of p.effects) applyEffect(ctx, e, { kind: "programme", id: p.id, text: `${p.name} completed` });
			ctx.headlines.push({ kind: "programme", text: `${p.name} completed` });
		}
	}
}
