// Second half of the engine purity lint (Biome covers imports and globals):
// member calls Biome cannot forbid, e.g. Math.random. DESIGN.md, "Deterministic".
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const banned = [
	[/\bMath\.random\b/, "Math.random: use a seeded stream from rng.ts"],
	[/\bDate\.now\b|\bnew Date\b/, "Date: no clocks in the engine"],
	[/\bperformance\.now\b/, "performance.now: no clocks in the engine"],
	[/from\s+["'](node:[^"']+|fs|path|os|crypto|worker_threads|phaser)["']/, "import of a Node/Phaser module"],
	[/\b(document|window)\./, "DOM access"],
];

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? walk(p) : p.endsWith(".ts") && !p.endsWith(".test.ts") ? [p] : [];
	});
}

const problems = [];
for (const file of walk("src/engine")) {
	readFileSync(file, "utf8")
		.split("\n")
		.forEach((line, i) => {
			if (/^\s*(\/\/|\*)/.test(line)) return;
			for (const [re, why] of banned) if (re.test(line)) problems.push(`${file}:${i + 1}: ${why}`);
		});
}
if (problems.length) {
	console.error(problems.join("\n"));
	process.exit(1);
}
