/**
 * The palette: one colour per client kind (tokens, client nodes, chart lines), and the
 * colours of states that must stand out (late, urgent, down, off-spec, scrap). Numbers for
 * pixi, CSS strings for the DOM and uPlot.
 */
import type { ClientKind } from '../../scenario/schema';

/** Client kind → colour (0xRRGGBB). */
export const KIND_COLOR: Record<ClientKind, number> = {
  internal: 0x3b6fb6,
  semiExternal: 0xe08a1e,
  external: 0x3c9a4a,
};

export const COLOR = {
  background: 0xf7f8fa,
  panel: 0xffffff,
  panelBorder: 0xc9ced6,
  text: 0x1f2430,
  muted: 0x6b7280,
  late: 0xd62728,
  urgent: 0x111111,
  down: 0xd62728,
  good: 0x3c9a4a,
  offSpec: 0xe0b21e,
  scrap: 0x8c564b,
  stock: 0x7b61a8,
  trustHigh: 0x3c9a4a,
  trustLow: 0xd62728,
  selection: 0x111111,
  lost: 0xb0b4bb,
} as const;

/** A 0xRRGGBB number as a CSS `#rrggbb` string. */
export function css(color: number): string {
  return '#' + color.toString(16).padStart(6, '0');
}

/** Distinct line colours for per-client series (cycled). */
export const SERIES_COLORS = ['#3b6fb6', '#e08a1e', '#3c9a4a', '#d62728', '#7b61a8', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];

/** Token colour: the client kind, or the stock's colour for a replenishment of the supplier-held stock. */
export const TOKEN_COLOR: Record<ClientKind | 'stock', number> = { ...KIND_COLOR, stock: COLOR.stock };
