/**
 * A study's results for one figure: the box plot by level and, as its text alternative, a
 * table of the same numbers (levels, runs, min, Q1, median, Q3, max, mean) in the figure's
 * unit; and a link to the runs as the sweep's long CSV. Redrawn as runs arrive.
 */
import type { Design } from '../../../experiments/design';
import { formatLong } from '../../../experiments/longFormat';
import type { SweepMeta } from '../../../experiments/meta';
import type { RunRecord } from '../../../experiments/records';
import { el } from '../../app/shell';
import { tx } from '../../i18n/experiments';
import { language, tl } from '../../i18n/i18n';
import { studyBoxes, type StudyBox } from '../../model/boxStats';
import { formatValue, type KpiUnit } from '../../model/kpiRows';
import { unitOf } from '../../model/kpiWords';
import { LEVERS } from '../../model/levers';
import { toShown } from '../../model/studyLevels';
import { mark, num } from '../../i18n/numbers';
import { boxPlot } from './boxPlot';

/** A factor's level in words: a number in the lever's shown unit, an option's name. */
export function levelText(path: string, value: unknown): string {
  const l = LEVERS.find((x) => x.path === path);
  if (l?.kind === 'number' && typeof value === 'number') return `${num(toShown(value, l.scale), language(), 2)}\u00a0${tl(`unit.${l.unit}`)}`;
  return typeof value === 'string' ? tl(value) : JSON.stringify(value);
}

function unitWord(unit: KpiUnit): string {
  if (unit === 'share') return '%';
  if (unit === 'days') return tl('unit.days');
  if (unit === 'UO/week') return tl('unit.UO/week');
  return '';
}

/** The results block. */
export class StudyResults {
  readonly element = el('div', { class: 'x-results', 'data-testid': 'x-results' });

  /**
   * Draws `records` of `design` for `kpi` (`days` for a figure per week), `width` pixels wide;
   * `meta` heads the CSV. Nothing yet: a line saying so.
   */
  draw(design: Design | null, records: readonly RunRecord[], kpi: string, days: number, meta: SweepMeta, width: number): void {
    if (!design || records.length === 0) return this.element.replaceChildren(el('p', { class: 'legend-note' }, tx('x.empty')));
    const unit = unitOf(kpi);
    const format = (v: number | null) => formatValue(v, unit, language());
    const boxes = studyBoxes(records, design.combinations.length, kpi, days);
    const labels = design.combinations.map((values) => values.map((v, j) => levelText(design.paths[j], v)));
    const word = unitWord(unit);
    const figure = tl(kpi);
    const by = design.paths.map((p) => tl(p)).join(', ');
    const seeds = Math.max(...boxes.map((b) => b.values.length + b.missing));
    const caption = `${figure} ${tx('x.by')} ${by} (${seeds} ${tx('x.seedsWord')})`;
    const plot = boxPlot({ boxes, labels, format: (v) => format(v), axisTitle: word && !figure.includes(word) ? `${figure} (${word})` : figure, name: `${tx('x.plot')}${mark(':', language())}${caption}`, width, ...(unit === 'share' ? { limit: { lo: 0, hi: 1 } } : {}) });
    const csv = formatLong(meta, design.paths, records);
    const link = el('a', { href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, download: 'negoplan-study.csv', 'data-testid': 'x-csv' }, tx('x.download'));
    this.element.replaceChildren(el('figure', { class: 'x-figure' }, plot, el('figcaption', { class: 'legend-note' }, tx('x.plotNote'))), this.table(design, boxes, labels, caption, format), el('p', {}, link));
  }

  /**
   * The table, named by a heading above it rather than a caption, so that the name wraps to the
   * page's width while the table itself scrolls sideways in its own focusable region on a phone.
   */
  private table(design: Design, boxes: readonly StudyBox[], labels: readonly string[][], caption: string, format: (v: number | null) => string): HTMLElement {
    const head = el('tr', {}, ...design.paths.map((p) => el('th', { scope: 'col' }, tl(p))), ...(['x.runs', 'x.min', 'x.q1', 'x.median', 'x.q3', 'x.max', 'x.mean'] as const).map((k) => el('th', { scope: 'col', class: 'num' }, tx(k))));
    const rows = boxes.map((b, i) => {
      const s = b.stats;
      const runs = b.missing ? `${b.values.length} (+${b.missing} ${tx('x.noValue')})` : String(b.values.length);
      return el('tr', { 'data-combination': String(b.combination) }, ...labels[i].map((l, j) => (j === 0 ? el('th', { scope: 'row' }, l) : el('td', {}, l))), el('td', { class: 'num' }, runs), ...[s.min, s.q1, s.median, s.q3, s.max, s.mean].map((v) => el('td', { class: 'num' }, format(v))));
    });
    const name = el('p', { class: 'x-caption', id: 'x-table-name', 'data-testid': 'x-table-name' }, `${tx('x.table')}${mark(':', language())}${caption}`);
    const table = el('table', { class: 'x-table', 'data-testid': 'x-table', 'aria-labelledby': name.id }, el('thead', {}, head), el('tbody', {}, ...rows));
    return el('div', {}, name, el('div', { class: 'x-scroll', role: 'region', tabindex: '0', 'aria-labelledby': name.id }, table));
  }
}
