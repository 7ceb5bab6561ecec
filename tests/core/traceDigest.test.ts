import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/simulation/simulation';
import { traceLine, type TraceRecord } from '../../src/core/trace';
import { digestHex, digestRecord, digestStart, traceDigest, traceFileDigest } from '../../src/core/traceDigest';
import { baseline, scenarioFile } from '../helpers';

const caseA = baseline({ days: 60, warmupDays: 60 });
const caseB = { ...scenarioFile('equipementier-auto-storm.json'), warmupDays: 0, days: 90 };

describe('the running trace digest', () => {
  it('folds records one at a time into the digest of the whole list, as a trace file gives it', () => {
    const records: TraceRecord[] = [
      { time: 0.5, type: 'order.received', agent: 'C1', order: 0, data: { quantity: 120, urgent: false } },
      { time: 0.5, type: 'order.promised', agent: 'commercial', order: 0 },
      { time: 24, type: 'lot.controlled', agent: 'é ∑', order: null, data: { note: 'x'.repeat(300) } },
    ];
    const d = digestStart();
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      digestRecord(d, r.time, r.type, r.agent, r.order, r.data);
      expect(digestHex(d)).toBe(traceDigest(records.slice(0, i + 1)));
    }
    const lines = records.map(traceLine);
    expect(traceFileDigest(lines)).toBe(digestHex(d));
    // A strategy's header line and blank lines are not records.
    expect(traceFileDigest([JSON.stringify({ header: { strategies: [] } }), ...lines, ''])).toBe(digestHex(d));
    expect(traceDigest([])).toBe(digestHex(digestStart()));
    expect(traceDigest(records.slice(0, 2))).not.toBe(traceDigest([records[1], records[0]]));
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
      expect(new Simulation(scenario, { seed: 4, trace: false }).traceDigest).toBe(traceDigest([]));
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
