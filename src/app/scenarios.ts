// The scenarios the browser knows: the built-in ones plus, at most, one loaded from a file.
import type { Scenario } from "../engine";
import { builtinScenarios, getBuiltinScenario, loadScenario } from "../scenario";
import { trustedBuiltinScenario } from "../scenario/builtinBrowser";

export interface ScenarioEntry {
	id: string;
	name: string;
	summary: string;
	builtin: boolean;
}

export interface LoadedScenario {
	scenario: Scenario;
	hash: string;
	/** The file text, for custom scenarios (kept so an autosave on it can be continued). */
	text?: string;
}

export class ScenarioLibrary {
	private cache = new Map<string, LoadedScenario>();
	private custom: LoadedScenario | null = null;

	list(): ScenarioEntry[] {
		const out: ScenarioEntry[] = builtinScenarios.map((b) => ({
			id: b.id,
			name: b.name,
			summary: b.summary,
			builtin: true,
		}));
		if (this.custom && !out.some((e) => e.id === this.custom?.scenario.id)) {
			const s = this.custom.scenario;
			out.push({ id: s.id, name: s.name, summary: s.summary, builtin: false });
		}
		return out;
	}

	ids(): string[] {
		return this.list().map((e) => e.id);
	}

	get(id: string): LoadedScenario | null {
		if (this.custom && this.custom.scenario.id === id) return this.custom;
		const hit = this.cache.get(id);
		if (hit) return hit;
		if (!builtinScenarios.some((b) => b.id === id)) return null;
		// in a production build, the built-ins the build validated (src/scenario/builtinBrowser.ts)
		const trusted = trustedBuiltinScenario(id);
		if (trusted) {
			this.cache.set(id, trusted);
			return trusted;
		}
		const loaded = getBuiltinScenario(id);
		if (!loaded?.ok) return null;
		const entry = { scenario: loaded.scenario, hash: loaded.hash };
		this.cache.set(id, entry);
		return entry;
	}

	isCustom(id: string): boolean {
		return this.custom !== null && this.custom.scenario.id === id;
	}

	/** Parse a scenario file; on success it becomes the custom scenario. */
	loadCustom(text: string): { ok: true; entry: LoadedScenario; warnings: string[] } | { ok: false; errors: string[] } {
		const checked = checkScenarioText(text);
		if (!checked.ok) return checked;
		if (builtinScenarios.some((b) => b.id === checked.entry.scenario.id)) {
			// A modified copy of a built-in must not shadow it silently: it gets its own id.
			checked.entry.scenario = { ...checked.entry.scenario, id: `${checked.entry.scenario.id}-custom` };
		}
		this.custom = checked.entry;
		return checked;
	}

	setCustom(entry: LoadedScenario | null): void {
		this.custom = entry;
	}

	getCustom(): LoadedScenario | null {
		return this.custom;
	}
}

export function checkScenarioText(
	text: string,
): { ok: true; entry: LoadedScenario; warnings: string[] } | { ok: false; errors: string[] } {
	const result = loadScenario(text);
	if (!result.ok) {
		return {
			ok: false,
			errors: result.errors.map(
				(e) => `${e.path || "(file)"}: ${e.message}${e.suggestion ? ` (${e.suggestion})` : ""}`,
			),
		};
	}
	return {
		ok: true,
		entry: { scenario: result.scenario, hash: result.hash, text },
		warnings: result.warnings.map((w) => `${w.path}: ${w.message}`),
	};
}
