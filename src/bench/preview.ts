// Builds the production bundle into a private temporary folder (never dist/, which others may be
// rebuilding) and serves it with `vite preview`: one child process whose PID is held and stopped.
// Shared by the browser bench (browser.ts) and the end-to-end tests (tests/e2e/server.ts). Node only.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The project folder: the nearest one up from here with Vite installed (this file may run bundled, from .cache/). */
function projectRoot(from: string): string {
	for (let dir = from; ; dir = dirname(dir)) {
		if (existsSync(join(dir, "node_modules/vite/bin/vite.js")) && existsSync(join(dir, "package.json"))) return dir;
		if (dirname(dir) === dir) return join(import.meta.dirname, "../..");
	}
}

export const ROOT = projectRoot(import.meta.dirname);
const VITE = join(ROOT, "node_modules/vite/bin/vite.js");

export interface Served {
	url: string;
	/** The build folder being served. */
	outDir: string;
	/** PID of the `vite preview` process (undefined when served by someone else). */
	pid?: number;
	/** Stops the server (idempotent; resolves once it has exited) and removes the build folder. */
	stop(): Promise<void>;
}

/** A free TCP port on localhost. */
export function freePort(): Promise<number> {
	return new Promise((res, rej) => {
		const srv = createServer();
		srv.unref();
		srv.on("error", rej);
		srv.listen(0, "127.0.0.1", () => {
			const addr = srv.address();
			const port = typeof addr === "object" && addr ? addr.port : 0;
			srv.close(() => res(port));
		});
	});
}

/** Runs `vite build` into a new temporary folder and returns it. */
export function buildBundle(logLevel: "warn" | "error" = "warn"): string {
	const outDir = mkdtempSync(join(tmpdir(), "island-chain-dist-"));
	try {
		execFileSync(process.execPath, [VITE, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", logLevel], {
			cwd: ROOT,
			stdio: ["ignore", "ignore", "inherit"],
		});
	} catch (e) {
		rmSync(outDir, { recursive: true, force: true });
		throw e;
	}
	return outDir;
}

/** Serves a build folder with `vite preview` on a free port; removes the folder when stopped. */
export async function servePreview(outDir: string): Promise<Served> {
	const port = await freePort();
	const child: ChildProcess = spawn(
		process.execPath,
		[VITE, "preview", "--outDir", outDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
		{ cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
	);
	// drain stdout so the child never blocks on a full pipe
	child.stdout?.resume();
	const exited = new Promise<void>((res) => {
		if (child.exitCode !== null || child.signalCode !== null) res();
		else child.once("exit", () => res());
	});
	let stopping: Promise<void> | null = null;
	const stop = (): Promise<void> => {
		stopping ??= (async () => {
			if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
				child.kill("SIGTERM");
				const timer = setTimeout(() => {
					if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
				}, 3000);
				await exited;
				clearTimeout(timer);
			}
			rmSync(outDir, { recursive: true, force: true });
		})();
		return stopping;
	};
	const url = `http://127.0.0.1:${port}/`;
	try {
		await waitForServer(url, child);
	} catch (e) {
		await stop();
		throw e;
	}
	return { url, outDir, pid: child.pid, stop };
}

/** Builds into a temporary folder and serves it (stop() ends the server and removes the build). */
export async function buildAndServe(): Promise<Served> {
	return servePreview(buildBundle());
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
	let stderr = "";
	child.stderr?.on("data", (d) => {
		stderr += String(d);
	});
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${stderr}`);
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`vite preview did not answer at ${url}: ${stderr}`);
}
