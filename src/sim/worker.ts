// The body of a batch worker thread (started by workers.ts): plays the jobs it is sent, one game
// each, and posts the summaries back, bumping the shared counter the waiting thread sleeps on.
import { workerData } from "node:worker_threads";
import { type BatchShared, type GameJob, playJob } from "./batch";
import type { WorkerInit, WorkerReply } from "./workers";

const init = workerData as WorkerInit;
const shared = init.shared as BatchShared;
const counter = new Int32Array(init.signal);

init.port.on("message", (message: { id: number; job: GameJob }) => {
	let reply: WorkerReply;
	try {
		reply = { id: message.id, result: playJob(shared, message.job) };
	} catch (e) {
		reply = { id: message.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
	}
	init.port.postMessage(reply);
	Atomics.add(counter, 0, 1);
	Atomics.notify(counter, 0);
});
