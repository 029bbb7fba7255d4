// Versions of the replay and save formats (DESIGN.md: "Versioned; older versions migrate or are
// refused with a message saying which version is needed"). Version 1 is current. A future
// version 2 adds a step { from: 1, to: 2, up } to MIGRATIONS and bumps FORMAT_VERSION.

export const CURRENT_VERSION = 1;

const FORMATS: Record<string, "replay" | "save"> = {
	"island-chain/replay": "replay",
	"island-chain/save": "save",
};

/** One step that rewrites a file of version `from` into version `from + 1`. */
export interface Migration {
	from: number;
	describe: string;
	up: (file: Record<string, unknown>) => Record<string, unknown>;
}

/** Steps from older versions; none yet (version 1 is the first published format). */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrateResult =
	| { ok: true; value: Record<string, unknown>; applied: string[] }
	| { ok: false; error: string; errors: string[] };

/**
 * Check format and version, and bring an older file up to `current` through `table`.
 * `kind` only words the messages ("replay format version 2").
 */
export function migrate(
	value: unknown,
	kind: "replay" | "save",
	table: readonly Migration[] = MIGRATIONS,
	current: number = CURRENT_VERSION,
): MigrateResult {
	if (typeof value !== "object" || value === null || Array.isArray(value)) {
		return fail(`(file): expected a JSON object (an Island Chain ${kind})`);
	}
	const file = value as Record<string, unknown>;
	if (file.format === undefined) {
		return fail(`format: missing; this is not an Island Chain ${kind} (expected "format": "island-chain/${kind}")`);
	}
	if (typeof file.format !== "string" || !Object.hasOwn(FORMATS, file.format)) {
		const shown = typeof file.format === "string" ? JSON.stringify(file.format.slice(0, 60)) : String(file.format);
		return fail(
			`format: ${shown} is not an Island Chain replay or save (expected "island-chain/replay" or "island-chain/save")`,
		);
	}
	const fileKind = FORMATS[file.format];
	const version = file.version;
	if (typeof version !== "number" || !Number.isInteger(version)) {
		return fail(`version: expected an integer format version, got ${JSON.stringify(version) ?? "nothing"}`);
	}
	if (version > current) {
		return fail(
			`this file needs Island Chain ${fileKind} format version ${version}; this build reads up to ${current}`,
		);
	}
	let out: Record<string, unknown> = file;
	const applied: string[] = [];
	for (let v = version; v < current; v++) {
		const step = table.find((m) => m.from === v);
		if (!step) {
			const oldest = oldestReadable(table, current);
			return fail(
				`this file is Island Chain ${fileKind} format version ${version}, which this build can no longer read (it reads versions ${oldest} to ${current})`,
			);
		}
		try {
			out = { ...step.up(out), version: v + 1 };
		} catch (e) {
			return fail(
				`could not upgrade this ${fileKind} from format version ${v} to ${v + 1}: ${e instanceof Error ? e.message : String(e)}`,
			);
		}
		applied.push(`v${v} -> v${v + 1}: ${step.describe}`);
	}
	return { ok: true, value: out, applied };
}

function oldestReadable(table: readonly Migration[], current: number): number {
	let v = current;
	while (table.some((m) => m.from === v - 1)) v--;
	return v;
}

function fail(error: string): { ok: false; error: string; errors: string[] } {
	return { ok: false, error, errors: [error] };
}
