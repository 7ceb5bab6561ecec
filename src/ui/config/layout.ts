/**
 * Where the workshop picture puts each node, as a pure function of the canvas size and the
 * scenario's counts. Wide canvases (projector, tablet, 800×600) read left to right: clients,
 * the commercial's book and the lanceur's board, the stations in one to three rows, quality
 * control and the stock on the right, the delivery lane along the bottom. Narrow or tall
 * canvases (a phone) read top to bottom: the clients in a row, book and board side by side,
 * the stations in a grid, control and stock side by side, the lane at the bottom. Boxes never
 * overlap and stay inside the canvas (tests/ui/layout.test.ts). Also where the n-th token of a
 * place sits.
 */

/** An axis-aligned rectangle in canvas pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The node positions of one workshop picture. */
export interface WorkshopLayout {
  /** `portrait` when the picture reads top to bottom (narrow canvas). */
  portrait: boolean;
  /** Height of the legend band at the top (it wraps on narrow canvases). */
  legendH: number;
  clients: { x: number; y: number; r: number }[];
  book: Rect;
  board: Rect;
  stations: Rect[];
  control: Rect;
  stocks: Rect[];
  shipping: Rect;
}

const M = 12;
/** Space above a box for its title. */
const TITLE = 18;
/** Below this width (CSS px) the picture reads top to bottom. */
export const PORTRAIT_BELOW = 640;

/** `n` boxes in a grid inside `r` (`cols` per row), separated by `gap`, each leaving `title` px above it. */
function tiles(r: Rect, n: number, cols: number, gap: number, title: number): Rect[] {
  const rows = Math.ceil(n / Math.max(1, cols));
  const cw = (r.w - gap * (cols - 1)) / cols;
  const ch = (r.h - gap * (rows - 1)) / Math.max(1, rows);
  return Array.from({ length: n }, (_, i) => ({
    x: r.x + (i % cols) * (cw + gap),
    y: r.y + Math.floor(i / cols) * (ch + gap) + title,
    w: Math.max(1, cw),
    h: Math.max(1, ch - title),
  }));
}

/** The fewest columns (≤ `max`) whose rows fit `n` boxes at least `minW` wide in `w`. */
function columns(w: number, n: number, minW: number, gap: number, maxRows: number): number {
  const fit = Math.max(1, Math.floor((w + gap) / (minW + gap)));
  const rows = Math.min(maxRows, Math.ceil(n / Math.min(n, fit)));
  return Math.max(1, Math.ceil(n / rows)); // rows as even as they can be
}

/** Width kept free at the right of the legend band for the "workshop as a table" button. */
export const LEGEND_RESERVE = 170;

function landscape(w: number, h: number, clients: number, stations: number, families: number): WorkshopLayout {
  const legendH = 30;
  const top = legendH + TITLE;
  const laneH = Math.max(36, Math.round(h * 0.16));
  const laneTop = h - M - laneH;
  const bottom = laneTop - TITLE - 4;
  const spacing = (bottom - top + TITLE) / Math.max(1, clients);
  const r = Math.max(7, Math.min(18, spacing / 3.2));
  const clientNodes = Array.from({ length: clients }, (_, i) => ({ x: M + 30, y: top - TITLE / 2 + spacing * (i + 0.5), r }));
  const left = 100;
  const colW = Math.round(Math.max(70, Math.min(200, w * 0.12)));
  const book: Rect = { x: left, y: top, w: colW, h: bottom - top };
  const board: Rect = { x: book.x + colW + M, y: top, w: colW, h: book.h };
  const rightW = Math.round(Math.max(96, Math.min(220, w * 0.13)));
  const control: Rect = { x: w - rightW - M, y: top, w: rightW, h: Math.round((bottom - top) * (0.5 - 0.08 * Math.min(3, Math.max(1, families)))) };
  const stockTop = control.y + control.h + TITLE + 4;
  const stocks = tiles({ x: control.x, y: stockTop - TITLE, w: rightW, h: bottom - stockTop + TITLE }, families, 1, 4, TITLE);
  const sx = board.x + colW + 2 * M;
  const sw = control.x - 2 * M - sx;
  const cols = columns(sw, stations, 90, 8, 3);
  const stationRects = tiles({ x: sx, y: top - TITLE, w: sw, h: bottom - top + TITLE }, stations, cols, 8, TITLE);
  const shipping: Rect = { x: left, y: laneTop, w: w - left - M, h: laneH };
  return { portrait: false, legendH, clients: clientNodes, book, board, stations: stationRects, control, stocks, shipping };
}

function portrait(w: number, h: number, clients: number, stations: number, families: number): WorkshopLayout {
  const legendH = 66;
  const inner = w - 2 * M;
  const perRow = Math.max(1, Math.min(clients, Math.floor(inner / 44)));
  const clientRows = Math.ceil(clients / perRow);
  const r = Math.max(7, Math.min(14, inner / perRow / 3.2));
  const rowH = 2 * r + 18;
  const clientNodes = Array.from({ length: clients }, (_, i) => ({
    x: M + (inner / perRow) * ((i % perRow) + 0.3),
    y: legendH + r + 4 + Math.floor(i / perRow) * rowH,
    r,
  }));
  let y = legendH + clientRows * rowH + 4;
  const laneH = Math.max(30, Math.round(h * 0.08));
  const rest = h - y - laneH - M - 4 * TITLE - 3 * M;
  const half = (inner - M) / 2;
  const bandH = Math.max(30, rest * 0.22);
  const book: Rect = { x: M, y: y + TITLE, w: half, h: bandH };
  const board: Rect = { x: M + half + M, y: y + TITLE, w: half, h: bandH };
  y = book.y + bandH + M;
  const lowH = Math.max(30, rest * 0.28, families * (TITLE + 28) - TITLE);
  const stationsH = Math.max(40, rest - bandH - lowH);
  const cols = columns(inner, stations, 88, 8, 4);
  const stationRects = tiles({ x: M, y, w: inner, h: stationsH + TITLE }, stations, cols, 8, TITLE);
  y += stationsH + TITLE + M;
  const control: Rect = { x: M, y: y + TITLE, w: half, h: lowH };
  const stocks = tiles({ x: M + half + M, y, w: half, h: lowH + TITLE }, families, 1, 4, TITLE);
  y = control.y + lowH + TITLE;
  const shipping: Rect = { x: M, y, w: inner, h: Math.max(20, h - M - y) };
  return { portrait: true, legendH, clients: clientNodes, book, board, stations: stationRects, control, stocks, shipping };
}

/** The layout for a canvas of `w` × `h` CSS pixels. */
export function workshopLayout(w: number, h: number, clients: number, stations: number, families: number): WorkshopLayout {
  return w < PORTRAIT_BELOW || h > w * 1.15 ? portrait(w, h, clients, stations, families) : landscape(w, h, clients, stations, families);
}

/** A grid that fits `n` tokens into `r`: the spacing (at most `maxGap`) and the columns. */
export interface Grid {
  r: Rect;
  gap: number;
  cols: number;
}

/** The largest grid (spacing ≤ `maxGap`, ≥ 2 px) that holds `n` tokens inside `r`. */
export function grid(r: Rect, n: number, maxGap = 14): Grid {
  let gap = Math.max(2, Math.min(maxGap, Math.sqrt((Math.max(1, r.w) * Math.max(1, r.h)) / Math.max(1, n))));
  const cols = () => Math.max(1, Math.floor(r.w / gap));
  while (gap > 2 && Math.ceil(n / cols()) * gap > r.h) gap *= 0.95;
  return { r, gap, cols: cols() };
}

/** The centre of slot `i` of grid `g` (left to right, top to bottom). */
export function cell(g: Grid, i: number): { x: number; y: number } {
  return { x: g.r.x + g.gap / 2 + (i % g.cols) * g.gap, y: g.r.y + g.gap / 2 + Math.floor(i / g.cols) * g.gap };
}

/** The centre of slot `i` of `n` tokens packed into `r` (convenience for one token). */
export function slot(r: Rect, i: number, n: number, maxGap = 14): { x: number; y: number } {
  return cell(grid(r, n, maxGap), i);
}
