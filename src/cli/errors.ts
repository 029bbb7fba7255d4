// Errors the CLI reports without a stack trace (DESIGN.md "Command line").

/** Bad arguments: unknown verb or option, missing value. Exit 2 with a usage hint. */
export class UsageError extends Error {
	constructor(
		message: string,
		readonly hint: string = "run `npm run cli -- help` for usage",
	) {
		super(message);
	}
}

/** Bad input data: missing file, bad JSON, invalid scenario or replay. Exit 1. */
export class UserError extends Error {
	constructor(
		message: string,
		/** Further lines, e.g. every validation error. */
		readonly details: string[] = [],
	) {
		super(message);
	}
}

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 3 } as const;
