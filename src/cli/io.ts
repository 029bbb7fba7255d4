// File access and output for the verbs, with errors phrased for users.
import { readFileSync, writeFileSync } from "node:fs";
import { UserError } from "./errors";

export interface Io {
	out(line: string): void;
	err(line: string): void;
}

export const processIo: Io = {
	out: (line) => process.stdout.write(`${line}\n`),
	err: (line) => process.stderr.write(`${line}\n`),
};

const MAX_FILE_BYTES = 16 * 1024 * 1024;

function reason(e: unknown): string {
	const code = (e as { code?: string } | null)?.code;
	switch (code) {
		case "ENOENT":
			return "no such file";
		case "EISDIR":
			return "is a directory, not a file";
		case "EACCES":
		case "EPERM":
			return "permission denied";
		case "ENOTDIR":
			return "a part of the path is not a directory";
		default:
			return e instanceof Error ? e.message : String(e);
	}
}

export function readText(path: string): string {
	let buffer: Buffer;
	try {
		buffer = readFileSync(path);
	} catch (e) {
		throw new UserError(`${path}: cannot read: ${reason(e)}`);
	}
	if (buffer.length > MAX_FILE_BYTES) throw new UserError(`${path}: file is too large (over 16 MB)`);
	return buffer.toString("utf8");
}

export function writeText(path: string, text: string): void {
	try {
		writeFileSync(path, text);
	} catch (e) {
		throw new UserError(`${path}: cannot write: ${reason(e)}`);
	}
}

/** JSON.parse with the file name and a one-line reason. */
export function parseJsonFile(path: string, text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (e) {
		throw new UserError(`${path}: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
	}
}
