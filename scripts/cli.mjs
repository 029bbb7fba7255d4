// `npm run cli` and `npm run bench`: bundles the command line (src/cli/main.ts) and the batch
// worker (src/sim/worker.ts) into plain JavaScript with esbuild, then runs it. Plain JavaScript
// starts worker threads without a TypeScript loader and runs the engine without the loader's
// helpers, which is what the batch and bench figures should measure (docs/PERFORMANCE.md).
// The bundle is content-addressed (.cache/cli/<hash>/), so parallel runs never see a half-written
// file. `ISLAND_CHAIN_TSX=1` runs the sources through tsx instead.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cacheDir = join(root, ".cache", "cli");

async function bundle() {
	const esbuild = await import("esbuild");
	const result = await esbuild.build({
		absWorkingDir: root,
		entryPoints: { main: "src/cli/main.ts", worker: "src/sim/worker.ts" },
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		splitting: true,
		outdir: "out",
		write: false,
		logLevel: "silent",
		// Packages load from node_modules as usual (the cache folder sits inside the project).
		packages: "external",
	});
	const hash = createHash("sha256");
	const outRoot = join(root, "out");
	const files = result.outputFiles.map((f) => ({ rel: f.path.slice(outRoot.length + 1), contents: f.contents }));
	for (const f of files.sort((a, b) => (a.rel < b.rel ? -1 : 1))) {
		hash.update(f.rel);
		hash.update(f.contents);
	}
	const id = hash.digest("hex").slice(0, 16);
	const dir = join(cacheDir, id);
	if (!existsSync(join(dir, "main.js"))) {
		const tmp = join(cacheDir, `.tmp-${process.pid}-${Date.now()}`);
		for (const f of files) {
			mkdirSync(dirname(join(tmp, f.rel)), { recursive: true });
			writeFileSync(join(tmp, f.rel), f.contents);
		}
		try {
			renameSync(tmp, dir);
		} catch {
			// Another run wrote the same bundle first.
			rmSync(tmp, { recursive: true, force: true });
		}
		prune(id);
	}
	return join(dir, "main.js");
}

/** Keeps the cache small: bundles older than a day are removed (a run in progress is younger). */
function prune(keep) {
	const dayAgo = Date.now() - 24 * 3600 * 1000;
	for (const e of readdirSync(cacheDir)) {
		if (e === keep) continue;
		const path = join(cacheDir, e);
		if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
	}
}

if (process.env.ISLAND_CHAIN_TSX === "1") {
	const { register } = await import("tsx/esm/api");
	register();
	await import(pathToFileURL(join(root, "src/cli/main.ts")).href);
} else {
	let entry;
	try {
		entry = await bundle();
	} catch (e) {
		process.stderr.write(`internal error: could not build the command line: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
		process.exit(3);
	}
	await import(pathToFileURL(entry).href);
}
