// Colour maths and the map's palette. Colours are 0xRRGGBB integers (what Phaser takes) unless a
// function says otherwise. Pure: no Phaser.

export function parseHex(hex: string, fallback = 0x999999): number {
	const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
	if (!m) return fallback;
	const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
	return Number.parseInt(h, 16);
}

export function toHex(c: number): string {
	return "#" + (c & 0xffffff).toString(16).padStart(6, "0");
}

export function rgb(c: number): [number, number, number] {
	return [(c >> 16) & 255, (c >> 8) & 255, c & 255];
}

export function fromRgb(r: number, g: number, b: number): number {
	const k = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
	return (k(r) << 16) | (k(g) << 8) | k(b);
}

/** Linear mix of two colours in sRGB, t in 0..1. */
export function mix(a: number, b: number, t: number): number {
	const u = Math.max(0, Math.min(1, t));
	const [ar, ag, ab] = rgb(a);
	const [br, bg, bb] = rgb(b);
	return fromRgb(ar + (br - ar) * u, ag + (bg - ag) * u, ab + (bb - ab) * u);
}

/** WCAG relative luminance, 0..1. */
export function luminance(c: number): number {
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const [r, g, b] = rgb(c);
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours, 1..21. */
export function contrast(a: number, b: number): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever reads better on the background. */
export function textOn(bg: number): number {
	return contrast(bg, 0xffffff) >= contrast(bg, 0x0b0f14) ? 0xffffff : 0x0b0f14;
}

/** Lightens a colour toward white until it reaches `ratio` contrast on `bg` (for labels on the dark map). */
export function readableOn(c: number, bg: number, ratio = 4.5): number {
	let out = c;
	for (let i = 1; i <= 10 && contrast(out, bg) < ratio; i++) out = mix(c, 0xffffff, i / 10);
	return out;
}

/** Samples a list of evenly spaced colour stops at t in 0..1. */
export function ramp(stops: readonly number[], t: number): number {
	const u = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
	const i = Math.min(stops.length - 2, Math.floor(u));
	return mix(stops[i], stops[i + 1], u - i);
}

/** Cividis (Nuñez et al. 2018): a sequential scale readable with colour-vision deficiency. */
export const CIVIDIS = [0x00224e, 0x123570, 0x3b496c, 0x575d6d, 0x707173, 0x8a8678, 0xa59c74, 0xc3b369, 0xe1cc55, 0xfee838];

/** Heat of a sea area (0..100) blended with global tension (0..100), as a colour and an alpha. */
export function heatStyle(heat: number, tension: number): { colour: number; alpha: number; t: number } {
	const t = Math.max(0, Math.min(1, (0.75 * heat + 0.25 * tension) / 100));
	return { colour: ramp(CIVIDIS.slice(2), t), alpha: 0.38 + 0.4 * t, t };
}

/** The map's palette: a dark naval chart. */
export const PALETTE = {
	table: 0x04080e,
	seaTop: 0x0c1c2f,
	seaBottom: 0x0a1524,
	shallows: 0x1a3b57,
	land: 0x2a3440,
	landHighlight: 0x323e4b,
	coast: 0x8ea9c2,
	border: 0x71869b,
	neatLine: 0x6d86a0,
	graticule: 0x7aa2c9,
	graticuleLabel: 0x7f97ae,
	countryLabel: 0x9fb0c1,
	seaLabel: 0x5f87ab,
	regionLabel: 0xe8eef4,
	labelStroke: 0x050b13,
	selection: 0xfff3b0,
	flowing: 0x4fc3e8,
	restricted: 0xf0a23b,
	cut: 0xe5484d,
	rung: [0x2f6f5e, 0x3d8a6d, 0x6c9a53, 0x9aa03f, 0xc29a35, 0xd8862f, 0xe06a2c, 0xe2502f, 0xd93a3a, 0xc22a45, 0xa3194f],
} as const;
