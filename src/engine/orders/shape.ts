// Structural check of an order (plain data from a UI, a bot or a file): never trusted.
import type { Order, OrderError } from "../types";

type FieldKind = "id" | "int" | "tone" | "posture?" | "id?";

const fields: Record<Order["type"], Record<string, FieldKind>> = {
	pass: {},
	fundProgramme: { programme: "id" },
	proposeProgramme: { programme: "id" },
	acceptProgramme: { programme: "id" },
	cancelProgramme: { programme: "id" },
	drill: { region: "id", scale: "int", partner: "id?" },
	deploy: { region: "id", units: "int" },
	withdraw: { region: "id", units: "int" },
	setExportControl: { target: "id", material: "id", level: "int" },
	liftExportControl: { target: "id", material: "id" },
	statement: { tone: "tone", taiwan: "posture?" },
	dialogue: { with: "id" },
	stockpile: { material: "id", amount: "int" },
	offtake: { producer: "id", share: "int" },
	budget: { delta: "int" },
	aid: { partner: "id", amount: "int" },
};

export const ORDER_TYPES = Object.keys(fields) as Order["type"][];
/** Each type's fields as [name, kind] pairs, built once. */
const fieldList = Object.fromEntries(Object.entries(fields).map(([type, spec]) => [type, Object.entries(spec)])) as Record<
	Order["type"],
	[string, FieldKind][]
>;
const TONES = ["conciliatory", "neutral", "firm", "hostile"];
const POSTURES = ["ambiguity", "clarity"];

const err = (index: number, type: string, field: string, message: string): OrderError => ({
	index,
	type,
	field,
	message,
});

export function checkShape(o: unknown, index: number): OrderError | null {
	if (o === null || typeof o !== "object" || Array.isArray(o)) return err(index, "unknown", "", "an order must be an object");
	const rec = o as Record<string, unknown>;
	const type = rec.type;
	if (typeof type !== "string" || !Object.hasOwn(fields, type)) {
		return err(index, String(type ?? "unknown"), "type", `unknown order type; expected one of ${ORDER_TYPES.join(", ")}`);
	}
	if (typeof rec.faction !== "string") return err(index, type, "faction", "expected a faction id");
	const spec = fields[type as Order["type"]];
	for (const key in rec) {
		if (key !== "type" && key !== "faction" && Object.hasOwn(rec, key) && !Object.hasOwn(spec, key)) {
			return err(index, type, key, `unexpected field for a ${type} order`);
		}
	}
	for (const [key, kind] of fieldList[type as Order["type"]]) {
		const v = rec[key];
		const optional = kind.endsWith("?");
		if (v === undefined && optional) continue;
		if (v === undefined) return err(index, type, key, "missing");
		if ((kind === "id" || kind === "id?") && (typeof v !== "string" || v.length === 0 || v.length > 64)) {
			return err(index, type, key, "expected an id");
		}
		if (kind === "int" && !(typeof v === "number" && Number.isSafeInteger(v))) {
			return err(index, type, key, "expected a whole number");
		}
		if (kind === "tone" && !TONES.includes(v as string)) return err(index, type, key, `expected one of ${TONES.join(", ")}`);
		if (kind === "posture?" && !POSTURES.includes(v as string)) {
			return err(index, type, key, `expected one of ${POSTURES.join(", ")}`);
		}
	}
	return null;
}
