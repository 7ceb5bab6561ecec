import { describe, expect, it } from 'vitest';
import { directionOf, unitOf, verdict } from '../../src/ui/model/kpiWords';
import { formatValue } from '../../src/ui/model/kpiRows';
import { decimate } from '../../src/ui/model/series';

describe('the trainees\' words', () => {
  it('colour a difference by better or worse per figure, not by sign', () => {
    expect(verdict('leadTimeDays.all.p50', 40, 30)).toBe('better'); // shorter lead time
    expect(verdict('leadTimeDays.all.p50', 30, 40)).toBe('worse');
    expect(verdict('onTimeRate', 0.6, 0.7)).toBe('better');
    expect(verdict('defectRate', 0.1, 0.12)).toBe('worse');
    expect(verdict('internalShare', 0.4, 0.5)).toBeNull(); // neither better nor worse
    expect(verdict('onTimeRate', NaN, 0.5)).toBeNull();
    expect(directionOf('clientsLost')).toBe('down');
  });
  it('show shares as percentages and units from one table, in each language', () => {
    expect(unitOf('urgentShare')).toBe('share');
    expect(unitOf('leadTimeDays.all.p50')).toBe('days');
    expect(unitOf('onTimeRate')).toBe('share');
    expect(formatValue(0.401, unitOf('internalShare'))).toBe('40.1%');
    expect(formatValue(0.4, 'share', 'fr')).toMatch(/^40\s%$/);
    expect(formatValue(65, 'days', 'fr')).toBe('65'); // like 103: no trailing zeros
    expect(formatValue(2.47, 'days', 'fr')).toBe('2,47');
    expect(formatValue(1234, 'UO/week', 'en')).toBe('1,234');
    expect(formatValue(null, 'days')).toBe('–');
  });
  it('decimate long series to about the asked count, keeping peaks and the last day', () => {
    const n = 10_000;
    const x = Array.from({ length: n }, (_, i) => i);
    const y = x.map((i) => (i === 4321 ? 99 : i % 7 === 0 ? 1 : null));
    const [xs, [ys]] = decimate(x, [y], 1500);
    expect(xs.length).toBeLessThanOrEqual(1502);
    expect(xs[xs.length - 1]).toBe(n - 1);
    expect(Math.max(...ys.map((v) => v ?? 0))).toBe(99);
    const short = decimate([0, 1], [[1, 2]], 1500);
    expect(short[0]).toEqual([0, 1]);
  });
});

describe('plan versions', () => {
  it('read as sentences in both languages', async () => {
    const { renderVersion } = await import('../../src/ui/views/panels/orderPanel');
    const { setLanguage } = await import('../../src/ui/i18n/i18n');
    const v = { version: 7, time: 123 * 24 + 10, by: 'lanceur', order: 42, commitment: 'promisedDay' as const, from: 200, to: 210, reason: 'load above the norm' };
    const en = renderVersion(v, true).replace(/[\u2066-\u2069]/g, '');
    expect(en).toMatch(/: lanceur changed the promised date of order 0042 from day 200 to day 210 \(load above the norm; v7\)$/);
    expect(en).not.toContain('promisedDay');
    setLanguage('fr');
    expect(renderVersion(v, true).replace(/[\u2066-\u2069]/g, '')).toMatch(/lanceur change la date promise de la commande 0042 de jour 200 à jour 210/);
    setLanguage('en');
  });
});
