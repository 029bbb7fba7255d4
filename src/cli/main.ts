// Command-line entry: `npm run cli -- <verb>` (see cli.ts and `npm run cli -- help`).
// The verbs are loaded dynamically so that even a broken build ends in one "internal error" line.

for (const stream of [process.stdout, process.stderr]) {
	// `npm run cli -- replay show r.json | head` must not end in an EPIPE stack trace.
	stream.on("error", (e: NodeJS.ErrnoException) => {
		if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
		throw e;
	});
}

try {
	const { main } = await import("./cli");
	process.exitCode = await main(process.argv.slice(2));
} catch (e) {
	process.stderr.write(`internal error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
	if (process.env.ISLAND_CHAIN_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
	process.exitCode = 3;
}
export {};
