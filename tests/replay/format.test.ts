import { describe, expect, it } from "vitest";
import {
	formatReplayJson,
	LIMITS,
	parseReplay,
	parseReplayText,
	parseSave,
	parseSaveText,
	type Replay,
	type Save,
} from "../../src/replay/format";

const HASH = "0123456789abcdef";

function replay(): Replay {
	return {
		format: "island-chain/replay",
		version: 1,
		engineVersion: "1.0.0",
		scenario: { id: "southwest-shield", hash: HASH },
		seed: "42",
		turns: [
			{
				orders: [
					{ type: "drill", faction: "JPN", region: "sakishima", scale: 2, partner: "USA" },
					{ type: "statement", faction: "PRC", tone: "firm" },
				],
				injects: [{ event: "typhoon" }],
				notes: ["JPN: show the flag"],
				hash: HASH,
			},
			{ orders: [{ type: "pass", faction: "JPN" }], injects: [], notes: [], hash: "fedcba9876543210" },
		],
	};
}

function save(): Save {
	const r = replay();
	return {
		...r,
		format: "island-chain/save",
		drafts: [{ type: "budget", faction: "JPN", delta: 5 }],
		controls: { JPN: { control: "human", level: "normal" }, PRC: { control: "bot", level: "hard" } },
		savedAt: "2026-01-01T00:00:00.000Z",
	};
}

/** Apply a mutation to a fresh valid replay and return the first error. */
function errorOf(mutate: (r: Record<string, unknown> & Replay) => void): string {
	const r = replay() as Record<string, unknown> & Replay;
	mutate(r);
	const result = parseReplay(JSON.parse(JSON.stringify(r)));
	if (result.ok) throw new Error("expected the replay to be refused");
	return result.error;
}

describe("replay format", () => {
	it("accepts a valid replay and round-trips it through its file text", () => {
		const text = formatReplayJson(replay());
		const parsed = parseReplayText(text);
		expect(parsed).toEqual({ ok: true, value: replay() });
		// one line per order keeps diffs readable
		expect(text).toContain('\t\t\t\t{"type":"pass","faction":"JPN"}\n');
	});

	it("accepts a valid save and reads a save as a replay", () => {
		const text = formatReplayJson(save());
		expect(parseSaveText(text)).toEqual({ ok: true, value: save() });
		const asReplay = parseReplayText(text);
		expect(asReplay).toEqual({ ok: true, value: replay() });
	});

	it("refuses a replay where a save is expected", () => {
		const result = parseSave(replay());
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/this is a replay .* not a save/);
	});

	const corpus: [string, (r: Record<string, unknown> & Replay) => void, string | RegExp][] = [
		[
			"order field of the wrong type",
			(r) => {
				(r.turns[0].orders[1] as unknown as Record<string, unknown>).tone = 3;
			},
			'turns[0].orders[1].tone: expected one of "conciliatory", "neutral", "firm", "hostile", got 3',
		],
		[
			"region not a string",
			(r) => {
				(r.turns[0].orders[0] as unknown as Record<string, unknown>).region = 7;
			},
			"turns[0].orders[0].region: expected a string, got 7",
		],
		[
			"missing order field",
			(r) => {
				delete (r.turns[0].orders[0] as unknown as Record<string, unknown>).region;
			},
			"turns[0].orders[0].region: missing (expected a string)",
		],
		[
			"fractional scale",
			(r) => {
				(r.turns[0].orders[0] as unknown as Record<string, unknown>).scale = 1.5;
			},
			"turns[0].orders[0].scale: expected an integer, got 1.5",
		],
		[
			"unknown order type with a suggestion",
			(r) => {
				(r.turns[1].orders[0] as unknown as Record<string, unknown>).type = "drll";
			},
			/^turns\[1\]\.orders\[0\]\.type: unknown order type "drll" \(did you mean "drill"\?\)/,
		],
		[
			"order without type",
			(r) => {
				delete (r.turns[1].orders[0] as unknown as Record<string, unknown>).type;
			},
			/^turns\[1\]\.orders\[0\]\.type: missing/,
		],
		[
			"order that is not an object",
			(r) => {
				(r.turns[1].orders as unknown[])[0] = "pass";
			},
			'turns[1].orders[0]: expected an order object, got "pass"',
		],
		[
			"unknown field in an order",
			(r) => {
				(r.turns[1].orders[0] as unknown as Record<string, unknown>).units = 3;
			},
			'turns[1].orders[0]: unknown field "units"',
		],
		["bad turn hash", (r) => (r.turns[1].hash = "xyz"), 'turns[1].hash: expected a 16-hex-digit state hash, got "xyz"'],
		["empty seed", (r) => (r.seed = ""), "seed: expected a non-empty string"],
		["missing scenario", (r) => delete (r as Record<string, unknown>).scenario, "scenario: missing (expected an object)"],
		[
			"unknown top-level field",
			(r) => ((r as Record<string, unknown>).extra = 1),
			'(file): unknown field "extra"',
		],
		[
			"turns not an array",
			(r) => ((r as Record<string, unknown>).turns = {}),
			"turns: expected an array, got an object",
		],
		[
			"too many orders in a turn",
			(r) => {
				r.turns[0].orders = Array.from({ length: LIMITS.ordersPerTurn + 1 }, () => ({ type: "pass", faction: "JPN" }));
			},
			"turns[0].orders: too many entries: at most 64 allowed",
		],
		[
			"too many turns",
			(r) => {
				r.turns = Array.from({ length: LIMITS.turns + 1 }, () => ({ ...r.turns[1] }));
			},
			"turns: too many entries: at most 400 allowed",
		],
		[
			"inject without event",
			(r) => {
				r.turns[0].injects = [{} as never];
			},
			"turns[0].injects[0].event: missing (expected a string)",
		],
		["unknown format", (r) => ((r as Record<string, unknown>).format = "chess/pgn"), /^format: "chess\/pgn" is not an Island Chain replay or save/],
		["missing format", (r) => delete (r as Record<string, unknown>).format, /^format: missing; this is not an Island Chain replay/],
		[
			"newer version",
			(r) => ((r as Record<string, unknown>).version = 2),
			"this file needs Island Chain replay format version 2; this build reads up to 1",
		],
		[
			"version not a number",
			(r) => ((r as Record<string, unknown>).version = "1"),
			/^version: expected an integer format version/,
		],
	];

	for (const [name, mutate, expected] of corpus) {
		it(`refuses: ${name}`, () => {
			const error = errorOf(mutate);
			if (typeof expected === "string") expect(error).toBe(expected);
			else expect(error).toMatch(expected);
		});
	}

	it("lists every error, each with its path", () => {
		const r = replay() as unknown as { turns: { orders: Record<string, unknown>[]; hash: string }[] };
		r.turns[0].orders[0].region = 1;
		r.turns[1].hash = "nope";
		const result = parseReplay(r);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors).toEqual([
				"turns[0].orders[0].region: expected a string, got 1",
				'turns[1].hash: expected a 16-hex-digit state hash, got "nope"',
			]);
		}
	});

	it("refuses prototype keys anywhere, naming the path", () => {
		const text = JSON.stringify(replay()).replace('"seed":"42"', '"seed":"42","__proto__":{"polluted":true}');
		expect(parseReplayText(text)).toMatchObject({ ok: false, error: '__proto__: the key "__proto__" is not allowed' });
		const nested = JSON.stringify(replay()).replace('{"type":"pass"', '{"constructor":{},"type":"pass"');
		expect(parseReplayText(nested)).toMatchObject({
			ok: false,
			error: 'turns[1].orders[0].constructor: the key "constructor" is not allowed',
		});
		const s = JSON.stringify(save()).replace('"PRC":{', '"prototype":{"control":"bot","level":"easy"},"PRC":{');
		expect(parseSaveText(s)).toMatchObject({ ok: false, error: 'controls.prototype: the key "prototype" is not allowed' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it("refuses text that is not JSON, empty, too large or too deep", () => {
		expect(parseReplayText("{")).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid JSON: /) });
		expect(parseReplayText("  ")).toMatchObject({ ok: false, error: "file is empty: expected a JSON replay" });
		expect(parseReplayText("[]")).toMatchObject({ ok: false, error: "(file): expected a JSON object (an Island Chain replay)" });
		const big = `{"pad":"${"x".repeat(LIMITS.bytes)}"}`;
		expect(parseReplayText(big)).toMatchObject({ ok: false, error: "file is too large for a replay: over 5 MB" });
		const deep = `{"format":"island-chain/replay","x":${"[".repeat(100)}${"]".repeat(100)}}`;
		expect(parseReplayText(deep)).toMatchObject({ ok: false, error: expect.stringMatching(/nested too deeply/) });
	});

	it("checks save controls", () => {
		const s = save() as unknown as { controls: Record<string, Record<string, unknown>> };
		s.controls.JPN.level = "expert";
		expect(parseSave(s)).toMatchObject({
			ok: false,
			error: 'controls.JPN.level: expected one of "easy", "normal", "hard", got "expert"',
		});
	});
});
