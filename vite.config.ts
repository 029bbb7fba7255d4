// Vite build for the browser game (vitest has its own config: vitest.config.ts).
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { OutputChunk } from "rolldown";
import { defineConfig, type Plugin, runnerImport } from "vite";

/** Files worth compressing: text, and over this many bytes (the preview's own threshold is 1 kB). */
const COMPRESSIBLE = /\.(js|mjs|css|json|html|svg|txt|map)$/;
const MIN_BYTES = 1024;

const TYPES: Record<string, string> = {
	".js": "text/javascript",
	".mjs": "text/javascript",
	".css": "text/css",
	".json": "application/json",
	".html": "text/html",
	".svg": "image/svg+xml",
	".txt": "text/plain",
	".map": "application/json",
};

/**
 * Precompressed files: the build writes `name.gz` (gzip level 9) beside every text file, and
 * `vite preview` sends that file as it is when the browser accepts gzip, as static hosts do
 * (nginx gzip_static, most CDNs). Without it, the preview gzips every response on the fly, which
 * kept the page waiting up to a second or more for the Phaser chunk (then 1.4 MB) on a busy machine.
 */
function precompressed(): Plugin {
	let outDir = "";
	return {
		name: "island-chain:precompressed",
		apply: (_config, env) => env.command === "build" || env.isPreview === true,
		configResolved(config) {
			outDir = resolve(config.root, config.build.outDir);
		},
		writeBundle(options, bundle) {
			const dir = options.dir ?? outDir;
			for (const file of Object.keys(bundle)) {
				if (!COMPRESSIBLE.test(file)) continue;
				const path = join(dir, file);
				if (!existsSync(path)) continue;
				const body = readFileSync(path);
				if (body.length < MIN_BYTES) continue;
				writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
			}
		},
		configurePreviewServer(server) {
			const root = resolve(server.config.root, server.config.build.outDir);
			// before the preview's own compression and static files (plugins' middlewares come first)
			server.middlewares.use((req, res, next) => {
				if (req.method !== "GET" && req.method !== "HEAD") return next();
				if (!/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) return next();
				let path: string;
				try {
					path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
				} catch {
					return next();
				}
				if (path.endsWith("/")) path += "index.html";
				const type = TYPES[extname(path)];
				if (!type) return next();
				const file = resolve(root, `.${path}`);
				if (!file.startsWith(root + sep)) return next();
				const gz = `${file}.gz`;
				if (!existsSync(gz) || !existsSync(file)) return next();
				const stat = statSync(gz);
				const etag = `W/"${stat.size}-${stat.mtime.getTime()}"`;
				res.setHeader("Vary", "Accept-Encoding");
				res.setHeader("ETag", etag);
				res.setHeader("Cache-Control", "no-cache");
				if (req.headers["if-none-match"] === etag) {
					res.statusCode = 304;
					res.end();
					return;
				}
				res.setHeader("Content-Type", `${type}${type.startsWith("text/") || type.endsWith("json") ? "; charset=utf-8" : ""}`);
				res.setHeader("Content-Encoding", "gzip");
				res.setHeader("Content-Length", String(stat.size));
				res.statusCode = 200;
				res.end(req.method === "HEAD" ? undefined : readFileSync(gz));
			});
		},
	};
}

/** A built-in scenario's file. */
const SCENARIO_JSON = /[\\/]scenarios[\\/][^\\/]+\.json$/;

/** What src/scenario/builtinBrowser.ts reads `__ISLAND_CHAIN_BUILTIN_HASHES__` as until the bundle is written. */
const HASHES_PLACEHOLDER = "@@island-chain-builtin-hashes@@";

/**
 * The built-in scenarios validated at build time, with their content hashes: the page trusts
 * exactly these (src/scenario/builtinBrowser.ts) instead of validating them at every start. Each
 * scenarios/*.json is validated as the bundle takes it in (the very text the page gets), with the
 * game's own loader run through Vite's module runner; the hashes replace a placeholder once the
 * bundle is written. One that fails validation is left out: the page validates it and shows the
 * errors as before.
 */
function builtinHashes(): Plugin {
	const hashes: Record<string, string> = {};
	let parse: ((value: unknown) => { ok: boolean; hash?: string; scenario?: { id: string } }) | null = null;
	return {
		name: "island-chain:builtin-hashes",
		apply: "build",
		enforce: "pre",
		config: () => ({ define: { __ISLAND_CHAIN_BUILTIN_HASHES__: JSON.stringify(HASHES_PLACEHOLDER) } }),
		async buildStart() {
			const { module } = await runnerImport<typeof import("./src/scenario/load")>("/src/scenario/load.ts", {
				configFile: false,
				logLevel: "error",
			});
			parse = module.parseScenario;
		},
		transform(code, id) {
			if (!SCENARIO_JSON.test(id.split("?")[0]) || !parse) return null;
			try {
				const r = parse(JSON.parse(code));
				if (r.ok && r.hash && r.scenario) hashes[r.scenario.id] = r.hash;
			} catch {
				// not trusted: the page validates it
			}
			return null;
		},
		generateBundle(_options, bundle) {
			const literal = new RegExp(`(["'\`])${HASHES_PLACEHOLDER}\\1`, "g");
			for (const out of Object.values(bundle)) {
				if (out.type === "chunk") out.code = out.code.replace(literal, JSON.stringify(JSON.stringify(hashes)));
			}
		},
	};
}

/**
 * The built-in scenarios (scenarios/*.json) as `JSON.parse("...")` of their text rather than as
 * object literals: V8 reads a string literal in a fraction of the time it takes to parse and
 * compile 110 kB of nested literals, and JSON.parse builds the objects faster than the literal's
 * code does (https://v8.dev/blog/cost-of-javascript-2019#json). The text is the file's own, so the
 * data is what builtinHashes validated. Vite's own `json.stringify` option did not apply in Vite 8.
 */
function scenariosAsJsonText(): Plugin {
	return {
		name: "island-chain:scenarios-as-json-text",
		apply: "build",
		enforce: "post",
		transform(_code, id) {
			const file = id.split("?")[0];
			if (!SCENARIO_JSON.test(file)) return null;
			const text = JSON.stringify(JSON.parse(readFileSync(file, "utf8")));
			return { code: `export default JSON.parse(${JSON.stringify(text)});`, map: null };
		},
	};
}

/**
 * V8's explicit compile hint (Chrome 136+): every function of the chunk is compiled while the file
 * streams in, on a background thread, instead of lazily on the main thread when first called. For
 * chunks that run nearly all their functions at start (the map's), and that stream in while the
 * page is busy with other work anyway.
 */
function compileHints(chunks: RegExp): Plugin {
	return {
		name: "island-chain:compile-hints",
		apply: "build",
		enforce: "post",
		generateBundle(_options, bundle) {
			for (const out of Object.values(bundle)) {
				if (out.type === "chunk" && chunks.test(out.name)) out.code = `//# allFunctionsCalledOnLoad\n${out.code}`;
			}
		},
	};
}

/**
 * `<link rel="modulepreload">` in index.html for the chunks src/main.ts imports dynamically (the
 * DOM shell, and the canvas with Phaser): the browser fetches and compiles them from the start, in
 * parallel, rather than when the entry's script gets to the imports.
 */
function preloadImports(entry: RegExp): Plugin {
	return {
		name: "island-chain:preload-imports",
		apply: "build",
		transformIndexHtml: {
			order: "post",
			handler(_html, ctx) {
				const bundle = ctx.bundle;
				const main = ctx.chunk;
				if (!bundle || !main) return [];
				const chunks = new Map<string, OutputChunk>();
				for (const out of Object.values(bundle)) if (out.type === "chunk") chunks.set(out.fileName, out);
				// what the page's own script loads already, with what that imports in turn (the bundler's
				// runtime, shared with Phaser's chunk, is one)
				const already = new Set<string>();
				const loaded = (file: string) => {
					if (already.has(file)) return;
					already.add(file);
					for (const dep of chunks.get(file)?.imports ?? []) loaded(dep);
				};
				loaded(main.fileName);
				const files: string[] = [];
				const add = (file: string) => {
					if (already.has(file) || files.includes(file)) return;
					const chunk = chunks.get(file);
					if (!chunk) return;
					files.push(file);
					for (const dep of chunk.imports) add(dep);
				};
				for (const file of main.dynamicImports) {
					const chunk = chunks.get(file);
					if (chunk?.facadeModuleId && entry.test(chunk.facadeModuleId)) add(file);
				}
				return files.map((file) => ({
					tag: "link",
					attrs: { rel: "modulepreload", crossorigin: true, href: `./${file}` },
					injectTo: "head" as const,
				}));
			},
		},
	};
}

/**
 * Phaser built from its CommonJS source, only the modules the game uses (src/game/phaserLib.js,
 * about half of the prebuilt dist): "phaser" resolves to that entry in the build; the dev server
 * keeps the prebuilt one. The `typeof` flags Phaser's own builds define are replaced the same way
 * (no sound, WebGL debug or 3D camera; both renderers). A few modules are patched (`patches`); a
 * patch whose text is gone fails the build, so a Phaser update gets looked at. The bundler wraps
 * each module in a parenthesized arrow function, which V8 compiles eagerly as the chunk streams
 * in (what rewriting the prebuilt dist's module table used to do).
 */
function phaserFromSource(entry: string): Plugin {
	const src = join(dirname(fileURLToPath(import.meta.resolve("phaser/package.json"))), "src");
	const flags: Record<string, string> = {
		CANVAS_RENDERER: "true",
		WEBGL_RENDERER: "true",
		WEBGL_DEBUG: "false",
		FEATURE_SOUND: "false",
		EXPERIMENTAL: "false",
		PLUGIN_CAMERA3D: "false",
		PLUGIN_FBINSTANT: "false",
	};
	const flag = new RegExp(`\\btypeof (${Object.keys(flags).join("|")})\\b`, "g");
	const patches: Record<string, [string, string][]> = {
		// It took the whole Phaser.Renderer namespace (every shader and render node) for its Events
		// alone; and loaded first, as here, it found its own subclasses half-defined.
		"renderer/webgl/renderNodes/BatchHandler.js": [["require('../../../renderer')", "{ Events: require('../../events') }"]],
		// Audio and video support is probed with media elements as the chunk is evaluated (tens of
		// ms); only sound, the Video object and the loader's media files read it, none of them here.
		// Left as in a worker: all false.
		"device/Audio.js": [["module.exports = init();", "module.exports = Audio;"]],
		"device/Video.js": [["module.exports = init();", "module.exports = Video;"]],
	};
	return {
		name: "island-chain:phaser-from-source",
		apply: "build",
		config: () => ({
			resolve: {
				alias: [
					{ find: /^phaser$/, replacement: entry },
					{ find: /^phaser\/src\//, replacement: `${src}${sep}` },
				],
			},
		}),
		// the types are all of Phaser's: a `Phaser.X` that phaserLib.js leaves out fails the build
		// (one nested deeper, `Phaser.X.Y`, only at run time)
		onLog(_level, log) {
			if (log.code === "IMPORT_IS_UNDEFINED" && log.message.includes("phaserLib")) {
				this.error(`${log.message}: add it to src/game/phaserLib.js`);
			}
		},
		transform: {
			filter: { id: new RegExp(`^${(src + sep).replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")}`) },
			handler(code, id) {
				let out = code.replace(flag, (_m, name: string) => flags[name]);
				const file = id.slice(src.length + 1).split(sep).join("/");
				for (const [from, to] of patches[file] ?? []) {
					if (!out.includes(from)) this.error(`phaser/src/${file}: "${from}" not found (Phaser changed?)`);
					out = out.replace(from, to);
				}
				return out === code ? null : { code: out, map: null };
			},
		},
	};
}

export default defineConfig({
	base: "./",
	plugins: [
		builtinHashes(),
		// the map's own chunk: nearly all of it runs to draw the first frame
		compileHints(/^game$/),
		phaserFromSource(resolve(import.meta.dirname, "src/game/phaserLib.js")),
		scenariosAsJsonText(),
		preloadImports(/[\\/]src[\\/](app|game)[\\/]index\.ts$/),
		precompressed(),
	],
	build: {
		target: "es2022",
		outDir: "dist",
		assetsInlineLimit: 4096,
		// Phaser's chunk is the largest (about 650 kB): a warning if it grows much
		chunkSizeWarningLimit: 750,
		rolldownOptions: {
			output: {
				// Phaser in its own long-lived chunk: it changes far less often than the game. The
				// shell's larger parts in chunks of their own too: the browser compiles each chunk on a
				// background thread as it streams in, so several smaller ones are compiled side by side
				// where one of 400 kB kept the shell waiting (docs/PERFORMANCE.md, session 5).
				codeSplitting: {
					groups: [
						{ name: "phaser", test: /[\\/]node_modules[\\/](phaser|eventemitter3)[\\/]|[\\/]src[\\/]game[\\/]phaserLib\.js$/ },
						{ name: "zod", test: /[\\/]node_modules[\\/]zod[\\/]/ },
						{ name: "scenarios", test: SCENARIO_JSON },
						{ name: "engine", test: /[\\/]node_modules[\\/](immer|seedrandom)[\\/]|[\\/]src[\\/]engine[\\/]/ },
					],
				},
			},
		},
	},
	worker: { format: "es" },
});
