// The small helpers behind messages: paths, "did you mean", line and column.
import { describe, expect, it } from "vitest";
import { describeValue, editDistance, formatPath, suggest } from "../../src/scenario/issues";
import { findJsonSyntaxError } from "../../src/scenario/jsonSyntax";
import { lineColumn } from "../../src/scenario/structure";

describe("issue helpers", () => {
	it("formats JSON paths", () => {
		expect(formatPath(["events", 3, "effects", 0, "faction"])).toBe("events[3].effects[0].faction");
		expect(formatPath([])).toBe("");
		expect(formatPath(["regions", 1, "forces", "east-china-sea"])).toBe('regions[1].forces["east-china-sea"]');
		expect(formatPath([0])).toBe("[0]");
	});

	it("measures edit distance case-insensitively", () => {
		expect(editDistance("kitten", "sitting")).toBe(3);
		expect(editDistance("JPN", "jpn")).toBe(0);
		expect(editDistance("", "abc")).toBe(3);
	});

	it("suggests only close candidates", () => {
		expect(suggest("okinwa", ["kyushu", "okinawa"])).toBe('did you mean "okinawa"?');
		expect(suggest("jpn", ["JPN", "USA"])).toBe('did you mean "JPN"?');
		expect(suggest("CHN", ["JPN", "USA", "PRC"])).toBe('did you mean "JPN"?'); // distance 2 of 3
		expect(suggest("taiwan", ["JPN", "USA", "PRC"])).toBeUndefined();
		expect(suggest("x", [])).toBeUndefined();
		// Long ids allow len/3 edits.
		expect(suggest("pac3-coproductn", ["pac3-coproduction"])).toBe('did you mean "pac3-coproduction"?');
	});

	it("describes found values briefly", () => {
		expect(describeValue(undefined)).toBe("nothing");
		expect(describeValue("a".repeat(100))).toBe("a string of 100 characters");
		expect(describeValue([1])).toBe("an array of 1 item");
		expect(describeValue({})).toBe("an object");
	});

	it("locates JSON syntax errors", () => {
		expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
		expect(findJsonSyntaxError('{"a": [1, 2}')).toEqual({ offset: 11, problem: `expected ',' or ']' after an array item, found "}"` });
		expect(findJsonSyntaxError('{"a": [1, 2]}')).toBeUndefined();
		expect(findJsonSyntaxError(" -0.5e+3 ")).toBeUndefined();
	});
});
