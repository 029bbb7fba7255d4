// Pan with mouse or touch drag, zoom with the wheel or a pinch, and the keyboard's "camera"
// commands from the DOM (the canvas takes no keyboard input itself). Clicks select, hovering emits
// "hover" for the DOM's tooltips with viewport (CSS pixel) coordinates.
import * as Phaser from "phaser";
import type { Bus, BusEvents, Selection } from "../../app/bus";
import type { MapView } from "./view";
import { zoomAt } from "./viewMath";

export interface ControlOptions {
	/** Emit "select" and "hover" (false for backdrops). */
	pick: boolean;
}

const same = (a: Selection, b: Selection) => a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);

export class MapControls {
	private down: { x: number; y: number; cx: number; cy: number } | null = null;
	private dragging = false;
	private pinch: { dist: number; zoom: number } | null = null;
	private hovered: Selection = null;
	private off: (() => void)[] = [];

	constructor(
		private view: MapView,
		private bus: Bus,
		private options: ControlOptions,
	) {
		const input = view.scene.input;
		if (input.manager.pointersTotal < 3) input.addPointer(3 - input.manager.pointersTotal);
		input.on(Phaser.Input.Events.POINTER_DOWN, this.onDown, this);
		input.on(Phaser.Input.Events.POINTER_MOVE, this.onMove, this);
		input.on(Phaser.Input.Events.POINTER_UP, this.onUp, this);
		input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, this.onUpOutside, this);
		input.on(Phaser.Input.Events.POINTER_WHEEL, this.onWheel, this);
		input.on(Phaser.Input.Events.GAME_OUT, this.onOut, this);
		this.off.push(bus.on("camera", (c) => this.onCamera(c)));
		view.scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
	}

	private activeTouches(): Phaser.Input.Pointer[] {
		return this.view.scene.input.manager.pointers.filter((p) => p.isDown && p.wasTouch);
	}

	private onDown(p: Phaser.Input.Pointer): void {
		const touches = this.activeTouches();
		if (touches.length >= 2) {
			const [a, b] = touches;
			this.pinch = { dist: Math.hypot(a.x - b.x, a.y - b.y), zoom: this.view.view.zoom };
			this.down = null;
			this.dragging = true;
			return;
		}
		this.down = { x: p.x, y: p.y, cx: this.view.view.cx, cy: this.view.view.cy };
		this.dragging = false;
	}

	private onMove(p: Phaser.Input.Pointer): void {
		const v = this.view.view;
		if (this.pinch) {
			const touches = this.activeTouches();
			if (touches.length >= 2) {
				const [a, b] = touches;
				const dist = Math.hypot(a.x - b.x, a.y - b.y);
				const target = (this.pinch.zoom * dist) / Math.max(1, this.pinch.dist);
				const mx = (a.x + b.x) / 2;
				const my = (a.y + b.y) / 2;
				this.view.moved = true;
				this.view.setView(zoomAt(v, this.view.viewport(), target / v.zoom, mx, my));
			}
			return;
		}
		if (this.down && p.isDown) {
			const dx = p.x - this.down.x;
			const dy = p.y - this.down.y;
			if (!this.dragging && Math.hypot(dx, dy) > 5 * this.view.ctx.dpr) {
				this.dragging = true;
				this.setCursor("grabbing");
				this.setHover(null, p);
			}
			if (this.dragging) {
				this.view.moved = true;
				this.view.setView({ cx: this.down.cx - dx / v.zoom, cy: this.down.cy - dy / v.zoom, zoom: v.zoom });
			}
			return;
		}
		if (this.options.pick) {
			const hit = this.view.pick(p.x, p.y);
			this.setHover(hit, p);
			this.setCursor(hit ? "pointer" : "grab");
		}
	}

	/**
	 * A click on the map selects what is under it: the press and the release both on the map, with
	 * no drag between. A press on a panel over the map never reaches Phaser (this.down stays null),
	 * so its release on the map selects nothing.
	 */
	private onUp(p: Phaser.Input.Pointer): void {
		this.release(p, true);
	}

	/** Released off the canvas (or over a panel on it): the end of a drag, never a click. */
	private onUpOutside(p: Phaser.Input.Pointer): void {
		this.release(p, false);
	}

	private release(p: Phaser.Input.Pointer, onMap: boolean): void {
		if (this.pinch) {
			if (this.activeTouches().length < 2) this.pinch = null;
			return;
		}
		const pressed = this.down !== null;
		const wasDrag = this.dragging;
		this.down = null;
		this.dragging = false;
		this.setCursor("grab");
		if (pressed && onMap && !wasDrag && this.options.pick) {
			const hit = this.view.pick(p.x, p.y);
			this.bus.emit("select", hit);
		}
	}

	private onWheel(p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
		const factor = Math.min(2, Math.max(0.5, Math.exp(-dy * 0.0018)));
		this.view.moved = true;
		this.view.setView(zoomAt(this.view.view, this.view.viewport(), factor, p.x, p.y));
	}

	private onOut(): void {
		if (!this.down) this.setHover(null, null);
	}

	private onCamera({ action }: BusEvents["camera"]): void {
		const v = this.view.view;
		const vp = this.view.viewport();
		const stepX = (vp.width * 0.25) / v.zoom;
		const stepY = (vp.height * 0.25) / v.zoom;
		const ms = 260;
		this.view.moved = action !== "reset";
		switch (action) {
			case "zoomIn":
				this.view.setView({ ...v, zoom: v.zoom * 1.5 }, ms);
				break;
			case "zoomOut":
				this.view.setView({ ...v, zoom: v.zoom / 1.5 }, ms);
				break;
			case "reset":
				this.view.setView(this.view.homeView(), 450);
				break;
			case "panLeft":
				this.view.setView({ ...v, cx: v.cx - stepX }, ms);
				break;
			case "panRight":
				this.view.setView({ ...v, cx: v.cx + stepX }, ms);
				break;
			case "panUp":
				this.view.setView({ ...v, cy: v.cy - stepY }, ms);
				break;
			case "panDown":
				this.view.setView({ ...v, cy: v.cy + stepY }, ms);
				break;
		}
	}

	private setHover(sel: Selection, p: Phaser.Input.Pointer | null): void {
		if (same(sel, this.hovered)) return;
		this.hovered = sel;
		this.view.setHover(sel);
		if (!this.options.pick) return;
		if (!sel || !p) {
			this.bus.emit("hover", null);
			return;
		}
		const [x, y] = this.clientPoint(p);
		this.bus.emit("hover", { selection: sel, x, y });
	}

	/** A game-pixel pointer position as viewport CSS pixels (for DOM tooltips). */
	private clientPoint(p: Phaser.Input.Pointer): [number, number] {
		const canvas = this.view.scene.game.canvas;
		const r = canvas.getBoundingClientRect();
		const sx = r.width / Math.max(1, this.view.scene.scale.width);
		const sy = r.height / Math.max(1, this.view.scene.scale.height);
		return [Math.round(r.left + p.x * sx), Math.round(r.top + p.y * sy)];
	}

	private setCursor(c: string): void {
		this.view.scene.game.canvas.style.cursor = c;
	}

	destroy(): void {
		const input = this.view.scene.input;
		input.off(Phaser.Input.Events.POINTER_DOWN, this.onDown, this);
		input.off(Phaser.Input.Events.POINTER_MOVE, this.onMove, this);
		input.off(Phaser.Input.Events.POINTER_UP, this.onUp, this);
		input.off(Phaser.Input.Events.POINTER_UP_OUTSIDE, this.onUpOutside, this);
		input.off(Phaser.Input.Events.POINTER_WHEEL, this.onWheel, this);
		input.off(Phaser.Input.Events.GAME_OUT, this.onOut, this);
		for (const f of this.off) f();
		this.off = [];
	}
}
