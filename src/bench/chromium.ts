// The system's Chromium through playwright-core (never a downloaded browser), with a fresh profile
// per launch so nothing is cached between launches. Shared by the browser bench (browser.ts) and
// the end-to-end tests (tests/e2e/browser.ts). Node only; playwright-core is a dev dependency.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** The flags every launch uses (no GPU: WebGL runs in software, SwiftShader). */
export const CHROMIUM_FLAGS: readonly string[] = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

export function hasChromium(): boolean {
	return existsSync(CHROMIUM);
}

export interface Launched {
	context: BrowserContext;
	page: Page;
	/** The browser's version, e.g. "156.0.8078.108". */
	version: string;
	/** The profile folder (it names the browser's processes: see chromiumCpu). */
	profile: string;
	/** Closes the browser and removes its profile folder. */
	close(): Promise<void>;
}

/** Launches Chromium with a fresh user-data folder. */
export async function launchChromium(
	viewport: { width: number; height: number } = { width: 1440, height: 900 },
	options: { acceptDownloads?: boolean } = {},
): Promise<Launched> {
	const { chromium } = await import("playwright-core");
	const dir = mkdtempSync(join(tmpdir(), "island-chain-profile-"));
	let context: BrowserContext;
	try {
		context = await chromium.launchPersistentContext(dir, {
			executablePath: CHROMIUM,
			headless: true,
			viewport,
			acceptDownloads: options.acceptDownloads ?? false,
			args: [...CHROMIUM_FLAGS],
		});
	} catch (e) {
		rmSync(dir, { recursive: true, force: true });
		throw e;
	}
	const page = context.pages()[0] ?? (await context.newPage());
	return {
		context,
		page,
		version: context.browser()?.version() ?? "unknown",
		profile: dir,
		async close() {
			await context.close().catch(() => {});
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/**
 * CPU time used so far by the Chromium launched with this profile folder, ms, by process type and
 * thread ("renderer:main", "gpu-process:VizCompositorThread", ...), read from /proc (Linux); null
 * where there is no /proc. Threads that ended are not counted.
 */
export function chromiumCpu(profile: string): Map<string, number> | null {
	if (!existsSync("/proc/self/stat")) return null;
	const parents = new Map<number, number>();
	for (const d of readdirSync("/proc")) {
		if (!/^\d+$/.test(d)) continue;
		const st = readOr(`/proc/${d}/stat`);
		if (st) parents.set(Number(d), Number(st.slice(st.lastIndexOf(")") + 2).split(" ")[1]));
	}
	const ours = new Set([...parents.keys()].filter((pid) => readOr(`/proc/${pid}/cmdline`)?.includes(profile)));
	for (let grew = true; grew; ) {
		grew = false;
		for (const [pid, ppid] of parents) {
			if (ours.has(ppid) && !ours.has(pid)) {
				ours.add(pid);
				grew = true;
			}
		}
	}
	const tick = 1000 / 100; // USER_HZ is 100 on Linux
	const out = new Map<string, number>();
	for (const pid of ours) {
		const type = readOr(`/proc/${pid}/cmdline`)?.match(/--type=([a-z-]+)/)?.[1] ?? "browser";
		let tasks: string[] = [];
		try {
			tasks = readdirSync(`/proc/${pid}/task`);
		} catch {
			continue;
		}
		for (const tid of tasks) {
			const st = readOr(`/proc/${pid}/task/${tid}/stat`);
			if (!st) continue;
			const name = tid === String(pid) ? "main" : st.slice(st.indexOf("(") + 1, st.lastIndexOf(")")).replace(/\d+$/, "");
			const f = st.slice(st.lastIndexOf(")") + 2).split(" ");
			const key = `${type}:${name}`;
			out.set(key, (out.get(key) ?? 0) + (Number(f[11]) + Number(f[12])) * tick);
		}
	}
	return out;
}

function readOr(path: string): string | null {
	try {
		return readFileSync(path, "utf8");
	} catch {
		return null;
	}
}
