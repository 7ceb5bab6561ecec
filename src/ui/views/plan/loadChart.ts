/**
 * The weekly load chart of the plan view (uPlot): UO produced in past weeks and planned for
 * coming weeks as bars, the workshop's capacity, the management norm (order-book target) and
 * the reserve band (the share of capacity the lanceur keeps free) as lines and a band.
 */
import uPlot from 'uplot';
import type { Simulation } from '../../../simulation/simulation';
import { t } from '../../i18n/i18n';
import { weeklyLoad } from '../../model/plan';
import { tc } from '../../i18n/classroom';

/** The load chart. */
export class LoadChart {
  private plot: uPlot | null = null;

  constructor(private readonly host: HTMLElement) {
    // follows its box (window resized, drawer, tab shown), not only the next update
    new ResizeObserver(() => {
      const width = Math.max(240, this.host.clientWidth);
      if (this.plot && this.host.clientWidth > 0 && Math.abs(this.plot.width - width) > 4) this.plot.setSize({ width, height: 170 });
    }).observe(host);
  }

  private build(width: number): uPlot {
    const bars = uPlot.paths.bars!({ size: [0.7, 40] });
    const opts: uPlot.Options = {
      width,
      height: 170,
      title: t('plan.load'),
      legend: { show: true, live: false },
      scales: { x: { time: false } },
      series: [
        { label: tc('axis.week') },
        { label: t('plan.produced'), stroke: '#3b6fb6', fill: 'rgba(59,111,182,.55)', paths: bars, points: { show: false } },
        { label: t('plan.planned'), stroke: '#9aa3b2', fill: 'rgba(154,163,178,.45)', paths: bars, points: { show: false } },
        { label: t('plan.capacity'), stroke: '#1f2430', width: 1.5, points: { show: false } },
        { label: t('plan.reserve'), stroke: '#d9a400', dash: [4, 4], width: 1, points: { show: false } },
        { label: t('plan.norm'), stroke: '#d62728', width: 2, points: { show: false } },
      ],
      bands: [{ series: [3, 4], fill: 'rgba(217,164,0,.15)' }],
      axes: [{ label: tc('axis.week'), labelSize: 16 }, { size: 56, label: `${tc('axis.uo')} / 7 ${tc('axis.days')}`, labelSize: 16 }],
    };
    return new uPlot(opts, [[0], [null], [null], [null], [null], [null]], this.host);
  }

  /** Redraws from `sim` as of day `day`. */
  update(sim: Simulation, day: number): void {
    const width = Math.max(240, this.host.clientWidth);
    if (!this.plot) this.plot = this.build(width);
    const s = sim.scenario;
    const load = weeklyLoad(sim.state, sim.days, day, s.lanceur.quantityMargin);
    const cap = (sim.capacity.uoPerDay * sim.calendar.hoursPerWeek) / sim.calendar.hoursPerDay;
    const n = load.x.length;
    this.plot.setData([load.x, load.produced, load.planned, new Array(n).fill(cap), new Array(n).fill(cap * (1 - s.lanceur.capacityReserve.share)), new Array(n).fill(s.commercial.orderBookTargetUOPerWeek)]);
    if (Math.abs(this.plot.width - width) > 4) this.plot.setSize({ width, height: 170 });
  }

  /** Rebuilds with new labels. */
  relabel(): void {
    this.plot?.destroy();
    this.plot = null;
  }
}
