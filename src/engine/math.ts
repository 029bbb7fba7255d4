// Integer helpers: game state holds integers only (DESIGN.md, "Deterministic").
export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
/** Integer division truncating toward zero. */
export const div = (a: number, b: number): number => Math.trunc(a / b);
export const sign = (v: number): number => (v > 0 ? 1 : v < 0 ? -1 : 0);
export const signed = (v: number): string => (v > 0 ? `+${v}` : `${v}`);
