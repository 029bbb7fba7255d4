// The browser's production build trusts the built-in scenarios the build validated
// (src/scenario/builtinBrowser.ts): what it returns must be exactly what full validation returns.
import { describe, expect, it } from "vitest";
import { hashValue } from "../../src/engine";
import { builtinScenarios, getBuiltinScenario } from "../../src/scenario";
import { buildHashes, trustedBuiltinScenario } from "../../src/scenario/builtinBrowser";

describe("trusted built-in scenarios (browser production build)", () => {
	for (const b of builtinScenarios) {
		it(`${b.id}: the same scenario and hash as full validation`, () => {
			const validated = getBuiltinScenario(b.id);
			if (!validated?.ok) throw new Error(`${b.id} does not validate`);
			const trusted = trustedBuiltinScenario(b.id, { [b.id]: validated.hash });
			expect(trusted).not.toBeNull();
			expect(trusted?.scenario).toEqual(validated.scenario);
			// nothing the schema would strip is left in (the hash covers every key)
			expect(hashValue(trusted?.scenario)).toBe(validated.hash);
			expect(trusted?.hash).toBe(validated.hash);
		});
	}

	it("trusts nothing the build did not validate (no build hashes outside a production build)", () => {
		expect(buildHashes()).toEqual({});
		for (const b of builtinScenarios) expect(trustedBuiltinScenario(b.id)).toBeNull();
		expect(trustedBuiltinScenario("no-such-scenario", { "no-such-scenario": "0" })).toBeNull();
	});

	it("returns a fresh copy each time", () => {
		const id = builtinScenarios[0].id;
		const hashes = { [id]: "x" };
		const a = trustedBuiltinScenario(id, hashes);
		const b = trustedBuiltinScenario(id, hashes);
		expect(a?.scenario).not.toBe(b?.scenario);
		expect(a?.scenario).toEqual(b?.scenario);
	});
});
