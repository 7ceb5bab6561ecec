/**
 * A box plot drawn as SVG (uPlot has none): one box per combination, first to third quartile,
 * a thick line at the median, whiskers to the lowest and highest run, a dot per run; a value
 * axis with round ticks in the figure's unit, its title above; each box labelled with its levels
 * below, wrapped to the box's width (the table beside has them whole). SVG presentation attributes only (the page's Content-Security-Policy forbids style
 * attributes). The picture is one image for assistive technology (`role=img` with a name);
 * the text table beside it holds the same numbers.
 */
import { niceTicks, valueRange, type StudyBox } from '../../model/boxStats';

const NS = 'http://www.w3.org/2000/svg';
const HEIGHT = 300;
const LEFT = 64;
const RIGHT = 12;
const TOP = 26;
const LABEL_LINE = 15;
/** About the width of a character of the 12 px labels, to wrap them within a box's slot. */
const CHAR_WIDTH = 6.8;
const MAX_LABEL_LINES = 3;

/** `text` in lines of at most `max` characters, broken between words, at most three (the last cut with …). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const cut = lines.slice(0, MAX_LABEL_LINES).map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
  if (lines.length > MAX_LABEL_LINES) cut[MAX_LABEL_LINES - 1] = `${cut[MAX_LABEL_LINES - 1].slice(0, max - 1)}…`;
  return cut;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** What to draw: the boxes, each box's label lines (one a factor), the value format and the axis title. */
export interface BoxPlotInput {
  boxes: readonly StudyBox[];
  labels: readonly string[][];
  format: (v: number) => string;
  axisTitle: string;
  /** The accessible name of the picture. */
  name: string;
  width: number;
  /** Bounds the axis keeps within when the values do (0 and 1 for a share). */
  limit?: { lo: number; hi: number };
}

/** The plot of `p` as an `<svg>` element `p.width` pixels wide. */
export function boxPlot(p: BoxPlotInput): SVGSVGElement {
  const slot = (p.width - LEFT - RIGHT) / Math.max(1, p.boxes.length);
  const labels = p.labels.map((l) => l.flatMap((text) => wrap(text, Math.max(4, Math.floor(slot / CHAR_WIDTH)))));
  const lines = Math.max(1, ...labels.map((l) => l.length));
  const bottom = 10 + lines * LABEL_LINE;
  const root = svg('svg', { width: p.width, height: HEIGHT, viewBox: `0 0 ${p.width} ${HEIGHT}`, role: 'img', 'aria-label': p.name, class: 'x-boxplot', 'data-testid': 'x-boxplot' });
  const range = valueRange(p.boxes, p.limit);
  const plotW = p.width - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - bottom;
  root.append(svg('rect', { x: LEFT, y: TOP, width: plotW, height: plotH, fill: '#ffffff', stroke: '#8a93a3' }));
  root.append(svg('text', { x: 4, y: 16, 'font-size': 12, 'font-weight': 600, fill: '#1f2a44' }, p.axisTitle));
  if (!range) return root;
  const y = (v: number) => TOP + plotH - ((v - range.lo) / (range.hi - range.lo)) * plotH;
  for (const t of niceTicks(range.lo, range.hi, 5)) {
    root.append(svg('line', { x1: LEFT, x2: LEFT + plotW, y1: y(t), y2: y(t), stroke: '#e3e6eb' }));
    root.append(svg('text', { x: LEFT - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#1f2a44' }, p.format(t)));
  }
  const half = Math.min(36, slot * 0.3);
  p.boxes.forEach((b, i) => {
    const cx = LEFT + slot * (i + 0.5);
    const g = svg('g', { 'data-combination': b.combination });
    const s = b.stats;
    if (s.n > 0) {
      g.append(svg('line', { x1: cx, x2: cx, y1: y(s.max!), y2: y(s.q3!), stroke: '#1f4e8c', 'stroke-width': 1.5 }));
      g.append(svg('line', { x1: cx, x2: cx, y1: y(s.q1!), y2: y(s.min!), stroke: '#1f4e8c', 'stroke-width': 1.5 }));
      for (const v of [s.min!, s.max!]) g.append(svg('line', { x1: cx - half / 2, x2: cx + half / 2, y1: y(v), y2: y(v), stroke: '#1f4e8c', 'stroke-width': 1.5 }));
      g.append(svg('rect', { x: cx - half, y: y(s.q3!), width: 2 * half, height: Math.max(1, y(s.q1!) - y(s.q3!)), fill: '#dbe7f7', stroke: '#1f4e8c', 'stroke-width': 1.5 }));
      g.append(svg('line', { x1: cx - half, x2: cx + half, y1: y(s.median!), y2: y(s.median!), stroke: '#0b1a33', 'stroke-width': 3 }));
      b.values.forEach((v, k) => {
        // dots spread across the box by their order, so equal values stay visible
        const dx = b.values.length === 1 ? 0 : (k / (b.values.length - 1) - 0.5) * half * 1.2;
        g.append(svg('circle', { cx: cx + dx, cy: y(v), r: 3, fill: '#b3261e', 'fill-opacity': 0.8 }));
      });
    }
    labels[i].forEach((line, k) => g.append(svg('text', { x: cx, y: TOP + plotH + 16 + k * LABEL_LINE, 'text-anchor': 'middle', 'font-size': 12, fill: '#1f2a44' }, line)));
    root.append(g);
  });
  return root;
}
