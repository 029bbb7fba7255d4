import { describe, expect, it } from "vitest";
import { parseLaunch } from "../../src/app/launch";
import { encodeReplayForUrl } from "../../src/replay";
import { thinkNow } from "../../src/app/bots";
import { Session, soloControls } from "../../src/app/session";
import { flagship } from "./helpers";

const IDS = ["southwest-shield", "rare-earth-squeeze"];

describe("launch URL", () => {
	it("reads scenario and seed", () => {
		const r = parseLaunch("?scenario=southwest-shield&seed=abc", "", IDS);
		expect(r).toEqual({ scenario: "southwest-shield", seed: "abc", replay: null, errors: [] });
	});

	it("names an unknown scenario and suggests the nearest", () => {
		const r = parseLaunch("?scenario=southwest-sheild", "", IDS);
		expect(r.scenario).toBeNull();
		expect(r.errors[0]).toBe('Unknown scenario "southwest-sheild" in the link — did you mean southwest-shield?');
	});

	it("suggests the only scenario for a wild guess", () => {
		const r = parseLaunch("?scenario=xyz", "", ["southwest-shield"]);
		expect(r.errors[0]).toBe('Unknown scenario "xyz" in the link — did you mean southwest-shield?');
	});

	it("complains about an empty or huge seed", () => {
		expect(parseLaunch("?seed=", "", IDS).errors[0]).toMatch(/"seed"/);
		expect(parseLaunch(`?seed=${"x".repeat(300)}`, "", IDS).errors[0]).toMatch(/"seed".*too long/);
	});

	it("opens a replay from the hash, and names a damaged one", () => {
		const { scenario, hash } = flagship();
		const s = new Session({ scenario, hash, seed: "link", controls: soloControls(scenario, "JPN", "easy") });
		s.resolveTurn(thinkNow(s.scenario, s.state, s.bots()));
		const ok = parseLaunch("", `#replay=${encodeReplayForUrl(s.toReplay())}`, IDS);
		expect(ok.errors).toEqual([]);
		expect(ok.replay?.turns).toHaveLength(1);
		const bad = parseLaunch("", "#replay=@@@", IDS);
		expect(bad.replay).toBeNull();
		expect(bad.errors[0]).toMatch(/"replay" in the link/);
	});

	it("ignores a link without parameters", () => {
		expect(parseLaunch("", "", IDS)).toEqual({ scenario: null, seed: null, replay: null, errors: [] });
	});
});
