/**
 * A form of the strategy levers, grouped (buffers, stock, quality, commercial, changes), each
 * with its unit and range; shares are shown in percent. Stock is one line per product family
 * (none, share of demand, days of cover). `values` returns scenario path → value.
 */
import type { Scenario } from '../../../scenario/schema';
import { el } from '../../app/shell';
import { language, t, tl } from '../../i18n/i18n';
import { NBSP, num } from '../../i18n/numbers';
import { withTerms } from './glossaryLink';
import { LEVERS, familyStocks, stocksValue, type FamilyStock, type LeverGroup } from '../../model/levers';
import { bdi } from '../../i18n/bidi';

const GROUPS: LeverGroup[] = ['buffers', 'stock', 'quality', 'commercial', 'changes'];

/** The lever form. */
export class LeverForm {
  readonly element = el('div', { class: 'levers' });
  private current: Record<string, unknown> = {};
  private scenario!: Scenario;
  private stocks: FamilyStock[] = [];

  constructor(private readonly prefix: string) {}

  /** Shows the levers with the values of `scenario` (levers applied). */
  set(scenario: Scenario, values: Record<string, unknown>): void {
    this.scenario = scenario;
    this.current = { ...values };
    this.stocks = familyStocks({ ...scenario, stocks: (values.stocks as Scenario['stocks']) ?? scenario.stocks });
    this.render();
  }

  /** The values shown, path → value (with `stocks`). */
  values(): Record<string, unknown> {
    return { ...this.current, stocks: stocksValue(this.scenario, this.stocks) };
  }

  /** Redraws in the current language. */
  render(): void {
    const sets = GROUPS.map((g) => {
      const fs = el('fieldset', {}, el('legend', {}, ...withTerms(t(`group.${g}`))));
      for (const l of LEVERS.filter((x) => x.group === g)) fs.append(this.lever(l));
      if (g === 'stock') this.stocks.forEach((f, i) => fs.append(this.stock(f, i)));
      return fs;
    });
    this.element.replaceChildren(...sets);
  }

  private lever(l: (typeof LEVERS)[number]): HTMLElement {
    const id = `${this.prefix}-${l.path}`;
    const label = el('label', { for: id }, ...withTerms(tl(l.path)));
    if (l.kind === 'choice') {
      const s = el('select', { id, 'data-testid': id }, ...l.options.map((o) => el('option', { value: o }, tl(o))));
      s.value = String(this.current[l.path]);
      s.oninput = () => (this.current[l.path] = s.value);
      return el('div', { class: 'lever' }, label, s);
    }
    const v = Number(this.current[l.path]);
    const range = el('input', { type: 'range', id, min: String(l.min), max: String(l.max), step: String(l.step), value: String(v), 'data-testid': id });
    const shown = el('span', { class: 'val' });
    const show = () => (shown.textContent = `${num(Number(range.value) * l.scale, language(), l.scale === 100 ? 0 : 1)}${NBSP}${tl(`unit.${l.unit}`)}`);
    range.oninput = () => {
      this.current[l.path] = Number(range.value);
      show();
    };
    show();
    return el('div', { class: 'lever' }, label, range, shown);
  }

  private stock(f: FamilyStock, i: number): HTMLElement {
    const basis = el('select', { 'data-testid': `${this.prefix}-stock-${f.family}`, 'aria-label': `${t('strategy.stockBasis')} ${f.family}` }, el('option', { value: 'none' }, t('strategy.none')), el('option', { value: 'shareOfDemand' }, tl('shareOfDemand')), el('option', { value: 'daysOfCover' }, tl('daysOfCover')));
    basis.value = f.basis;
    const value = el('input', { type: 'number', min: '0', step: f.basis === 'shareOfDemand' ? '0.05' : '1', value: String(f.value), class: 'w-70', 'aria-label': `${t('strategy.stockValue')} ${f.family}` });
    basis.oninput = () => (this.stocks[i] = { ...this.stocks[i], basis: basis.value as FamilyStock['basis'] });
    value.oninput = () => (this.stocks[i] = { ...this.stocks[i], value: Math.max(0, Number(value.value) || 0) });
    return el('div', { class: 'lever' }, el('label', {}, `${t('strategy.stockFamily')} `, bdi(f.family)), basis, value);
  }
}
