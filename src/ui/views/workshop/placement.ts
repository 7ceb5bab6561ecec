/**
 * From tokens (where each order and lot is) to sprite targets (where to draw them): each
 * place's tokens are packed into its node in stable order, except on the delivery lane, where
 * a token runs from the dock (right) to the clients (left) as its transport goes on, in a row
 * of its own (by order id); a token that appears starts where its order was last drawn, or at
 * its client. Pure.
 */
import type { Token } from '../../model/tokens';
import { cell, grid, type Grid, type Rect, type WorkshopLayout } from '../../config/layout';
import type { TokenTarget } from './tokenLayer';

/** Sprite targets for `tokens` in `layout`; `last` gives each order's last drawn position. */
export function placeTokens(tokens: readonly Token[], layout: WorkshopLayout, clientOf: (order: number) => number, last: Map<number, { x: number; y: number }>): TokenTarget[] {
  const groups = new Map<string, Token[]>();
  const keyOf = (p: Token['place']) => (p.at === 'station' ? `s${p.index}${p.busy ? 'b' : 'q'}` : p.at === 'book' || p.at === 'board' ? p.at : p.at === 'shipping' ? 'ship' : `c${p.index}`);
  for (const t of tokens) {
    const k = keyOf(t.place);
    const g = groups.get(k);
    if (g) g.push(t);
    else groups.set(k, [t]);
  }
  const out: TokenTarget[] = [];
  for (const [k, g] of groups) {
    let packed: Grid | null = null;
    const at = (r: Rect, i: number, maxGap = 14) => cell((packed ??= grid(r, g.length, maxGap)), i);
    g.forEach((t, i) => {
      const p = t.place;
      let pos: { x: number; y: number };
      if (p.at === 'book') pos = at(inset(layout.book), i);
      else if (p.at === 'board') pos = at(inset(layout.board), i);
      else if (p.at === 'station') {
        const r = layout.stations[p.index];
        pos = p.busy ? { x: r.x + r.w / 2, y: r.y + 14 } : at({ x: r.x + 4, y: r.y + 26, w: r.w - 8, h: r.h - 46 }, i, 12);
      } else if (p.at === 'shipping') pos = onLane(layout.shipping, t.order, p.progress);
      else {
        const c = layout.clients[p.index];
        pos = { x: c.x + c.r + 8 + (i % 4) * 9, y: c.y - 6 + Math.floor(i / 4) * 9 };
      }
      const c = layout.clients[clientOf(t.order)] ?? layout.clients[0];
      const from = last.get(t.order) ?? (k === 'book' ? c : pos);
      out.push({ key: t.key, order: t.order, x: pos.x, y: pos.y, kind: t.kind, urgent: t.urgent, late: t.late, fromX: from.x, fromY: from.y });
    });
  }
  return out;
}

const LANE_ROW = 10;

/** Where an order's token stands on the delivery lane `r` at `progress` (0 dock, 1 client). */
export function onLane(r: Rect, order: number, progress: number): { x: number; y: number } {
  const rows = Math.max(1, Math.floor((r.h - 8) / LANE_ROW));
  return { x: r.x + r.w - 8 - progress * (r.w - 16), y: r.y + 4 + LANE_ROW / 2 + (order % rows) * LANE_ROW };
}

function inset(r: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  return { x: r.x + 4, y: r.y + 4, w: r.w - 8, h: r.h - 8 };
}
