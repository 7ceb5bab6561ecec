import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { digestHex, digestLine, digestLines, digestStart, traceDigest } from '../../src/core/trace';
import { baseline, scenarioFile } from '../helpers';

const caseA = baseline({ days: 60, warmupDays: 60 });
const caseB = { ...scenarioFile('equipementier-auto-storm.json'), warmupDays: 0, days: 90 };

describe('the running trace digest', () => {
  it('folds lines one at a time into the digest of the whole sequence', () => {
    const lines = ['{"a":1}', '', 'é ∑ line', 'x'.repeat(300)];
    const d = digestStart();
    const seen: string[] = [];
    for (const l of lines) {
      digestLine(d, l);
      seen.push(l);
      expect(digestHex(d)).toBe(digestLines(seen));
    }
    expect(digestLines([])).toBe(digestHex(digestStart()));
    expect(digestLines(['ab', 'c'])).not.toBe(digestLines(['a', 'bc']));
  });

  for (const [name, scenario] of [['case A', caseA], ['case B storm', caseB]] as const) {
    it(`${name}: equals the digest of the full record list, and is the same with the records off`, () => {
      const kept = new Simulation(scenario, { seed: 3 });
      kept.runToEnd();
      expect(kept.traceRecords.length).toBeGreaterThan(1000);
      expect(kept.traceDigest).toBe(traceDigest(kept.traceRecords));
      const off = new Simulation(scenario, { seed: 3, trace: false });
      off.runToEnd();
      expect(off.traceRecords).toEqual([]);
      expect(off.traceDigest).toBe(kept.traceDigest);
      expect(new Simulation(scenario, { seed: 4, trace: false }).traceDigest).toBe(digestLines([]));
    });

    it(`${name}: survives a JSON snapshot and restore mid-run, records on or off`, () => {
      for (const trace of [true, false]) {
        const whole = new Simulation(scenario, { seed: 5, trace });
        whole.runToEnd();
        const first = new Simulation(scenario, { seed: 5, trace });
        first.runUntilDay(45);
        const atCut = first.traceDigest;
        const resumed = Simulation.restore(JSON.parse(JSON.stringify(first.snapshot())));
        expect(resumed.traceDigest).toBe(atCut);
        resumed.runToEnd();
        expect(resumed.traceDigest).not.toBe(atCut);
        expect(resumed.traceDigest).toBe(whole.traceDigest);
        if (trace) expect(resumed.traceDigest).toBe(traceDigest(resumed.traceRecords));
      }
    });
  }
});
