import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sim } from './sim';

const tmp = mkdtempSync(join(tmpdir(), 'negoplan-state-'));
const S = 'scenarios/terssac-circuits.json';

/** The saved state with one answer recorded for its next decision. */
function withAnswer(state: { desk: { count: number } }, kind: string, agent: string, answer: unknown) {
  return { ...state, desk: { ...state.desk, recorded: [{ id: state.desk.count, kind, agent, answer }] } };
}

describe('save and continue', () => {
  const warm = join(tmp, 'warm.json');

  it('continues a saved run to the straight run’s report and digest', () => {
    expect(sim('run', S, '--seed', '7', '--days', '0', '--save-state', warm).code).toBe(0);
    const mid = join(tmp, 'mid.json');
    expect(sim('run', '--from-state', warm, '--days', '40', '--save-state', mid).code).toBe(0);
    const continued = sim('run', '--from-state', mid, '--days', '90', '--json');
    const straight = sim('run', S, '--seed', '7', '--days', '90', '--json');
    expect(continued.code).toBe(0);
    expect(JSON.parse(continued.out)).toEqual(JSON.parse(straight.out));
    // a saved state holds the whole transcript (a plain run keeps none: its report does not read it)
    for (const file of [warm, mid]) {
      const saved = JSON.parse(readFileSync(file, 'utf8'));
      expect(saved.transcript.length).toBeGreaterThan(1000);
      expect(saved.transcript[0]).toMatchObject({ kind: 'order.received' });
      expect(saved.transcript[0].time).toBeLessThan(24);
    }
  });

  it('branches a warmed-up state with --set, and records the lever in the journal', () => {
    const out = join(tmp, 'branch.json');
    const branched = sim('run', '--from-state', warm, '--days', '60', '--set', 'lanceur.quantityMargin=0.4', '--json', '--save-state', out);
    const plain = sim('run', '--from-state', warm, '--days', '60', '--json');
    expect(branched.code).toBe(0);
    expect(JSON.parse(branched.out).kpis.launchedOverRequested).toBeGreaterThan(JSON.parse(plain.out).kpis.launchedOverRequested + 0.1);
    const state = JSON.parse(readFileSync(out, 'utf8'));
    expect(state.interventions).toEqual([{ day: state.scenario.warmupDays, path: 'lanceur.quantityMargin', value: 0.4 }]);
  });

  it('refuses a bad saved state in one line naming the path, and writes nothing', () => {
    const state = JSON.parse(readFileSync(warm, 'utf8'));
    const cases: [string, unknown, RegExp][] = [
      ['not-json.json', '{"format":', /not valid JSON/],
      ['other.json', { ...state, format: 'something else' }, /format: expected "negoplan.run-state"/],
      ['older.json', { ...state, version: 2 }, /version: expected 3, got 2: an earlier negoplan saved this state/],
      ['clock.json', { ...state, clock: { now: 'x', handled: 0 } }, /clock\.now: expected number/],
      ['scenario.json', { ...state, scenario: { ...state.scenario, days: -3 } }, /scenario\.days: expected a number/],
      ['past.json', { ...state, queue: { ...state.queue, items: [{ ...state.queue.items[0], time: 1 }] } }, /queue\.items\[0\]\.time: expected a time ≥ clock\.now/],
      ['digest.json', { ...state, traceDigest: { h1: 'x', h2: 0 } }, /traceDigest\.h1: expected number/],
      ['answer.json', withAnswer(state, 'commercial.promise', 'commercial', { day: 'x' }), /desk\.recorded\[0\]\.answer\.day: expected number, got "x"/],
      ['kind.json', withAnswer(state, 'client.haggle', 'E1', {}), /desk\.recorded\[0\]\.kind: no decision kind "client\.haggle"/],
      ['mismatch.json', withAnswer(state, 'client.answerCounter', 'nobody', { accept: true }), /journal decision \d+ is client\.answerCounter by nobody, but the run asks/],
    ];
    for (const [name, content, message] of cases) {
      const file = join(tmp, name);
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
      const before = readdirSync(tmp).length;
      const r = sim('run', '--from-state', file, '--save-state', join(tmp, `out-${name}`));
      expect(r.code, name).toBe(2);
      expect(r.err.trim().split('\n'), name).toHaveLength(1);
      expect(r.err, name).toMatch(message);
      expect(readdirSync(tmp).length, name).toBe(before);
    }
    expect(sim('run', '--from-state', join(tmp, 'missing.json')).err).toMatch(/missing\.json: cannot read the saved state \(no such file\)/);
    expect(sim('run', '--from-state', warm, '--seed', '3').code).toBe(2);
    expect(existsSync(join(tmp, 'out-other.json'))).toBe(false);
  });
});
