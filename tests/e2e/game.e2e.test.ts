// End-to-end: the production build in the system's Chromium, played through the screen only.
// The tests run in order and share one browser profile: each picks up the game the previous one
// left (as a player coming back would).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { encodeReplayForUrl, parseReplayText } from "../../src/replay";
import { type Browser, launch, server } from "./browser";
import { autosave, bannerText, endTurn, openMenu, quarter, setControls } from "./play";
import { ROOT, type Served } from "./server";

const ARTIFACTS = join(ROOT, "test-artifacts");

let served: Served;
let b: Browser;

beforeAll(async () => {
	mkdirSync(ARTIFACTS, { recursive: true });
	served = await server();
	b = await launch();
}, 300_000);

afterAll(async () => {
	await b?.close();
	await served?.stop();
});

afterEach(() => {
	// Taken out before checking, so one test's errors are not blamed on the next.
	const errors = b.errors.splice(0);
	const dialogs = b.dialogs.splice(0);
	expect(errors, "console errors and page errors").toEqual([]);
	expect(dialogs, "alerts or prompts").toEqual([]);
});

describe("Southwest Shield in the browser", () => {
	it("starts as Japan, drafts orders with previews, and ends three turns with causes in the report", async () => {
		const { page } = b;
		await openMenu(page, served.url);
		await expect.poll(() => page.getByRole("radio", { name: /Southwest Shield/ }).isChecked()).toBe(true);
		await setControls(page, { japan: "human", level: "easy" });
		await page.getByRole("button", { name: "Start" }).click();

		// Briefing: Japan's text and objectives.
		await page.getByRole("heading", { name: "You are Japan" }).waitFor();
		expect(await page.getByRole("heading", { name: "Your objectives" }).isVisible()).toBe(true);
		await page.getByRole("button", { name: "Begin" }).click();

		// The map with the HUD.
		await expect.poll(() => quarter(page)).toBe("2026 Q1");
		expect(await page.locator('[data-stat="tension"]').getAttribute("aria-label")).toMatch(/^Tension: \d+/);
		expect(await page.locator('[data-stat="rung"]').textContent()).toMatch(/\d+ · \S/);

		// Select a region with the keyboard (4 = Sakishima) and read an order's cost and preview.
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press("4");
		const scope = () => page.getByLabel("Act where / with whom").inputValue();
		await expect.poll(scope).toBe("region:sakishima");

		// A press on a panel released over the map is not a click on the map, and neither is a drag
		// from the map released over a panel; a click on the map selects what is there (open sea
		// east of Luzon, far from Sakishima). The keyboard brings the view and Sakishima back.
		const hud = await page.locator(".hud").boundingBox();
		if (!hud) throw new Error("no HUD on screen");
		const sea = { x: 960, y: 560 };
		await page.mouse.move(hud.x + 40, hud.y + hud.height / 2);
		await page.mouse.down();
		await page.mouse.move(sea.x, sea.y, { steps: 5 });
		await page.mouse.up();
		expect(await scope()).toBe("region:sakishima");
		await page.mouse.down();
		await page.mouse.move(hud.x + 40, hud.y + hud.height / 2, { steps: 5 });
		await page.mouse.up();
		expect(await scope()).toBe("region:sakishima");
		await page.mouse.click(sea.x, sea.y);
		await expect.poll(scope).not.toBe("region:sakishima");
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press("Home");
		await page.keyboard.press("4");
		await expect.poll(scope).toBe("region:sakishima");
		const drill = page.getByRole("button", { name: /^Add order: Drill at Sakishima .*scale 1, with United States/ });
		await drill.waitFor();
		const row = page.locator(".order-option", { has: drill });
		expect(await row.locator(".order-cost").textContent()).toMatch(/\d+ AP/);
		expect(await row.locator(".order-effects").textContent()).toMatch(/Tension \+\d/);
		await drill.click();

		// National orders: a dialogue with China; then a statement.
		await page.getByLabel("Act where / with whom").selectOption("");
		await page.getByRole("button", { name: "Add order: Open a dialogue with China" }).click();
		// The same order again is shown disabled, with the reason.
		const again = page.getByRole("button", { name: "Add order: Open a dialogue with China" });
		expect(await again.isDisabled()).toBe(true);
		expect(await page.locator(".order-option", { has: again }).locator(".order-reason").textContent()).toMatch(
			/Not now: /,
		);
		await page.getByRole("button", { name: "Add order: Firm statement", exact: true }).click();

		// Drafts are listed and removable until End turn.
		const drafts = page.locator(".draft");
		await expect.poll(() => drafts.count()).toBe(3);
		await page.getByRole("button", { name: "Remove order: Firm statement" }).click();
		await expect.poll(() => drafts.count()).toBe(2);
		await page.getByLabel("Rationale note").fill("Drill with the US, talk to Beijing.");

		// End the turn; the report shows headlines and every change with its causes.
		await endTurn(page, "click");
		await expect.poll(() => quarter(page)).toBe("2026 Q2");
		await page.getByRole("heading", { name: "Report — 2026 Q1" }).waitFor();
		const firstWhy = page.locator(".changes .why").first();
		await firstWhy.locator("summary").click();
		const causes = await firstWhy.locator(".why-list li").allTextContents();
		expect(causes.length).toBeGreaterThan(0);
		expect(causes.join("\n")).toMatch(/[+−]\d/);
		const allCauses = (await page.locator(".changes .why-list li").allTextContents()).join("\n");
		await page
			.locator(".other-changes summary")
			.click()
			.catch(() => {});
		expect((await page.locator(".report-panel").textContent()) ?? "").toMatch(/drill at Sakishima/i);
		void allCauses;
		// The live region announced the turn.
		await expect.poll(() => page.locator("[aria-live='polite'].sr-only").textContent()).toMatch(/2026 Q1 resolved/);

		// A screenshot of the map for people to look at.
		await page.screenshot({ path: join(ARTIFACTS, "map.png") });

		// Two more turns, by keyboard.
		await endTurn(page, "key");
		await endTurn(page, "key");
		await expect.poll(() => quarter(page)).toBe("2026 Q4");

		// Panels by shortcut: news, objectives, charts.
		await page.keyboard.press("n");
		await page.getByRole("heading", { name: "News" }).waitFor();
		await page.keyboard.press("o");
		await page.getByRole("progressbar").first().waitFor();
		await page.keyboard.press("c");
		await page.getByRole("dialog", { name: "Charts of history" }).waitFor();
		expect(await page.locator("svg[role='img'] title").first().textContent()).toBe("Tension (0–100)");
		await page.keyboard.press("Escape");
		await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
	});

	it("reloads and continues at the same turn with the drafts kept", async () => {
		const { page } = b;
		await page.getByLabel("Act where / with whom").selectOption("");
		await page.getByRole("button", { name: "Add order: Open a dialogue with China" }).click();
		await expect.poll(() => page.locator(".draft").count()).toBe(1);
		await page.reload();
		await page.getByRole("heading", { name: "Island Chain", level: 1 }).waitFor();
		const info = await page.locator(".continue-info").textContent();
		expect(info).toMatch(/Southwest Shield — 2026 Q4, turn 4 of 20/);
		await page.getByRole("button", { name: "Continue" }).click();
		await expect.poll(() => quarter(page)).toBe("2026 Q4");
		await page.getByRole("tab", { name: "This turn" }).click();
		expect(await page.locator(".draft-label").allTextContents()).toEqual(["Open a dialogue with China"]);
	});

	it("refuses a bad import with a message and leaves the game and the autosave untouched", async () => {
		const { page } = b;
		const before = await autosave(page);
		expect(before).not.toBeNull();
		await page.getByRole("button", { name: "Menu" }).click();
		await page.getByRole("dialog", { name: "Game menu" }).getByRole("button", { name: "Main menu" }).click();
		const input = page.locator('input[type="file"]');
		await input.setInputFiles({
			name: "broken.json",
			mimeType: "application/json",
			buffer: Buffer.from('{"format": "island-chain/save", "version": 1, "seed": 7}'),
		});
		await expect.poll(() => bannerText(page)).toMatch(/broken\.json is not a valid save: /);
		await input.setInputFiles({
			name: "notes.json",
			mimeType: "application/json",
			buffer: Buffer.from("this is not json"),
		});
		await expect.poll(() => bannerText(page)).toMatch(/notes\.json is not valid JSON/);
		expect(await page.getByRole("alert").count()).toBeGreaterThan(0);
		expect(await autosave(page)).toBe(before);
		await page.getByRole("button", { name: "Continue" }).click();
		await expect.poll(() => quarter(page)).toBe("2026 Q4");
		expect(await page.locator(".draft-label").allTextContents()).toEqual(["Open a dialogue with China"]);
	});

	it("names a bad link's parameter and leaves the autosave untouched", async () => {
		const { page } = b;
		const before = await autosave(page);
		await page.goto(`${served.url}?scenario=southwest-sheild&seed=abc`);
		await expect
			.poll(() => bannerText(page))
			.toMatch(/Unknown scenario "southwest-sheild" in the link — did you mean southwest-shield\?/);
		await page.goto(`${served.url}?scenario=xyz`);
		await expect.poll(() => bannerText(page)).toMatch(/Unknown scenario "xyz" in the link/);
		await page.goto(`${served.url}#replay=not-a-replay`);
		await page.reload();
		await expect.poll(() => bannerText(page)).toMatch(/"replay" in the link cannot be opened/);
		expect(await autosave(page)).toBe(before);
		// A good link pre-fills the setup.
		await page.goto(`${served.url}?scenario=southwest-shield&seed=shared-seed`);
		await page.getByRole("heading", { name: "Island Chain", level: 1 }).waitFor();
		expect(await page.getByLabel("Seed").inputValue()).toBe("shared-seed");
		expect(await autosave(page)).toBe(before);
	});

	it("says in plain text when the game's script cannot be loaded, and leaves the autosave untouched", async () => {
		const { page } = b;
		const before = await autosave(page);
		const shell = "**/assets/app-*.js";
		await page.route(shell, (route) => route.abort());
		try {
			await page.goto(served.url);
			const alert = page.getByRole("alert").filter({ hasText: "Island Chain could not be loaded" });
			await alert.waitFor();
			expect(await alert.textContent()).toMatch(/Check the connection and reload\.$/);
		} finally {
			await page.unroute(shell);
		}
		// the blocked download's console errors are what this test provoked
		const errors = b.errors.splice(0);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.every((e) => /Failed to (load|fetch)|ERR_FAILED|dynamically imported module/i.test(e)), errors.join("\n")).toBe(true);
		expect(await autosave(page)).toBe(before);
		await openMenu(page, served.url);
		expect(await page.getByRole("button", { name: /Continue/ }).count()).toBe(before === null ? 0 : 1);
	});

	it("plays to the end with bots and exports a replay that the command line verifies", async () => {
		const { page } = b;
		await openMenu(page, `${served.url}?scenario=southwest-shield&seed=e2e-full`);
		await setControls(page, { japan: "bot", level: "easy" });
		await page.getByRole("button", { name: "Start" }).click();
		await page.getByRole("button", { name: "Watch" }).click();
		for (let i = 0; i < 25; i++) {
			if ((await page.locator('[data-screen="end"]').count()) > 0) break;
			if ((await quarter(page)) === "Game over") break;
			await endTurn(page, i % 2 ? "key" : "click");
		}
		// The end screen follows the last turn's animation (the report also offers "See the outcome").
		await page.locator('[data-screen="end"]').waitFor({ state: "attached", timeout: 30_000 });
		const outcome = await page.locator("#end-title").textContent();
		expect(["Deterrence held", "Coerced", "Conflict"]).toContain(outcome);
		expect(await page.locator(".score-bars li").count()).toBe(6);
		await page.screenshot({ path: join(ARTIFACTS, "end.png") });

		const [download] = await Promise.all([
			page.waitForEvent("download"),
			page.getByRole("button", { name: "Export replay" }).click(),
		]);
		const file = join(ARTIFACTS, "e2e-replay.json");
		await download.saveAs(file);
		const replay = JSON.parse(readFileSync(file, "utf8"));
		expect(replay.format).toBe("island-chain/replay");
		expect(replay.seed).toBe("e2e-full");
		const out = execFileSync(
			process.execPath,
			["--import", "tsx", join(ROOT, "src/cli/main.ts"), "replay", "verify", file],
			{
				cwd: ROOT,
				encoding: "utf8",
			},
		);
		expect(out).toMatch(/replay OK: \d+ turns/);

		// Play again with the same seed: back to the briefing.
		await page.getByRole("button", { name: "Play again with this seed" }).click();
		await page.getByRole("heading", { name: /Watching: Japan|You are Japan/ }).waitFor();

		// The replay rides in a link: it opens in the replay viewer and steps to the end.
		const parsed = parseReplayText(readFileSync(file, "utf8"));
		if (!parsed.ok) throw new Error(parsed.error);
		const total = parsed.value.turns.length;
		await page.goto(`${served.url}#replay=${encodeReplayForUrl(parsed.value)}`);
		await page.reload();
		const bar = page.getByRole("region", { name: "Replay controls" });
		await expect.poll(() => bar.locator(".replay-label").textContent()).toBe(`Replay · 0 of ${total} turns shown`);
		await bar.getByRole("button", { name: "Next turn" }).click();
		await expect.poll(() => bar.locator(".replay-label").textContent()).toBe(`Replay · 1 of ${total} turns shown`);
		await bar.getByRole("button", { name: "To the end" }).click();
		await expect
			.poll(() => bar.locator(".replay-label").textContent())
			.toBe(`Replay · ${total} of ${total} turns shown`);
		await bar.getByRole("button", { name: "Exit" }).click();
		await page.getByRole("heading", { name: "Island Chain", level: 1 }).waitFor();
	}, 900_000);

	it("shows scenario text holding HTML as those characters, and runs nothing", async () => {
		const { page } = b;
		const evil = "<img src=x onerror=alert(1)>";
		const scenario = JSON.parse(readFileSync(join(ROOT, "scenarios/southwest-shield.json"), "utf8"));
		scenario.id = "html-test";
		scenario.name = `Shield ${evil}`;
		scenario.summary = `Summary ${evil}`;
		for (const f of scenario.factions) f.briefing = `Briefing ${evil}\n\nSecond paragraph.`;
		for (const e of scenario.events) e.headline = `${evil} ${e.headline}`;
		const file = join(ARTIFACTS, "html-scenario.json");
		writeFileSync(file, JSON.stringify(scenario));
		await openMenu(page, served.url);
		await page.locator('input[type="file"]').setInputFiles(file);
		await page.getByText(`Shield ${evil}`, { exact: true }).waitFor();
		expect(await page.getByText(`Summary ${evil}`, { exact: true }).isVisible()).toBe(true);
		await setControls(page, { japan: "human", level: "easy" });
		await page.getByRole("button", { name: "Start" }).click();
		await page.locator(".briefing-card").getByText(`Briefing ${evil}`, { exact: true }).waitFor();
		await page.getByRole("button", { name: "Begin" }).click();
		for (let i = 0; i < 3; i++) await endTurn(page, "click");
		await page.keyboard.press("n");
		const news = (await page.locator(".news-panel").textContent()) ?? "";
		expect(news).toContain(evil);
		expect(await page.locator("#ui img").count()).toBe(0);
		expect(b.dialogs).toEqual([]);
	});

	it("fits a 1024x700 screen: every panel and the End turn button are on screen", async () => {
		const { page } = b;
		await page.setViewportSize({ width: 1024, height: 700 });
		await page.waitForTimeout(300);
		const box = await page.getByRole("button", { name: "End turn" }).boundingBox();
		expect(box).not.toBeNull();
		if (box) {
			expect(box.x + box.width).toBeLessThanOrEqual(1024);
			expect(box.y + box.height).toBeLessThanOrEqual(700);
		}
		const orders = await page.locator(".orders-panel").boundingBox();
		expect(orders && orders.x >= 0 && orders.y + orders.height <= 700).toBe(true);
		await page.screenshot({ path: join(ARTIFACTS, "small-screen.png") });
	});
});
