/**
 * The Gantt of orders over time (canvas 2D): one row per order crossing the shown span of days,
 * a bar from receipt to delivery (or to today), the launch (◆), the first promise (|) and the
 * current promise (▼, red when missed), a line at today. It opens centred on today and follows
 * it until the reader moves: zoom and pan with the buttons, Ctrl + wheel (zoom), Shift + wheel
 * or a drag (pan), and, with the focus on it, ← → (pan), + − (zoom), Home (today). Draws only
 * the rows in view; a click (not a drag) selects an order.
 */
import type { Order } from '../../../agents/state';
import { COLOR, KIND_COLOR, css } from '../../config/colors';
import { el } from '../../app/shell';
import { language } from '../../i18n/i18n';
import { count, num } from '../../i18n/numbers';
import { tc, type ClassroomKey } from '../../i18n/classroom';
import './plan.css';
import { centredOn, clampWindow, defaultSpan, firstOpenRow, orderExtent, pan, rowsIn, ticks, zoomAt, type TimeWindow } from '../../model/timeWindow';

const ROW = 14;
const LEFT = 44;
const AXIS = 18;

/** The Gantt view. */
export class Gantt {
  readonly element = el('div', { class: 'gantt-box' });
  private readonly scroller = el('div', { class: 'gantt', 'data-testid': 'gantt', tabindex: '0', role: 'region' });
  private readonly canvas = el('canvas', { class: 'gantt-canvas', 'aria-hidden': 'true' });
  private readonly spacer = el('div');
  private readonly shown = el('span', { class: 'gantt-span', 'data-testid': 'gantt-span' });
  private readonly buttons: [HTMLButtonElement, ClassroomKey][] = [];
  private readonly bar: HTMLElement;
  private orders: Order[] = [];
  private rows: number[] = [];
  private days = 1;
  private today = -1;
  private window: TimeWindow = { from: 0, span: 1 };
  /** Whether the window follows today (until the reader zooms, pans or scrolls). */
  private following = true;
  private drag: { x: number; y: number; from: number; top: number; moved: boolean } | null = null;

  constructor(private readonly pick: (order: number) => void) {
    const button = (key: ClassroomKey, text: string, id: string, act: () => void) => {
      const b = el('button', { type: 'button', class: 'gantt-btn', 'data-testid': `gantt-${id}` }, text);
      b.addEventListener('click', act);
      this.buttons.push([b, key]);
      return b;
    };
    this.bar = el(
      'div',
      { class: 'gantt-bar', role: 'group' },
      button('gantt.zoomOut', '−', 'zoom-out', () => this.zoom(1.5)),
      button('gantt.zoomIn', '+', 'zoom-in', () => this.zoom(1 / 1.5)),
      button('gantt.earlier', '◀', 'earlier', () => this.move(-this.window.span / 3)),
      button('gantt.later', '▶', 'later', () => this.move(this.window.span / 3)),
      button('gantt.today', '', 'today', () => this.toToday()),
      this.shown,
    );
    this.scroller.append(this.canvas, this.spacer);
    this.element.append(this.bar, this.scroller);
    this.scroller.addEventListener('scroll', () => this.draw());
    // follows its box (window resized, tab shown, drawer): the canvas is the box's size
    new ResizeObserver(() => {
      if (this.today >= 0 && this.scroller.clientWidth > 0) this.layout(this.following);
    }).observe(this.scroller);
    this.scroller.addEventListener('wheel', (e) => this.wheel(e), { passive: false });
    this.scroller.addEventListener('keydown', (e) => this.key(e));
    this.canvas.addEventListener('pointerdown', (e) => {
      this.drag = { x: e.clientX, y: e.clientY, from: this.window.from, top: this.scroller.scrollTop, moved: false };
      this.canvas.setPointerCapture(e.pointerId);
    });
    this.canvas.addEventListener('pointermove', (e) => {
      const d = this.drag;
      if (!d || (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < 4)) return;
      d.moved = true;
      this.following = false;
      this.window = clampWindow({ from: d.from - (e.clientX - d.x) / this.pxPerDay(), span: this.window.span }, this.days);
      this.scroller.scrollTop = d.top - (e.clientY - d.y);
      this.layout(false);
    });
    this.canvas.addEventListener('pointerup', (e) => {
      const d = this.drag;
      this.drag = null;
      if (!d || d.moved) return;
      const r = this.canvas.getBoundingClientRect();
      const i = Math.floor((e.clientY - r.top - AXIS + this.scroller.scrollTop) / ROW);
      const o = this.orders[this.rows[i]];
      if (e.clientY - r.top > AXIS && o) this.pick(o.id);
    });
    this.relabel();
  }

  /** Sets the orders (oldest first), the run's length and today; follows today unless the reader moved. */
  set(orders: Order[], days: number, today: number): void {
    const newDay = today !== this.today || days !== this.days;
    const first = this.today < 0;
    this.orders = orders;
    this.days = days;
    this.today = today;
    if (first) this.window = centredOn(today, defaultSpan(orders, days), days);
    else if (this.following) this.window = centredOn(today, this.window.span, days);
    this.window = clampWindow(this.window, days);
    // a filter leaving only orders outside the span (one old order, say): show the nearest of them
    if (orders.length && !rowsIn(orders, this.window, today).length) {
      const mid = (o: Order) => (orderExtent(o, today)[0] + orderExtent(o, today)[1]) / 2;
      const near = orders.reduce((best, o) => (Math.abs(mid(o) - today) < Math.abs(mid(best) - today) ? o : best));
      this.window = clampWindow({ from: mid(near) - this.window.span / 2, span: Math.max(this.window.span, orderExtent(near, today)[1] - orderExtent(near, today)[0] + 2) }, days);
      this.following = false;
    }
    this.layout(this.following && newDay);
  }

  /** Labels in the current language. */
  relabel(): void {
    for (const [b, key] of this.buttons) {
      if (key === 'gantt.today') b.textContent = tc(key);
      else b.setAttribute('aria-label', tc(key));
      b.title = tc(key);
    }
    this.bar.setAttribute('aria-label', tc('gantt.controls'));
    if (this.today >= 0) this.layout(false);
  }

  /** The window shown (for the tests and the docs). */
  span(): TimeWindow {
    return this.window;
  }

  private zoom(factor: number, anchor = this.window.from + this.window.span / 2): void {
    this.following = false;
    this.window = zoomAt(this.window, factor, anchor, this.days);
    this.layout(false);
  }

  private move(delta: number): void {
    this.following = false;
    this.window = pan(this.window, delta, this.days);
    this.layout(false);
  }

  private toToday(): void {
    this.following = true;
    this.window = centredOn(this.today, this.window.span, this.days);
    this.layout(true);
  }

  private wheel(e: WheelEvent): void {
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      const r = this.canvas.getBoundingClientRect();
      this.zoom(Math.exp(e.deltaY / 300), this.window.from + (e.clientX - r.left - LEFT) / this.pxPerDay());
    } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      e.preventDefault();
      this.move((e.shiftKey ? e.deltaY || e.deltaX : e.deltaX) / this.pxPerDay());
    } else this.following = false; // a plain wheel scrolls the rows
  }

  private key(e: KeyboardEvent): void {
    const k = e.key;
    const act: Record<string, () => void> = {
      ArrowLeft: () => this.move(-this.window.span / 6),
      ArrowRight: () => this.move(this.window.span / 6),
      '+': () => this.zoom(1 / 1.5),
      '=': () => this.zoom(1 / 1.5),
      '-': () => this.zoom(1.5),
      Home: () => this.toToday(),
    };
    if (!act[k] || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    e.stopPropagation(); // the app's shortcuts (a day back, speed) do not take these keys here
    act[k]();
  }

  private pxPerDay(): number {
    return ((this.scroller.clientWidth || 600) - LEFT - 8) / this.window.span;
  }

  /** Recomputes the rows in the window, the scroll height and the labels, then draws; `toOpen` scrolls to the first open order. */
  private layout(toOpen: boolean): void {
    this.rows = rowsIn(this.orders, this.window, this.today);
    const h = this.scroller.clientHeight || 300;
    this.spacer.style.height = `${Math.max(0, this.rows.length * ROW + AXIS - h)}px`;
    if (toOpen) this.scroller.scrollTop = firstOpenRow(this.orders, this.rows, this.today) * ROW;
    const lang = language();
    const vars = { from: num(Math.floor(this.window.from), lang), to: num(Math.ceil(this.window.from + this.window.span) - 1, lang), orders: count(this.rows.length, lang, tc('gantt.order'), tc('gantt.orders')) };
    this.shown.textContent = tc('gantt.window', vars);
    this.scroller.setAttribute('aria-label', tc('gantt.region', vars));
    this.draw();
  }

  /** Redraws the rows in view. */
  draw(): void {
    const w = this.scroller.clientWidth || 600;
    const h = this.scroller.clientHeight || 300;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    if (this.canvas.width !== w * dpr || this.canvas.height !== h * dpr) {
      this.canvas.width = w * dpr;
      this.canvas.height = h * dpr;
      this.canvas.style.width = `${w}px`;
      this.canvas.style.height = `${h}px`;
    }
    const g = this.canvas.getContext('2d');
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, h);
    g.font = '10px system-ui, sans-serif';
    const { from, span } = this.window;
    const x = (day: number) => LEFT + ((w - LEFT - 8) * (day - from)) / span;
    g.fillStyle = css(COLOR.muted);
    g.fillText(tc('gantt.axis'), 4, 11);
    g.save();
    g.beginPath();
    g.rect(LEFT, 0, w - LEFT, h);
    g.clip();
    for (const d of ticks(this.window, Math.max(2, Math.floor((w - LEFT) / 60)))) {
      g.fillRect(x(d), AXIS - 4, 1, h);
      const label = num(d, language());
      if (x(d) + 2 + g.measureText(label).width <= w) g.fillText(label, x(d) + 2, 11); // no label cut at the edge
    }
    g.restore();
    const first = Math.floor(this.scroller.scrollTop / ROW);
    for (let i = first; i < Math.min(this.rows.length, first + Math.ceil(h / ROW)); i++) {
      const o = this.orders[this.rows[i]];
      const y = AXIS + (i - first) * ROW;
      g.fillStyle = css(COLOR.muted);
      g.fillText(String(o.id).padStart(4, '0'), 4, y + 10);
      g.save();
      g.beginPath();
      g.rect(LEFT, AXIS, w - LEFT, h - AXIS);
      g.clip();
      this.row(g, o, y, x);
      g.restore();
    }
    g.fillStyle = css(COLOR.late);
    if (x(this.today + 1) >= LEFT) g.fillRect(x(this.today + 1), 0, 1.5, h);
  }

  private row(g: CanvasRenderingContext2D, o: Order, y: number, x: (day: number) => number): void {
    const end = (o.deliveredAt ?? this.today * 24 + 24) / 24;
    g.globalAlpha = o.status === 'delivered' ? 0.45 : 0.8;
    g.fillStyle = css(KIND_COLOR[o.kind]);
    g.fillRect(x(o.receivedAt / 24), y + 3, Math.max(1, x(end) - x(o.receivedAt / 24)), ROW - 6);
    g.globalAlpha = 1;
    if (o.launchedAt !== null) this.diamond(g, x(o.launchedAt / 24), y + ROW / 2);
    g.fillStyle = '#555';
    g.fillRect(x(o.firstPromisedDay + 1), y + 1, 1.5, ROW - 2);
    const missed = (o.deliveredAt !== null ? Math.floor(o.deliveredAt / 24) : this.today) > o.promisedDay;
    g.fillStyle = missed ? css(COLOR.late) : '#1f2430';
    const px = x(o.promisedDay + 1);
    g.beginPath();
    g.moveTo(px - 4, y + 1);
    g.lineTo(px + 4, y + 1);
    g.lineTo(px, y + ROW - 3);
    g.fill();
  }

  private diamond(g: CanvasRenderingContext2D, cx: number, cy: number): void {
    g.fillStyle = '#111';
    g.beginPath();
    g.moveTo(cx, cy - 4);
    g.lineTo(cx + 4, cy);
    g.lineTo(cx, cy + 4);
    g.lineTo(cx - 4, cy);
    g.fill();
  }
}
