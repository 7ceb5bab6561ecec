/**
 * Chart series derived from the run's daily samples and orders: pure functions from state to
 * aligned arrays (x = day index). Values after the displayed day are left out (null), so a
 * chart shows the run up to now.
 */
import type { SimState } from '../../agents/state';
import { perClientKind, type ClientKind } from '../../scenario/schema';

/** x = days 0..n-1 and y arrays of the same length. */
export interface SeriesSet {
  x: number[];
  ys: (number | null)[][];
}

function days(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** A daily series cut at `upTo` (inclusive), padded with null to `n` days. */
export function upTo(values: readonly number[], n: number, last: number): (number | null)[] {
  return days(n).map((d) => (d <= last && values[d] !== undefined ? values[d] : null));
}

/** UO produced in the 7 days ending at each day (a rolling weekly throughput). */
export function weeklyThroughput(producedUO: readonly number[], n: number, last: number): (number | null)[] {
  return days(n).map((d) => (d <= last && d >= 7 && producedUO[d] !== undefined ? producedUO[d] - producedUO[d - 7] : null));
}

/** Cumulative on-time share of delivered orders, against the last and the first promise. */
export function onTimeSeries(s: SimState['series'], n: number, last: number): [(number | null)[], (number | null)[]] {
  const f = (late: readonly number[]) => days(n).map((d) => (d <= last && s.delivered[d] ? 1 - late[d] / s.delivered[d] : null));
  return [f(s.late), f(s.lateVsFirst)];
}

/** Mean lead time (days) of the orders delivered in each week, by client kind; x = week start day. */
export function leadTimeByKind(orders: SimState['orders'], n: number, last: number): Record<ClientKind, (number | null)[]> {
  const weeks = Math.ceil(n / 7);
  const sum = perClientKind(() => new Array<number>(weeks).fill(0));
  const count = perClientKind(() => new Array<number>(weeks).fill(0));
  for (const o of orders) {
    if (o.deliveredAt === null || o.replenishment) continue; // a replenishment lot is no client's order
    const w = Math.floor(o.deliveredAt / 24 / 7);
    if (w >= weeks || o.deliveredAt / 24 > last + 1) continue;
    sum[o.kind][w] += (o.deliveredAt - o.receivedAt) / 24;
    count[o.kind][w]++;
  }
  return perClientKind((k) => days(n).map((d) => (d % 7 === 0 && d <= last && count[k][d / 7] ? sum[k][d / 7] / count[k][d / 7] : null)));
}

/** Client lines stopped on each day (case B), from the stoppage intervals. */
export function lineStoppages(lines: SimState['lines'], n: number, last: number): (number | null)[] {
  const out: (number | null)[] = days(n).map((d) => (d <= last ? 0 : null));
  for (const line of Object.values(lines)) {
    for (const st of line.stoppages) {
      const from = Math.floor(st.start / 24);
      const to = st.end === null ? last : Math.floor(st.end / 24);
      for (let d = Math.max(0, from); d <= Math.min(to, last, n - 1); d++) out[d] = (out[d] ?? 0) + 1;
    }
  }
  return out;
}

/**
 * At most about `max` points of aligned series: every k-th day (k = ⌈n / max⌉), keeping within
 * each stretch of k days the value farthest from the stretch's first (so peaks survive), and
 * the last day. Nulls stay nulls. Pure; returns the input when it is short enough.
 */
export function decimate(x: readonly number[], ys: readonly (readonly (number | null)[])[], max = 1500): [number[], (number | null)[][]] {
  const n = x.length;
  if (n <= max) return [x as number[], ys as (number | null)[][]];
  const k = Math.ceil(n / max);
  const xs: number[] = [];
  const out = ys.map(() => [] as (number | null)[]);
  for (let i = 0; i < n; i += k) {
    const end = Math.min(n, i + k);
    xs.push(x[i]);
    ys.forEach((y, j) => {
      let pick: number | null = y[i];
      for (let m = i + 1; m < end; m++) {
        const v = y[m];
        if (v !== null && (pick === null || Math.abs(v - (y[i] ?? v)) > Math.abs(pick - (y[i] ?? pick)))) pick = v;
      }
      out[j].push(pick);
    });
  }
  if (xs[xs.length - 1] !== x[n - 1]) {
    xs.push(x[n - 1]);
    ys.forEach((y, j) => out[j].push(y[n - 1]));
  }
  return [xs, out];
}
