// Briefing: the map with the game on it, closing in on the player's home region while the DOM
// briefing is read. No picking: the briefing panel owns the input.
import * as Phaser from "phaser";
import { getLand } from "../assets";
import { SCENES } from "../keys";
import { MapView } from "../map/view";
import { wireMapView } from "./wire";

export class Briefing extends Phaser.Scene {
	constructor() {
		super(SCENES.Briefing);
	}

	create(): void {
		const view = new MapView(this, getLand(), { game: true, ladder: true });
		const focus = () => {
			const model = view.model;
			const home = model?.player ? model.homes.get(model.player) : undefined;
			const h = view.homeView();
			view.setView(h);
			if (!home) return;
			view.setSelection({ kind: "region", id: home.region });
			view.setView({ cx: home.x, cy: home.y, zoom: h.zoom * 1.9 }, 2600);
		};
		wireMapView(view, { animate: false, selection: false, onLoaded: focus });
		view.fadeIn(500);
	}
}
