// Producers (mines, refineries, magnet plants, seabed deposits) at their lon/lat, in the owner's
// colour; hollow while inactive. Those outside the frame sit at its edge in their true direction,
// labelled "Mt Weld (Australia) ↓".
import type * as Phaser from "phaser";
import { FloatingLabel, SPOTS, type Spot, boxAround } from "./labels";
import type { MapLayer, ViewContext } from "./layer";
import { type MapModel, type PlacedProducer, lookOf } from "./model";
import { type Pin, placePin } from "./pins";
import { producerLabel } from "./places";
import { producerSprite } from "./sprites";
import { mapText } from "./text";
import type { Rect } from "./viewMath";

interface ProducerPin {
	id: string;
	pin: Pin;
	box: Phaser.GameObjects.Container;
	label: FloatingLabel;
}

/** Label spots for a producer: inward first for one on the frame's edge. */
function spotsFor(p: PlacedProducer): Spot[] {
	const g = 10;
	switch (p.edge?.side) {
		case "right":
			return [SPOTS.left(g), { dx: -6, dy: -12, ox: 1, oy: 1 }, { dx: -6, dy: 12, ox: 1, oy: 0 }];
		case "left":
			return [SPOTS.right(g), { dx: 6, dy: -12, ox: 0, oy: 1 }, { dx: 6, dy: 12, ox: 0, oy: 0 }];
		case "bottom":
			return [SPOTS.above(g), { dx: 8, dy: -8, ox: 0, oy: 1 }, { dx: -8, dy: -8, ox: 1, oy: 1 }];
		case "top":
			return [SPOTS.below(g), { dx: 8, dy: 8, ox: 0, oy: 0 }, { dx: -8, dy: 8, ox: 1, oy: 0 }];
		default:
			return [SPOTS.right(g), SPOTS.left(g), SPOTS.below(g), SPOTS.above(g)];
	}
}

export class ProducerPins implements MapLayer {
	private pins: ProducerPin[] = [];

	constructor(private ctx: ViewContext) {}

	setModel(model: MapModel): void {
		this.clear();
		const { scene, dpr, overlay } = this.ctx;
		for (const p of model.producers.values()) {
			const active = model.state.producers[p.producer.id]?.active ?? p.producer.active;
			const owner = lookOf(model, p.producer.owner);
			const box = scene.add.container(0, 0);
			overlay.add(box);
			box.add(scene.add.image(0, 0, producerSprite(scene, p.producer.kind, owner.colour, !active, dpr)));
			const edge = p.edge !== null;
			const text = mapText(scene, dpr, producerLabel(p), {
				size: edge ? 11.5 : 10.5,
				colour: active ? owner.text : 0x9aa8b6,
				weight: edge ? 600 : 500,
				italic: !active,
				halo: 2.5,
			});
			overlay.add(text);
			const mine = model.player !== null && p.producer.owner === model.player;
			const priority = (edge ? 320 : 120) + (mine ? 40 : 0);
			const label = new FloatingLabel(`producer:${p.producer.id}`, text, p.x, p.y, priority, spotsFor(p));
			this.pins.push({ id: p.producer.id, pin: { obj: box, wx: p.x, wy: p.y, dx: 0, dy: 0 }, box, label });
		}
		this.onView(this.ctx);
	}

	onView(ctx: ViewContext): void {
		for (const p of this.pins) {
			placePin(p.pin, ctx);
			p.label.onView(ctx);
		}
	}

	labels(): FloatingLabel[] {
		return this.pins.map((p) => p.label);
	}

	obstacles(ctx: ViewContext): Rect[] {
		return this.pins.map((p) => boxAround(p.box.x, p.box.y, 7 * ctx.dpr));
	}

	anchors(): { id: string; x: number; y: number }[] {
		return this.pins.map((p) => ({ id: p.id, x: p.box.x, y: p.box.y }));
	}

	private clear(): void {
		for (const p of this.pins) {
			p.box.destroy();
			p.label.destroy();
		}
		this.pins = [];
	}

	destroy(): void {
		this.clear();
	}
}
