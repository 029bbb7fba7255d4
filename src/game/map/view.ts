// The map view. Three cameras: a fixed base camera showing the painted chart (cache.ts: tiles that
// a pan only moves), the world camera (pans and zooms) for what changes every frame (the routes'
// moving dashes, the highlighted sea area), and a fixed overlay for pins, labels and effects that
// keep their screen size. Also the view state with clamping and smooth moves, label placement, and
// the turn animation. Scenes create one and feed it game states.
import * as Phaser from "phaser";
import type { FactionId, GameState, RegionId, TurnRecord } from "../../engine";
import type { Selection } from "../../app/bus";
import { Backdrop } from "./backdrop";
import { StaticCache } from "./cache";
import { ChartLabels } from "./chartLabels";
import { PALETTE } from "./colour";
import { Effects, type Pulse, type Slide } from "./effects";
import type { Land } from "./geometry";
import { LandLayer, countryAt } from "./land";
import { Ladder } from "./ladder";
import type { MapLayer, ViewContext } from "./layer";
import { type MapModel, buildModel, lookOf } from "./model";
import { ProducerPins } from "./producers";
import { projection } from "./projection";
import { RegionPins } from "./regionPins";
import { Routes } from "./routes";
import { Vignette } from "./vignette";
import { SeaAreas } from "./seaAreas";
import {
	type HitTarget,
	type Rect,
	hitTest,
	type View,
	type Insets,
	NO_INSETS,
	clampView,
	openRect,
	placeLabels,
	fitView,
	fitZoom,
	lerpView,
	worldToScreen,
} from "./viewMath";

export interface MapViewOptions {
	/** Regions, routes, producers, forces (false: land and chart only, a backdrop). */
	game: boolean;
	/** The ladder indicator in the lower-left corner. */
	ladder: boolean;
	/** Darken the screen's edges (backdrops under DOM panels). */
	vignette?: boolean;
}

/** Duration of the turn resolution animation, ms. */
export const TURN_ANIMATION_MS = 1800;

/** The part of the map the game is about, lon/lat: what "reset" shows. */
export const THEATRE = { west: 116, east: 150, south: 12.5, north: 41 };

function sameSelection(a: Selection, b: Selection): boolean {
	return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}

export function lonLatRect(b: { west: number; east: number; south: number; north: number }): Rect {
	const [x0, y0] = projection.project(b.west, b.north);
	const [x1, y1] = projection.project(b.east, b.south);
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

interface TurnAnimation {
	prev: MapModel;
	next: MapModel;
	record: TurnRecord;
	start: number;
	duration: number;
	forcesSwitched: boolean;
	ladderSwitched: boolean;
}

export class MapView {
	readonly ctx: ViewContext;
	/** Screen-space camera for the cached chart image (the scene's main camera, drawn first). */
	readonly baseCam: Phaser.Cameras.Scene2D.Camera;
	/** The zooming camera for what moves every frame (routes, sea-area outlines). */
	readonly worldCam: Phaser.Cameras.Scene2D.Camera;
	/** Screen-space camera for pins, labels and effects. */
	readonly overlayCam: Phaser.Cameras.Scene2D.Camera;
	private cache: StaticCache;
	private layers: MapLayer[] = [];
	private landLayer: LandLayer;
	private sea: SeaAreas | null = null;
	private routes: Routes | null = null;
	private regions: RegionPins | null = null;
	private producers: ProducerPins | null = null;
	private effects: Effects | null = null;
	private ladder: Ladder | null = null;
	private lastZoom = 0;
	private tween: { from: View; to: View; start: number; duration: number } | null = null;
	/** Game clock (ms) at the last frame; animations run on it so slow frames do not stretch them. */
	private now = 0;
	private anim: TurnAnimation | null = null;
	private dirtyLabels = true;
	private fade: { start: number | null; ms: number } | null = null;
	private dim = 1;
	/** Device px of the viewport under DOM panels (bus "insets"). */
	private insets: Insets = NO_INSETS;
	/** Whether the camera was moved by hand since it was last put on its home view. */
	moved = false;
	model: MapModel | null = null;
	selection: Selection = null;
	hovered: Selection = null;
	readonly reducedMotion: boolean;
	/** Called when a turn animation ends (played out or skipped). */
	onAnimationDone: (() => void) | null = null;
	/** Set when the scene shut down: late calls are ignored. */
	destroyed = false;
	/** Whether the base camera fills its background (the chart's tiles do not cover the screen). */
	private baseFill = true;
	/** The selection the routes last focused on. */
	private routesSelection: Selection = null;

	constructor(
		readonly scene: Phaser.Scene,
		readonly land: Land,
		readonly options: MapViewOptions,
	) {
		this.reducedMotion =
			typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches === true;
		const dpr = Math.min(2, Math.max(1, typeof window !== "undefined" ? window.devicePixelRatio || 1 : 1));
		const base = scene.add.layer();
		const world = scene.add.layer();
		const overlay = scene.add.layer();
		this.baseCam = scene.cameras.main;
		this.baseCam.setBackgroundColor(PALETTE.table);
		this.baseCam.roundPixels = true;
		const { width, height } = this.viewport();
		this.worldCam = scene.cameras.add(0, 0, width, height, false, "world");
		this.overlayCam = scene.cameras.add(0, 0, width, height, false, "overlay");
		this.overlayCam.roundPixels = true;
		this.baseCam.ignore([world, overlay]);
		this.worldCam.ignore([base, overlay]);
		this.overlayCam.ignore([base, world]);
		const view: View = fitView(this.viewport(), lonLatRect(THEATRE), 24 * dpr);
		const self = this;
		this.cache = new StaticCache(
			scene,
			base,
			() => this.layers,
			() => {
				// the world and the chart's frame band around it
				const m = 24 * this.ctx.px;
				const w = this.worldRect();
				return { x: w.x - m, y: w.y - m, width: w.width + 2 * m, height: w.height + 2 * m };
			},
		);
		this.ctx = {
			scene,
			world,
			invalidate: () => this.cache.invalidate(),
			overlay,
			dpr,
			view,
			viewport: this.viewport(),
			insets: NO_INSETS,
			px: dpr / view.zoom,
			toScreen(wx, wy) {
				return worldToScreen(self.ctx.view, self.ctx.viewport, wx, wy);
			},
		};

		// the chart paints phase by phase (cache.ts), each phase in this order: the sea areas' outlines
		// lie over the land and under the routes
		this.add(new Backdrop(this.ctx));
		this.landLayer = this.add(new LandLayer(this.ctx, land));
		if (options.game) this.sea = this.add(new SeaAreas(this.ctx));
		if (options.game) this.routes = this.add(new Routes(this.ctx));
		this.add(new ChartLabels(this.ctx, land.labels));
		if (options.game) {
			this.effects = this.add(new Effects(this.ctx));
			this.producers = this.add(new ProducerPins(this.ctx));
			this.regions = this.add(new RegionPins(this.ctx));
		}
		if (options.ladder) this.ladder = this.add(new Ladder(this.ctx));
		if (options.vignette) this.add(new Vignette(this.ctx));

		scene.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
		scene.events.on(Phaser.Scenes.Events.UPDATE, this.update, this);
		scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
		this.apply(true);
	}

	private add<T extends MapLayer>(layer: T): T {
		this.layers.push(layer);
		return layer;
	}

	viewport(): { width: number; height: number } {
		return { width: this.scene.scale.width, height: this.scene.scale.height };
	}

	/** World bounds the camera is clamped to. */
	worldRect(): Rect {
		return { x: 0, y: 0, width: projection.width, height: projection.height };
	}

	minZoom(): number {
		return fitZoom(openRect(this.viewport(), this.insets), this.worldRect(), 30 * this.ctx.dpr);
	}

	maxZoom(): number {
		return 4 * this.ctx.dpr;
	}

	/** The view that "reset" goes back to: the theatre, fitted to the viewport. */
	homeView(): View {
		return fitView(this.viewport(), lonLatRect(THEATRE), 24 * this.ctx.dpr, this.insets);
	}

	clamp(v: View): View {
		const d = this.ctx.dpr;
		return clampView(v, this.viewport(), this.worldRect(), this.minZoom(), this.maxZoom(), 60 * d, this.insets);
	}

	/** The area the DOM panels leave open, device px. */
	openArea(): Rect {
		return openRect(this.viewport(), this.insets);
	}

	/**
	 * The DOM panels now cover these CSS pixels of each edge: the map keeps its overlays in the
	 * rest, and returns to its home view there unless the player has moved it.
	 */
	setInsets(css: Insets): void {
		if (this.destroyed) return;
		const d = this.ctx.dpr;
		const next = { top: css.top * d, right: css.right * d, bottom: css.bottom * d, left: css.left * d };
		if (JSON.stringify(next) === JSON.stringify(this.insets)) return;
		this.insets = next;
		this.ctx.insets = next;
		if (!this.moved) this.setView(this.homeView(), 350);
		else this.setView(this.ctx.view);
		this.apply(true);
	}

	/** Moves the camera, smoothly over `ms` (0 = at once). */
	setView(v: View, ms = 0): void {
		const to = this.clamp(v);
		if (ms <= 0 || this.reducedMotion) {
			this.tween = null;
			this.ctx.view = to;
			this.apply(false);
			return;
		}
		this.tween = { from: { ...this.ctx.view }, to, start: this.now, duration: ms };
	}

	/**
	 * Fades the whole map in from the page background over `ms` of wall-clock time (Phaser's camera
	 * fades run on the smoothed frame delta, and crawl when frames are slow).
	 */
	fadeIn(ms: number): void {
		this.fade = { start: null, ms: this.reducedMotion ? 1 : ms };
		this.applyAlpha(0);
	}

	/** Dims the whole map (under a DOM panel), 0..1. */
	setDim(alpha: number): void {
		this.dim = alpha;
		this.applyAlpha(this.fade ? 0 : 1);
	}

	private applyAlpha(fade: number): void {
		for (const c of [this.baseCam, this.worldCam, this.overlayCam]) c.setAlpha(this.dim * fade);
	}

	get view(): View {
		return this.ctx.view;
	}

	/** Centres on a lon/lat at a zoom relative to the home view. */
	focusLonLat(lon: number, lat: number, zoomFactor: number, ms = 0): void {
		const [x, y] = projection.project(lon, lat);
		this.setView({ cx: x, cy: y, zoom: this.homeView().zoom * zoomFactor }, ms);
	}

	/** Pans (not zooms) to a region if it is off screen or under the edges. */
	revealRegion(id: RegionId): void {
		const p = this.model?.regions.get(id);
		if (!p) return;
		const [sx, sy] = this.ctx.toScreen(p.x, p.y);
		const a = this.openArea();
		const mx = a.width * 0.12;
		const my = a.height * 0.12;
		if (sx < a.x + mx || sx > a.x + a.width - mx || sy < a.y + my || sy > a.y + a.height - my) {
			// bring it to the middle of the open area
			const v = this.ctx.view;
			const ox = (a.x + a.width / 2 - this.viewport().width / 2) / v.zoom;
			const oy = (a.y + a.height / 2 - this.viewport().height / 2) / v.zoom;
			this.setView({ ...v, cx: p.x - ox, cy: p.y - oy }, 450);
		}
	}

	private onResize(): void {
		const { width, height } = this.viewport();
		for (const c of [this.baseCam, this.worldCam, this.overlayCam]) c.setSize(width, height);
		if (!this.moved) this.ctx.view = this.homeView();
		this.ctx.view = this.clamp(this.ctx.view);
		this.apply(true);
	}

	/** Pushes the view to the camera and the layers. */
	private apply(force: boolean): void {
		const v = this.ctx.view;
		this.ctx.viewport = this.viewport();
		this.ctx.px = this.ctx.dpr / v.zoom;
		this.worldCam.setZoom(v.zoom);
		this.worldCam.centerOn(v.cx, v.cy);
		const zoomed = force || v.zoom !== this.lastZoom;
		this.lastZoom = v.zoom;
		for (const l of this.layers) l.onView?.(this.ctx, zoomed);
		if (zoomed) this.dirtyLabels = true;
	}

	private update(time: number, delta: number): void {
		if (this.destroyed) return;
		this.now = time;
		if (this.fade) {
			this.fade.start ??= time;
			const t = Math.min(1, (time - this.fade.start) / this.fade.ms);
			this.applyAlpha(t * t * (3 - 2 * t));
			if (t >= 1) this.fade = null;
		}
		if (this.tween) {
			const tw = this.tween;
			const t = Math.min(1, Math.max(0, time - tw.start) / tw.duration);
			const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
			this.ctx.view = this.clamp(lerpView(tw.from, tw.to, e));
			if (t >= 1) this.tween = null;
			this.apply(false);
		}
		if (this.anim) this.stepAnimation(time);
		// the end of a turn animation may have switched scenes and shut this one down
		if (this.destroyed) return;
		this.cache.update(this.ctx, time);
		// the camera fills the screen before the chart only where the chart's tiles do not, or while
		// the map is faded or dimmed (nothing under it would be cleared otherwise)
		const fill = !this.cache.covering || this.baseCam.alpha < 1;
		if (fill !== this.baseFill) {
			this.baseFill = fill;
			if (fill) this.baseCam.setBackgroundColor(PALETTE.table);
			else this.baseCam.setBackgroundColor();
		}
		if (this.dirtyLabels) {
			this.dirtyLabels = false;
			this.declutter();
		}
		for (const l of this.layers) l.update?.(time, this.reducedMotion ? 0 : delta, this.ctx);
	}

	/** Places every floating label: beside its anchor, moved aside or hidden to avoid overlaps. */
	private declutter(): void {
		const labels = this.layers.flatMap((l) => l.labels?.(this.ctx) ?? []);
		const obstacles = this.layers.flatMap((l) => l.obstacles?.(this.ctx) ?? []);
		const chosen = placeLabels(
			labels.map((l) => l.slot(this.ctx)),
			obstacles,
			3 * this.ctx.dpr,
			this.openArea(),
		);
		for (const l of labels) l.place(chosen.get(l.id), this.ctx);
	}

	// ------------------------------------------------------------------ game data

	/** Shows a game state (no animation). Finishes any running turn animation first. */
	setGame(scenarioState: { scenario: MapModel["scenario"]; state: GameState; player: FactionId | null }): void {
		if (this.destroyed || (!this.options.game && !this.options.ladder)) return;
		if (this.anim) this.finishAnimation();
		const model = buildModel(scenarioState.scenario, scenarioState.state, scenarioState.player);
		this.showModel(model);
	}

	private showModel(model: MapModel): void {
		this.model = model;
		this.sea?.setModel(model);
		this.routes?.setModel(model);
		this.producers?.setModel(model);
		this.regions?.setModel(model);
		this.ladder?.setModel(model);
		this.landLayer.setTints(this.countryTints(model));
		this.refreshHighlight();
		this.dirtyLabels = true;
	}

	/** Countries holding a faction's land region take a hint of that faction's colour. */
	private countryTints(model: MapModel): Map<string, number> {
		const tints = new Map<string, number>();
		for (const p of model.regions.values()) {
			if (p.region.kind !== "land") continue;
			const owner = model.state.regions[p.region.id]?.owner ?? p.region.owner;
			if (!owner) continue;
			const id = countryAt(this.land, p.x, p.y);
			if (id && !tints.has(id)) tints.set(id, lookOf(model, owner).colour);
		}
		return tints;
	}

	setSelection(sel: Selection): void {
		if (this.destroyed) return;
		this.selection = sel;
		this.refreshHighlight();
		if (sel?.kind === "region") this.revealRegion(sel.id);
		this.dirtyLabels = true;
	}

	setHover(sel: Selection): void {
		if (this.destroyed) return;
		this.hovered = sel;
		this.refreshHighlight();
	}

	private refreshHighlight(): void {
		const model = this.model;
		const sel = this.selection;
		const hov = this.hovered;
		const regionSel = sel?.kind === "region" ? sel.id : null;
		const regionHov = hov?.kind === "region" ? hov.id : null;
		this.sea?.setHighlight(regionSel, regionHov);
		this.regions?.setSelected(regionSel);
		// the routes follow the selection, not the hover (a new focus rebuilds their labels)
		if (!sameSelection(sel, this.routesSelection)) {
			this.routesSelection = sel;
			this.routes?.setSelection(sel);
		}
		if (this.effects && model) {
			const ring = (s: Selection) => {
				if (s?.kind === "region") {
					const p = model.regions.get(s.id);
					if (!p) return null;
					return { wx: p.x, wy: p.y, r: 0 };
				}
				if (s?.kind === "producer") {
					const p = model.producers.get(s.id);
					return p ? { wx: p.x, wy: p.y, r: 0 } : null;
				}
				return null;
			};
			const selRing = ring(sel);
			// sea areas show selection with their outline; the ring is for markers
			this.effects.selection = sel?.kind === "region" && model.regions.get(sel.id)?.region.kind === "sea" ? null : selRing;
			const hovRing = ring(hov);
			this.effects.hover =
				hov?.kind === "region" && model.regions.get(hov.id)?.region.kind === "sea"
					? null
					: hovRing && (hov?.kind !== sel?.kind || hov?.id !== sel?.id)
						? hovRing
						: null;
		}
	}

	/** What is under a screen point: pins first, then sea areas. */
	pick(sx: number, sy: number): Selection {
		const model = this.model;
		if (!model) return null;
		const d = this.ctx.dpr;
		const targets: HitTarget<Selection>[] = [];
		for (const a of this.regions?.anchors() ?? []) {
			const value: Selection = { kind: "region", id: a.id };
			if (a.kind === "land") targets.push({ value, x: a.x, y: a.y, r: 15 * d, priority: 3 });
			// the label is clickable too
			if (a.label) {
				const l = a.label;
				targets.push({ value, x: l.x + l.width / 2, y: l.y + l.height / 2, r: Math.max(l.width, l.height) / 2, priority: 2 });
			}
		}
		for (const a of this.producers?.anchors() ?? []) {
			targets.push({ value: { kind: "producer", id: a.id }, x: a.x, y: a.y, r: 13 * d, priority: 3 });
		}
		for (const a of this.sea?.hitAreas() ?? []) {
			const [x, y] = this.ctx.toScreen(a.x, a.y);
			targets.push({ value: { kind: "region", id: a.id }, x, y, r: a.r * this.ctx.view.zoom, priority: 1 });
		}
		return hitTest(targets, sx, sy);
	}

	// ------------------------------------------------------------------ turn animation

	/** Animates prev -> next over ~1.8 s; onAnimationDone fires at the end or when skipped. */
	animateTurn(prev: GameState, next: GameState, record: TurnRecord, player: FactionId | null): void {
		const base = this.model;
		if (!base || this.destroyed) {
			this.onAnimationDone?.();
			return;
		}
		if (this.anim) this.finishAnimation();
		const scenario = base.scenario;
		const prevModel = buildModel(scenario, prev, player);
		const nextModel = buildModel(scenario, next, player);
		this.showModel(nextModel);
		// start from how things looked before the turn
		this.sea?.blend(prevModel, nextModel, 0);
		this.regions?.setState(prev);
		this.routes?.beginBlend(prevModel);
		this.ladder?.setModel(nextModel, prev.ladder.rung);
		this.effects?.start(this.pulses(nextModel, record), this.slides(prevModel, nextModel), this.now);
		this.anim = {
			prev: prevModel,
			next: nextModel,
			record,
			start: this.now,
			duration: this.reducedMotion ? 300 : TURN_ANIMATION_MS,
			forcesSwitched: false,
			ladderSwitched: false,
		};
	}

	get animating(): boolean {
		return this.anim !== null;
	}

	private stepAnimation(time: number): void {
		const a = this.anim!;
		const t = Math.min(1, Math.max(0, time - a.start) / a.duration);
		const clamp01 = (v: number) => Math.max(0, Math.min(1, v));
		this.sea?.blend(a.prev, a.next, clamp01(t / 0.7));
		this.routes?.setBlend(clamp01((t - 0.1) / 0.6));
		this.effects?.setSlide(clamp01((t - 0.2) / 0.55));
		if (!a.forcesSwitched && t >= 0.75) {
			a.forcesSwitched = true;
			this.regions?.setState(a.next.state);
		}
		if (!a.ladderSwitched && t >= 0.5) {
			a.ladderSwitched = true;
			this.ladder?.setModel(a.next);
		}
		if (t >= 1) this.finishAnimation();
	}

	/** Jumps to the end of the running turn animation (skip) and reports it done. */
	finishAnimation(): void {
		const a = this.anim;
		if (!a || this.destroyed) return;
		this.anim = null;
		this.sea?.blend(a.prev, a.next, 1);
		this.routes?.setBlend(1);
		this.regions?.setState(a.next.state);
		this.ladder?.setModel(a.next);
		this.effects?.setSlide(1);
		this.onAnimationDone?.();
	}

	private pulses(model: MapModel, record: TurnRecord): Pulse[] {
		const colours: Record<string, number> = {
			event: 0xffc857,
			rung: PALETTE.cut,
			order: 0x8fd3ff,
			programme: 0x7ee0b5,
			supply: PALETTE.restricted,
			end: 0xffffff,
		};
		const out: Pulse[] = [];
		const seen = new Set<string>();
		for (const h of record.headlines) {
			if (!h.region) continue;
			const p = model.regions.get(h.region);
			if (!p || seen.has(`${h.region}:${h.kind}`)) continue;
			seen.add(`${h.region}:${h.kind}`);
			const colour = h.kind === "order" && h.faction ? lookOf(model, h.faction).text : (colours[h.kind] ?? 0xffffff);
			out.push({ wx: p.x, wy: p.y, colour, delay: 0.1 + out.length * 0.12, duration: 1.2 });
		}
		return out;
	}

	/** Deployments that moved: each gain slides from a region where that faction lost units, or from home. */
	private slides(prev: MapModel, next: MapModel): Slide[] {
		const out: Slide[] = [];
		for (const f of next.scenario.factions) {
			const losses: { x: number; y: number; n: number }[] = [];
			const gains: { x: number; y: number; n: number }[] = [];
			for (const p of next.regions.values()) {
				const before = prev.state.regions[p.region.id]?.forces[f.id] ?? 0;
				const after = next.state.regions[p.region.id]?.forces[f.id] ?? 0;
				if (after > before) gains.push({ x: p.x, y: p.y, n: after - before });
				if (after < before) losses.push({ x: p.x, y: p.y, n: before - after });
			}
			const home = next.homes.get(f.id);
			const colour = lookOf(next, f.id).colour;
			for (const g of gains) {
				const from = losses.find((l) => l.n > 0) ?? (home ? { x: home.x, y: home.y, n: 0 } : null);
				if (!from || (from.x === g.x && from.y === g.y)) continue;
				if (from.n > 0) from.n -= Math.min(from.n, g.n);
				out.push({ from: { x: from.x, y: from.y }, to: { x: g.x, y: g.y }, colour, units: g.n });
			}
		}
		return out;
	}

	destroy(): void {
		if (this.destroyed) return;
		this.destroyed = true;
		// a turn cut short by leaving the scene still counts as animated
		if (this.anim) {
			this.anim = null;
			this.onAnimationDone?.();
		}
		this.onAnimationDone = null;
		this.scene.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
		this.scene.events.off(Phaser.Scenes.Events.UPDATE, this.update, this);
		for (const l of this.layers) l.destroy();
		this.layers = [];
		this.cache.destroy();
		this.ctx.world.destroy();
		this.ctx.overlay.destroy();
		for (const c of [this.worldCam, this.overlayCam]) if (c.scene) this.scene.cameras.remove(c);
	}
}
