// Chart labels from the map asset: spaced capitals for countries, italics for seas. Lower-ranked
// labels appear as the map zooms in; everything else wins an overlap.
import { PALETTE } from "./colour";
import type { ChartLabel } from "./geometry";
import { FloatingLabel, SPOTS } from "./labels";
import type { MapLayer, ViewContext } from "./layer";
import { mapLabel } from "./labelAtlas";
import { spaced } from "./text";

/** Zoom (device px per world unit, per unit of device pixel ratio) from which each rank shows. */
const MIN_ZOOM = [0, 0, 0.3, 0.45];

export class ChartLabels implements MapLayer {
	/** Each label's text is made the first time the zoom shows it (a text costs 2-6 ms to make). */
	private items: { label: ChartLabel; floating: FloatingLabel | null }[] = [];

	constructor(
		private ctx: ViewContext,
		labels: readonly ChartLabel[],
	) {
		this.items = labels.map((label) => ({ label, floating: null }));
	}

	private make(l: ChartLabel): FloatingLabel {
		const ctx = this.ctx;
		const country = l.kind === "country";
		const text = mapLabel(ctx.scene, ctx.dpr, country ? spaced(l.text) : spaced(l.text.toLowerCase()), {
			size: country ? ([0, 15, 12.5, 11][l.rank] ?? 11) : ([0, 12.5, 11.5, 10.5][l.rank] ?? 10.5),
			colour: country ? PALETTE.countryLabel : PALETTE.seaLabel,
			weight: country ? 600 : 500,
			italic: !country,
			halo: 2.5,
			alpha: country ? 0.62 : 0.8,
		});
		ctx.overlay.add(text);
		return new FloatingLabel(`chart:${l.text}`, text, l.x, l.y, 10 - l.rank, [SPOTS.centre()]);
	}

	onView(ctx: ViewContext): void {
		for (const i of this.items) i.floating?.onView(ctx);
	}

	labels(ctx: ViewContext): FloatingLabel[] {
		const out: FloatingLabel[] = [];
		for (const i of this.items) {
			if (ctx.view.zoom / ctx.dpr >= (MIN_ZOOM[i.label.rank] ?? 0.45)) {
				if (!i.floating) {
					i.floating = this.make(i.label);
					i.floating.onView(ctx);
				}
				out.push(i.floating);
			} else i.floating?.hide();
		}
		return out;
	}

	destroy(): void {
		for (const i of this.items) i.floating?.destroy();
	}
}
