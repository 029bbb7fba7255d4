// The system's Chromium through playwright-core (never a downloaded browser), a fresh profile per
// launch (src/bench/chromium.ts, shared with the browser bench), and collection of console errors
// and page errors.
import type { BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { launchChromium } from "../../src/bench/chromium";
import { buildAndServe, type Served } from "./server";

export { CHROMIUM } from "../../src/bench/chromium";

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
	const launched = await launchChromium(viewport, { acceptDownloads: true });
	const { context, page } = launched;
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
		close: () => launched.close(),
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
	if (url) return { url, outDir: "", stop: async () => {} };
	return buildAndServe();
}
