// Optional vitest globalSetup for the e2e project: build and serve once for all e2e files.
// vitest.config.ts: projects[e2e].test.globalSetup = ["tests/e2e/globalSetup.ts"].
import type { TestProject } from "vitest/node";
import { buildAndServe, type Served } from "./server";

let served: Served | null = null;

export async function setup(project: TestProject): Promise<void> {
	served = await buildAndServe();
	project.provide("e2eUrl", served.url);
}

export async function teardown(): Promise<void> {
	await served?.stop();
	served = null;
}

declare module "vitest" {
	export interface ProvidedContext {
		e2eUrl: string;
	}
}
