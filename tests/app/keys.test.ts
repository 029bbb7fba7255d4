import { describe, expect, it } from "vitest";
import { keyAction } from "../../src/app/keys";

describe("keyboard shortcuts", () => {
	it("maps the documented keys", () => {
		expect(keyAction("e")).toEqual({ kind: "endTurn" });
		expect(keyAction("E")).toEqual({ kind: "endTurn" });
		expect(keyAction("r")).toEqual({ kind: "tab", tab: "report" });
		expect(keyAction("n")).toEqual({ kind: "tab", tab: "news" });
		expect(keyAction("o")).toEqual({ kind: "tab", tab: "objectives" });
		expect(keyAction("c")).toEqual({ kind: "charts" });
		expect(keyAction("1")).toEqual({ kind: "region", index: 0 });
		expect(keyAction("9")).toEqual({ kind: "region", index: 8 });
		expect(keyAction("0")).toEqual({ kind: "national" });
		expect(keyAction("+")).toEqual({ kind: "camera", action: "zoomIn" });
		expect(keyAction("-")).toEqual({ kind: "camera", action: "zoomOut" });
		expect(keyAction("ArrowLeft")).toEqual({ kind: "camera", action: "panLeft" });
		expect(keyAction("x")).toBeNull();
	});
});
