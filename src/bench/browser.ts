// Browser figures for `npm run bench -- --browser` (page load, frame time, bundle size): a hook
// for the browser engineers to fill (they need a build and Chromium). Until then it says so.

export interface BrowserFigures {
	/** Lines to print under "browser". */
	lines: string[];
}

/** Measures the browser build, or returns null when not available here. */
export function browserFigures(): BrowserFigures | null {
	return null;
}
