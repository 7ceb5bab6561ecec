/** The Experiments tab's pure parts: levels as written, the box plot's numbers and ticks, the pool's size, the labels. */
import { describe, expect, it } from 'vitest';
import { boxStats, niceTicks, studyBoxes, valueRange } from '../../src/ui/model/boxStats';
import { defaultLevels, readLevels, writeLevels } from '../../src/ui/model/studyLevels';
import { LEVERS, type LeverDef } from '../../src/ui/model/levers';
import { poolSize } from '../../src/ui/experiments/studyPool';
import { wrap } from '../../src/ui/views/experiments/boxPlot';
import { experimentsStrings } from '../../src/ui/i18n/experiments';
import type { RunRecord } from '../../src/experiments/records';

type NumberLever = Extract<LeverDef, { kind: 'number' }>;
const lever = (path: string) => LEVERS.find((l) => l.path === path) as NumberLever;
const margin = lever('lanceur.quantityMargin');
const horizon = lever('lanceur.capacityReserve.horizonDays');

describe('levels as a trainee writes them', () => {
  it('reads percentages as fractions, without binary noise, in each language’s way', () => {
    expect(readLevels('0, 7, 12.5', margin, 'en')).toEqual({ values: [0, 0.07, 0.125] });
    expect(readLevels('0 ; 7 ; 12,5', margin, 'fr')).toEqual({ values: [0, 0.07, 0.125] });
    expect(readLevels('5 10 10', horizon, 'en')).toEqual({ values: [5, 10] });
  });

  it('names the first level it cannot take, and why', () => {
    expect(readLevels('10, abc', margin, 'en')).toEqual({ problem: { text: 'abc', why: 'bad' } });
    expect(readLevels('10, 50', margin, 'en')).toEqual({ problem: { text: '50', why: 'range' } });
    expect(readLevels('  ', margin, 'en')).toEqual({ problem: { text: '  ', why: 'none' } });
    expect(readLevels('1e3', horizon, 'en')).toEqual({ problem: { text: '1e3', why: 'bad' } });
  });

  it('writes levels back so they read the same, and proposes three around the current value', () => {
    for (const lang of ['en', 'fr'] as const) expect(readLevels(writeLevels([0.05, 0.2, 0.35], margin, lang), margin, lang)).toEqual({ values: [0.05, 0.2, 0.35] });
    expect(defaultLevels(margin, 0.2)).toEqual([0.1, 0.2, 0.3]);
    expect(defaultLevels(margin, 0)).toEqual([0, 0.1]);
    expect(defaultLevels(horizon, 10)).toEqual([1, 10, 25]);
  });
});

describe('the box plot’s numbers', () => {
  it('gives the five numbers by linear interpolation and the mean', () => {
    expect(boxStats([4, 1, 3, 2])).toEqual({ n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4, mean: 2.5 });
    expect(boxStats([]).median).toBeNull();
  });

  it('groups runs by combination, counting crashed runs and figures with no value as missing', () => {
    const rec = (run: number, combination: number, kpis: Record<string, number> | null): RunRecord => ({ run, combination, repetition: 0, seed: 1, values: [], kpis, error: kpis ? null : 'boom' });
    const boxes = studyBoxes([rec(2, 0, { onTimeRate: 0.5 }), rec(0, 0, { onTimeRate: 0.9 }), rec(1, 1, null), rec(3, 1, { onTimeRate: NaN }), rec(4, 0, { ordersReceived: 70 })], 2, 'onTimeRate', 7);
    expect(boxes.map((b) => [b.values, b.missing])).toEqual([[[0.9, 0.5], 1], [[], 2]]);
    expect(studyBoxes([rec(0, 0, { ordersReceived: 70 })], 1, 'ordersPerWeek', 7)[0].values).toEqual([70]);
    // a run that delivered nothing in its window has no lead time and no on-time rate (the metrics write 0)
    const idle = rec(0, 0, { ordersDelivered: 0, 'leadTimeDays.all.mean': 0, onTimeRate: 0, utilization: 0.4 });
    expect(['leadTimeDays.all.mean', 'onTimeRate', 'utilization'].map((k) => studyBoxes([idle], 1, k, 7)[0].missing)).toEqual([1, 1, 0]);
  });

  it('keeps a range of non-negative values at zero or above, and ticks on round numbers', () => {
    expect(valueRange([{ combination: 0, values: [0, 1], missing: 0, stats: boxStats([0, 1]) }])).toEqual({ lo: 0, hi: 1.05 });
    expect(valueRange([{ combination: 0, values: [2, 2], missing: 0, stats: boxStats([2, 2]) }])).toEqual({ lo: 1.9, hi: 2.1 });
    const full = [{ combination: 0, values: [1, 1], missing: 0, stats: boxStats([1, 1]) }];
    expect(valueRange(full, { lo: 0, hi: 1 })).toEqual({ lo: 0.95, hi: 1 });
    expect(valueRange([{ combination: 0, values: [0.5, 1.2], missing: 0, stats: boxStats([0.5, 1.2]) }], { lo: 0, hi: 1 })!.hi).toBeCloseTo(1.235);
    expect(niceTicks(0, 1.05, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(37, 81, 5)).toEqual([40, 50, 60, 70, 80]);
  });
});

describe('the box labels', () => {
  it('wrap between words within the slot, three lines at most, cutting with …', () => {
    expect(wrap('keep promised dates', 12)).toEqual(['keep', 'promised', 'dates']);
    expect(wrap('keep promised dates', 40)).toEqual(['keep promised dates']);
    expect(wrap('when short and the client is at risk', 8)).toEqual(['when', 'short', 'and the…']);
    expect(wrap('imposed (without', 5)).toEqual(['impo…', '(wit…']);
  });
});

describe('the pool and the labels', () => {
  it('uses one worker fewer than the cores, at least one, never more than the runs', () => {
    expect(poolSize(8, 100)).toBe(7);
    expect(poolSize(1, 100)).toBe(1);
    expect(poolSize(undefined, 100)).toBe(1);
    expect(poolSize(16, 4)).toBe(4);
  });

  it('has the same keys in English and French, none empty', () => {
    expect(Object.keys(experimentsStrings.fr).sort()).toEqual(Object.keys(experimentsStrings.en).sort());
    for (const table of Object.values(experimentsStrings)) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });
});
