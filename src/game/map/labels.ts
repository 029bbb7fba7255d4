// Labels that float beside a world point and may move to another side (or hide) to avoid
// overlapping other labels and icons; MapView runs the placement when the zoom or the data change.
import type * as Phaser from "phaser";
import type { ViewContext } from "./layer";
import type { LabelSlot, Rect } from "./viewMath";

/** A place for a label: offset from the anchor in CSS px, and the text's origin. */
export interface Spot {
	dx: number;
	dy: number;
	ox: number;
	oy: number;
}

export const SPOTS = {
	right: (gap: number): Spot => ({ dx: gap, dy: 0, ox: 0, oy: 0.5 }),
	left: (gap: number): Spot => ({ dx: -gap, dy: 0, ox: 1, oy: 0.5 }),
	above: (gap: number): Spot => ({ dx: 0, dy: -gap, ox: 0.5, oy: 1 }),
	below: (gap: number): Spot => ({ dx: 0, dy: gap, ox: 0.5, oy: 0 }),
	centre: (): Spot => ({ dx: 0, dy: 0, ox: 0.5, oy: 0.5 }),
};

export class FloatingLabel {
	private spot = 0;
	/** Whether the placement shows it (it is also hidden while off screen). */
	private placed = true;

	constructor(
		readonly id: string,
		readonly text: Phaser.GameObjects.Image | Phaser.GameObjects.Text,
		public wx: number,
		public wy: number,
		public priority: number,
		public spots: Spot[],
	) {
		this.applySpot(spots[0]);
	}

	private anchor(ctx: ViewContext): [number, number] {
		const [x, y] = ctx.toScreen(this.wx, this.wy);
		return [Math.round(x), Math.round(y)];
	}

	private applySpot(s: Spot): void {
		this.text.setOrigin(s.ox, s.oy);
	}

	slot(ctx: ViewContext): LabelSlot {
		const [ax, ay] = this.anchor(ctx);
		const w = this.text.displayWidth;
		const h = this.text.displayHeight;
		const d = ctx.dpr;
		return {
			id: this.id,
			priority: this.priority,
			candidates: this.spots.map((s) => ({ x: ax + s.dx * d - w * s.ox, y: ay + s.dy * d - h * s.oy, width: w, height: h })),
		};
	}

	/** Shows the label at the chosen spot, or hides it (undefined). */
	place(index: number | undefined, ctx: ViewContext): void {
		this.placed = index !== undefined;
		if (index === undefined) {
			this.text.setVisible(false);
			return;
		}
		this.spot = index;
		this.applySpot(this.spots[index]);
		this.onView(ctx);
	}

	/** Hides it until the next placement shows it. */
	hide(): void {
		this.placed = false;
		this.text.setVisible(false);
	}

	onView(ctx: ViewContext): void {
		const [ax, ay] = this.anchor(ctx);
		const s = this.spots[this.spot];
		const w = this.text.displayWidth;
		const h = this.text.displayHeight;
		// whole pixels for the text's top-left corner: sharp glyphs
		const left = Math.round(ax + s.dx * ctx.dpr - w * s.ox);
		const top = Math.round(ay + s.dy * ctx.dpr - h * s.oy);
		this.text.setPosition(left + w * s.ox, top + h * s.oy);
		// drawn only while placed and on screen
		const vp = ctx.viewport;
		this.text.setVisible(this.placed && left < vp.width && top < vp.height && left + w > 0 && top + h > 0);
	}

	destroy(): void {
		this.text.destroy();
	}
}

/** A square box around a screen point (for obstacles such as markers). */
export function boxAround(x: number, y: number, r: number): Rect {
	return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}
