// Boot: nothing to load before the Preloader can draw; hand over at once.
import * as Phaser from "phaser";
import { SCENES } from "../keys";

export class Boot extends Phaser.Scene {
	constructor() {
		super(SCENES.Boot);
	}

	create(): void {
		this.cameras.main.setBackgroundColor(0x04080e);
		this.scene.start(SCENES.Preloader);
	}
}
