import { lookup } from "../lookup";
import type { Order, Scenario } from "../types";

/** "Japan: drill at Sakishima (scale 2, with United States)". */
export function describeOrder(scenario: Scenario, o: Order): string {
	const l = lookup(scenario);
	const f = (id: string) => l.faction.get(id)?.name ?? id;
	const r = (id: string) => l.region.get(id)?.name ?? id;
	const m = (id: string) => l.material.get(id)?.name ?? id;
	const p = (id: string) => l.programme.get(id)?.name ?? id;
	const who = `${f(o.faction)}: `;
	switch (o.type) {
		case "pass":
			return `${who}pass`;
		case "fundProgramme":
			return `${who}fund ${p(o.programme)}`;
		case "proposeProgramme":
			return `${who}propose ${p(o.programme)}`;
		case "acceptProgramme":
			return `${who}join ${p(o.programme)}`;
		case "cancelProgramme":
			return `${who}cancel ${p(o.programme)}`;
		case "drill":
			return `${who}drill at ${r(o.region)} (scale ${o.scale}${o.partner ? `, with ${f(o.partner)}` : ""})`;
		case "deploy":
			return `${who}deploy ${o.units} unit${o.units === 1 ? "" : "s"} to ${r(o.region)}`;
		case "withdraw":
			return `${who}withdraw ${o.units} unit${o.units === 1 ? "" : "s"} from ${r(o.region)}`;
		case "setExportControl":
			return `${who}${["", "license", "restrict", "ban"][o.level] ?? "control"} ${m(o.material)} exports to ${f(o.target)}`;
		case "liftExportControl":
			return `${who}lift ${m(o.material)} export control on ${f(o.target)}`;
		case "statement":
			return `${who}${o.tone} statement${o.taiwan ? ` (Taiwan: strategic ${o.taiwan})` : ""}`;
		case "dialogue":
			return `${who}open a dialogue with ${f(o.with)}`;
		case "stockpile":
			return `${who}buy ${o.amount} ${l.material.get(o.material)?.unit ?? ""} of ${m(o.material)} for the stockpile`;
		case "offtake":
			return `${who}sign an offtake for ${o.share}% of ${l.producer.get(o.producer)?.name ?? o.producer}`;
		case "budget":
			return `${who}${o.delta > 0 ? "raise" : "cut"} the defence budget by ${Math.abs(o.delta)} points a quarter`;
		case "aid":
			return `${who}aid ${f(o.partner)} with ${o.amount} points`;
	}
}
