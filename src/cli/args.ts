// A small argv parser: positionals, `--name value`, `--name=value`, boolean flags, `--`.
import { closest } from "../replay";
import { UsageError } from "./errors";

export interface OptionSpec {
	/** true: takes a value; false: a boolean flag. */
	value: boolean;
}

export interface ParsedArgs {
	positionals: string[];
	options: Record<string, string | true>;
}

export function parseArgs(verb: string, argv: readonly string[], spec: Record<string, OptionSpec>): ParsedArgs {
	const positionals: string[] = [];
	const options: Record<string, string | true> = Object.create(null);
	let onlyPositionals = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
			positionals.push(arg);
			continue;
		}
		if (arg === "--") {
			onlyPositionals = true;
			continue;
		}
		if (!arg.startsWith("--")) {
			throw new UsageError(`${verb}: unknown option ${arg} (options are written --name)`, hintFor(verb));
		}
		const eq = arg.indexOf("=");
		const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
		if (!Object.hasOwn(spec, name)) {
			const near = closest(name, Object.keys(spec));
			throw new UsageError(
				`${verb}: unknown option --${name}${near ? ` (did you mean --${near}?)` : ""}`,
				hintFor(verb),
			);
		}
		if (Object.hasOwn(options, name)) throw new UsageError(`${verb}: option --${name} given twice`, hintFor(verb));
		if (!spec[name].value) {
			if (eq !== -1) throw new UsageError(`${verb}: option --${name} takes no value`, hintFor(verb));
			options[name] = true;
			continue;
		}
		let value: string | undefined;
		if (eq !== -1) value = arg.slice(eq + 1);
		else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
		if (value === undefined || value === "") {
			throw new UsageError(`${verb}: option --${name} needs a value`, hintFor(verb));
		}
		options[name] = value;
	}
	return { positionals, options };
}

export function hintFor(verb: string): string {
	return `run \`npm run cli -- help ${verb}\` for usage`;
}

export function requireOption(verb: string, args: ParsedArgs, name: string): string {
	const v = args.options[name];
	if (typeof v !== "string") throw new UsageError(`${verb}: missing option --${name}`, hintFor(verb));
	return v;
}

export function optionalString(args: ParsedArgs, name: string): string | undefined {
	const v = args.options[name];
	return typeof v === "string" ? v : undefined;
}
