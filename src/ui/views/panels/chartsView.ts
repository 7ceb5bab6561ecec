/**
 * The charts (uPlot), up to the displayed day: WIP, weekly throughput against the norm,
 * on-time rate, lead time by client kind, stock on hand, client lines stopped, trust per
 * client. Each chart is a title, its series and a function from the run to its data.
 */
import uPlot from 'uplot';
import type { Simulation } from '../../../simulation/simulation';
import { own } from '../../../core/keyed';
import type { AppContext, View } from '../../app/context';
import { el } from '../../app/shell';
import { css, KIND_COLOR, SERIES_COLORS } from '../../config/colors';
import { t } from '../../i18n/i18n';
import type { LabelKey } from '../../i18n/strings';
import { decimate, leadTimeByKind, lineStoppages, onTimeSeries, upTo, weeklyThroughput } from '../../model/series';
import { isolate } from '../../i18n/bidi';

type Data = (number | null)[][];
interface ChartDef {
  title: LabelKey;
  series: (sim: Simulation) => uPlot.Series[];
  data: (sim: Simulation, n: number, day: number) => Data;
}

const line = (label: string, stroke: string, extra: Partial<uPlot.Series> = {}): uPlot.Series => ({ label: isolate(label), stroke, width: 1.5, points: { show: false }, ...extra });

const kindsOf = (s: Simulation) => (['internal', 'semiExternal', 'external'] as const).filter((k) => s.scenario.clients.some((c) => c.kind === k));

const CHARTS: ChartDef[] = [
  { title: 'chart.wip', series: () => [line('WIP', '#3b6fb6')], data: (s, n, d) => [upTo(s.state.series.wipOrders, n, d)] },
  {
    title: 'chart.throughput',
    series: () => [line('UO / 7 d', '#3b6fb6'), line(t('chart.norm'), '#d62728', { dash: [5, 4] })],
    data: (s, n, d) => [weeklyThroughput(s.state.series.producedUO, n, d), new Array(n).fill(s.scenario.commercial.orderBookTargetUOPerWeek)],
  },
  { title: 'chart.onTime', series: () => [line(t('chart.onTime'), '#3c9a4a'), line(t('chart.onTimeFirst'), '#e08a1e')], data: (s, n, d) => onTimeSeries(s.state.series, n, d) },
  {
    title: 'chart.lead',
    // only the kinds the scenario's clients have (case B draws no "internal" line for its stock lots)
    series: (s) => kindsOf(s).map((k) => line(t(`kind.${k}`), css(KIND_COLOR[k]), { spanGaps: true })),
    data: (s, n, d) => {
      const l = leadTimeByKind(s.state.orders, n, d);
      return kindsOf(s).map((k) => l[k]);
    },
  },
  { title: 'chart.stock', series: () => [line(t('chart.stock'), '#7b61a8')], data: (s, n, d) => [upTo(s.state.series.stockUnits, n, d)] },
  { title: 'chart.lines', series: () => [line(t('chart.lines'), '#d62728', { paths: uPlot.paths.stepped!({ align: 1 }) })], data: (s, n, d) => [lineStoppages(s.state.lines, n, d)] },
  {
    title: 'chart.trust',
    series: (s) => s.scenario.clients.map((c, i) => line(c.id, SERIES_COLORS[i % SERIES_COLORS.length])),
    data: (s, n, d) => s.scenario.clients.map((c) => upTo(own(s.state.series.trust, c.id) ?? [], n, d)),
  },
];

/** The charts view. */
export class ChartsView implements View {
  private plots: uPlot[] = [];
  private readonly grid = el('div', { class: 'charts', 'data-testid': 'charts' });

  constructor(
    host: HTMLElement,
    private readonly ctx: AppContext,
  ) {
    host.append(this.grid);
  }

  private build(): void {
    for (const p of this.plots) p.destroy();
    this.grid.replaceChildren();
    const sim = this.ctx.engine.sim;
    const avail = this.grid.clientWidth || 900;
    const width = Math.max(240, Math.floor(avail / Math.max(1, Math.floor(avail / 430))) - 12);
    this.plots = CHARTS.map((c) => {
      const box = el('div', { class: 'chart' }, el('h3', {}, t(c.title)));
      this.grid.append(box);
      const opts: uPlot.Options = { width, height: 190, legend: { live: false }, scales: { x: { time: false }, y: { range: (_u, min, max) => [Math.min(0, min ?? 0), Math.max(1, max ?? 1)] } }, series: [{ label: t('time.day.label') }, ...c.series(sim)], axes: [{}, { size: 56 }] };
      return new uPlot(opts, [[0], ...c.series(sim).map(() => [null])] as uPlot.AlignedData, box);
    });
  }

  reset(): void {
    this.plots.forEach((p) => p.destroy());
    this.plots = [];
  }

  update(): void {
    if (!this.plots.length) this.build();
    const e = this.ctx.engine;
    const n = e.sim.days;
    const x = Array.from({ length: n }, (_, i) => i);
    // a long run draws at most about 1,500 points a series (peaks kept), so drawing stays quick
    CHARTS.forEach((c, i) => {
      const [xs, ys] = decimate(x, c.data(e.sim, n, e.day));
      this.plots[i].setData([xs, ...ys] as uPlot.AlignedData);
    });
  }

  relabel(): void {
    this.reset();
    this.update();
  }

  resize(): void {
    this.relabel();
  }
}
