// End: the final state as a dimmed backdrop under the DOM debrief, easing out to the whole chart.
import * as Phaser from "phaser";
import { getLand } from "../assets";
import { SCENES } from "../keys";
import { MapView } from "../map/view";
import { fitView } from "../map/viewMath";
import { wireMapView } from "./wire";

export class End extends Phaser.Scene {
	constructor() {
		super(SCENES.End);
	}

	create(): void {
		const view = new MapView(this, getLand(), { game: true, ladder: true, vignette: true });
		wireMapView(view, { animate: false, selection: false });
		const whole = fitView(view.viewport(), view.worldRect(), 40 * view.ctx.dpr);
		view.setView(whole, 4000);
		view.fadeIn(600);
		// dim the chart so the debrief reads on top
		view.setDim(0.72);
	}
}
