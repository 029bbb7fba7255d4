// `schema`: the scenarios JSON Schema (what scenarios/schema.json holds).
import { scenarioJsonSchema } from "../../scenario";
import { parseArgs } from "../args";
import { UsageError } from "../errors";
import type { Io } from "../io";

export const schemaUsage = "schema                print the JSON Schema of scenario files";

export function schemaVerb(argv: readonly string[], io: Io): number {
	const args = parseArgs("schema", argv, {});
	if (args.positionals.length > 0) throw new UsageError(`schema: unexpected argument ${args.positionals[0]}`);
	io.out(JSON.stringify(scenarioJsonSchema(), null, 2));
	return 0;
}
