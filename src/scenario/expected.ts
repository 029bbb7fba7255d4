// Finds the schema that applies at a JSON path and says in words what it expects, so messages
// read "expected an integer from 0 to 100" rather than zod's terser defaults.
import { z } from "zod";
import type { PathPart } from "./issues";
import { FLAG_PATTERN, ID_PATTERN } from "./schema";

/** Own-property lookup only: never walks into prototypes of hostile values. */
export function valueAt(root: unknown, path: readonly PathPart[]): unknown {
	let v = root;
	for (const part of path) {
		if (v === null || typeof v !== "object" || !Object.hasOwn(v, part)) return undefined;
		v = (v as Record<PathPart, unknown>)[part];
	}
	return v;
}

function unwrap(schema: z.ZodType): z.ZodType {
	let s = schema;
	while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
	return s;
}

/** The option of a discriminated union that the value's discriminator selects, if any. */
function pickOption(schema: z.ZodDiscriminatedUnion, value: unknown): z.ZodType | undefined {
	const key = schema.def.discriminator;
	const tag = valueAt(value, [key]);
	for (const option of schema.options as z.ZodType[]) {
		const shape = unwrap(option) instanceof z.ZodObject ? (unwrap(option) as z.ZodObject).shape : undefined;
		if (shape?.[key]?.safeParse(tag).success) return option;
	}
	return undefined;
}

/** The schema at a path, following the data through discriminated unions; undefined if lost. */
export function schemaAt(root: z.ZodType, data: unknown, path: readonly PathPart[]): z.ZodType | undefined {
	let schema: z.ZodType | undefined = root;
	for (let i = 0; i < path.length && schema; i++) {
		let s = unwrap(schema);
		if (s instanceof z.ZodDiscriminatedUnion) {
			const picked = pickOption(s, valueAt(data, path.slice(0, i)));
			if (!picked) return undefined;
			s = unwrap(picked);
		}
		const part = path[i];
		if (s instanceof z.ZodObject) schema = (s.shape as Record<string, z.ZodType>)[String(part)];
		else if (s instanceof z.ZodArray) schema = s.element as z.ZodType;
		else if (s instanceof z.ZodRecord) schema = s.valueType as z.ZodType;
		else schema = undefined;
	}
	return schema;
}

/** Keys an object schema allows at the path (for "did you mean" on unknown keys). */
export function knownKeysAt(root: z.ZodType, data: unknown, path: readonly PathPart[]): string[] {
	let s = schemaAt(root, data, path);
	if (!s) return [];
	s = unwrap(s);
	if (s instanceof z.ZodDiscriminatedUnion) s = pickOption(s, valueAt(data, path));
	s = s ? unwrap(s) : undefined;
	return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

const range = (min: number | null, max: number | null): string => {
	const lo = min !== null && Number.isFinite(min) && min > Number.MIN_SAFE_INTEGER;
	const hi = max !== null && Number.isFinite(max) && max < Number.MAX_SAFE_INTEGER;
	if (lo && hi) return ` from ${min} to ${max}`;
	if (lo) return ` of at least ${min}`;
	if (hi) return ` of at most ${max}`;
	return "";
};

/** "an integer from 0 to 100", "one of \"land\", \"sea\"", ...; undefined if not describable. */
export function describeSchema(schema: z.ZodType | undefined): string | undefined {
	if (!schema) return undefined;
	const nullable = schema instanceof z.ZodNullable || (schema instanceof z.ZodOptional && schema.unwrap() instanceof z.ZodNullable);
	const s = unwrap(schema);
	let text: string | undefined;
	if (s instanceof z.ZodNumber) text = `${s.isInt ? "an integer" : "a number"}${range(s.minValue, s.maxValue)}`;
	else if (s instanceof z.ZodString) text = describeString(s);
	else if (s instanceof z.ZodBoolean) text = "true or false";
	else if (s instanceof z.ZodEnum) text = `one of ${s.options.map((o) => JSON.stringify(o)).join(", ")}`;
	else if (s instanceof z.ZodLiteral) text = JSON.stringify(s.value);
	else if (s instanceof z.ZodArray) text = "an array";
	else if (s instanceof z.ZodRecord) text = "an object (a map from ids to values)";
	else if (s instanceof z.ZodDiscriminatedUnion) text = `an object with a ${JSON.stringify(s.def.discriminator)} field`;
	else if (s instanceof z.ZodObject) text = "an object";
	return text && nullable ? `${text}, or null` : text;
}

function describeString(s: z.ZodString): string {
	const patterns = (s._zod.def.checks ?? []).map((c) => (c._zod.def as { pattern?: RegExp }).pattern?.source);
	if (patterns.includes(ID_PATTERN.source)) return "an id (letters, digits and '-', starting with a letter or digit)";
	if (patterns.includes(FLAG_PATTERN.source)) return "a flag name (letters, digits, '-' and '_')";
	return "a string" + (s.maxLength !== null ? ` of at most ${s.maxLength} characters` : "");
}
