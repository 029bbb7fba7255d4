// Browser figures for `npm run bench` (issue 4, performance): the production bundle built into a
// temporary folder, served by `vite preview` (the build's precompressed .gz files, vite.config.ts),
// measured in the system's Chromium without a GPU (as on the reference machine). Each run is a
// fresh browser profile, so nothing is cached, and navigates once the new browser has finished its
// own start-up (chromium.ts, settleBrowser); each figure is the median over the runs:
//   - navigation to an interactive map: the flagship's share link, Japan played by a human, Start
//     and Begin pressed the moment they appear (a script in the page, no automation round trips);
//     navigation start to the first frame the Map scene draws with its controls listening (the
//     "island-chain:map-interactive" mark, src/game/marks.ts), reported by the page on its console
//     (nothing is evaluated in the page before then);
//   - frame time while panning, every layer shown: requestAnimationFrame deltas in the page while
//     the mouse drags the map (zoomed in once) in a figure of eight for a few seconds; p95. Beside
//     it, CPU time from /proc: other work on a busy machine stretches wall time, not CPU time;
//   - everything transferred before the first turn (page, scripts, styles, the map): response
//     bodies as received (gzip, level 9, from the build), and each body gzipped again here at level 9.
// Beside them, for comparison only: navigation straight after launch, while the browser is still
// starting (how this bench measured until session 5).
// Node only (playwright-core is a dev dependency, loaded on demand).
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page, Request } from "playwright-core";
import { MAP_INTERACTIVE } from "../game/marks";
import { CHROMIUM, chromiumCpu, hasChromium, launchChromium, settleBrowser } from "./chromium";
import { buildBundle, type Served, servePreview } from "./preview";

export const BROWSER_TARGETS = {
	/** Navigation start to an interactive map, ms. */
	mapInteractiveMs: 1500,
	/** Frame time p95 while panning, ms (60 frames a second). */
	panP95Ms: 16.7,
	/**
	 * requestAnimationFrame deltas are whole vsync intervals with ±0.1 ms of timer jitter (a frame on
	 * time reads 16.6 to 16.8 ms, a missed one 33.3): a p95 within this much of the target is on time.
	 */
	panJitterMs: 0.5,
	/** Everything transferred before the first turn, gzip, kB (1,000 bytes). */
	transferKb: 550,
} as const;

const VIEWPORT = { width: 1440, height: 900 };
const SCENARIO = "southwest-shield";

export interface BrowserOptions {
	quick?: boolean;
	/** Progress lines (stderr). */
	progress?: (what: string) => void;
}

export interface Run {
	/** Chromium's version. */
	version: string;
	/** The renderer the game chose (src/game/renderer.ts). */
	renderer: string;
	/** Navigation start to the map-interactive mark, ms. */
	mapInteractiveMs: number;
	/** requestAnimationFrame deltas while panning, ms. */
	frameDeltas: number[];
	/** Every response received before the first turn. */
	transfers: Transfer[];
	/** CPU time (/proc, Linux), ms: the renderers' main threads until the map was interactive; while dragging, a frame's share of the renderers' main threads and of all Chromium's threads. */
	cpu: { mainToMap: number; mainPerFrame: number; allPerFrame: number } | null;
	/** How long the new browser took to settle before the navigation, ms. */
	settleMs: number;
}

/** CPU ms between two readings of chromiumCpu: the renderers' main threads, and everything. */
function cpuSpent(a: Map<string, number> | null, b: Map<string, number> | null): { main: number; all: number } | null {
	if (!a || !b) return null;
	let main = 0;
	let all = 0;
	for (const [k, v] of b) {
		const d = v - (a.get(k) ?? 0);
		all += d;
		if (k === "renderer:main") main += d;
	}
	return { main, all };
}

export interface Transfer {
	url: string;
	type: string;
	/** Body bytes as received (content-encoded). */
	received: number;
	/** Body bytes decoded. */
	decoded: number;
	/** The decoded body gzipped here, level 9. */
	gzip9: number;
	encoding: string | null;
}

export interface BrowserFigures {
	available: boolean;
	/** Lines to print under "browser". */
	lines: string[];
	chromium?: string;
	/** Phaser's renderer the map drew with ("canvas" where WebGL would be software). */
	renderer?: string;
	load?: number;
	viewport?: { width: number; height: number };
	mapInteractiveMs?: number;
	panP95Ms?: number;
	panMedianMs?: number;
	/** CPU ms a frame while dragging: the page's main thread, all Chromium's threads. */
	cpuMainPerFrameMs?: number;
	cpuAllPerFrameMs?: number;
	/** CPU ms of the page's main thread until the map was interactive. */
	cpuMainToMapMs?: number;
	transferKb?: number;
	transferGzip9Kb?: number;
	transfers?: Transfer[];
	notFetched?: { file: string; gzip9: number }[];
	runs?: { mapInteractiveMs: number; frames: number; panP95Ms: number; panMedianMs: number; cpu: Run["cpu"]; settleMs: number }[];
	/** Navigation to an interactive map straight after launch (the browser still starting), ms, per run. */
	unsettledMs?: number[];
}

function quantile(xs: readonly number[], q: number): number {
	if (xs.length === 0) return Number.NaN;
	const s = [...xs].sort((a, b) => a - b);
	const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
	return s[i];
}

const median = (xs: readonly number[]) => {
	if (xs.length === 0) return Number.NaN;
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const kb = (bytes: number) => bytes / 1000;
const f0 = (x: number) => Math.round(x).toLocaleString("en-US");
const f1 = (x: number) => x.toFixed(1);

function verdict(ok: boolean, over: number): string {
	return ok ? "met" : `missed, ${over.toFixed(1)}x over`;
}

/** The console line REPORT_MARK writes: the prefix, then the mark's time since navigation start. */
const MARK_LINE = "island-chain-bench:";

/**
 * Reports the map-interactive mark on the console the moment it is set (a PerformanceObserver in
 * the page). Nothing is evaluated in the page before the map is up: Playwright's first evaluate
 * installs its helper script in the page, which took about 0.2 s of the page's main thread here.
 */
const REPORT_MARK = `(() => {
	const name = ${JSON.stringify(MAP_INTERACTIVE)};
	new PerformanceObserver((list, observer) => {
		for (const e of list.getEntries()) {
			if (e.name !== name) continue;
			console.debug(${JSON.stringify(MARK_LINE)} + e.startTime);
			observer.disconnect();
		}
	}).observe({ type: "mark" });
})()`;

/** Waits for the map-interactive mark (reported by REPORT_MARK) and returns its time since navigation start, ms. */
async function mapInteractive(page: Page, timeout = 60_000): Promise<number> {
	const msg = await page.waitForEvent("console", {
		predicate: (m) => m.text().startsWith(MARK_LINE),
		timeout,
	});
	const t = Number(msg.text().slice(MARK_LINE.length));
	if (!Number.isFinite(t)) throw new Error(`unreadable mark report: ${msg.text()}`);
	return t;
}

// In-page scripts as text: tsx would wrap functions passed to page.evaluate in helpers that do not
// exist in the page (and the page's Content-Security-Policy forbids string eval in the page).

/**
 * Plays the player's part at start-up without the round trips of automation: Japan played by a
 * human, then Start and Begin clicked as soon as they are on the page (a MutationObserver).
 */
const AUTO_START = `(() => {
	const done = new Set();
	const press = () => {
		const who = document.querySelector('select[aria-label="Japan played by"]');
		if (who && who.value !== "human") { who.value = "human"; who.dispatchEvent(new Event("change", { bubbles: true })); }
		for (const label of ["Start", "Begin"]) {
			if (done.has(label) || (label === "Begin" && !done.has("Start"))) continue;
			const b = [...document.querySelectorAll("button")].find((x) => x.textContent.trim() === label && !x.disabled);
			if (b) { done.add(label); b.click(); }
		}
		if (done.size === 2) observer.disconnect();
	};
	const observer = new MutationObserver(press);
	const watch = () => { observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true }); press(); };
	if (document.documentElement) watch(); else document.addEventListener("readystatechange", watch, { once: true });
})()`;

/** Collects requestAnimationFrame deltas until STOP_RECORDING. */
const RECORD_FRAMES = `(() => {
	const bench = { deltas: [], on: true };
	window.__bench = bench;
	let last = -1;
	const tick = (t) => {
		if (!bench.on) return;
		if (last >= 0) bench.deltas.push(t - last);
		last = t;
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`;
const STOP_RECORDING = "(() => { window.__bench.on = false; return window.__bench.deltas; })()";

/** What one finished request transferred: its body as received, decoded, and gzipped again at level 9. */
async function transferOf(req: Request): Promise<Transfer | null> {
	const res = await req.response();
	if (!res) return null;
	const sizes = await req.sizes();
	const body = await res.body().catch(() => Buffer.alloc(0));
	const headers = await res.allHeaders();
	return {
		url: req.url(),
		type: req.resourceType(),
		received: sizes.responseBodySize,
		decoded: body.length,
		gzip9: body.length > 0 ? gzipSync(body, { level: 9 }).length : 0,
		encoding: headers["content-encoding"] ?? null,
	};
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The middle of the map area the DOM panels leave open, CSS px (from the layout at 1440x900). */
const OPEN_CENTRE = { x: 700, y: 470 };

/**
 * One start in a fresh browser: the share link of the flagship, Japan human, Start, Begin; the map
 * interactive; everything received by then (until 1.5 s pass with nothing arriving); then a zoom
 * and a drag over the map, recording frame times.
 */
async function run(served: Served, panSeconds: number): Promise<Run> {
	const b = await launchChromium(VIEWPORT);
	try {
		const { page, context } = b;
		const { waitedMs: settleMs } = await settleBrowser(b.profile);
		await context.addInitScript({ content: AUTO_START });
		await context.addInitScript({ content: REPORT_MARK });
		// Requests are only noted while the page loads: reading sizes and bodies is a round trip
		// through the browser (the 650 kB Phaser body among them) that would compete with the page
		// for the two cores, so they are read once the map is interactive.
		const finished: Request[] = [];
		let last = Date.now();
		context.on("requestfinished", (req) => {
			last = Date.now();
			finished.push(req);
		});
		const cpuStart = chromiumCpu(b.profile);
		const interactive = mapInteractive(page);
		await page.goto(`${served.url}?scenario=${SCENARIO}&seed=bench`, { waitUntil: "commit" });
		const mapInteractiveMs = await interactive;
		const toMap = cpuSpent(cpuStart, chromiumCpu(b.profile));
		while (Date.now() - last < 1500) await sleep(250);
		const received = (await Promise.all(finished.map((req) => transferOf(req).catch(() => null)))).filter(
			(t): t is Transfer => t !== null,
		);

		// zoom in once (at the home view there is little room to pan) and let the chart settle
		const { x, y } = OPEN_CENTRE;
		await page.mouse.move(x, y);
		await page.mouse.wheel(0, -400);
		await sleep(1000);
		await page.evaluate(RECORD_FRAMES);
		const cpuPan = chromiumCpu(b.profile);
		// drag: a figure of eight around the middle, 500 x 360 CSS px, one loop every 2.5 s
		await page.mouse.down();
		const t0 = Date.now();
		for (;;) {
			const s = (Date.now() - t0) / 1000;
			if (s >= panSeconds) break;
			const a = (2 * Math.PI * s) / 2.5;
			await page.mouse.move(x + 250 * Math.sin(a), y + 180 * Math.sin(2 * a));
			await sleep(8);
		}
		await page.mouse.up();
		const deltas = (await page.evaluate(STOP_RECORDING)) as number[];
		const pan = cpuSpent(cpuPan, chromiumCpu(b.profile));
		const frames = Math.max(1, deltas.length);
		const cpu =
			toMap && pan ? { mainToMap: toMap.main, mainPerFrame: pan.main / frames, allPerFrame: pan.all / frames } : null;
		const renderer = String(await page.evaluate(`document.querySelector("#game")?.dataset.renderer ?? "?"`));
		return { version: b.version, renderer, mapInteractiveMs, frameDeltas: deltas.slice(1), transfers: received, cpu, settleMs };
	} finally {
		await b.close();
	}
}

/** Navigation to an interactive map in a browser that has only just launched (for comparison), ms. */
async function unsettledRun(served: Served): Promise<number> {
	const b = await launchChromium(VIEWPORT);
	try {
		await b.context.addInitScript({ content: AUTO_START });
		await b.context.addInitScript({ content: REPORT_MARK });
		const interactive = mapInteractive(b.page);
		await b.page.goto(`${served.url}?scenario=${SCENARIO}&seed=bench`, { waitUntil: "commit" });
		return await interactive;
	} finally {
		await b.close();
	}
}

function listBuild(dir: string, base = dir): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...listBuild(p, base));
		else out.push(p.slice(base.length + 1));
	}
	return out;
}

/** Builds, serves and measures the game in Chromium; a figure set with `available: false` when Chromium is missing. */
export async function browserFigures(options: BrowserOptions = {}): Promise<BrowserFigures> {
	if (!hasChromium()) {
		return {
			available: false,
			lines: [`  skipped: no Chromium at ${CHROMIUM} (install it, e.g. apt-get install -y chromium, or set CHROMIUM_PATH)`],
		};
	}
	const say = options.progress ?? (() => {});
	say("browser: building the production bundle");
	const outDir = buildBundle("error");
	let served: Served | null = null;
	try {
		served = await servePreview(outDir);
		return await measureServed(served, options);
	} finally {
		if (served) await served.stop();
		else rmSync(outDir, { recursive: true, force: true });
	}
}

/** Measures a served production build (its folder listed for what was not fetched). */
export async function measureServed(served: Served, options: BrowserOptions = {}): Promise<BrowserFigures> {
	const say = options.progress ?? (() => {});
	const quick = options.quick === true;
	const count = quick ? 3 : 5;
	const panSeconds = quick ? 3 : 5;
	const load = loadavg()[0];
	const runs: Run[] = [];
	for (let i = 0; i < count; i++) {
		say(`browser: start, map and pan ${i + 1}/${count}`);
		runs.push(await run(served, panSeconds));
	}
	const unsettledMs: number[] = [];
	for (let i = 0; i < (quick ? 0 : 3); i++) {
		say(`browser: start straight after launch ${i + 1}/3 (for comparison)`);
		unsettledMs.push(await unsettledRun(served));
	}
	const files = listBuild(served.outDir);
	const total = (ts: readonly Transfer[], k: "received" | "decoded" | "gzip9") => ts.reduce((n, t) => n + t[k], 0);
	// the run whose received total is the median (they differ only if a request was missed)
	const byTotal = [...runs].sort((p, q) => total(p.transfers, "received") - total(q.transfers, "received"));
	const transfers = byTotal[Math.floor(byTotal.length / 2)].transfers;
	const fetched = new Set(transfers.map((t) => new URL(t.url).pathname.replace(/^\//, "")));
	const notFetched = files
		// (the .gz files are the precompressed copies vite preview sends: vite.config.ts)
		.filter((f) => !fetched.has(f) && f !== "index.html" && !f.endsWith(".gz"))
		.map((file) => ({ file, gzip9: gzipSync(readFileSync(join(served.outDir, file)), { level: 9 }).length }));

	const mapInteractiveMs = median(runs.map((r) => r.mapInteractiveMs));
	const panP95s = runs.map((r) => quantile(r.frameDeltas, 0.95));
	const panP95Ms = median(panP95s);
	const panMedianMs = median(runs.map((r) => median(r.frameDeltas)));
	const received = total(transfers, "received");
	const decoded = total(transfers, "decoded");
	const gzip9 = total(transfers, "gzip9");
	const encoded = transfers.filter((t) => t.encoding === "gzip").length;
	const byType = new Map<string, number>();
	for (const t of transfers) {
		const path = new URL(t.url).pathname;
		const kind = /\.m?js$/.test(path) ? "JS" : /\.json$/.test(path) ? "JSON" : /\.css$/.test(path) ? "CSS" : t.type === "document" ? "HTML" : t.type;
		byType.set(kind, (byType.get(kind) ?? 0) + t.received);
	}
	const frames = runs.reduce((n, r) => n + r.frameDeltas.length, 0);
	const cpus = runs.flatMap((r) => (r.cpu ? [r.cpu] : []));
	const renderers = [...new Set(runs.map((r) => r.renderer))].join(", ");
	const T = BROWSER_TARGETS;
	const lines = [
		`  production build (vite preview) in Chromium ${runs[0].version}, headless, no GPU (the map drew with Phaser's ${renderers} renderer); viewport ${VIEWPORT.width}x${VIEWPORT.height}; ${count} runs, each in a fresh profile; load average ${load.toFixed(2)} at start`,
		`  navigation to an interactive map (share link of the flagship, Japan, Start and Begin pressed at once; the new browser first finished its own start-up, median ${f0(median(runs.map((r) => r.settleMs)))} ms): median ${f0(mapInteractiveMs)} ms (${runs.map((r) => f0(r.mapInteractiveMs)).join(", ")}); target <= ${f0(T.mapInteractiveMs)} ms: ${verdict(mapInteractiveMs <= T.mapInteractiveMs, mapInteractiveMs / T.mapInteractiveMs)}`,
		...(unsettledMs.length
			? [
					`    for comparison, straight after launch, the browser's own start-up competing for the cores (how this bench measured before session 5): median ${f0(median(unsettledMs))} ms (${unsettledMs.map(f0).join(", ")})`,
				]
			: []),
		`  frame time while dragging the map, every layer shown: p95 ${f1(panP95Ms)} ms, median ${f1(panMedianMs)} ms (p95 per run ${panP95s.map(f1).join(", ")}; ${frames} frames in ${count} drags of ${panSeconds} s); target <= ${T.panP95Ms} ms, one 60 Hz frame (±${T.panJitterMs} ms of timer jitter): ${verdict(panP95Ms <= T.panP95Ms + T.panJitterMs, panP95Ms / T.panP95Ms)}`,
		...(cpus.length
			? [
					`    CPU, not wall time (other work on the machine does not count): ${f1(median(cpus.map((c) => c.mainPerFrame)))} ms of the page's main thread a frame while dragging, ${f1(median(cpus.map((c) => c.allPerFrame)))} ms of all Chromium's threads; ${f0(median(cpus.map((c) => c.mainToMap)))} ms of the main thread until the map was interactive`,
				]
			: []),
		`  transferred before the first turn: ${f1(kb(received))} kB as received (${encoded} of ${transfers.length} responses gzip-encoded; ${f1(kb(gzip9))} kB at gzip -9, ${f1(kb(decoded))} kB uncompressed); target <= ${T.transferKb} kB gzip: ${verdict(kb(received) <= T.transferKb, kb(received) / T.transferKb)}`,
		`    ${[...byType].map(([k, v]) => `${k} ${f1(kb(v))} kB`).join(", ")}${notFetched.length ? `; fetched later: ${notFetched.map((n) => `${n.file} ${f1(kb(n.gzip9))} kB`).join(", ")}` : ""}`,
	];
	return {
		available: true,
		lines,
		chromium: runs[0].version,
		renderer: renderers,
		load,
		viewport: VIEWPORT,
		mapInteractiveMs,
		panP95Ms,
		panMedianMs,
		cpuMainPerFrameMs: cpus.length ? median(cpus.map((c) => c.mainPerFrame)) : undefined,
		cpuAllPerFrameMs: cpus.length ? median(cpus.map((c) => c.allPerFrame)) : undefined,
		cpuMainToMapMs: cpus.length ? median(cpus.map((c) => c.mainToMap)) : undefined,
		transferKb: kb(received),
		transferGzip9Kb: kb(gzip9),
		transfers,
		notFetched,
		runs: runs.map((r) => ({
			mapInteractiveMs: r.mapInteractiveMs,
			frames: r.frameDeltas.length,
			panP95Ms: quantile(r.frameDeltas, 0.95),
			panMedianMs: median(r.frameDeltas),
			cpu: r.cpu,
			settleMs: r.settleMs,
		})),
		unsettledMs,
	};
}
