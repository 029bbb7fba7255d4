// Producers (mines, refineries, magnet plants, seabed deposits) at their lon/lat, in the owner's
// colour; hollow while inactive. Those outside the frame sit at its edge in their true direction,
// labelled "Mt Weld (Australia) ↓". A producer feeding its own faction on the spot carries a home
// mark (routes.ts draws its ring): its label and the labels around stand clear of it.
import type * as Phaser from "phaser";
import { FloatingLabel, SPOTS, type Spot, boxAround } from "./labels";
import type { MapLayer, ViewContext } from "./layer";
import { type MapModel, type PlacedProducer, lookOf } from "./model";
import { type Pin, placePin } from "./pins";
import { producerLabel } from "./places";
import { HOME_RING, homeMarkedProducers } from "./routeLayout";
import { producerSprite } from "./sprites";
import { mapLabel } from "./labelAtlas";
import type { Rect } from "./viewMath";

interface ProducerPin {
	id: string;
	/** Radius it keeps other labels away from, CSS px: wider round a home mark's ring. */
	reach: number;
	pin: Pin;
	box: Phaser.GameObjects.Container;
	label: FloatingLabel;
}

/** Label spots for a producer: inward first for one on the frame's edge; `g` from the pin, CSS px. */
function spotsFor(p: PlacedProducer, g: number): Spot[] {
	switch (p.edge?.side) {
		case "right":
			return [SPOTS.left(g), { dx: -6, dy: -g - 2, ox: 1, oy: 1 }, { dx: -6, dy: g + 2, ox: 1, oy: 0 }];
		case "left":
			return [SPOTS.right(g), { dx: 6, dy: -g - 2, ox: 0, oy: 1 }, { dx: 6, dy: g + 2, ox: 0, oy: 0 }];
		case "bottom":
			return [SPOTS.above(g), { dx: g - 2, dy: 2 - g, ox: 0, oy: 1 }, { dx: 2 - g, dy: 2 - g, ox: 1, oy: 1 }];
		case "top":
			return [SPOTS.below(g), { dx: g - 2, dy: g - 2, ox: 0, oy: 0 }, { dx: 2 - g, dy: g - 2, ox: 1, oy: 0 }];
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
		const marked = homeMarkedProducers(model);
		for (const p of model.producers.values()) {
			const ring = marked.has(p.producer.id);
			const active = model.state.producers[p.producer.id]?.active ?? p.producer.active;
			const owner = lookOf(model, p.producer.owner);
			const box = scene.add.container(0, 0);
			overlay.add(box);
			box.add(scene.add.image(0, 0, producerSprite(scene, p.producer.kind, owner.colour, !active, dpr)));
			const edge = p.edge !== null;
			const text = mapLabel(scene, dpr, producerLabel(p), {
				size: edge ? 11.5 : 10.5,
				colour: active ? owner.text : 0x9aa8b6,
				weight: edge ? 600 : 500,
				italic: !active,
				halo: 2.5,
			});
			overlay.add(text);
			const mine = model.player !== null && p.producer.owner === model.player;
			const priority = (edge ? 320 : 120) + (mine ? 40 : 0);
			const spots = spotsFor(p, ring ? HOME_RING.radius + 5 : 10);
			const label = new FloatingLabel(`producer:${p.producer.id}`, text, p.x, p.y, priority, spots);
			const reach = ring ? HOME_RING.radius + 3 : 7;
			this.pins.push({ id: p.producer.id, reach, pin: { obj: box, wx: p.x, wy: p.y, dx: 0, dy: 0 }, box, label });
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
		return this.pins.map((p) => boxAround(p.box.x, p.box.y, p.reach * ctx.dpr));
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
