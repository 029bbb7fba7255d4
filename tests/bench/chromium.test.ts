// The browser bench's reading of Chromium's processes (src/bench/chromium.ts): which renderer is a
// page's, and when a freshly launched browser has gone quiet enough to measure a page in.
import { describe, expect, it } from "vitest";
import { type CpuReading, isQuiet, processType } from "../../src/bench/chromium";

describe("processType", () => {
	it("tells the browser's own interface and extensions apart from the pages' renderers", () => {
		expect(processType("/usr/lib/chromium/chromium --type=renderer --renderer-client-id=7")).toBe("renderer");
		expect(processType("/usr/lib/chromium/chromium --type=renderer --top-chrome-webui --renderer-client-id=5")).toBe(
			"browser-ui",
		);
		expect(processType("/usr/lib/chromium/chromium --type=renderer --extension-process")).toBe("extension");
		expect(processType("/usr/lib/chromium/chromium --type=gpu-process --use-gl=angle")).toBe("gpu-process");
		expect(processType("/usr/lib/chromium/chromium --headless --user-data-dir=/tmp/p")).toBe("browser");
	});
});

/** Readings every `step` ms with the CPU used in each step. */
function readings(step: number, used: number[]): CpuReading[] {
	const out: CpuReading[] = [{ at: 0, cpu: 0 }];
	for (const [i, u] of used.entries()) out.push({ at: (i + 1) * step, cpu: out[i].cpu + u });
	return out;
}

describe("isQuiet", () => {
	it("waits until the readings span the quiet stretch", () => {
		expect(isQuiet([])).toBe(false);
		expect(isQuiet(readings(100, [0, 0, 0, 0]), 500)).toBe(false);
		expect(isQuiet(readings(100, [0, 0, 0, 0, 0]), 500)).toBe(true);
	});

	it("is quiet when the browser used at most the share over the stretch, busy before it or not", () => {
		// a busy start (both cores), then 500 ms with 40 ms of CPU: under a tenth of a core
		expect(isQuiet(readings(100, [200, 200, 200, 10, 10, 10, 10, 0]), 500, 0.1)).toBe(true);
		// 60 ms over the last 500 ms: over a tenth
		expect(isQuiet(readings(100, [0, 0, 0, 20, 20, 20, 0, 0]), 500, 0.1)).toBe(false);
	});

	it("measures from the latest reading a whole stretch back, whatever the spacing", () => {
		// readings 105 ms apart: the stretch starts 525 ms back, not at the first reading inside 500 ms
		const r = readings(105, [300, 0, 0, 0, 0, 0]);
		expect(isQuiet(r, 500, 0.1)).toBe(true);
		expect(isQuiet(r.slice(0, -1), 500, 0.1)).toBe(false);
	});
});
