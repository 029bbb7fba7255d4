// Which Phaser renderer draws the map: WebGL on a GPU, Canvas 2D where WebGL would run in software.
import { describe, expect, it } from "vitest";
import { chooseRenderer, isSoftwareRenderer } from "../../src/game/renderer";

describe("map renderer", () => {
	it("knows software WebGL by its renderer string", () => {
		expect(isSoftwareRenderer("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)")).toBe(true);
		expect(isSoftwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)")).toBe(true);
		expect(isSoftwareRenderer("Microsoft Basic Render Driver")).toBe(true);
		expect(isSoftwareRenderer("ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)")).toBe(false);
		expect(isSoftwareRenderer("Apple M2")).toBe(false);
	});

	it("takes ?renderer= from the URL, and Canvas where there is no WebGL at all", () => {
		expect(chooseRenderer("?renderer=webgl")).toBe("webgl");
		expect(chooseRenderer("?scenario=x&renderer=canvas")).toBe("canvas");
		// no DOM here: no WebGL, so Canvas
		expect(chooseRenderer("")).toBe("canvas");
	});
});
