// Run the real CLI entry point in a child process.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");

export interface CliResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

export function cli(...args: string[]): CliResult {
	const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], {
		cwd: ROOT,
		encoding: "utf8",
		timeout: 120_000,
		env: { ...process.env, ISLAND_CHAIN_DEBUG: "", NODE_OPTIONS: "" },
	});
	if (r.error) throw r.error;
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
	return mkdtempSync(join(tmpdir(), "island-chain-cli-"));
}

/** No stack-trace lines ("    at foo (file:1:2)") in the output. */
export const STACK_LINE = /^\s+at .+/m;
