// Replay and save files (DESIGN.md "Replays and saves"): types, zod schemas and parsing.
// Parsing never throws: it returns a value or a message that names the field. Orders are only
// checked for shape here (type and fields); the engine validates them against the game on replay.
import { z } from "zod";
import type { FactionId, Inject, Order, OrderType } from "../engine";
import { migrate } from "./migrate";

export const REPLAY_FORMAT = "island-chain/replay";
export const SAVE_FORMAT = "island-chain/save";
export const FORMAT_VERSION = 1;

/** Limits on what a file may hold, so that a hostile or broken file cannot hang the game. */
export const LIMITS = {
	bytes: 5 * 1024 * 1024,
	turns: 400,
	ordersPerTurn: 64,
	injectsPerTurn: 16,
	notesPerTurn: 32,
	noteLength: 2000,
	idLength: 64,
	seedLength: 256,
	depth: 32,
	errorsReported: 20,
} as const;

export type BotLevel = "easy" | "normal" | "hard";
export type ControlMode = "human" | "bot";

export interface ReplayTurn {
	orders: Order[];
	injects: Inject[];
	/** Rationale notes written with the turn's orders, one per faction that wrote one: "JPN: ...". */
	notes: string[];
	/** State hash after the turn was resolved (hashState of the engine). */
	hash: string;
}

export interface Replay {
	format: typeof REPLAY_FORMAT;
	version: typeof FORMAT_VERSION;
	engineVersion: string;
	scenario: { id: string; hash: string };
	seed: string;
	turns: ReplayTurn[];
}

export interface FactionControl {
	control: ControlMode;
	level: BotLevel;
}

export interface Save {
	format: typeof SAVE_FORMAT;
	version: typeof FORMAT_VERSION;
	engineVersion: string;
	scenario: { id: string; hash: string };
	seed: string;
	turns: ReplayTurn[];
	/** Orders drafted for the turn in progress, not yet resolved. */
	drafts: Order[];
	/** Rationale notes written for the turn in progress, by faction (absent when none). */
	draftNotes?: Record<FactionId, string>;
	controls: Record<FactionId, FactionControl>;
	savedAt?: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string; errors: string[] };

// ---------------------------------------------------------------- schemas

/**
 * The zod schemas of orders, turns, replays and saves. Built on first use (schemas()): building
 * them showed as 30-80 ms of the page's start in CPU profiles, before it had any file to read.
 */
function buildSchemas() {
	const id = z.string().min(1).max(LIMITS.idLength);
	const int = z.number().int();
	const hash = z.string().regex(/^[0-9a-f]{16}$/);
	const tone = z.enum(["conciliatory", "neutral", "firm", "hostile"]);
	const posture = z.enum(["ambiguity", "clarity"]);

	const programmeOrder = { faction: id, programme: id };

	/** One strict schema per order type: the fields of `Order` in src/engine/types.ts. */
	const orderSchemas = {
		pass: z.strictObject({ type: z.literal("pass"), faction: id }),
		fundProgramme: z.strictObject({ type: z.literal("fundProgramme"), ...programmeOrder }),
		proposeProgramme: z.strictObject({ type: z.literal("proposeProgramme"), ...programmeOrder }),
		acceptProgramme: z.strictObject({ type: z.literal("acceptProgramme"), ...programmeOrder }),
		cancelProgramme: z.strictObject({ type: z.literal("cancelProgramme"), ...programmeOrder }),
		drill: z.strictObject({ type: z.literal("drill"), faction: id, region: id, scale: int, partner: id.optional() }),
		deploy: z.strictObject({ type: z.literal("deploy"), faction: id, region: id, units: int }),
		withdraw: z.strictObject({ type: z.literal("withdraw"), faction: id, region: id, units: int }),
		setExportControl: z.strictObject({
			type: z.literal("setExportControl"),
			faction: id,
			target: id,
			material: id,
			level: int,
		}),
		liftExportControl: z.strictObject({ type: z.literal("liftExportControl"), faction: id, target: id, material: id }),
		statement: z.strictObject({ type: z.literal("statement"), faction: id, tone, taiwan: posture.optional() }),
		dialogue: z.strictObject({ type: z.literal("dialogue"), faction: id, with: id }),
		stockpile: z.strictObject({ type: z.literal("stockpile"), faction: id, material: id, amount: int }),
		offtake: z.strictObject({ type: z.literal("offtake"), faction: id, producer: id, share: int }),
		budget: z.strictObject({ type: z.literal("budget"), faction: id, delta: int }),
		aid: z.strictObject({ type: z.literal("aid"), faction: id, partner: id, amount: int }),
	} satisfies Record<OrderType, z.ZodType>;

	const orderTypes = Object.keys(orderSchemas) as OrderType[];

	/** An order: an object whose `type` picks the schema; unknown types get a "did you mean". */
	const orderSchema = z.unknown().superRefine((value, ctx) => {
		if (typeof value !== "object" || value === null || Array.isArray(value)) {
			ctx.addIssue({ code: "custom", message: `expected an order object, got ${describeValue(value)}` });
			return;
		}
		const type = (value as Record<string, unknown>).type;
		if (typeof type !== "string") {
			ctx.addIssue({
				code: "custom",
				path: ["type"],
				message:
					type === undefined
						? "missing: every order needs a type"
						: `expected a string order type, got ${describeValue(type)}`,
			});
			return;
		}
		if (!Object.hasOwn(orderSchemas, type)) {
			const near = closest(type, orderTypes);
			ctx.addIssue({
				code: "custom",
				path: ["type"],
				message: `unknown order type ${JSON.stringify(type)}${near ? ` (did you mean "${near}"?)` : ""}; known types: ${orderTypes.join(", ")}`,
			});
			return;
		}
		const result = (orderSchemas[type as OrderType] as z.ZodType).safeParse(value);
		if (!result.success) {
			for (const issue of result.error.issues) {
				ctx.addIssue({ code: "custom", path: issue.path, message: issueMessage(issue, value) });
			}
		}
	});

	const injectSchema = z.strictObject({ event: id });

	const turnSchema = z.strictObject({
		orders: z.array(orderSchema).max(LIMITS.ordersPerTurn),
		injects: z.array(injectSchema).max(LIMITS.injectsPerTurn),
		notes: z.array(z.string().max(LIMITS.noteLength)).max(LIMITS.notesPerTurn),
		hash,
	});

	const common = {
		version: z.literal(FORMAT_VERSION),
		engineVersion: z.string().min(1).max(LIMITS.idLength),
		scenario: z.strictObject({ id, hash }),
		seed: z.string().min(1).max(LIMITS.seedLength),
		turns: z.array(turnSchema).max(LIMITS.turns),
	};

	const replaySchema = z.strictObject({ format: z.literal(REPLAY_FORMAT), ...common });

	const saveSchema = z.strictObject({
		format: z.literal(SAVE_FORMAT),
		...common,
		drafts: z.array(orderSchema).max(LIMITS.ordersPerTurn),
		draftNotes: z.record(id, z.string().max(LIMITS.noteLength)).optional(),
		controls: z.record(id, z.strictObject({ control: z.enum(["human", "bot"]), level: z.enum(["easy", "normal", "hard"]) })),
		savedAt: z.string().max(LIMITS.idLength).optional(),
	});

	return { orderSchemas, orderSchema, turnSchema, replaySchema, saveSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | null = null;

function schemas(): Schemas {
	built ??= buildSchemas();
	return built;
}

// Compile-time guard: the schemas accept exactly the engine's Order type (src/engine/types.ts).
type SchemaOrder = z.output<Schemas["orderSchemas"][OrderType]>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const ORDER_SCHEMAS_MATCH_ENGINE: Same<SchemaOrder, Order> = true;

// ---------------------------------------------------------------- parsing

/** Parse replay file text. A save is accepted too and read as its replay (drafts dropped). */
export function parseReplayText(text: string): ParseResult<Replay> {
	const json = parseJsonText(text, "replay");
	return json.ok ? parseReplay(json.value) : json;
}

export function parseSaveText(text: string): ParseResult<Save> {
	const json = parseJsonText(text, "save");
	return json.ok ? parseSave(json.value) : json;
}

/** Parse an already-decoded JSON value as a replay (a save is read as its replay). */
export function parseReplay(value: unknown): ParseResult<Replay> {
	const checked = precheck(value, "replay");
	if (!checked.ok) return checked;
	const v = checked.value as Record<string, unknown>;
	if (v.format === SAVE_FORMAT) {
		const save = validate(schemas().saveSchema, v);
		return save.ok ? { ok: true, value: saveToReplay(save.value as Save) } : save;
	}
	return validate(schemas().replaySchema, v) as ParseResult<Replay>;
}

export function parseSave(value: unknown): ParseResult<Save> {
	const checked = precheck(value, "save");
	if (!checked.ok) return checked;
	const v = checked.value as Record<string, unknown>;
	if (v.format === REPLAY_FORMAT) {
		return fail(
			`format: this is a replay ("${REPLAY_FORMAT}"), not a save ("${SAVE_FORMAT}"); open it as a replay instead`,
		);
	}
	return validate(schemas().saveSchema, v) as ParseResult<Save>;
}

export function saveToReplay(save: Save): Replay {
	return {
		format: REPLAY_FORMAT,
		version: FORMAT_VERSION,
		engineVersion: save.engineVersion,
		scenario: { ...save.scenario },
		seed: save.seed,
		turns: save.turns,
	};
}

function parseJsonText(text: string, kind: "replay" | "save"): ParseResult<unknown> {
	if (typeof text !== "string") return fail(`expected the text of a ${kind} file`);
	if (utf8Length(text) > LIMITS.bytes) {
		return fail(`file is too large for a ${kind}: over ${LIMITS.bytes / 1024 / 1024} MB`);
	}
	if (text.trim() === "") return fail(`file is empty: expected a JSON ${kind}`);
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (e) {
		return fail(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
	}
}

/** Size, prototype keys, format and version (with migration of older versions). */
function precheck(value: unknown, kind: "replay" | "save"): ParseResult<unknown> {
	const bad = findForbidden(value);
	if (bad) return fail(bad);
	return migrate(value, kind);
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Refuse keys that could pollute prototypes, and absurd nesting; names the path. */
export function findForbidden(value: unknown): string | null {
	const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
	while (stack.length > 0) {
		const { v, path } = stack.pop()!;
		if (typeof v !== "object" || v === null) continue;
		if (path.length > LIMITS.depth) return `${formatPath(path)}: nested too deeply (over ${LIMITS.depth} levels)`;
		if (Array.isArray(v)) {
			for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
			continue;
		}
		for (const key of Object.keys(v)) {
			if (FORBIDDEN_KEYS.has(key)) {
				return `${formatPath([...path, key])}: the key "${key}" is not allowed`;
			}
			stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
		}
	}
	return null;
}

function validate<T>(schema: z.ZodType<T>, value: unknown): ParseResult<T> {
	const result = schema.safeParse(value);
	if (result.success) return { ok: true, value: result.data };
	const errors = result.error.issues
		.slice(0, LIMITS.errorsReported)
		.map((issue) => `${formatPath(issue.path)}: ${issueMessage(issue, value)}`);
	const more = result.error.issues.length - errors.length;
	if (more > 0) errors.push(`... and ${more} more`);
	return { ok: false, error: errors[0], errors };
}

function fail(error: string): { ok: false; error: string; errors: string[] } {
	return { ok: false, error, errors: [error] };
}

// ---------------------------------------------------------------- messages

/** `turns[3].orders[1].region`; the root is "(file)". */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = "";
	for (const p of path) {
		if (typeof p === "number") out += `[${p}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(String(p))) out += out === "" ? String(p) : `.${String(p)}`;
		else out += `[${JSON.stringify(String(p))}]`;
	}
	return out === "" ? "(file)" : out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let v = root;
	for (const p of path) {
		if (typeof v !== "object" || v === null) return undefined;
		v = (v as Record<PropertyKey, unknown>)[p as string];
	}
	return v;
}

const EXPECTED: Record<string, string> = {
	string: "a string",
	number: "a number",
	int: "an integer",
	boolean: "true or false",
	object: "an object",
	array: "an array",
	record: "an object",
};

export function describeValue(v: unknown): string {
	if (v === null) return "null";
	if (Array.isArray(v)) return "an array";
	if (typeof v === "string") return v.length > 40 ? "a string" : JSON.stringify(v);
	if (typeof v === "number") return Number.isFinite(v) ? String(v) : "a non-finite number";
	if (typeof v === "object") return "an object";
	return typeof v;
}

/** Plain-English message for one zod issue (the path is added by the caller). */
function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
	if (issue.code === "custom") return issue.message;
	const input = valueAt(root, issue.path);
	switch (issue.code) {
		case "invalid_type": {
			const expected = EXPECTED[issue.expected] ?? issue.expected;
			if (input === undefined) return `missing (expected ${expected})`;
			return `expected ${expected}, got ${describeValue(input)}`;
		}
		case "invalid_value": {
			const options = issue.values.map((x) => JSON.stringify(x));
			if (options.length === 1) return `expected ${options[0]}, got ${describeValue(input)}`;
			const near = typeof input === "string" ? closest(input, issue.values.map(String)) : null;
			return `expected one of ${options.join(", ")}, got ${describeValue(input)}${near ? ` (did you mean "${near}"?)` : ""}`;
		}
		case "unrecognized_keys":
			return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
		case "too_big":
			if (issue.origin === "array") return `too many entries: at most ${issue.maximum} allowed`;
			if (issue.origin === "string") return `too long: at most ${issue.maximum} characters`;
			return `too large: at most ${issue.maximum}`;
		case "too_small":
			if (issue.origin === "string") return "expected a non-empty string";
			if (issue.origin === "array") return `too few entries: at least ${issue.minimum} needed`;
			return `too small: at least ${issue.minimum}`;
		case "invalid_format":
			if (issue.format === "regex") return `expected a 16-hex-digit state hash, got ${describeValue(input)}`;
			return `expected ${issue.format} format, got ${describeValue(input)}`;
		case "invalid_key":
			return "invalid key";
		default:
			return issue.message;
	}
}

/** The closest candidate within a small edit distance, for "did you mean". */
export function closest(word: string, candidates: readonly string[]): string | null {
	let best: string | null = null;
	let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
	for (const c of candidates) {
		const d = editDistance(word.toLowerCase(), c.toLowerCase());
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	return best;
}

function editDistance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 8) return 99;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return prev[b.length];
}

function utf8Length(text: string): number {
	// Cheap bound first: UTF-8 is at most 3 bytes per UTF-16 unit.
	if (text.length * 3 <= LIMITS.bytes) return text.length;
	return new TextEncoder().encode(text).length;
}

/** Pretty but diffable JSON for a replay or save: one line per order, inject and note. */
export function formatReplayJson(file: Replay | Save): string {
	const lines: string[] = ["{"];
	const entries = Object.entries(file).filter(([, v]) => v !== undefined);
	entries.forEach(([key, value], i) => {
		const comma = i < entries.length - 1 ? "," : "";
		if (key === "turns") {
			const turns = value as ReplayTurn[];
			if (turns.length === 0) {
				lines.push(`\t"turns": []${comma}`);
				return;
			}
			lines.push(`\t"turns": [`);
			turns.forEach((t, ti) => {
				lines.push("\t\t{");
				lines.push(`\t\t\t"orders": ${list(t.orders, "\t\t\t")},`);
				lines.push(`\t\t\t"injects": ${list(t.injects, "\t\t\t")},`);
				lines.push(`\t\t\t"notes": ${list(t.notes, "\t\t\t")},`);
				lines.push(`\t\t\t"hash": ${JSON.stringify(t.hash)}`);
				lines.push(`\t\t}${ti < turns.length - 1 ? "," : ""}`);
			});
			lines.push(`\t]${comma}`);
		} else if (key === "drafts") {
			lines.push(`\t"drafts": ${list(value as unknown[], "\t")}${comma}`);
		} else {
			lines.push(`\t${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
		}
	});
	lines.push("}");
	return `${lines.join("\n")}\n`;
}

function list(items: readonly unknown[], indent: string): string {
	if (items.length === 0) return "[]";
	return `[\n${items.map((x) => `${indent}\t${JSON.stringify(x)}`).join(",\n")}\n${indent}]`;
}
