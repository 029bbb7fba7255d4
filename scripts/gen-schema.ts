// Writes scenarios/schema.json from the zod schema. Run: npx tsx scripts/gen-schema.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scenarioJsonSchemaText } from "../src/scenario/jsonSchema";

const target = fileURLToPath(new URL("../scenarios/schema.json", import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
