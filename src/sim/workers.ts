// A pool of Node worker_threads that plays jobs in parallel while the calling thread waits
// synchronously (Atomics.wait on a shared counter, messages drained with receiveMessageOnPort),
// so CLI verbs stay plain synchronous functions. Results come back in job order whatever the
// number of workers or the order in which they finish: same jobs, same results, same bytes.
//
// The workers run src/sim/worker.ts. Under tsx (npm run cli) a worker thread does not inherit
// the TypeScript loader on Node 20, so each worker first registers tsx's ESM hooks itself.
import { createRequire } from "node:module";
import { availableParallelism, cpus } from "node:os";
import { pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";

export interface PoolOptions {
	/** Number of worker threads (at least 1; capped at the number of jobs). */
	workers: number;
	/** Sent once to every worker (structured clone): what the jobs need in common. */
	shared: unknown;
	/** Called after each finished job, on the calling thread. */
	onProgress?: (done: number, total: number) => void;
	/** Give up when no job finishes for this long (ms). */
	stallMs?: number;
}

/** What worker.ts receives as workerData. */
export interface WorkerInit {
	port: MessagePort;
	signal: SharedArrayBuffer;
	shared: unknown;
}

export type WorkerReply = { id: number; result: unknown } | { id: number; error: string };

/**
 * A worker's young generation (V8 gives a thread 3 semi-spaces' worth). A game keeps every
 * turn's record alive to its end; with V8's default semi-space of 16 MB those records survive
 * scavenges and are copied and promoted, and garbage collection took a third of a turn's time.
 * 64 MB semi-spaces (the same as `node --max-semi-space-size=64`, which npm run cli and bench
 * pass) halve the cost of a turn (docs/PERFORMANCE.md, "Garbage collection").
 */
export const YOUNG_MB = 192;

export function defaultWorkers(): number {
	return typeof availableParallelism === "function" ? availableParallelism() : cpus().length;
}

function tsxApiUrl(): string {
	const meta = import.meta as ImportMeta & { resolve?: (s: string) => string };
	if (typeof meta.resolve === "function") {
		try {
			return meta.resolve("tsx/esm/api");
		} catch {
			// fall through to require.resolve
		}
	}
	return pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href;
}

function startWorker(init: Omit<WorkerInit, "port">, port: MessagePort): Worker {
	const here = import.meta.url;
	const typescript = here.endsWith(".ts");
	const entry = new URL(typescript ? "./worker.ts" : "./worker.js", here).href;
	// The bootstrap reports a failure to load through the job port, so the waiting thread hears of it.
	const load = typescript
		? `import(${JSON.stringify(tsxApiUrl())}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`
		: `import(${JSON.stringify(entry)})`;
	const code = `const { workerData } = require("node:worker_threads");
${load}.catch((e) => {
	workerData.port.postMessage({ id: -1, error: "worker failed to start: " + (e && e.stack ? e.stack : String(e)) });
	const s = new Int32Array(workerData.signal); Atomics.add(s, 0, 1); Atomics.notify(s, 0);
});`;
	const workerData: WorkerInit = { ...init, port };
	return new Worker(code, { eval: true, workerData, transferList: [port], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
}

/** Runs every job on the pool and returns the results in job order. Throws if a job fails. */
export function runPool<J, R>(jobs: readonly J[], options: PoolOptions): R[] {
	const total = jobs.length;
	const results = new Array<R>(total);
	if (total === 0) return results;
	const count = Math.max(1, Math.min(options.workers, total));
	const signal = new SharedArrayBuffer(4);
	const counter = new Int32Array(signal);
	const ports: MessagePort[] = [];
	const workers: Worker[] = [];
	const outstanding: number[] = [];
	let next = 0;
	let done = 0;
	const send = (w: number) => {
		if (next >= total) return;
		ports[w].postMessage({ id: next, job: jobs[next] });
		next++;
		outstanding[w]++;
	};
	const stop = () => {
		for (const w of workers) void w.terminate();
		for (const p of ports) p.close();
	};
	try {
		for (let w = 0; w < count; w++) {
			const { port1, port2 } = new MessageChannel();
			ports.push(port1);
			outstanding.push(0);
			workers.push(startWorker({ signal, shared: options.shared }, port2));
		}
		// Two jobs in flight per worker, so none waits for the next job to arrive.
		for (let round = 0; round < 2; round++) for (let w = 0; w < count; w++) send(w);
		const stallMs = options.stallMs ?? 600_000;
		let lastProgress = Date.now();
		while (done < total) {
			const seen = Atomics.load(counter, 0);
			let got = false;
			for (let w = 0; w < count; w++) {
				for (let m = receiveMessageOnPort(ports[w]); m; m = receiveMessageOnPort(ports[w])) {
					const reply = m.message as WorkerReply;
					if ("error" in reply) {
						throw new Error(reply.id < 0 ? reply.error : `job ${reply.id} failed in a worker: ${reply.error}`);
					}
					results[reply.id] = reply.result as R;
					done++;
					outstanding[w]--;
					got = true;
					send(w);
					options.onProgress?.(done, total);
				}
			}
			if (got) {
				lastProgress = Date.now();
				continue;
			}
			if (Date.now() - lastProgress > stallMs) throw new Error(`no worker finished a job in ${Math.round(stallMs / 1000)} s`);
			Atomics.wait(counter, 0, seen, 250);
		}
	} finally {
		stop();
	}
	return results;
}
