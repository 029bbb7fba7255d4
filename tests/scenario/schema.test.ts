// The zod schema agrees with the Scenario type, and scenarios/schema.json is generated from it.
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { Effect, ObjectiveSpec, Scenario } from "../../src/engine";
import { scenarioJsonSchema } from "../../src/scenario";
import { scenarioJsonSchemaText } from "../../src/scenario/jsonSchema";
import { scenarioSchemas } from "../../src/scenario/schema";

const { effectSchema, objectiveSchema, scenarioSchema } = scenarioSchemas();
import { here, minimal } from "./helpers";

type Parsed = Omit<z.output<typeof scenarioSchema>, "$schema">;

describe("zod schema and Scenario type", () => {
	it("agree at the type level (both ways)", () => {
		expectTypeOf<Parsed>().toExtend<Scenario>();
		expectTypeOf<Scenario>().toExtend<Parsed>();
		expectTypeOf<z.output<typeof effectSchema>>().toExtend<Effect>();
		expectTypeOf<Effect>().toExtend<z.output<typeof effectSchema>>();
		expectTypeOf<z.output<typeof objectiveSchema>>().toExtend<ObjectiveSpec>();
		expectTypeOf<ObjectiveSpec>().toExtend<z.output<typeof objectiveSchema>>();
	});

	it("parses the fixture back to the same data", () => {
		const s = minimal();
		expect(scenarioSchema.parse(s)).toEqual(s);
	});

	it("knows every Effect kind and objective metric of the type", () => {
		const kinds: Record<Effect["kind"], true> = {
			economy: true, support: true, funds: true, budget: true, tension: true, relation: true,
			credibility: true, resolve: true, material: true, munitions: true, demand: true, producer: true,
			contract: true, line: true, readiness: true, exportControl: true, blockade: true, flag: true, ladder: true,
		};
		const schemaKinds = effectSchema.options.map((o) => o.shape.kind.value);
		expect(schemaKinds.sort()).toEqual(Object.keys(kinds).sort());
		const metrics: Record<ObjectiveSpec["metric"], true> = {
			economy: true, support: true, funds: true, tension: true, rung: true, deterrence: true,
			material: true, munitions: true, programme: true, relation: true,
		};
		expect(objectiveSchema.options.map((o) => o.shape.metric.value).sort()).toEqual(Object.keys(metrics).sort());
	});
});

describe("scenarios/schema.json", () => {
	it("is up to date with the zod schema", () => {
		const onDisk = readFileSync(here("../../scenarios/schema.json"), "utf8");
		expect(onDisk === scenarioJsonSchemaText(), "scenarios/schema.json is stale: run npx tsx scripts/gen-schema.ts").toBe(true);
	});

	it("is a 2020-12 JSON Schema that allows $schema and forbids unknown keys", () => {
		const schema = scenarioJsonSchema() as {
			$schema: string;
			properties: Record<string, unknown>;
			additionalProperties: boolean;
			required: string[];
		};
		expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
		expect(schema.properties).toHaveProperty("$schema");
		expect(schema.required).not.toContain("$schema");
		expect(schema.additionalProperties).toBe(false);
	});
});
