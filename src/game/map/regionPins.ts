// Regions at their real lon/lat: land regions as markers in the owner's colour, every region named,
// and the forces there as chips (a shield for the owner's base, a chevron for a deployment), each in
// the faction's colour with its unit count.
import type * as Phaser from "phaser";
import type { GameState, RegionId } from "../../engine";
import { PALETTE } from "./colour";
import type { MapLayer, ViewContext } from "./layer";
import { type MapModel, forceChips, lookOf } from "./model";
import { type Pin, placePin } from "./pins";
import { FloatingLabel, SPOTS, boxAround } from "./labels";
import { CHIP, chipSprite, markerSprite } from "./sprites";
import { mapLabel, restyleLabel } from "./labelAtlas";
import { mapText, type TextOptions } from "./text";
import type { Rect } from "./viewMath";

const SEA_LABEL = 0xb9d3ea;

/** How a region's name looks: land in bold, seas in italics, the selected one in the selection colour. */
function nameLook(isLand: boolean, selected: boolean): TextOptions {
	return {
		size: isLand ? 12.5 : 11.5,
		colour: selected ? PALETTE.selection : isLand ? PALETTE.regionLabel : SEA_LABEL,
		weight: isLand ? 700 : 500,
		italic: !isLand,
		halo: 3,
	};
}

interface RegionPin {
	id: RegionId;
	kind: "land" | "sea";
	pin: Pin;
	box: Phaser.GameObjects.Container;
	marker: Phaser.GameObjects.Image | null;
	markerR: number;
	label: FloatingLabel;
	name: string;
	nameText: Phaser.GameObjects.Image;
	basePriority: number;
	chips: Phaser.GameObjects.Container;
	chipsW: number;
}

export class RegionPins implements MapLayer {
	private pins: RegionPin[] = [];
	private model: MapModel | null = null;
	private selected: RegionId | null = null;
	/** The unit counts' texts by number (never on screen themselves: chips show their textures). */
	private counts = new Map<number, Phaser.GameObjects.Text>();

	constructor(private ctx: ViewContext) {}

	setModel(model: MapModel): void {
		this.clear();
		this.model = model;
		const { scene, dpr, overlay } = this.ctx;
		for (const p of model.regions.values()) {
			const r = p.region;
			const isLand = r.kind === "land";
			const box = scene.add.container(0, 0);
			overlay.add(box);
			let marker: Phaser.GameObjects.Image | null = null;
			if (isLand) {
				marker = scene.add.image(0, 0, "__WHITE");
				box.add(marker);
			}
			const chips = scene.add.container(isLand ? Math.round(9 * dpr) : 0, Math.round((isLand ? 19 : 18) * dpr));
			box.add(chips);
			const text = mapLabel(scene, dpr, r.name, nameLook(isLand, false));
			overlay.add(text);
			const owner = model.state.regions[r.id]?.owner ?? r.owner;
			const home = model.homes.get(model.player ?? "")?.region === r.id;
			const basePriority =
				(isLand ? 500 : 200) + r.value * 10 + (home ? 300 : 0) + (owner && owner === model.player ? 60 : 0);
			const spots = isLand
				? [SPOTS.right(10), SPOTS.left(10), SPOTS.above(11), { dx: 0, dy: 30, ox: 0.5, oy: 0 }]
				: [SPOTS.centre(), SPOTS.above(12), { dx: 0, dy: 30, ox: 0.5, oy: 0 }, SPOTS.right(14), SPOTS.left(14)];
			const label = new FloatingLabel(`region:${r.id}`, text, p.x, p.y, basePriority, spots);
			this.pins.push({
				id: r.id,
				kind: r.kind,
				pin: { obj: box, wx: p.x, wy: p.y, dx: 0, dy: 0 },
				box,
				marker,
				markerR: (3.8 + r.value * 0.22 + 2.5) * dpr,
				label,
				name: r.name,
				nameText: text,
				basePriority,
				chips,
				chipsW: 0,
			});
		}
		this.setState(model.state);
		this.restyle();
		this.onView(this.ctx);
	}

	/** Redraws owners and forces for a state (the turn animation switches state mid-way). */
	setState(state: GameState): void {
		const model = this.model;
		if (!model) return;
		const { scene, dpr } = this.ctx;
		for (const p of this.pins) {
			const region = model.regions.get(p.id)!.region;
			if (p.marker) {
				const owner = lookOf(model, state.regions[p.id]?.owner ?? null);
				const radius = Math.round((3.8 + region.value * 0.22) * 2) / 2;
				p.marker.setTexture(markerSprite(scene, owner.colour, radius, dpr));
			}
			p.chips.removeAll(true);
			const chips = forceChips(model, state, p.id, p.kind);
			const w = CHIP.width * dpr;
			const gap = 4 * dpr;
			const total = chips.length * w + Math.max(0, chips.length - 1) * gap;
			p.chipsW = total;
			let x = p.kind === "land" ? 0 : -total / 2;
			for (const c of chips) {
				const look = lookOf(model, c.faction);
				const chip = scene.add.container(Math.round(x), 0);
				const bg = scene.add.image(0, 0, chipSprite(scene, look.colour, c.kind, dpr)).setOrigin(0, 0.5);
				const n = scene.add.image(Math.round(16 * dpr), 0, this.count(c.units)).setOrigin(0, 0.5);
				chip.add([bg, n]);
				p.chips.add(chip);
				x += w + gap;
			}
		}
	}

	/**
	 * The texture of a chip's unit count: one text drawn per number and shared by every chip that
	 * shows it (a text object each cost a canvas, a texture and a draw; the map shows about 20).
	 */
	private count(units: number): Phaser.Textures.Texture {
		let t = this.counts.get(units);
		if (!t) {
			t = mapText(this.ctx.scene, this.ctx.dpr, String(units), {
				size: 11,
				colour: 0xf1f5f9,
				weight: 700,
				halo: 0,
				originX: 0,
				originY: 0.5,
			});
			this.counts.set(units, t);
		}
		return t.texture;
	}

	setSelected(id: RegionId | null): void {
		this.selected = id;
		this.restyle();
	}

	private restyle(): void {
		for (const p of this.pins) {
			const sel = p.id === this.selected;
			restyleLabel(p.nameText, this.ctx.dpr, p.name, nameLook(p.kind === "land", sel));
			p.label.priority = p.basePriority + (sel ? 10000 : 0);
		}
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
		const d = ctx.dpr;
		const out: Rect[] = [];
		for (const p of this.pins) {
			if (p.marker) out.push(boxAround(p.box.x, p.box.y, p.markerR));
			if (p.chipsW > 0) {
				out.push({ x: p.box.x + p.chips.x + (p.kind === "land" ? 0 : -p.chipsW / 2), y: p.box.y + p.chips.y - 8 * d, width: p.chipsW, height: 16 * d });
			}
		}
		return out;
	}

	/** Screen positions of markers (for hit testing and effects). */
	anchors(): { id: RegionId; kind: "land" | "sea"; x: number; y: number; label: Rect | null }[] {
		return this.pins.map((p) => {
			const t = p.label.text;
			const label = t.visible
				? { x: t.x - t.displayWidth * t.originX, y: t.y - t.displayHeight * t.originY, width: t.displayWidth, height: t.displayHeight }
				: null;
			return { id: p.id, kind: p.kind, x: p.box.x, y: p.box.y, label };
		});
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
		for (const t of this.counts.values()) t.destroy();
		this.counts.clear();
	}
}
