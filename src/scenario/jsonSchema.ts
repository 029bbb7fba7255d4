// The JSON Schema that scenarios/schema.json holds, generated from the zod schema so editors
// autocomplete and flag the same shapes the loader checks (not the cross-references).
import { z } from "zod";
import { docs, scenarioSchemas } from "./schema";

export function scenarioJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(scenarioSchemas().scenarioSchema, { metadata: docs }),
		title: "Island Chain scenario",
		description: "A scenario file for Island Chain. Generated from src/scenario/schema.ts: run npx tsx scripts/gen-schema.ts.",
	};
}

/** The file's text: 2-space JSON with a trailing newline. */
export function scenarioJsonSchemaText(): string {
	return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
