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
 * A Chromium process's type from its command line. Renderers of the browser's own interface (its
 * WebUI "top chrome", which a fresh browser loads as it starts) and of extensions are told apart
 * from the renderers of web pages, so "renderer:main" is the pages' main threads only.
 */
export function processType(cmdline: string): string {
	const type = cmdline.match(/--type=([a-z-]+)/)?.[1] ?? "browser";
	if (type !== "renderer") return type;
	if (cmdline.includes("--top-chrome-webui")) return "browser-ui";
	if (cmdline.includes("--extension-process")) return "extension";
	return type;
}

/**
 * CPU time used so far by the Chromium launched with this profile folder, ms, by process type (see
 * processType) and thread ("renderer:main", "gpu-process:VizCompositorThread", ...), read from /proc
 * (Linux); null where there is no /proc. Threads that ended are not counted.
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
		const type = processType(readOr(`/proc/${pid}/cmdline`)?.replace(/\0/g, " ") ?? "");
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

/** How long a browser may take to settle before it is measured anyway, ms. */
const SETTLE_MAX_MS = 15_000;
/** Settled: all of Chromium's processes together used at most this share of one core... */
const QUIET_SHARE = 0.1;
/** ...over this long, ms. */
const QUIET_MS = 500;

/**
 * Waits until a freshly launched browser has done its own start-up work. For a second or more after
 * launch Chromium loads its interface (a WebUI renderer), its network service and more: here about
 * 1.8 s of CPU over 1.3 s, both cores busy. A page measured meanwhile measures that start-up too,
 * which a person opening a link in a running browser never waits for. Returns how long it waited,
 * and whether the browser went quiet (else it gave up after SETTLE_MAX_MS). Without /proc it waits
 * a fixed 3 s.
 */
export async function settleBrowser(profile: string): Promise<{ waitedMs: number; settled: boolean }> {
	const start = Date.now();
	const total = () => {
		const cpu = chromiumCpu(profile);
		return cpu ? [...cpu.values()].reduce((a, b) => a + b, 0) : null;
	};
	const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
	if (total() === null) {
		await sleep(3000);
		return { waitedMs: Date.now() - start, settled: true };
	}
	const readings: CpuReading[] = [];
	while (Date.now() - start < SETTLE_MAX_MS) {
		readings.push({ at: Date.now(), cpu: total() ?? 0 });
		if (isQuiet(readings)) return { waitedMs: Date.now() - start, settled: true };
		await sleep(100);
	}
	return { waitedMs: Date.now() - start, settled: false };
}

/** The CPU time a browser had used (ms, all its processes) at a moment (ms). */
export interface CpuReading {
	at: number;
	cpu: number;
}

/**
 * Whether readings taken in time order end with a quiet stretch: from the latest reading at least
 * `quietMs` before the last one, to the last one, the browser used at most `share` of one core.
 * False until the readings span `quietMs`. Pure.
 */
export function isQuiet(readings: readonly CpuReading[], quietMs = QUIET_MS, share = QUIET_SHARE): boolean {
	const last = readings[readings.length - 1];
	if (!last) return false;
	let first: CpuReading | undefined;
	for (let i = readings.length - 1; i >= 0; i--) {
		if (readings[i].at <= last.at - quietMs) {
			first = readings[i];
			break;
		}
	}
	return first !== undefined && last.cpu - first.cpu <= share * (last.at - first.at);
}

function readOr(path: string): string | null {
	try {
		return readFileSync(path, "utf8");
	} catch {
		return null;
	}
}
