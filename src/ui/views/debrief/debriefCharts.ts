/**
 * The debrief's charts (uPlot): for each of {@link DEBRIEF_CHARTS}, the played run and the
 * all-automatic run on one chart, day by day up to the horizon. Draws what it is given.
 */
import uPlot from 'uplot';
import { el } from '../../app/shell';
import { td, type DebriefKey } from '../../i18n/debrief';
import { t } from '../../i18n/i18n';
import { DEBRIEF_CHARTS, type Figures } from '../../model/debrief';
import { decimate } from '../../model/series';

/** The charts of one comparison. */
export class DebriefCharts {
  readonly root = el('div', { class: 'charts db-charts', 'data-testid': 'db-charts' });
  private plots: uPlot[] = [];

  /** Draws `played` beside `automatic` (null: clears). */
  draw(base: { played: Figures; automatic: Figures } | null): void {
    this.clear();
    if (!base) return;
    const n = base.played.series.wip.length;
    const x = Array.from({ length: n }, (_, i) => i);
    const width = Math.max(260, Math.min(440, Math.floor(((this.root.clientWidth || 900) - 24) / 2)));
    for (const c of DEBRIEF_CHARTS) {
      const box = el('figure', { class: 'chart', 'data-chart': c }, el('figcaption', {}, td(`db.chart.${c}` as DebriefKey)));
      this.root.append(box);
      const [xs, ys] = decimate(x, [base.played.series[c], base.automatic.series[c]]);
      const opts: uPlot.Options = {
        width,
        height: 170,
        legend: { live: false },
        scales: { x: { time: false }, ...(c === 'onTime' || c === 'trust' ? { y: { range: [0, 1] as uPlot.Range.MinMax } } : {}) },
        series: [{ label: t('time.day.label') }, { label: td('db.played'), stroke: '#3b6fb6', width: 1.5, points: { show: false } }, { label: td('db.automatic'), stroke: '#e08a1e', width: 1.5, dash: [5, 4], points: { show: false } }],
        axes: [{}, { size: 56 }],
      };
      this.plots.push(new uPlot(opts, [xs, ...ys] as uPlot.AlignedData, box));
    }
  }

  /** Removes the charts. */
  clear(): void {
    for (const p of this.plots) p.destroy();
    this.plots = [];
    this.root.replaceChildren();
  }
}
