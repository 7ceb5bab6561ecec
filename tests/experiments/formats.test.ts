import { describe, expect, it } from 'vitest';
import { formatOutput, parseOutput, parseOutputMeta } from '../../src/experiments/output';
import { mergeShards } from '../../src/experiments/merge';
import { csvLine, splitCsvLine } from '../../src/experiments/csv';
import type { SweepMeta } from '../../src/experiments/meta';
import type { RunRecord } from '../../src/experiments/records';

const meta: SweepMeta = [
  ['negoplan', '0.1.0'],
  ['parameters', 'a lanceur.datePolicy'],
  ['runs', '4'],
];
const paths = ['a', 'lanceur.datePolicy'];
const records: RunRecord[] = [
  { run: 2, combination: 0, repetition: 1, seed: 99, values: [0.1, 'keep'], kpis: { x: 0.30000000000000004, 'y.z': 12 }, error: null },
  { run: 0, combination: 0, repetition: 0, seed: 11, values: [0.1, 'keep'], kpis: { x: 1 / 3, 'y.z': -1e-9 }, error: null },
  { run: 1, combination: 1, repetition: 0, seed: 11, values: [0.2, 'level, then keep'], kpis: null, error: 'Error: "boom", at day 3' },
  { run: 3, combination: 1, repetition: 1, seed: 99, values: [0.2, 'level, then keep'], kpis: { x: NaN, 'y.z': 4 }, error: null },
];

describe('output formats', () => {
  it('csv cells round-trip through quoting', () => {
    const cells = ['a', 'b,c', 'say "hi"', ' edge ', ''];
    expect(splitCsvLine(csvLine(cells))).toEqual(cells);
  });

  it.each(['long', 'json'] as const)('%s: writes runs in run order and reads back the same records and bytes', (format) => {
    const text = formatOutput(format, meta, paths, records);
    const back = parseOutput(text, 'f');
    expect(back.format).toBe(format);
    expect(back.records.map((r) => r.run)).toEqual([0, 1, 2, 3]);
    expect(formatOutput(format, back.meta, back.paths, back.records)).toBe(text);
    expect(parseOutputMeta(text)).toEqual(meta);
  });

  it('long: one row per run with its seed, values, KPIs and error', () => {
    const lines = formatOutput('long', meta, paths, records).split('\n');
    expect(lines.slice(0, 4)).toEqual(['# negoplan: 0.1.0', '# parameters: a lanceur.datePolicy', '# runs: 4', 'run,combination,repetition,seed,a,lanceur.datePolicy,x,y.z,error']);
    expect(lines[4]).toBe('0,0,0,11,0.1,keep,0.3333333333333333,-1e-9,');
    expect(lines[5]).toBe('1,1,0,11,0.2,"level, then keep",,,"Error: ""boom"", at day 3"');
  });

  it('wide: one row per combination with mean, sd and 95 % CI', () => {
    const lines = formatOutput('wide', meta, paths, records).split('\n');
    expect(lines[3]).toBe('combination,a,lanceur.datePolicy,runs,failed,x.mean,x.sd,x.ci95Low,x.ci95High,y.z.mean,y.z.sd,y.z.ci95Low,y.z.ci95High');
    expect(lines[4].startsWith('0,0.1,keep,2,0,0.316667,0.0235702,')).toBe(true);
    expect(lines[5]).toBe('1,0.2,"level, then keep",1,1,NaN,,,,4,,,');
    expect(() => parseOutput(lines.join('\n'), 'w.csv')).toThrow(/wide-format file holds summaries/);
  });
});

describe('merging shards', () => {
  const shard = (index: number, runs: RunRecord[], extra: SweepMeta = []) => ({
    name: `s${index}`, meta: [...meta, ['shard', `${index}/2`], ...extra] as SweepMeta, paths, records: runs,
  });
  const odd = records.filter((r) => r.run % 2 === 1);
  const even = records.filter((r) => r.run % 2 === 0);

  it('gives the whole sweep, without the shard line', () => {
    const whole = mergeShards([shard(2, odd), shard(1, even)]);
    expect(formatOutput('long', whole.meta, whole.paths, whole.records)).toBe(formatOutput('long', meta, paths, records));
  });

  it('refuses a missing, repeated, incomplete or foreign shard', () => {
    expect(() => mergeShards([shard(1, even)])).toThrow(/shard\(s\) 2\/2 missing/);
    expect(() => mergeShards([shard(1, even), shard(1, even)])).toThrow(/also s1/);
    expect(() => mergeShards([shard(1, even), shard(2, odd, [['incomplete', '1 of 2']])])).toThrow(/incomplete/);
    const foreign = { ...shard(2, odd), meta: [['negoplan', '0.2.0'], ...meta.slice(1), ['shard', '2/2']] as SweepMeta };
    expect(() => mergeShards([shard(1, even), foreign])).toThrow(/not a shard of the same sweep.*"negoplan" differ/);
    expect(() => mergeShards([shard(1, even), shard(2, odd.slice(1))])).toThrow(/3 distinct run\(s\) of 4/);
  });
});
