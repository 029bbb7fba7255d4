// Preloader: waits for the map geometry (its download started with the page, assets.ts) with a
// progress bar on the canvas and "progress" on the bus, then emits "ready" (the router then shows
// whatever the app asked for, or the menu).
import * as Phaser from "phaser";
import { bus } from "../../app/bus";
import { requestLand, setLand } from "../assets";
import { SCENES } from "../keys";
import { PALETTE } from "../map/colour";
import { decodeLand } from "../map/geometry";
import { mapText } from "../map/text";

export class Preloader extends Phaser.Scene {
	private bar!: Phaser.GameObjects.Graphics;
	private label!: Phaser.GameObjects.Text;

	constructor() {
		super(SCENES.Preloader);
	}

	preload(): void {
		const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
		this.cameras.main.setBackgroundColor(PALETTE.table);
		this.bar = this.add.graphics();
		this.label = mapText(this, dpr, "Charting the Western Pacific…", {
			size: 13,
			colour: 0x9fb0c1,
			weight: 500,
			halo: 0,
		});
		this.add.existing(this.label);
		this.draw(0, dpr);
		bus.emit("progress", { value: 0, label: "Loading the map" });
	}

	private draw(value: number, dpr: number): void {
		const w = this.scale.width;
		const h = this.scale.height;
		const bw = Math.round(260 * dpr);
		const bh = Math.max(2, Math.round(3 * dpr));
		const x = Math.round((w - bw) / 2);
		const y = Math.round(h / 2);
		const g = this.bar;
		g.clear();
		g.fillStyle(0x1b2a3b, 1);
		g.fillRect(x, y, bw, bh);
		g.fillStyle(PALETTE.flowing, 1);
		g.fillRect(x, y, Math.round(bw * value), bh);
		this.label.setPosition(Math.round(w / 2), Math.round(y - 18 * dpr));
	}

	create(): void {
		const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
		requestLand().then(
			(raw) => {
				if (!this.sys.isActive()) return;
				try {
					setLand(decodeLand(raw));
				} catch (e) {
					this.label.setText(e instanceof Error ? e.message : "The map data is damaged.");
					bus.emit("progress", { value: 0, label: "The map data is damaged" });
					return;
				}
				this.draw(1, dpr);
				bus.emit("progress", { value: 1, label: "Ready" });
				// after this callback: the router stops this scene on "ready"
				queueMicrotask(() => bus.emit("ready", {}));
			},
			() => {
				if (!this.sys.isActive()) return;
				this.label.setText("The map could not be loaded. Check the connection and reload.");
				bus.emit("progress", { value: 0, label: "The map could not be loaded" });
			},
		);
	}
}
