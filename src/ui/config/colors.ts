/**
 * The palette: one colour per client kind (tokens, client nodes, chart lines), and the
 * colours of states that must stand out (late, urgent, down, off-spec, scrap). Numbers for
 * pixi, CSS strings for the DOM and uPlot.
 */
import type { ClientKind } from '../../scenario/schema';

/**
 * Client kind → colour (0xRRGGBB), each dark enough for white 11 px text on it (≥ 4.5:1,
 * tests/ui/colors.test.ts). The kind is also told by the client node's shape (see
 * {@link KIND_SHAPE}), never by colour alone.
 */
export const KIND_COLOR: Record<ClientKind, number> = {
  internal: 0x3b6fb6,
  semiExternal: 0xa65c00,
  external: 0x2a7a36,
};

/** Client kind → the shape of its node and legend mark: internal square, semi-external hexagon, external disc. */
export const KIND_SHAPE: Record<ClientKind, 'square' | 'hexagon' | 'disc'> = {
  internal: 'square',
  semiExternal: 'hexagon',
  external: 'disc',
};

/** The contrast ratio (WCAG 2.x, 1–21) between two 0xRRGGBB colours. Pure. */
export function contrast(a: number, b: number): number {
  const lum = (c: number) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f((c >> 16) & 255) + 0.7152 * f((c >> 8) & 255) + 0.0722 * f(c & 255);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

export const COLOR = {
  background: 0xf7f8fa,
  lane: 0xeef0f4,
  panel: 0xffffff,
  panelBorder: 0xc9ced6,
  text: 0x1f2430,
  muted: 0x5f6673,
  late: 0xd62728,
  urgent: 0x111111,
  down: 0xd62728,
  good: 0x2a7a36,
  offSpec: 0xe0b21e,
  scrap: 0x8c564b,
  stock: 0x7b61a8,
  trustHigh: 0x2a7a36,
  trustLow: 0xd62728,
  selection: 0x111111,
  lost: 0x6b7280,
} as const;

/** A 0xRRGGBB number as a CSS `#rrggbb` string. */
export function css(color: number): string {
  return '#' + color.toString(16).padStart(6, '0');
}

/** Distinct line colours for per-client series (cycled). */
export const SERIES_COLORS = ['#3b6fb6', '#a65c00', '#2a7a36', '#d62728', '#7b61a8', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];

/** Token colour: the client kind, or the stock's colour for a replenishment of the supplier-held stock. */
export const TOKEN_COLOR: Record<ClientKind | 'stock', number> = { ...KIND_COLOR, stock: COLOR.stock };
