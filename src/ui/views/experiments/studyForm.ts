/**
 * The study's form: one or two levers from the strategy panel's table, each with its levels
 * (numbers in the lever's shown unit, or the options to try, ticked), the seeds per level, the
 * first seed, the days simulated and the figure to plot. Every control is labelled. `read`
 * gives the factors and settings, or the first problem in words. Calls `changed` after every edit.
 */
import type { Factor } from '../../../experiments/design';
import { el } from '../../app/shell';
import { tx } from '../../i18n/experiments';
import { language, tl } from '../../i18n/i18n';
import { PANEL_KPIS } from '../../model/kpiRows';
import { LEVERS, type LeverDef } from '../../model/levers';
import { defaultLevels, rangeText, readLevels, writeLevels } from '../../model/studyLevels';
import { MAX_SEED } from '../../model/settings';

/** The figures a study can plot: the side panel's, by their flattened names. */
export const STUDY_FIGURES: readonly string[] = PANEL_KPIS.map(([k]) => k);

/** What the form says: the factors and settings, or the first problem. */
export type FormRead = { factors: Factor[]; runs: number; seedBase: number; days: number } | { problem: string };

const NONE = '';

/** One lever's block: its picker and its levels. */
class FactorBlock {
  readonly element: HTMLFieldSetElement;
  readonly picker: HTMLSelectElement;
  private readonly legend = el('legend');
  private readonly levelsBox = el('div', { class: 'x-levels' });
  /** The levels' text or ticked options, per lever path (kept when the lever changes). */
  private texts = new Map<string, string>();
  private ticked = new Map<string, Set<string>>();

  constructor(
    private readonly index: number,
    private readonly optional: boolean,
    private readonly current: () => Record<string, unknown>,
    private readonly changed: () => void,
  ) {
    this.picker = el('select', { id: `x-lever-${index}`, 'data-testid': `x-lever-${index}` });
    this.picker.oninput = () => {
      this.renderLevels();
      this.changed();
    };
    this.element = el('fieldset', { class: 'x-factor' }, this.legend, el('div', { class: 'lever x-stack' }, el('label', { for: this.picker.id, 'data-x': 'x.lever' }), this.picker), this.levelsBox);
  }

  lever(): LeverDef | undefined {
    return LEVERS.find((l) => l.path === this.picker.value);
  }

  choose(path: string): void {
    this.picker.value = path;
    this.renderLevels();
  }

  relabel(): void {
    const keep = this.picker.value;
    this.legend.textContent = tx(this.index === 1 ? 'x.factor1' : 'x.factor2');
    const options = LEVERS.filter((l) => l.path !== 'stocks').map((l) => el('option', { value: l.path }, tl(l.path)));
    this.picker.replaceChildren(...(this.optional ? [el('option', { value: NONE }, tx('x.none'))] : []), ...options);
    this.picker.value = keep;
    this.element.querySelectorAll<HTMLElement>('[data-x]').forEach((e) => (e.textContent = tx(e.dataset.x as 'x.lever')));
    this.renderLevels();
  }

  /** The factor, null when no lever is chosen, or a problem in words. */
  read(): Factor | null | string {
    const l = this.lever();
    if (!l) return null;
    if (l.kind === 'choice') {
      const levels = l.options.filter((o) => this.options(l).has(o));
      return levels.length ? { path: l.path, levels } : `${tl(l.path)}: ${tx('x.noLevel')}`;
    }
    const r = readLevels(this.text(l), l, language());
    if ('values' in r) return { path: l.path, levels: r.values };
    const why = r.problem.why === 'none' ? tx('x.noLevel') : `“${r.problem.text}” ${r.problem.why === 'bad' ? tx('x.badLevel') : `${tx('x.outOfRange')} ${rangeText(l, tl(`unit.${l.unit}`), language())}`}`;
    return `${tl(l.path)}: ${why}`;
  }

  private text(l: Extract<LeverDef, { kind: 'number' }>): string {
    if (!this.texts.has(l.path)) this.texts.set(l.path, writeLevels(defaultLevels(l, Number(this.current()[l.path])), l, language()));
    return this.texts.get(l.path)!;
  }

  private options(l: Extract<LeverDef, { kind: 'choice' }>): Set<string> {
    if (!this.ticked.has(l.path)) this.ticked.set(l.path, new Set(l.options));
    return this.ticked.get(l.path)!;
  }

  private renderLevels(): void {
    const l = this.lever();
    if (!l) return this.levelsBox.replaceChildren();
    if (l.kind === 'choice') {
      const set = this.options(l);
      const boxes = l.options.map((o) => {
        const box = el('input', { type: 'checkbox', id: `x-opt-${this.index}-${o}`, 'data-testid': `x-opt-${this.index}-${o}` });
        box.checked = set.has(o);
        box.oninput = () => {
          if (box.checked) set.add(o);
          else set.delete(o);
          this.changed();
        };
        return el('label', { class: 'x-option' }, box, ` ${tl(o)}`);
      });
      return this.levelsBox.replaceChildren(el('fieldset', { class: 'x-options' }, el('legend', {}, tx('x.options')), ...boxes));
    }
    const hint = `${tl(`unit.${l.unit}`)}, ${tx(language() === 'fr' ? 'x.levelsHint.fr' : 'x.levelsHint.en')}; ${rangeText(l, tl(`unit.${l.unit}`), language())}`;
    const input = el('input', { type: 'text', id: `x-levels-${this.index}`, 'data-testid': `x-levels-${this.index}`, inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': `x-levels-hint-${this.index}` });
    input.value = this.text(l);
    input.oninput = () => {
      this.texts.set(l.path, input.value);
      this.changed();
    };
    this.levelsBox.replaceChildren(el('div', { class: 'lever' }, el('label', { for: input.id }, tx('x.levels')), input), el('div', { class: 'legend-note', id: `x-levels-hint-${this.index}` }, hint));
  }
}

function numberField(id: string, key: 'x.seeds' | 'x.seedBase' | 'x.days', min: number, max: number, changed: () => void): { row: HTMLElement; input: HTMLInputElement } {
  const input = el('input', { type: 'number', id, 'data-testid': id, min: String(min), max: String(max), step: '1', class: 'w-90' });
  input.oninput = changed;
  return { row: el('div', { class: 'lever' }, el('label', { for: id, 'data-x': key }), input), input };
}

/** The form. */
export class StudyForm {
  readonly element = el('div', { class: 'x-form' });
  readonly figure = el('select', { id: 'x-figure', 'data-testid': 'x-figure' });
  private readonly factors: FactorBlock[];
  private readonly seeds;
  private readonly seedBase;
  private readonly days;
  private enabled = true;

  constructor(current: () => Record<string, unknown>, changed: () => void) {
    this.factors = [new FactorBlock(1, false, current, changed), new FactorBlock(2, true, current, changed)];
    this.seeds = numberField('x-seeds', 'x.seeds', 1, 100, changed);
    this.seedBase = numberField('x-seed-base', 'x.seedBase', 0, MAX_SEED, changed);
    this.days = numberField('x-days', 'x.days', 1, 3650, changed);
    this.figure.oninput = changed;
    const settings = el('fieldset', { class: 'x-settings' }, el('legend', { 'data-x': 'x.settings' }), this.seeds.row, this.seedBase.row, this.days.row, el('div', { class: 'lever x-stack' }, el('label', { for: 'x-figure', 'data-x': 'x.figure' }), this.figure));
    this.element.append(...this.factors.map((f) => f.element), settings);
    this.factors[0].relabel();
    this.factors[1].relabel();
    this.factors[0].choose('lanceur.quantityMargin');
    this.factors[1].choose(NONE);
    this.seeds.input.value = '5';
  }

  /** Starts over from a run: its seed, its days and the figure kept. */
  reset(seed: number, days: number): void {
    this.seedBase.input.value = String(seed);
    this.days.input.value = String(days);
  }

  relabel(): void {
    for (const f of this.factors) f.relabel();
    this.element.querySelectorAll<HTMLElement>('[data-x]').forEach((e) => (e.textContent = tx(e.dataset.x as 'x.settings')));
    const keep = this.figure.value || 'leadTimeDays.all.mean';
    this.figure.replaceChildren(...STUDY_FIGURES.map((k) => el('option', { value: k }, tl(k))));
    this.figure.value = keep;
    this.enable(this.enabled); // controls drawn anew keep the state
  }

  read(): FormRead {
    const factors: Factor[] = [];
    for (const f of this.factors) {
      const r = f.read();
      if (typeof r === 'string') return { problem: r };
      if (r) factors.push(r);
    }
    const whole = (input: HTMLInputElement, key: 'x.seeds' | 'x.seedBase' | 'x.days'): number | string => {
      const n = Number(input.value);
      return input.value.trim() !== '' && Number.isInteger(n) && n >= Number(input.min) && n <= Number(input.max) ? n : `${tx(key)}: ${tx(input.value.trim() === '' || !Number.isFinite(n) ? 'x.badLevel' : 'x.outOfRange')} ${input.min}–${input.max}`;
    };
    const runs = whole(this.seeds.input, 'x.seeds');
    const seedBase = whole(this.seedBase.input, 'x.seedBase');
    const days = whole(this.days.input, 'x.days');
    for (const x of [runs, seedBase, days]) if (typeof x === 'string') return { problem: x };
    return { factors, runs: runs as number, seedBase: seedBase as number, days: days as number };
  }

  /** Enables or disables every control but the figure (off while a study runs; the figure may change meanwhile). */
  enable(on: boolean): void {
    this.enabled = on;
    this.element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select').forEach((c) => (c.disabled = !on && c !== this.figure));
  }
}
