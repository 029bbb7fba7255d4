// Steps of play through the UI, as a player would: by role and accessible name.
import { expect } from "vitest";
import type { Page } from "playwright-core";

export const FACTIONS = ["Japan", "United States", "China", "Taiwan", "ASEAN", "Australia"];

export async function openMenu(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.getByRole("heading", { name: "Island Chain", level: 1 }).waitFor();
}

/** Set who plays each faction in the menu: Japan human (or a bot), every bot at `level`. */
export async function setControls(
	page: Page,
	opts: { japan: "human" | "bot"; level: "easy" | "normal" | "hard" },
): Promise<void> {
	for (const f of FACTIONS) {
		const who = page.getByLabel(`${f} played by`, { exact: true });
		if (f === "Japan") await who.selectOption(opts.japan);
		const level = page.getByLabel(`${f} bot level`, { exact: true });
		if (await level.isEnabled()) await level.selectOption(opts.level);
	}
}

export async function quarter(page: Page): Promise<string> {
	return ((await page.locator(".hud-quarter").textContent()) ?? "").trim();
}

/** End the turn (by the E key or the button) and wait until the next quarter is shown. */
export async function endTurn(page: Page, how: "key" | "click" = "click"): Promise<void> {
	const before = await quarter(page);
	const button = page.getByRole("button", { name: "End turn" });
	await expect.poll(() => button.isEnabled(), { timeout: 60_000 }).toBe(true);
	if (how === "key") {
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.keyboard.press("e");
	} else await button.click();
	await expect
		.poll(async () => (await page.locator('[data-screen="end"]').count()) > 0 || (await quarter(page)) !== before, {
			timeout: 120_000,
			interval: 250,
		})
		.toBe(true);
	await expect.poll(() => page.locator(".btn-end.busy").count(), { timeout: 60_000 }).toBe(0);
}

export async function autosave(page: Page): Promise<string | null> {
	return page.evaluate(() => window.localStorage.getItem("island-chain/autosave"));
}

export async function bannerText(page: Page): Promise<string> {
	return (await page.locator(".banner").allTextContents()).join("\n");
}
