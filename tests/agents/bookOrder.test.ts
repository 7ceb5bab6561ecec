import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byCommitment, sortByCommitment, type Placeable } from '../../src/agents/bookOrder';

const line = fc.record({ plannedLaunchDay: fc.integer({ min: -20, max: 4000 }), reviewed: fc.boolean() });
const book = fc.array(line, { maxLength: 300 }).chain((ls) =>
  fc.shuffledSubarray(Array.from({ length: ls.length * 3 + 1 }, (_, i) => i), { minLength: ls.length, maxLength: ls.length }).map((ids) => ls.map((l, i): Placeable => ({ ...l, id: ids[i] }))),
);

describe('the book in commitment order', () => {
  it('sorts exactly as the comparator does', () => {
    fc.assert(
      fc.property(book, (lines) => {
        const keyed = [...lines];
        sortByCommitment(keyed);
        expect(keyed).toEqual([...lines].sort(byCommitment));
      }),
    );
  });

  it('falls back to the comparator out of the key ranges, with the same result', () => {
    const lines: Placeable[] = [
      { id: 2 ** 33, plannedLaunchDay: 3, reviewed: false },
      { id: 1, plannedLaunchDay: 2.5, reviewed: false },
      { id: 0, plannedLaunchDay: 9, reviewed: true },
    ];
    sortByCommitment(lines);
    expect(lines.map((l) => l.id)).toEqual([0, 1, 2 ** 33]);
  });
});
