// Which Phaser renderer draws the map. WebGL where the GPU draws it; the Canvas 2D renderer where
// WebGL would run in software (SwiftShader, llvmpipe: no GPU, or a blocked driver). In software,
// WebGL pays for every pixel of every textured quad in the GPU process (a full-screen map at
// 1440x900 took 30-50 ms a frame on the 2-core reference machine, 200+ ms with the map's layers
// and 4x MSAA), while the browser's own 2D canvas blits the same images and strokes the same
// antialiased lines in a few. The map looks the same with either: the chart, icons and text are
// canvas-painted textures in both. `?renderer=webgl` or `?renderer=canvas` in the URL forces one.
// No Phaser here (index.ts maps the choice to Phaser's constant), so it is testable in Node.

export type RendererKind = "webgl" | "canvas";

/** A WebGL renderer string that means software rendering. Pure. */
export function isSoftwareRenderer(name: string): boolean {
	return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(name);
}

/** The first WebGL context the page created while watchWebgl watched (see there). */
let watched: WebGLRenderingContext | null = null;

/**
 * Watches for the first WebGL context the page creates until the returned function is called:
 * Phaser creates one to test for WebGL as its chunk is evaluated, and probeWebgl asks that one
 * rather than creating a second (without a GPU each costs the main thread 40-60 ms, waiting for
 * the GPU process). src/main.ts watches while Phaser's chunk loads.
 */
export function watchWebgl(): () => void {
	if (typeof HTMLCanvasElement === "undefined") return () => {};
	const proto = HTMLCanvasElement.prototype;
	const original = proto.getContext;
	const watching = function (this: HTMLCanvasElement, ...args: Parameters<typeof original>) {
		const ctx = original.apply(this, args);
		const type = args[0] as string;
		if (!watched && ctx && (type === "webgl" || type === "webgl2" || type === "experimental-webgl"))
			watched = ctx as WebGLRenderingContext;
		return ctx;
	} as typeof original;
	proto.getContext = watching;
	return () => {
		if (proto.getContext === watching) proto.getContext = original;
	};
}

/** The renderer string's verdict for a context. */
function judge(gl: WebGLRenderingContext): "software" | "gpu" {
	const info = gl.getExtension("WEBGL_debug_renderer_info");
	const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? "");
	return isSoftwareRenderer(name) ? "software" : "gpu";
}

/** What the page's WebGL would run on: "none", "software", or "gpu" (also when it cannot tell). */
export function probeWebgl(): "none" | "software" | "gpu" {
	// a context the page made already (Phaser's test; it is not ours to lose), asked once
	const seen = watched;
	watched = null;
	if (seen && !seen.isContextLost()) return judge(seen);
	let canvas: HTMLCanvasElement;
	try {
		canvas = document.createElement("canvas");
	} catch {
		return "none";
	}
	const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
	if (!gl) return "none";
	try {
		return judge(gl);
	} finally {
		gl.getExtension("WEBGL_lose_context")?.loseContext();
	}
}

/** The renderer for this page: the URL's ?renderer= if given, else WebGL unless it would be software. */
export function chooseRenderer(search = typeof location !== "undefined" ? location.search : ""): RendererKind {
	const asked = new URLSearchParams(search).get("renderer");
	if (asked === "webgl" || asked === "canvas") return asked;
	return probeWebgl() === "gpu" ? "webgl" : "canvas";
}
