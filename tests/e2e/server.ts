// Builds the production bundle once and serves it with `vite preview` (a child process whose PID
// we hold and kill). Used by globalSetup.ts, or directly by a test file when no global setup ran.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
const VITE = join(ROOT, "node_modules/vite/bin/vite.js");

export interface Served {
	url: string;
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

/** Build into a private folder (not dist/, which others may be rebuilding) and serve it. */
export async function buildAndServe(): Promise<Served> {
	mkdirSync(join(ROOT, "test-artifacts"), { recursive: true });
	const outDir = mkdtempSync(join(tmpdir(), "island-chain-e2e-dist-"));
	execFileSync(process.execPath, [VITE, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"], {
		cwd: ROOT,
		stdio: ["ignore", "ignore", "inherit"],
	});
	const port = await freePort();
	const child: ChildProcess = spawn(
		process.execPath,
		[VITE, "preview", "--outDir", outDir, "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
		{ cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
	);
	const url = `http://127.0.0.1:${port}/`;
	await waitForServer(url, child);
	return {
		url,
		stop: () =>
			new Promise<void>((res) => {
				if (child.exitCode !== null || child.pid === undefined) return res();
				child.once("exit", () => res());
				child.kill("SIGTERM");
				setTimeout(() => {
					if (child.exitCode === null) child.kill("SIGKILL");
				}, 3000).unref();
			}),
	};
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
	child.kill("SIGKILL");
	throw new Error(`vite preview did not answer at ${url}: ${stderr}`);
}
