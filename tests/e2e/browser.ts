// The system's Chromium through playwright-core (never a downloaded browser), a fresh profile per
// launch, and collection of console errors and page errors.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { inject } from "vitest";
import { buildAndServe, type Served } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Browser {
	context: BrowserContext;
	page: Page;
	/** Console errors and uncaught page errors seen so far. */
	errors: string[];
	/** Alerts, confirms and prompts that fired (there must be none). */
	dialogs: string[];
	close(): Promise<void>;
}

export async function launch(viewport = { width: 1440, height: 900 }): Promise<Browser> {
	const dir = mkdtempSync(join(tmpdir(), "island-chain-e2e-profile-"));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM,
		headless: true,
		viewport,
		acceptDownloads: true,
		args: [
			"--headless",
			"--no-sandbox",
			"--disable-gpu",
			"--disable-quic",
			"--no-first-run",
			"--disable-background-networking",
			"--disable-component-update",
			"--disable-sync",
		],
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	const dialogs: string[] = [];
	page.on("console", (m) => {
		if (m.type() === "error") errors.push(`console: ${m.text()}`);
	});
	page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
	page.on("dialog", (d) => {
		dialogs.push(`${d.type()}: ${d.message()}`);
		void d.dismiss();
	});
	return {
		context,
		page,
		errors,
		dialogs,
		async close() {
			await context.close().catch(() => {});
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** The served production build: from globalSetup when configured, else built here. */
export async function server(): Promise<Served> {
	let url: string | undefined;
	try {
		url = inject("e2eUrl");
	} catch {
		url = undefined;
	}
	if (url) return { url, stop: async () => {} };
	return buildAndServe();
}
