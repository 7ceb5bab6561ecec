import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../src/core/random';
import { sample, meanOf, type Distribution } from '../../src/core/distributions';

describe('random streams', () => {
  it('gives the same sequence for the same seed and name', () => {
    const a = new RandomStreams(7).stream('demand:C1');
    const b = new RandomStreams(7).stream('demand:C1');
    expect([a.next(), a.next(), a.next()]).toEqual([b.next(), b.next(), b.next()]);
  });

  it('keeps streams independent: drawing in one does not shift another', () => {
    const r1 = new RandomStreams(7);
    const r2 = new RandomStreams(7);
    for (let i = 0; i < 50; i++) r1.stream('quality').next();
    expect(r1.stream('demand:C1').next()).toBe(r2.stream('demand:C1').next());
  });

  it('differs between seeds', () => {
    expect(new RandomStreams(1).stream('x').next()).not.toBe(new RandomStreams(2).stream('x').next());
  });

  it('saves to plain JSON and continues exactly after a restore', () => {
    const r = new RandomStreams(3);
    const s = r.stream('a');
    s.next();
    const saved = JSON.parse(JSON.stringify(r.save()));
    const restored = new RandomStreams(3, saved);
    expect(restored.stream('a').next()).toBe(s.next());
  });
});

describe('distributions', () => {
  const cases: Distribution[] = [
    { type: 'constant', value: 4 },
    { type: 'uniform', min: 2, max: 6 },
    { type: 'exponential', mean: 4 },
    { type: 'normal', mean: 4, sd: 1 },
    { type: 'lognormal', mean: 4, sd: 2 },
    { type: 'triangular', min: 1, mode: 4, max: 7 },
    { type: 'empirical', values: [2, 4, 8], weights: [1, 2, 1] },
  ];
  for (const d of cases) {
    it(`samples ${d.type} around its mean`, () => {
      const rng = new RandomStreams(11).stream(d.type);
      let s = 0;
      const n = 20000;
      for (let i = 0; i < n; i++) s += sample(d, rng);
      expect(s / n).toBeCloseTo(meanOf(d), 0);
      expect(Math.abs(s / n - meanOf(d)) / meanOf(d)).toBeLessThan(0.03);
    });
  }

  it('keeps a truncated normal within its bounds', () => {
    const rng = new RandomStreams(5).stream('n');
    for (let i = 0; i < 5000; i++) {
      const x = sample({ type: 'normal', mean: 0, sd: 10, min: -1, max: 2 }, rng);
      expect(x).toBeGreaterThanOrEqual(-1);
      expect(x).toBeLessThanOrEqual(2);
    }
  });
});
