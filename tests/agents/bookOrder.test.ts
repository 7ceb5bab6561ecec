import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byCommitment, sortByCommitment, type Placeable } from '../../src/agents/bookOrder';

const line = fc.record({ plannedLaunchDay: fc.integer({ min: -20, max: 4000 }), reviewed: fc.boolean() });
/** A book with unique ids, in any order (`sorted`: in increasing id order, as the review builds it). */
const book = (sorted: boolean) =>
  fc.array(line, { maxLength: 300 }).chain((ls) =>
    fc
      .shuffledSubarray(Array.from({ length: ls.length * 3 + 1 }, (_, i) => i), { minLength: ls.length, maxLength: ls.length })
      .map((ids) => (sorted ? [...ids].sort((a, b) => a - b) : ids))
      .map((ids) => ls.map((l, i): Placeable => ({ ...l, id: ids[i] }))),
  );

describe('the book in commitment order', () => {
  it('sorts exactly as the comparator does, whether the book comes in id order or not', () => {
    fc.assert(
      fc.property(fc.boolean().chain(book), (lines) => {
        const keyed = [...lines];
        sortByCommitment(keyed);
        expect(keyed).toEqual([...lines].sort(byCommitment));
      }),
    );
  });

  it('sorts fractional or far-apart days too (by the comparator)', () => {
    const lines: Placeable[] = [
      { id: 0, plannedLaunchDay: 9, reviewed: true },
      { id: 1, plannedLaunchDay: 2.5, reviewed: false },
      { id: 2, plannedLaunchDay: 1e9, reviewed: false },
      { id: 3, plannedLaunchDay: 2, reviewed: false },
    ];
    sortByCommitment(lines);
    expect(lines.map((l) => l.id)).toEqual([0, 3, 1, 2]);
  });
});
