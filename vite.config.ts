// Vite build for the browser game (vitest has its own config: vitest.config.ts).
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
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
 * kept the page waiting up to a second or more for the 1.4 MB Phaser chunk on a busy machine.
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
			if (!/[\\/]scenarios[\\/][^\\/]+\.json$/.test(id.split("?")[0]) || !parse) return null;
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
 * `<link rel="modulepreload">` in index.html for the chunks of the canvas (src/game and Phaser),
 * which src/main.ts imports dynamically: the browser fetches and compiles them from the start,
 * alongside the app's own chunk, rather than when the app's script gets to the import.
 */
function preloadCanvas(entry: RegExp): Plugin {
	return {
		name: "island-chain:preload-canvas",
		apply: "build",
		transformIndexHtml: {
			order: "post",
			handler(_html, ctx) {
				const bundle = ctx.bundle;
				const main = ctx.chunk;
				if (!bundle || !main) return [];
				const chunks = new Map<string, OutputChunk>();
				for (const out of Object.values(bundle)) if (out.type === "chunk") chunks.set(out.fileName, out);
				const already = new Set([main.fileName, ...main.imports]);
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
 * Phaser's bundle is webpack's: a table of module functions (`var e={50792(e){...},...}`), every
 * one of them run while the chunk is evaluated. V8 compiles object methods lazily, on the main
 * thread when first called; a function in parentheses it compiles eagerly, while the file streams
 * in on a background thread. This writes the table's entries as `50792:(function(e){...})` (the
 * functions' own inner functions stay lazy: most are never called).
 */
function eagerModuleTable(chunks: RegExp): Plugin {
	return {
		name: "island-chain:eager-module-table",
		apply: "build",
		enforce: "post",
		async generateBundle(_options, bundle) {
			const { parseAst } = await import("rolldown/parseAst");
			for (const out of Object.values(bundle)) {
				if (out.type !== "chunk" || !chunks.test(out.name)) continue;
				const code = out.code;
				const ast = parseAst(code);
				const first = ast.body[0];
				if (first?.type !== "VariableDeclaration") continue;
				const init = first.declarations[0]?.init;
				if (init?.type !== "ObjectExpression") continue;
				const edits: { at: number; text: string }[] = [];
				for (const p of init.properties) {
					if (p.type !== "Property" || !p.method || p.computed || p.value.type !== "FunctionExpression") continue;
					const fn = p.value;
					if (fn.async || fn.generator) continue;
					// `KEY(params){body}` -> `KEY:(function(params){body})`
					edits.push({ at: p.key.end, text: ":(function" }, { at: fn.end, text: ")" });
				}
				if (edits.length === 0) continue;
				let result = "";
				let last = 0;
				for (const e of edits) {
					result += code.slice(last, e.at) + e.text;
					last = e.at;
				}
				out.code = result + code.slice(last);
			}
		},
	};
}

export default defineConfig({
	base: "./",
	plugins: [
		builtinHashes(),
		// the map's own chunk: nearly all of it runs to draw the first frame
		compileHints(/^game$/),
		// Phaser: only its module table (all of Phaser compiled eagerly took 3-4 times as long to
		// stream in as the app took to start, so the page waited for it)
		eagerModuleTable(/^phaser$/),
		preloadCanvas(/[\\/]src[\\/]game[\\/]index\.ts$/),
		precompressed(),
	],
	build: {
		target: "es2022",
		outDir: "dist",
		assetsInlineLimit: 4096,
		chunkSizeWarningLimit: 1500,
		rolldownOptions: {
			// eagerModuleTable parses Phaser's 1.4 MB chunk (about a second): not worth a warning each build
			checks: { bundlerTimings: false },
			output: {
				// Phaser in its own long-lived chunk: it changes far less often than the game.
				codeSplitting: {
					groups: [{ name: "phaser", test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
				},
			},
		},
	},
	worker: { format: "es" },
});
