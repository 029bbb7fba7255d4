// Replay: the map driven by a replay. The app plays the replay's turns through the bus exactly
// like live turns ("gameLoaded", then "turnResolved" per step), so this is the Map scene with a
// marker saying so.
import * as Phaser from "phaser";
import { bus } from "../../app/bus";
import { getLand } from "../assets";
import { SCENES } from "../keys";
import { MapControls } from "../map/controls";
import { mapText } from "../map/text";
import { MapView } from "../map/view";
import { wireMapView } from "./wire";

export class Replay extends Phaser.Scene {
	constructor() {
		super(SCENES.Replay);
	}

	create(): void {
		const view = new MapView(this, getLand(), { game: true, ladder: true });
		new MapControls(view, bus, { pick: true });
		wireMapView(view, { animate: true, selection: true, insets: true });
		const d = view.ctx.dpr;
		const badge = mapText(this, d, "● REPLAY", { size: 11, colour: 0xffc857, weight: 800, halo: 3, originX: 1, originY: 1 });
		view.ctx.overlay.add(badge);
		const place = () => {
			const { right, bottom } = view.ctx.insets;
			badge.setPosition(Math.round(this.scale.width - right - 16 * d), Math.round(this.scale.height - bottom - 14 * d));
		};
		place();
		this.events.on(Phaser.Scenes.Events.UPDATE, place);
		view.fadeIn(350);
	}
}
