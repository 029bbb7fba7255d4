// Supply flows (DESIGN.md, "Materials and supply"): each producer's output is split by contract
// shares; an export control cuts the share of the flows it covers (level/3), a blockade of a region
// on the route cuts all; deliveries enter the consumer's stock; civilian demand then draws it down.
// Exporters lose the income of what they no longer sell: coercion has a price.
import { addFaction, addMaterial, type Ctx, QUIET_CAUSE } from "../ledger";
import { lookup } from "../lookup";
import { div } from "../math";
import type { Contract, Flow } from "../types";

const DEMAND_CAUSE = Object.freeze({ kind: "rule", id: "demand", text: "consumption by industry" } as const);

export function supplyStep(ctx: Ctx): void {
	const { scenario, s } = ctx;
	const l = lookup(scenario);
	const flows: Flow[] = [];
	const lostIncome: Record<string, number> = {};
	// Deliveries by consumer, then material: booked below in (consumer, material) order.
	const delivered = new Map<string, Map<string, { amount: number; from: string[] }>>();
	// Contracts by producer, each list in contract order (the flows' order is part of the state).
	const byProducer = new Map<string, Contract[]>();
	for (const c of s.contracts) {
		const list = byProducer.get(c.producer);
		if (list) list.push(c);
		else byProducer.set(c.producer, [c]);
	}
	for (const p of scenario.producers) {
		const ps = s.producers[p.id];
		if (!ps.active) continue;
		const blockaded = p.via.some((r) => s.regions[r]?.blockaded);
		for (const c of byProducer.get(p.id) ?? []) {
			const planned = div(ps.capacity * c.share, 100);
			let got = planned;
			let cut: Flow["cut"] = null;
			if (blockaded) {
				got = 0;
				cut = "blockade";
			} else {
				const control = s.exportControls.find(
					(x) => x.issuer === p.owner && x.target === c.consumer && x.material === p.material,
				);
				if (control && c.consumer !== p.owner) {
					got = planned - div(planned * control.level, 3);
					cut = "control";
				}
			}
			// Keys in sorted order, as in the rest of the state (see newGame).
			flows.push({ consumer: c.consumer, cut, delivered: got, material: p.material, planned, producer: p.id });
			if (got > 0) {
				let byMaterial = delivered.get(c.consumer);
				if (!byMaterial) {
					byMaterial = new Map();
					delivered.set(c.consumer, byMaterial);
				}
				let d = byMaterial.get(p.material);
				if (!d) {
					d = { amount: 0, from: [] };
					byMaterial.set(p.material, d);
				}
				d.amount += got;
				d.from.push(p.name);
			}
			if (cut === "control" && planned > got) {
				lostIncome[p.owner] = (lostIncome[p.owner] ?? 0) + div((planned - got) * p.exportValue, 100);
			}
		}
	}
	s.flows = flows;
	for (const f of [...delivered.keys()].sort()) {
		const byMaterial = delivered.get(f)!;
		for (const m of [...byMaterial.keys()].sort()) {
			const d = byMaterial.get(m)!;
			const cause = ctx.quiet ? QUIET_CAUSE : { kind: "rule" as const, id: "supply", text: `deliveries from ${d.from.join(", ")}` };
			addMaterial(ctx, f, m, d.amount, cause);
		}
	}
	for (const f of Object.keys(lostIncome).sort()) {
		const loss = lostIncome[f];
		if (loss <= 0) continue;
		addFaction(ctx, f, "funds", -Math.min(loss, s.factions[f].funds), {
			kind: "rule",
			id: "exportLoss",
			text: `export sales lost to its own export controls (${loss} points)`,
		});
	}
	// Civilian and industrial demand draws the stock down; what is unmet is a shortfall.
	for (const f of l.factionIds) {
		const fs = s.factions[f];
		for (const m of Object.keys(fs.demand).sort()) {
			const need = fs.demand[m];
			if (need <= 0) {
				fs.supplied[m] = 100;
				continue;
			}
			const have = fs.materials[m] ?? 0;
			const used = Math.min(have, need);
			addMaterial(ctx, f, m, -used, DEMAND_CAUSE);
			fs.supplied[m] = div(used * 100, need);
		}
	}
}
