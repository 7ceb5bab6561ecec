import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { traceFileDigest } from '../../src/core/traceDigest';
import { sim } from './sim';

const tmp = mkdtempSync(join(tmpdir(), 'negoplan-cli-'));

describe('the command line', () => {
  it('runs a scenario and prints the JSON report researchers read', () => {
    const r = sim('run', 'scenarios/terssac-circuits.json', '--seed', '3', '--days', '60', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ scenario: expect.any(String), seed: 3, days: 60 });
    const k = report.kpis;
    for (const key of ['ordersReceived', 'ordersDelivered', 'internalShare', 'onTimeRate', 'onTimeRateVsFirstPromise', 'dateChangedShare', 'dateAdvancedShare', 'datePostponedShare', 'launchedOverRequested', 'defectRate', 'reserveShare', 'throughputUOPerWeek', 'utilization', 'wipOrdersMean', 'planVersions']) {
      expect(typeof k[key], key).toBe('number');
    }
    for (const kind of ['internal', 'semiExternal', 'external']) expect(typeof k.quotedCycleDays[kind]).toBe('number');
    for (const kind of ['all', 'internal', 'semiExternal', 'external']) expect(Object.keys(k.leadTimeDays[kind])).toEqual(['mean', 'p50', 'p90']);
    expect(k.internalShare).toBeLessThan(1);
  });

  it('prints a readable report by default and applies --set', () => {
    const r = sim('run', 'scenarios/terssac-circuits.json', '--days', '30', '--set', 'lanceur.quantityMargin=0.35');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/launched\s+\+3[45]\.\d % over ordered/);
  });

  it('writes the event trace as JSON lines', () => {
    const file = join(tmp, 'trace.jsonl');
    expect(sim('run', 'scenarios/terssac-circuits.json', '--days', '20', '--trace', file).code).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(100);
    expect(Object.keys(lines[0])).toEqual(['time', 'type', 'agent', 'order', 'data']);
    expect(lines.some((l) => l.type === 'order.launched')).toBe(true);
  });

  it('reports the digest of the trace it writes, and the same digest without writing one', () => {
    const file = join(tmp, 'digest.jsonl');
    const withTrace = JSON.parse(sim('run', 'scenarios/equipementier-auto-storm.json', '--seed', '3', '--days', '40', '--json', '--trace', file).out);
    expect(withTrace.traceDigest).toMatch(/^[0-9a-f]{16}$/);
    expect(withTrace.traceDigest).toBe(traceFileDigest(readFileSync(file, 'utf8').split('\n')));
    const without = JSON.parse(sim('run', 'scenarios/equipementier-auto-storm.json', '--seed', '3', '--days', '40', '--json').out);
    expect(without.traceDigest).toBe(withTrace.traceDigest);
  });

  it('refuses bad input with one clear line, exit 2, no stack trace and nothing written', () => {
    const file = join(tmp, 'never.jsonl');
    for (const args of [
      ['run', 'scenarios/missing.json', '--trace', file],
      ['run', 'scenarios/terssac-circuits.json', '--set', 'clients[2].kind=intern', '--trace', file],
      ['run', 'scenarios/terssac-circuits.json', '--seed', '-4', '--trace', file],
      ['run', 'scenarios/terssac-circuits.json', '--bogus'],
      ['fly'],
    ]) {
      const r = sim(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
      expect(existsSync(file)).toBe(false);
    }
    expect(sim('run', 'scenarios/terssac-circuits.json', '--set', 'clients[2].kind=intern').err).toMatch(/clients\[2\]\.kind: expected one of internal, semiExternal, external, got "intern"/);
  });

  it('validates scenario files', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, name: 'x', seed: 1 }));
    const ok = sim('validate', 'scenarios/terssac-circuits.json', 'scenarios/single-server-queue.json');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/terssac-circuits\.json: ok \(.*; 8 clients, 3 products, 6 stations\)\n.*single-server-queue\.json: ok \(.*; 1 client, 1 product, 1 station\)\n$/);
    const r = sim('validate', bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/stations: expected array, but it is missing/);
  });

  it('prints observed and simulated figures side by side, as JSON too', () => {
    const r = sim('calibrate', 'scenarios/terssac-circuits.json', '--seeds', '2', '--json');
    const out = JSON.parse(r.out);
    expect(r.code).toBe(out.pass ? 0 : 1);
    const row = out.results[0].rows.find((x: { kpi: string }) => x.kpi === 'quotedCycleDays.internal');
    expect(row).toMatchObject({ observed: 103, pass: true });
  });
});
