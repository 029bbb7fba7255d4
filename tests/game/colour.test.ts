import { describe, expect, it } from "vitest";
import {
	CIVIDIS,
	PALETTE,
	contrast,
	heatStyle,
	luminance,
	mix,
	parseHex,
	ramp,
	readableOn,
	textOn,
	toHex,
} from "../../src/game/map/colour";

describe("colour maths", () => {
	it("parses and prints hex colours", () => {
		expect(parseHex("#0072B2")).toBe(0x0072b2);
		expect(parseHex("abc")).toBe(0xaabbcc);
		expect(parseHex("not a colour", 0x123456)).toBe(0x123456);
		expect(toHex(0x0072b2)).toBe("#0072b2");
	});

	it("mixes and clamps", () => {
		expect(mix(0x000000, 0xffffff, 0.5)).toBe(0x808080);
		expect(mix(0x102030, 0xffffff, -1)).toBe(0x102030);
		expect(mix(0x102030, 0xffffff, 2)).toBe(0xffffff);
	});

	it("computes WCAG contrast", () => {
		expect(contrast(0xffffff, 0x000000)).toBeCloseTo(21, 5);
		expect(contrast(0x777777, 0x777777)).toBeCloseTo(1, 5);
		expect(textOn(0x0b1626)).toBe(0xffffff);
		expect(textOn(0xfee838)).not.toBe(0xffffff);
	});

	it("lightens faction colours until they read on the sea", () => {
		for (const hex of ["#0072B2", "#56B4E9", "#D55E00", "#009E73", "#CC79A7", "#E69F00"]) {
			expect(contrast(readableOn(parseHex(hex), PALETTE.seaTop), PALETTE.seaTop)).toBeGreaterThanOrEqual(4.5);
		}
	});

	it("ramps through the stops", () => {
		expect(ramp(CIVIDIS, 0)).toBe(CIVIDIS[0]);
		expect(ramp(CIVIDIS, 1)).toBe(CIVIDIS.at(-1));
		expect(ramp(CIVIDIS, Number.NaN)).toBe(CIVIDIS[0]);
	});

	it("uses a sequential scale: lighter and stronger as heat and tension rise", () => {
		let lastL = -1;
		let lastA = -1;
		for (let h = 0; h <= 100; h += 10) {
			const s = heatStyle(h, 50);
			expect(luminance(s.colour)).toBeGreaterThan(lastL);
			expect(s.alpha).toBeGreaterThan(lastA);
			lastL = luminance(s.colour);
			lastA = s.alpha;
		}
		expect(heatStyle(0, 100).t).toBeGreaterThan(heatStyle(0, 0).t);
		expect(heatStyle(100, 100).t).toBe(1);
	});

	it("cividis' luminance rises monotonically (readable without colour)", () => {
		for (let i = 1; i < CIVIDIS.length; i++) expect(luminance(CIVIDIS[i])).toBeGreaterThan(luminance(CIVIDIS[i - 1]));
	});
});
