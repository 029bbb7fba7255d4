import { describe, expect, it } from "vitest";
import { CURRENT_VERSION, MIGRATIONS, type Migration, migrate } from "../../src/replay/migrate";
import { parseReplay } from "../../src/replay/format";

const HASH = "0123456789abcdef";

/** A made-up version 0 whose turns kept orders keyed by faction, with no injects or notes. */
const v0 = {
	format: "island-chain/replay",
	version: 0,
	engineVersion: "0.9.0",
	scenario: { id: "southwest-shield", hash: HASH },
	seed: "7",
	turns: [{ orders: { JPN: [{ type: "pass", faction: "JPN" }], PRC: [] }, hash: HASH }],
};

const fakeV0ToV1: Migration = {
	from: 0,
	describe: "orders keyed by faction become one list; injects and notes added",
	up: (file) => ({
		...file,
		turns: (file.turns as { orders: Record<string, unknown[]>; hash: string }[]).map((t) => ({
			orders: Object.keys(t.orders)
				.sort()
				.flatMap((f) => t.orders[f]),
			injects: [],
			notes: [],
			hash: t.hash,
		})),
	}),
};

describe("format versions", () => {
	it("version 1 is current and needs no migration", () => {
		expect(CURRENT_VERSION).toBe(1);
		const result = migrate({ format: "island-chain/replay", version: 1 }, "replay");
		expect(result).toMatchObject({ ok: true, applied: [] });
	});

	it("upgrades through a migration table, step by step", () => {
		const result = migrate(v0, "replay", [fakeV0ToV1]);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.applied).toEqual(["v0 -> v1: orders keyed by faction become one list; injects and notes added"]);
		const parsed = parseReplay(result.value);
		expect(parsed.ok).toBe(true);
		if (parsed.ok) {
			expect(parsed.value.version).toBe(1);
			expect(parsed.value.turns[0]).toEqual({
				orders: [{ type: "pass", faction: "JPN" }],
				injects: [],
				notes: [],
				hash: HASH,
			});
		}
	});

	it("refuses a version with no migration path, saying which versions it reads", () => {
		expect(MIGRATIONS).toEqual([]);
		expect(migrate(v0, "replay")).toMatchObject({
			ok: false,
			error: "this file is Island Chain replay format version 0, which this build can no longer read (it reads versions 1 to 1)",
		});
		expect(parseReplay(v0)).toMatchObject({ ok: false, error: expect.stringMatching(/version 0, which this build/) });
	});

	it("refuses a newer version with the version it needs", () => {
		expect(migrate({ format: "island-chain/save", version: 3 }, "save")).toMatchObject({
			ok: false,
			error: "this file needs Island Chain save format version 3; this build reads up to 1",
		});
	});

	it("reports a migration that fails", () => {
		const broken: Migration = {
			from: 0,
			describe: "broken",
			up: () => {
				throw new Error("turns[0].orders is not keyed by faction");
			},
		};
		expect(migrate(v0, "replay", [broken])).toMatchObject({
			ok: false,
			error: "could not upgrade this replay from format version 0 to 1: turns[0].orders is not keyed by faction",
		});
	});

	it("refuses unknown formats clearly", () => {
		expect(migrate({ format: "island-chain/map", version: 1 }, "replay")).toMatchObject({
			ok: false,
			error: 'format: "island-chain/map" is not an Island Chain replay or save (expected "island-chain/replay" or "island-chain/save")',
		});
		expect(migrate({ version: 1 }, "save")).toMatchObject({
			ok: false,
			error: 'format: missing; this is not an Island Chain save (expected "format": "island-chain/save")',
		});
		expect(migrate("hello", "replay")).toMatchObject({ ok: false });
	});
});
