import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RoleStrategies } from '../../src/agents/decisions/registry';
import * as launchOnArrival from '../../docs/examples/launchOnArrival';
import * as agreeableClient from '../../docs/examples/agreeableClient';
import { sim } from './sim';

const tmp = mkdtempSync(join(tmpdir(), 'negoplan-strategy-'));

/** A strategy module written for a test. */
function module(name: string, text: string): string {
  const file = join(tmp, name);
  writeFileSync(file, text);
  return file;
}

// The examples fit the roles' decision interfaces (checked by the compiler).
launchOnArrival satisfies Partial<RoleStrategies<'lanceur'>>;
agreeableClient satisfies Partial<RoleStrategies<'client'>>;

describe('strategies of one\'s own (--strategy role=file)', () => {
  it('the lanceur example launches on arrival: no date moved, shorter lead time, recorded in the report and the trace header', () => {
    const args = ['run', 'scenarios/terssac-circuits.json', '--days', '60', '--json'];
    const base = JSON.parse(sim(...args).out);
    const trace = join(tmp, 'own.jsonl');
    const r = sim(...args, '--strategy', 'lanceur=docs/examples/launchOnArrival.ts', '--trace', trace);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const own = JSON.parse(r.out);
    expect(base.kpis.dateChangedShare).toBeGreaterThan(0.1);
    expect(own.kpis.dateChangedShare).toBe(0);
    expect(own.kpis.reserveShare).toBe(0);
    expect(own.kpis.leadTimeDays.all.mean).toBeLessThan(base.kpis.leadTimeDays.all.mean / 2);
    const sha256 = createHash('sha256').update(readFileSync('docs/examples/launchOnArrival.ts')).digest('hex');
    expect(own.strategies).toEqual([{ role: 'lanceur', file: 'docs/examples/launchOnArrival.ts', sha256 }]);
    expect(base.strategies).toBeUndefined();
    expect(JSON.parse(readFileSync(trace, 'utf8').split('\n')[0])).toEqual({ header: { strategies: own.strategies } });
  });

  it('the client example asks no change', () => {
    const r = sim('run', 'scenarios/equipementier-auto.json', '--days', '60', '--json', '--strategy', 'client=docs/examples/agreeableClient.ts');
    expect(r.code).toBe(0);
    const base = JSON.parse(sim('run', 'scenarios/equipementier-auto.json', '--days', '60', '--json').out);
    expect(base.kpis.changeRequests.asked).toBeGreaterThan(0);
    expect(JSON.parse(r.out).kpis.changeRequests.asked).toBe(0);
  });

  it('plays a sweep with the strategy in every worker, recorded in the metadata and the reproducing command', () => {
    const r = sim('sweep', 'scenarios/terssac-circuits.json', '--vary', 'lanceur.quantityMargin=0.1,0.2', '--runs', '2', '--days', '30', '--workers', '2', '--quiet', '--format', 'json', '--strategy', 'lanceur=docs/examples/launchOnArrival.ts');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const sha256 = createHash('sha256').update(readFileSync('docs/examples/launchOnArrival.ts')).digest('hex');
    expect(out.meta['strategy-lanceur']).toBe(`docs/examples/launchOnArrival.ts sha256 ${sha256}`);
    expect(out.meta.command).toContain('--strategy lanceur=docs/examples/launchOnArrival.ts');
    expect(out.runs).toHaveLength(4);
    for (const run of out.runs) expect(run.kpis.dateChangedShare).toBe(0);
  });

  it('refuses an export that is not a decision of the role, in one line', () => {
    const file = module('stray.ts', 'export function plan() { return null; }\nexport function promise() { return { day: 1 }; }\n');
    const r = sim('run', 'scenarios/terssac-circuits.json', '--days', '5', '--strategy', `lanceur=${file}`);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([expect.stringContaining('export "promise" is not a decision of the lanceur (its decisions: plan, answerChange)')]);
  });

  it('stops on a wrong answer shape, naming the decision and the field, and writes nothing', () => {
    const file = module('badShape.ts', 'export function plan() { return { launches: [], moves: [], reserveHeld: "all", overdueUO: 0 }; }\n');
    const trace = join(tmp, 'bad.jsonl');
    const r = sim('run', 'scenarios/terssac-circuits.json', '--days', '5', '--strategy', `lanceur=${file}`, '--trace', trace);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^negoplan: decision \d+ \(lanceur\.plan by lanceur\): reserveHeld: expected number/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
    expect(existsSync(trace)).toBe(false);
  });

  it('stops on a throw, naming the decision and the strategy\'s message', () => {
    const file = module('throws.js', 'export function plan() { throw new Error("no idea what to say"); }\n');
    const r = sim('run', 'scenarios/terssac-circuits.json', '--days', '60', '--strategy', `lanceur=${file}`);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^negoplan: decision \d+ \(lanceur\.plan by lanceur\): the strategy threw: no idea what to say$/);
  });

  it('refuses to save a run played with a strategy of one\'s own, and a role that does not exist', () => {
    const saved = sim('run', 'scenarios/terssac-circuits.json', '--strategy', 'lanceur=docs/examples/launchOnArrival.ts', '--save-state', join(tmp, 's.json'));
    expect(saved.code).toBe(2);
    expect(saved.err).toContain('cannot be saved or continued');
    const role = sim('run', 'scenarios/terssac-circuits.json', '--strategy', 'boss=docs/examples/launchOnArrival.ts');
    expect(role.code).toBe(2);
    expect(role.err).toContain('no role "boss"');
  });
});
