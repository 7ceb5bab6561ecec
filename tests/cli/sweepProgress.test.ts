import { describe, expect, it } from 'vitest';
import { SweepProgress } from '../../src/cli/sweepProgress';

function stream(isTTY: boolean) {
  const out = { isTTY, text: '', write: (s: string) => ((out.text += s), true) };
  return out;
}

describe('sweep progress', () => {
  it('prints a plain line at every tenth of the runs when stderr is not a terminal', () => {
    const err = stream(false);
    const p = new SweepProgress(40, 0, err);
    for (let i = 0; i < 40; i++) p.tick();
    const lines = err.text.trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^sweep: 4\/40 runs · [\d.]+ runs\/s · .* left$/);
    expect(lines[9]).toMatch(/^sweep: 40\/40 runs/);
    expect(err.text).not.toContain('\r');
  });

  it('redraws a bar in place on a terminal', () => {
    const err = stream(true);
    const p = new SweepProgress(4, 2, err);
    p.tick();
    p.tick();
    expect(err.text).toContain('\r\x1b[2K[');
    expect(err.text).toMatch(/\[#{24}\] 4\/4 runs/);
    p.note('a message');
    expect(err.text.endsWith('\r\x1b[2Ka message\n')).toBe(true);
  });

  it('counts resumed runs as done but not in the rate, and says nothing when quiet', () => {
    const p = new SweepProgress(100, 60, stream(false));
    expect(p.status()).toMatch(/^60\/100 runs · 0\.0 runs\/s · \? left$/);
    const quiet = stream(true);
    const q = new SweepProgress(10, 0, quiet, true);
    q.tick();
    q.finish('done');
    expect(quiet.text).toBe('');
  });
});
