// Map: the game. Pan, zoom, pick regions and producers; turns animate as they resolve.
import * as Phaser from "phaser";
import { bus } from "../../app/bus";
import { getLand } from "../assets";
import { SCENES } from "../keys";
import { MAP_INTERACTIVE, markOnce } from "../marks";
import { MapControls } from "../map/controls";
import { MapView } from "../map/view";
import { wireMapView } from "./wire";

export class MapScene extends Phaser.Scene {
	view!: MapView;

	constructor() {
		super(SCENES.Map);
	}

	create(): void {
		this.view = new MapView(this, getLand(), { game: true, ladder: true });
		new MapControls(this.view, bus, { pick: true });
		wireMapView(this.view, { animate: true, selection: true, insets: true });
		this.game.canvas.style.cursor = "grab";
		this.view.fadeIn(350);
		// the first frame drawn with the map, its controls listening (read by the browser bench)
		this.game.events.once(Phaser.Core.Events.POST_RENDER, () => markOnce(MAP_INTERACTIVE));
	}
}
