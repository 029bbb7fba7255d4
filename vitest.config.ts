import { defineConfig } from "vitest/config";

// Two projects: fast Node tests, and end-to-end tests in the system's Chromium (one at a time,
// against a production build; see tests/e2e).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: "unit",
					include: ["tests/**/*.test.ts"],
					exclude: ["tests/e2e/**", "node_modules/**"],
					environment: "node",
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: "e2e",
					include: ["tests/e2e/**/*.e2e.test.ts"],
					environment: "node",
					testTimeout: 180_000,
					hookTimeout: 180_000,
					fileParallelism: false,
				},
			},
		],
	},
});
