/**
 * The Gantt of orders over time (canvas 2D): one row per order, a bar from receipt to
 * delivery (or to today), the launch (◆), the first promise (|) and the current promise (▼,
 * red when missed), a line at today. Draws only the rows in view; click selects an order.
 */
import type { Order } from '../../../agents/state';
import { COLOR, KIND_COLOR, css } from '../../config/colors';
import { el } from '../../app/shell';

const ROW = 14;
const LEFT = 44;
const AXIS = 18;

/** The Gantt view. */
export class Gantt {
  readonly element = el('div', { class: 'gantt', 'data-testid': 'gantt' });
  private readonly canvas = el('canvas', { class: 'gantt-canvas' });
  private readonly spacer = el('div');
  private orders: Order[] = [];
  private days = 1;
  private today = 0;

  constructor(private readonly pick: (order: number) => void) {
    this.element.append(this.canvas, this.spacer);
    this.element.addEventListener('scroll', () => this.draw());
    this.canvas.addEventListener('click', (e) => {
      const r = this.canvas.getBoundingClientRect();
      const i = Math.floor((e.clientY - r.top - AXIS + this.element.scrollTop) / ROW);
      if (e.clientY - r.top > AXIS && this.orders[i]) this.pick(this.orders[i].id);
    });
  }

  /** Sets the rows and the time span; `follow` keeps the newest orders in view. */
  set(orders: Order[], days: number, today: number, follow: boolean): void {
    const grew = orders.length !== this.orders.length;
    const atEnd = this.element.scrollTop + this.element.clientHeight >= this.element.scrollHeight - 3 * ROW;
    this.orders = orders;
    this.days = days;
    this.today = today;
    const h = this.element.clientHeight || 300;
    this.spacer.style.height = `${Math.max(0, orders.length * ROW + AXIS - h)}px`;
    if (follow && (grew || atEnd)) this.element.scrollTop = this.element.scrollHeight;
    this.draw();
  }

  /** Redraws the rows in view. */
  draw(): void {
    const w = this.element.clientWidth || 600;
    const h = this.element.clientHeight || 300;
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
    const x = (day: number) => LEFT + ((w - LEFT - 8) * day) / Math.max(1, this.days);
    g.fillStyle = css(COLOR.muted);
    for (let d = 0; d <= this.days; d += 28) {
      g.fillRect(x(d), AXIS - 4, 1, h);
      g.fillText(String(d), x(d) + 2, 11);
    }
    const first = Math.floor(this.element.scrollTop / ROW);
    for (let i = first; i < Math.min(this.orders.length, first + Math.ceil(h / ROW)); i++) {
      const o = this.orders[i];
      const y = AXIS + (i - first) * ROW;
      const end = (o.deliveredAt ?? this.today * 24 + 24) / 24;
      g.fillStyle = css(COLOR.muted);
      g.fillText(String(o.id).padStart(4, '0'), 4, y + 10);
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
    g.fillStyle = css(COLOR.late);
    g.fillRect(x(this.today + 1), 0, 1.5, h);
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
