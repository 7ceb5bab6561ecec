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
import { language, t } from '../../i18n/i18n';
import type { LabelKey } from '../../i18n/strings';
import { decimate, leadTimeByKind, lineStoppages, onTimeSeries, upTo, weeklyThroughput } from '../../model/series';
import { isolate } from '../../i18n/bidi';
import { withTerms } from './glossaryLink';
import { num, percent } from '../../i18n/numbers';
import { tc, type ClassroomKey } from '../../i18n/classroom';

/** The y axis of a chart: its unit as label, its marks written as the language writes numbers. */
function yAxis(c: ChartDef): uPlot.Axis {
  const lang = language();
  const axis: uPlot.Axis = { size: 60, label: tc(c.unit), labelSize: 16, values: (_u, marks) => marks.map((v) => (c.kind === 'share' ? percent(v, lang) : num(v, lang, 2))) };
  if (c.kind === 'count') axis.incrs = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
  if (c.kind === 'share') axis.incrs = [0.05, 0.1, 0.2, 0.25, 0.5];
  return axis;
}

/** The x axis: days (or weeks starting that day) as the language writes them. */
function xAxis(c: ChartDef): uPlot.Axis {
  const lang = language();
  return { label: tc(c.weekly ? 'axis.week' : 'axis.day'), labelSize: 16, values: (_u, marks) => marks.map((v) => num(v, lang)) };
}

type Data = (number | null)[][];
interface ChartDef {
  title: LabelKey;
  /** The unit of the y axis; `share` draws 0–1 as percentages, `count` whole numbers only. */
  unit: ClassroomKey;
  kind?: 'share' | 'count';
  /** The x axis counts weeks (a point per week, at its first day). */
  weekly?: boolean;
  /** Whether the run has anything to draw here (a chart of client lines needs clients with lines). */
  shown?: (sim: Simulation) => boolean;
  series: (sim: Simulation) => uPlot.Series[];
  data: (sim: Simulation, n: number, day: number) => Data;
}

const line = (label: string, stroke: string, extra: Partial<uPlot.Series> = {}): uPlot.Series => ({ label: isolate(label), stroke, width: 1.5, points: { show: false }, ...extra });

const kindsOf = (s: Simulation) => (['internal', 'semiExternal', 'external'] as const).filter((k) => s.scenario.clients.some((c) => c.kind === k));

const CHARTS: ChartDef[] = [
  { title: 'chart.wip', unit: 'axis.orders', kind: 'count', series: () => [line('WIP', '#3b6fb6')], data: (s, n, d) => [upTo(s.state.series.wipOrders, n, d)] },
  {
    title: 'chart.throughput',
    unit: 'axis.uo',
    series: () => [line('UO / 7 d', '#3b6fb6'), line(t('chart.norm'), '#d62728', { dash: [5, 4] })],
    data: (s, n, d) => [weeklyThroughput(s.state.series.producedUO, n, d), new Array(n).fill(s.scenario.commercial.orderBookTargetUOPerWeek)],
  },
  { title: 'chart.onTime', unit: 'axis.share', kind: 'share', series: () => [line(t('chart.onTime'), '#3c9a4a'), line(t('chart.onTimeFirst'), '#e08a1e')], data: (s, n, d) => onTimeSeries(s.state.series, n, d) },
  {
    title: 'chart.lead',
    unit: 'axis.days',
    weekly: true,
    // only the kinds the scenario's clients have (case B draws no "internal" line for its stock lots)
    series: (s) => kindsOf(s).map((k) => line(t(`kind.${k}`), css(KIND_COLOR[k]), { spanGaps: true })),
    data: (s, n, d) => {
      const l = leadTimeByKind(s.state.orders, n, d);
      return kindsOf(s).map((k) => l[k]);
    },
  },
  { title: 'chart.stock', unit: 'axis.parts', series: () => [line(t('chart.stock'), '#7b61a8')], data: (s, n, d) => [upTo(s.state.series.stockUnits, n, d)] },
  { title: 'chart.lines', unit: 'axis.lines', kind: 'count', shown: (s) => s.scenario.clients.some((c) => c.line !== undefined), series: () => [line(t('chart.lines'), '#d62728', { paths: uPlot.paths.stepped!({ align: 1 }) })], data: (s, n, d) => [lineStoppages(s.state.lines, n, d)] },
  {
    title: 'chart.trust',
    unit: 'axis.trust',
    series: (s) => s.scenario.clients.map((c, i) => line(c.id, SERIES_COLORS[i % SERIES_COLORS.length])),
    data: (s, n, d) => s.scenario.clients.map((c) => upTo(own(s.state.series.trust, c.id) ?? [], n, d)),
  },
];

/** The charts view. */
export class ChartsView implements View {
  private plots: uPlot[] = [];
  private shown: ChartDef[] = [];
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
    this.shown = CHARTS.filter((c) => c.shown?.(sim) ?? true);
    this.plots = this.shown.map((c) => {
      const axes = el('p', { class: 'sr-only', 'data-testid': 'chart-axes' }, tc('axis.caption', { y: tc(c.unit), x: tc(c.weekly ? 'axis.week' : 'axis.day') }));
      const box = el('div', { class: 'chart', 'data-testid': `chart-${c.title.slice(6)}` }, el('h3', {}, ...withTerms(t(c.title))), axes);
      this.grid.append(box);
      const opts: uPlot.Options = { width, height: 190, legend: { live: false }, scales: { x: { time: false }, y: { range: (_u, min, max) => (c.kind === 'share' ? [0, 1] : [Math.min(0, min ?? 0), Math.max(1, max ?? 1)]) } }, series: [{ label: t('time.day.label') }, ...c.series(sim)], axes: [xAxis(c), yAxis(c)] };
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
    this.shown.forEach((c, i) => {
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
