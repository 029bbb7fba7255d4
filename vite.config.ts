// Vite build for the browser game (vitest has its own config: vitest.config.ts).
import { defineConfig } from "vite";

export default defineConfig({
	base: "./",
	build: {
		target: "es2022",
		outDir: "dist",
		assetsInlineLimit: 4096,
		chunkSizeWarningLimit: 1500,
		rolldownOptions: {
			output: {
				// Phaser in its own long-lived chunk: it changes far less often than the game.
				codeSplitting: {
					groups: [{ name: "phaser", test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
				},
			},
		},
	},
	worker: { format: "es" },
});
