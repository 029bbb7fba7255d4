// Preloader: waits for the map geometry (loading since the page started, assets.ts) with a
// progress bar on the canvas and "progress" on the bus, then emits "ready" (the router then shows
// whatever the app asked for, or the menu). When the geometry is already in, nothing is drawn: the
// next frame shows the screen asked for.
import * as Phaser from "phaser";
import { bus } from "../../app/bus";
import { LandError, hasLand, loadLand } from "../assets";
import { SCENES } from "../keys";
import { PALETTE } from "../map/colour";
import { mapText } from "../map/text";

export class Preloader extends Phaser.Scene {
	private bar: Phaser.GameObjects.Graphics | null = null;
	private label: Phaser.GameObjects.Text | null = null;

	constructor() {
		super(SCENES.Preloader);
	}

	preload(): void {
		this.cameras.main.setBackgroundColor(PALETTE.table);
		this.bar = null;
		this.label = null;
		bus.emit("progress", { value: 0, label: "Loading the map" });
		if (!hasLand()) this.draw(0);
	}

	/** The bar and its caption, created on first use. */
	private show(text?: string): Phaser.GameObjects.Text {
		const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
		this.bar ??= this.add.graphics();
		if (!this.label) {
			this.label = mapText(this, dpr, "Charting the Western Pacific…", {
				size: 13,
				colour: 0x9fb0c1,
				weight: 500,
				halo: 0,
			});
			this.add.existing(this.label);
		}
		if (text !== undefined) this.label.setText(text);
		return this.label;
	}

	private draw(value: number): void {
		const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
		const label = this.show();
		const w = this.scale.width;
		const h = this.scale.height;
		const bw = Math.round(260 * dpr);
		const bh = Math.max(2, Math.round(3 * dpr));
		const x = Math.round((w - bw) / 2);
		const y = Math.round(h / 2);
		const g = this.bar;
		if (!g) return;
		g.clear();
		g.fillStyle(0x1b2a3b, 1);
		g.fillRect(x, y, bw, bh);
		g.fillStyle(PALETTE.flowing, 1);
		g.fillRect(x, y, Math.round(bw * value), bh);
		label.setPosition(Math.round(w / 2), Math.round(y - 18 * dpr));
	}

	create(): void {
		loadLand().then(
			() => {
				if (!this.sys.isActive()) return;
				if (this.bar) this.draw(1);
				bus.emit("progress", { value: 1, label: "Ready" });
				// after this callback: the router stops this scene on "ready"
				queueMicrotask(() => bus.emit("ready", {}));
			},
			(e: unknown) => {
				if (!this.sys.isActive()) return;
				this.draw(0);
				if (e instanceof LandError && e.kind === "decode") {
					this.show(e.message || "The map data is damaged.");
					bus.emit("progress", { value: 0, label: "The map data is damaged" });
				} else {
					this.show("The map could not be loaded. Check the connection and reload.");
					bus.emit("progress", { value: 0, label: "The map could not be loaded" });
				}
			},
		);
	}
}
