// Menu: the chart as a backdrop under the DOM menu, drifting slowly over the theatre.
import * as Phaser from "phaser";
import { getLand } from "../assets";
import { SCENES } from "../keys";
import { projection } from "../map/projection";
import { MapView, THEATRE, lonLatRect } from "../map/view";

/** A slow, endless drift: a Lissajous path around the theatre's centre (world units, seconds). */
export function driftAt(seconds: number, cx: number, cy: number, ax: number, ay: number): { cx: number; cy: number } {
	return { cx: cx + ax * Math.sin(seconds * 0.021), cy: cy + ay * Math.sin(seconds * 0.013 + 1.1) };
}

export class Menu extends Phaser.Scene {
	private view!: MapView;
	private t = 0;

	constructor() {
		super(SCENES.Menu);
	}

	create(): void {
		this.view = new MapView(this, getLand(), { game: false, ladder: false, vignette: true });
		this.t = 0;
		this.view.fadeIn(600);
	}

	override update(_time: number, delta: number): void {
		if (this.view.reducedMotion) return;
		this.t += delta / 1000;
		const r = lonLatRect(THEATRE);
		const home = this.view.homeView();
		const { cx, cy } = driftAt(this.t, r.x + r.width / 2, r.y + r.height / 2, projection.width * 0.08, projection.height * 0.06);
		this.view.setView({ cx, cy, zoom: home.zoom * 1.25 });
	}
}
