/**
 * The workshop's fixed nodes and their live gauges: client nodes (kind colour, trust gauge,
 * lost or line stopped), the commercial's book, the lanceur's board, the stations (down in
 * red, queue length), quality control (good / off-spec / scrap), the stock per family, the
 * delivery lane and a legend. `build` lays them out; `update` redraws only the gauges and
 * changes a label's text only when its value changed.
 */
import { Container, Graphics, Text, type TextStyleOptions } from 'pixi.js';
import type { SimState } from '../../../agents/state';
import type { Scenario } from '../../../scenario/schema';
import { COLOR, KIND_COLOR, KIND_SHAPE } from '../../config/colors';
import type { ClientKind } from '../../../scenario/schema';
import { LEGEND_RESERVE, type Rect, type WorkshopLayout } from '../../config/layout';
import { language, t } from '../../i18n/i18n';
import { stationName } from '../../i18n/scenarioText';
import { familiesOf } from '../../model/levers';
import { own } from '../../../core/keyed';
import { balanced, isolate } from '../../i18n/bidi';

const TITLE: TextStyleOptions = { fontFamily: 'system-ui, sans-serif', fontSize: 12, fontWeight: '600', fill: COLOR.text };
const SMALL: TextStyleOptions = { fontFamily: 'system-ui, sans-serif', fontSize: 11, fill: COLOR.muted };

/** The nodes layer. */
export class NodesLayer {
  readonly container = new Container();
  private readonly frame = new Graphics();
  private readonly gauges = new Graphics();
  private readonly labels = new Container();
  private readonly dynamic = new Container();
  private readonly values = new Map<string, Text>();
  private layout!: WorkshopLayout;
  private scenario!: Scenario;

  constructor() {
    this.container.addChild(this.frame, this.gauges, this.labels, this.dynamic);
  }

  /** Lays the nodes out (on start, resize and language change). */
  build(layout: WorkshopLayout, scenario: Scenario): void {
    this.layout = layout;
    this.scenario = scenario;
    this.frame.clear();
    for (const c of [...this.labels.removeChildren(), ...this.dynamic.removeChildren()]) c.destroy();
    this.values.clear();
    const box = (r: Rect, title: string) => {
      this.frame.roundRect(r.x, r.y, r.w, r.h, 6).fill(COLOR.panel).stroke({ width: 1, color: COLOR.panelBorder });
      this.text(title, r.x + 2, r.y - 16, TITLE, r.w - 4);
    };
    box(layout.book, t('node.book'));
    box(layout.board, t('node.board'));
    scenario.stations.forEach((s, i) => {
      box(layout.stations[i], isolate(stationName(scenario, i, language())));
      this.value(`q${i}`, layout.stations[i].x + 6, layout.stations[i].y + layout.stations[i].h - 16);
    });
    box(layout.control, t('node.control'));
    familiesOf(scenario).forEach((f, i) => {
      const r = layout.stocks[i];
      box(r, `${t('node.stock')} · ${isolate(f)}`);
      this.value(`stock${i}`, r.x + 6, r.y + 6);
    });
    const row = qcRow(layout.control);
    for (const [i, k] of (['good', 'offSpec', 'scrap'] as const).entries()) this.value(`qc${k}`, layout.control.x + 6, layout.control.y + 3 + i * row);
    this.frame.rect(layout.shipping.x, layout.shipping.y, layout.shipping.w, layout.shipping.h).fill({ color: COLOR.lane });
    this.text(t('node.shipping'), layout.shipping.x + 6, layout.shipping.y - 16, TITLE, layout.shipping.w - 8);
    scenario.clients.forEach((c, i) => {
      const n = layout.clients[i];
      const id = this.text(isolate(c.id), n.x, n.y, { ...TITLE, fontSize: 11, fill: 0xffffff });
      id.anchor.set(0.5);
    });
    this.legend();
    this.labels.cacheAsTexture(false);
    this.labels.cacheAsTexture(true);
  }

  /** The key along the top: each client kind's shape and colour, urgent, late; wraps to a second row when narrow. */
  private legend(): void {
    const L = this.layout;
    const left = L.portrait ? L.shipping.x : L.book.x;
    const right = L.shipping.x + L.shipping.w - LEGEND_RESERVE;
    let x = left;
    let y = 4;
    const item = (mark: (x: number, y: number) => void, label: string) => {
      const tx = this.text(label, 0, 0, SMALL);
      if (x > left && x + 14 + tx.width > right) {
        x = left;
        y += 16;
      }
      mark(x, y);
      tx.position.set(x + 14, y);
      x += 14 + tx.width + 10;
    };
    for (const k of ['internal', 'semiExternal', 'external'] as const) item((x, y) => shape(this.frame, k, x + 5, y + 7, 5).fill(KIND_COLOR[k]), t(`kind.${k}`));
    item((x, y) => this.frame.poly([x + 5, y + 1, x + 10, y + 7, x + 5, y + 13, x, y + 7]).fill(COLOR.muted), t('legend.urgent'));
    item((x, y) => this.frame.circle(x + 5, y + 7, 5).fill(COLOR.muted).stroke({ width: 2, color: COLOR.late }), t('legend.late'));
  }

  /**
   * A label at (x, y); when `wrap` is given and the text is wider, it is shrunk (never below
   * 75 %, never mirrored) and then cut with an ellipsis to fit.
   */
  private text(s: string, x: number, y: number, style: TextStyleOptions, wrap?: number, layer = this.labels): Text {
    const tx = new Text({ text: s, style });
    tx.position.set(x, y);
    if (wrap !== undefined) fit(tx, Math.max(0, wrap));
    layer.addChild(tx);
    return tx;
  }

  private value(key: string, x: number, y: number): void {
    this.values.set(key, this.text('', x, y, SMALL, undefined, this.dynamic));
  }

  private setValue(key: string, s: string): void {
    const tx = this.values.get(key);
    if (tx && tx.text !== s) tx.text = s;
  }

  /**
   * Redraws the gauges from the state and each client's trust (`trust[i]`, from its machine);
   * `trust` null draws no client's trust nor stopped line (a role's screen that may not see them).
   */
  update(state: SimState, trust: readonly number[] | null): void {
    const g = this.gauges.clear();
    const L = this.layout;
    state.clients.forEach((c, i) => {
      const n = L.clients[i];
      const line = own(state.lines, c.id);
      shape(g, c.kind, n.x, n.y, n.r).fill(c.lost && trust ? COLOR.lost : KIND_COLOR[c.kind]);
      if (!trust) return;
      if (line?.stopped) g.circle(n.x, n.y, n.r + 3).stroke({ width: 3, color: COLOR.down });
      const w = 36;
      g.rect(n.x - w / 2, n.y + n.r + 2, w, 4).fill(0xe3e5ea);
      g.rect(n.x - w / 2, n.y + n.r + 2, w * Math.max(0, Math.min(1, trust[i])), 4).fill(trust[i] < this.scenario.clients[i].trustThreshold + 0.1 ? COLOR.trustLow : COLOR.trustHigh);
    });
    state.stations.forEach((s, i) => {
      const r = L.stations[i];
      if (s.down) g.roundRect(r.x, r.y, r.w, r.h, 6).stroke({ width: 3, color: COLOR.down });
      this.setValue(`q${i}`, `${s.down ? t('node.down') + ' · ' : ''}${s.queue.length + (s.current === null ? 0 : 1)}`);
    });
    let good = 0, off = 0, scrap = 0;
    for (const o of state.orders) {
      good += o.good;
      off += o.offSpec;
      scrap += o.scrap;
    }
    const total = Math.max(1, good + off + scrap);
    const c = L.control;
    const barX = c.x + 6;
    const barW = c.w - 12;
    for (const [i, [k, v, col]] of ([['good', good, COLOR.good], ['offSpec', off, COLOR.offSpec], ['scrap', scrap, COLOR.scrap]] as const).entries()) {
      const row = qcRow(c);
      g.rect(barX, c.y + 3 + i * row + 14, Math.max(1, (barW * v) / total), Math.max(3, Math.min(8, row - 16))).fill(col);
      this.setValue(`qc${k}`, `${t(`node.${k}`)} ${v}`);
    }
    familiesOf(this.scenario).forEach((f, i) => {
      let units = 0;
      for (const p of this.scenario.products) if (p.family === f) units += own(state.stock, p.id) ?? 0;
      this.setValue(`stock${i}`, `${Math.round(units)}`);
      const r = L.stocks[i];
      g.rect(r.x + 6, r.y + r.h - 12, Math.min(r.w - 12, Math.sqrt(units) * 2), 6).fill(COLOR.stock);
    });
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }
}

/** The height of one quality-control row (label and bar) in the box `c`: at most 30 px, three rows fit. */
function qcRow(c: Rect): number {
  return Math.max(17, Math.min(30, (c.h - 6) / 3));
}

/** Draws the shape of a client of kind `kind` centred on (x, y) with radius `r` (to be filled). */
function shape(g: Graphics, kind: ClientKind, x: number, y: number, r: number): Graphics {
  const s = KIND_SHAPE[kind];
  if (s === 'disc') return g.circle(x, y, r);
  if (s === 'square') return g.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
  const pts: number[] = [];
  for (let i = 0; i < 6; i++) pts.push(x + r * Math.cos((Math.PI / 3) * i), y + r * Math.sin((Math.PI / 3) * i));
  return g.poly(pts);
}

/** Makes `tx` at most `width` wide: shrunk to 75 % at most, then cut with an ellipsis (empty when nothing fits). */
function fit(tx: Text, width: number): void {
  if (tx.width <= width) return;
  tx.scale.set(Math.max(0.75, width / tx.width));
  const full = tx.text;
  let n = full.length;
  while (n > 0 && tx.width > width) tx.text = balanced(full.slice(0, --n)) + '…';
  if (tx.width > width) tx.text = '';
}
