/**
 * Where the workshop picture puts each node, as a pure function of the canvas size and the
 * scenario's counts: clients on the left, the commercial's book and the lanceur's board, the
 * stations in one or two rows, quality control and the stock on the right, the delivery lane
 * along the bottom. Also where the n-th token of a place sits.
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
  clients: { x: number; y: number; r: number }[];
  book: Rect;
  board: Rect;
  stations: Rect[];
  control: Rect;
  stocks: Rect[];
  shipping: Rect;
}

const M = 12;

/** The layout for a canvas of `w` × `h` pixels. */
export function workshopLayout(w: number, h: number, clients: number, stations: number, families: number): WorkshopLayout {
  const top = 28;
  const laneTop = Math.round(h * 0.8);
  const spacing = (h - 2 * top) / Math.max(1, clients);
  const r = Math.max(7, Math.min(18, spacing / 3.2));
  const clientNodes = Array.from({ length: clients }, (_, i) => ({ x: M + 30, y: top + spacing * (i + 0.5), r }));
  const colW = Math.max(90, w * 0.14);
  const book: Rect = { x: 100, y: top, w: colW, h: laneTop - top - 24 };
  const board: Rect = { x: book.x + colW + M, y: top, w: colW, h: book.h };
  const rightW = Math.max(120, w * 0.13);
  const control: Rect = { x: w - rightW - M, y: top, w: rightW, h: (laneTop - top) * 0.45 };
  const stockTop = control.y + control.h + 22;
  const stockH = (laneTop - 24 - stockTop) / Math.max(1, families);
  const stocks = Array.from({ length: families }, (_, i) => ({ x: control.x, y: stockTop + i * stockH, w: rightW, h: stockH - 6 }));
  const sx = board.x + colW + 2 * M;
  const sw = control.x - M - sx;
  const rows = stations * 95 > sw ? 2 : 1;
  const perRow = Math.ceil(stations / rows);
  const cellW = sw / perRow;
  const cellH = (laneTop - 24 - top) / rows;
  const stationRects = Array.from({ length: stations }, (_, i) => ({
    x: sx + (i % perRow) * cellW + 4,
    y: top + Math.floor(i / perRow) * cellH,
    w: cellW - 8,
    h: cellH - 12,
  }));
  const shipping: Rect = { x: 100, y: laneTop, w: w - 100 - M, h: h - laneTop - M };
  return { clients: clientNodes, book, board, stations: stationRects, control, stocks, shipping };
}

/** A grid that fits `n` tokens into `r`: the spacing (at most `maxGap`) and the columns. */
export interface Grid {
  r: Rect;
  gap: number;
  cols: number;
}

/** The largest grid (spacing ≤ `maxGap`, ≥ 2 px) that holds `n` tokens inside `r`. */
export function grid(r: Rect, n: number, maxGap = 14): Grid {
  let gap = Math.max(2, Math.min(maxGap, Math.sqrt((r.w * r.h) / Math.max(1, n))));
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
