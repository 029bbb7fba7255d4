// A soft darkening toward the screen's edges, for backdrops under DOM panels (menu, end).
import type * as Phaser from "phaser";
import type { MapLayer, ViewContext } from "./layer";
import { ensureSprite } from "./sprites";

export class Vignette implements MapLayer {
	private image: Phaser.GameObjects.Image;

	constructor(ctx: ViewContext, strength = 0.8) {
		const key = ensureSprite(ctx.scene, `vignette-${strength}`, 256, 256, (c) => {
			const g = c.createRadialGradient(128, 128, 40, 128, 128, 182);
			g.addColorStop(0, "rgba(4,8,14,0)");
			g.addColorStop(0.6, `rgba(4,8,14,${strength * 0.35})`);
			g.addColorStop(1, `rgba(4,8,14,${strength})`);
			c.fillStyle = g;
			c.fillRect(0, 0, 256, 256);
		});
		this.image = ctx.scene.add.image(0, 0, key).setOrigin(0, 0).setDepth(900);
		ctx.overlay.add(this.image);
		this.onView(ctx);
	}

	onView(ctx: ViewContext): void {
		this.image.setDisplaySize(ctx.viewport.width, ctx.viewport.height);
	}

	destroy(): void {
		this.image.destroy();
	}
}
