/**
 * Issue 14's command-line cases, each a named test: a user's mistake exits 2 with one line
 * on stderr (no stack trace, no echoed bytes, no 200 kB line) and leaves no file behind; a
 * valid input such as a scenario saved with a byte-order mark runs (exit 0). Most run the
 * CLI's main function in this process; the last test runs the real command line.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/cli';

const S = 'scenarios/terssac-circuits.json';
const D = ['--days', '5'];
const SWEEP = ['--vary', 'lanceur.quantityMargin=0,0.1', '--days', '3', '--set', 'warmupDays=0', '--quiet', '--workers', '1'];
const BIG = 'x'.repeat(100_000);
const dir = mkdtempSync(join(tmpdir(), 'negoplan-bad-'));
const f = (name: string) => join(dir, name);

beforeAll(async () => {
  const base = readFileSync(S, 'utf8');
  mkdirSync(f('afolder'));
  writeFileSync(f('afile'), 'x');
  writeFileSync(f('bom.json'), '\ufeff' + base);
  writeFileSync(f('utf16le.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base, 'utf16le')]));
  writeFileSync(f('utf16be.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(base, 'utf16le').swap16()]));
  writeFileSync(f('binary.json'), Buffer.from([0x50, 0x4b, 3, 4, 0x14, 0, 0, 0, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0xff, 0xfe, 0x0a, 0x89]));
  // a real Latin-1 file holds Latin-1 characters only (the French texts' ’ and œ are beyond it)
  writeFileSync(f('latin1.json'), Buffer.from(base.replace(/[^\u0000-\u00ff]/g, "'").replace('"name": "', '"name": "Café '), 'latin1'));
  const huge = JSON.parse(base);
  huge.clients[0].id = huge.clients[1].id = 'X'.repeat(100_000);
  writeFileSync(f('hugeid.json'), JSON.stringify(huge));
  writeFileSync(f('notjson.json'), '{"schemaVersion": 1, oops');
  writeFileSync(f('design-utf16.csv'), Buffer.from('\ufefflanceur.quantityMargin\n0.1\n', 'utf16le'));
  writeFileSync(f('shard-binary.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x1b, 0x5b]));
  expect((await cli('sweep', S, ...SWEEP, '--shard', '1/1', '--out', f('shard.csv'))).code).toBe(0);
});

afterEach(() => vi.restoreAllMocks());

/** Every file under `d`, recursively. */
function files(d = dir): string[] {
  return readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? [join(d, n), ...files(join(d, n))] : [join(d, n)]));
}

/** Runs the CLI in this process, capturing its streams. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

/** Expects `args` to be refused in one line matching `line`, writing nothing. */
async function refused(args: string[], line: RegExp): Promise<void> {
  const before = files();
  const r = await cli(...args);
  expect(r.code, args.join(' ').slice(0, 200)).toBe(2);
  const lines = r.err.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(line);
  expect(lines[0].length).toBeLessThan(400);
  expect(lines[0]).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffd\ufeff]/);
  expect(r.out).toBe('');
  expect(files()).toEqual(before);
}

describe('bad command lines exit 2 with one line and write nothing', () => {
  it('an unknown command, even 100,000 characters long', async () => {
    await refused(['fly'], /^negoplan: unknown command "fly" \(commands: run, .*validate.*fuzz\)$/);
    await refused(['fly' + BIG], /^negoplan: unknown command "flyx+"…\(100003 characters\)/);
  });

  it('a missing scenario, a folder, two scenarios, none', async () => {
    await refused(['run', 'scenarios/missing.json'], /^negoplan: scenarios\/missing\.json: cannot read the scenario \(no such file\)$/);
    await refused(['run', f('afolder')], /afolder: cannot read the scenario \(it is a folder\)$/);
    await refused(['run', f('afile/s.json')], /afile\/s\.json: cannot read the scenario \(a part of the path is a file, not a folder\)$/);
    await refused(['run', S, S], /^negoplan: run: expected one scenario file/);
    await refused(['run'], /^negoplan: run: expected one scenario file/);
    await refused(['validate'], /^negoplan: validate: expected one or more scenario files$/);
  });

  it('unknown flags and flags without their value', async () => {
    await refused(['run', S, '--bogus'], /^negoplan: Unknown option '--bogus'/);
    await refused(['run', S, '--b' + BIG], /^negoplan: Unknown option '--bx+…\(100006 characters\)/);
    await refused(['run', S, '--days'], /^negoplan: Option '--days <value>' argument missing$/);
  });

  it('--seed x, --seed -4, --seed 1.5, a 100,000-character seed', async () => {
    await refused(['run', S, '--seed', 'x', ...D], /^negoplan: --seed: expected a whole number from 0 to 4294967295, got "x"$/);
    await refused(['run', S, '--seed', '-4', ...D], /^negoplan: Option '--seed' argument is ambiguous/);
    await refused(['run', S, '--seed', '1.5', ...D], /got "1\.5"$/);
    await refused(['run', S, '--seed', '', ...D], /got ""$/);
    await refused(['run', S, '--seed', BIG, ...D], /got "x{60}"…\(100000 characters\)$/);
  });

  it('--days -1, 0, 99999', async () => {
    await refused(['run', S, '--days', '-1'], /^negoplan: Option '--days' argument is ambiguous/);
    await refused(['run', S, '--days', '0'], /^negoplan: --days: expected a whole number from 1 to 3650, got "0"$/);
    await refused(['run', S, '--days', '99999'], /got "99999"$/);
  });

  it('bad --set: no =, a bad value, an unknown path or id, a 100,000-character path or value', async () => {
    await refused(['run', S, '--set', 'nothing', ...D], /^negoplan: --set nothing: expected path=value/);
    await refused(['run', S, '--set', 'clients[2].kind=intern', ...D], /clients\[2\]\.kind: expected one of internal, semiExternal, external, got "intern"$/);
    await refused(['run', S, '--set', 'lanceur.nope=1', ...D], /lanceur\.nope: no such parameter; nearest: /);
    await refused(['run', S, '--set', 'clients.ZZ.kind=internal', ...D], /no item with id "ZZ"/);
    await refused(['run', S, '--set', `${BIG}=1`, ...D], /^negoplan: --set x{60}…\(100000 characters\): a path of 100000 characters; expected a parameter path/);
    await refused(['run', S, '--set', `clients[2].kind=${BIG}`, ...D], /got "x{60}"…\(100000 characters\)$/);
  });

  it('--trace into a missing folder, into a folder, under a file, empty: refused before the run', async () => {
    await refused(['run', S, '--trace', f('missing/t.jsonl')], /^negoplan: --trace \S+\/missing\/t\.jsonl: the folder "\S+\/missing" does not exist$/);
    await refused(['run', S, '--trace', f('afolder')], /^negoplan: --trace \S+\/afolder: is a folder; expected a file name$/);
    await refused(['run', S, '--trace', f('afile/t.jsonl')], /^negoplan: --trace \S+\/afile\/t\.jsonl: "\S+\/afile" is a file, not a folder$/);
    await refused(['run', S, '--trace', ''], /^negoplan: --trace: expected a file name, got an empty one$/);
  });

  it('--save-state into a missing folder or a folder, --from-state of a binary file: refused before the run', async () => {
    await refused(['run', S, '--save-state', f('missing/s.json')], /^negoplan: --save-state \S+\/missing\/s\.json: the folder "\S+\/missing" does not exist$/);
    await refused(['run', S, '--days', '0', '--save-state', f('afolder')], /^negoplan: --save-state \S+\/afolder: is a folder; expected a file name$/);
    await refused(['run', '--from-state', f('binary.json')], /binary\.json: binary data \(byte 0x03 at line 1, column 3\); expected UTF-8 text$/);
  });

  it('schema --out into a missing folder or a folder', async () => {
    await refused(['schema', '--out', f('missing/s.json')], /^negoplan: --out \S+\/missing\/s\.json: the folder "\S+\/missing" does not exist$/);
    await refused(['schema', '--out', f('afolder')], /is a folder; expected a file name$/);
  });

  it('binary, UTF-16 and Latin-1 files: named, with what was expected, without their bytes', async () => {
    await refused(['run', f('binary.json'), ...D], /binary\.json: binary data \(byte 0x03 at line 1, column 3\); expected UTF-8 text$/);
    await refused(['run', f('utf16le.json'), ...D], /utf16le\.json: UTF-16 text; expected UTF-8 text \(save the file as UTF-8\)$/);
    await refused(['run', f('utf16be.json'), ...D], /utf16be\.json: UTF-16 text; expected UTF-8/);
    await refused(['validate', f('binary.json')], /binary\.json: binary data/);
    await refused(['run', f('latin1.json'), ...D], /latin1\.json: not UTF-8 \(byte 0xE9 at line \d+, column \d+\); expected UTF-8 text/);
    await refused(['run', f('notjson.json'), ...D], /notjson\.json: not valid JSON at line 1, column 22: expected double-quoted property name$/);
  });

  it('a 100,000-character id gives a short line, not 200 kB', async () => {
    await refused(['run', f('hugeid.json'), ...D], /hugeid\.json: clients: id "X{60}"…\(100000 characters\) is used twice$/);
  });

  it('sweep: --out into a missing folder, a folder, under a file; unreadable design files; bad flags', async () => {
    await refused(['sweep', S, ...SWEEP, '--out', f('missing/r.csv')], /^negoplan: --out \S+\/missing\/r\.csv: the folder "\S+\/missing" does not exist$/);
    await refused(['sweep', S, ...SWEEP, '--out', f('afolder')], /afolder: is a folder; expected a file name$/);
    await refused(['sweep', S, ...SWEEP, '--out', f('afile/r.csv')], /"\S+\/afile" is a file, not a folder$/);
    await refused(['sweep', S, '--design-file', f('design-utf16.csv'), '--quiet'], /design-utf16\.csv: UTF-16 text; expected UTF-8/);
    await refused(['sweep', S, '--design-file', f('missing.csv')], /missing\.csv: cannot read the design file \(no such file\)$/);
    await refused(['sweep', S, ...SWEEP, '--workers', '0'], /^negoplan: --workers: expected a whole number from 1 to 256, got "0"$/);
    await refused(['sweep', S, ...SWEEP, '--format', 'xml'], /^negoplan: --format: expected one of long, wide, json, got "xml"$/);
  });

  it('merge: a binary or missing shard, --out into a missing folder or a folder', async () => {
    await refused(['merge', f('shard-binary.csv')], /shard-binary\.csv: binary data \(byte 0x00 at line 1, column 5\); expected UTF-8 text$/);
    await refused(['merge', f('missing.csv'), '--out', f('m.csv')], /missing\.csv: cannot read the shard \(no such file\)$/);
    await refused(['merge', f('shard.csv'), '--out', f('missing/m.csv')], /the folder "\S+\/missing" does not exist$/);
    await refused(['merge', f('shard.csv'), '--out', f('afolder')], /is a folder; expected a file name$/);
    await refused(['merge', f('shard.csv'), '--format', 'xml'], /^negoplan: --format: expected one of long, wide, json, got "xml"$/);
  });
});

describe('valid input runs', () => {
  it('a scenario saved with a UTF-8 byte-order mark runs and validates (exit 0)', async () => {
    const run = await cli('run', f('bom.json'), ...D, '--json');
    expect([run.code, run.err]).toEqual([0, '']);
    expect(JSON.parse(run.out)).toMatchObject({ days: 5 });
    expect((await cli('validate', f('bom.json'))).code).toBe(0);
  });

  it('merge --out and schema --out write their file whole, with no temporary file beside it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'negoplan-ok-')), 'whole.csv');
    expect((await cli('merge', f('shard.csv'), '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# runs: 2');
    const schema = join(out, '..', 'schema.json');
    expect((await cli('schema', '--out', schema)).code).toBe(0);
    expect(JSON.parse(readFileSync(schema, 'utf8'))).toHaveProperty('properties');
    expect(readdirSync(join(out, '..')).sort()).toEqual(['schema.json', 'whole.csv']);
  });
});

describe('the real command line', () => {
  const sim = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

  it('exits 2 with one line for --trace into a missing folder and a UTF-16 file, and 0 for a BOM file', () => {
    const before = files();
    for (const args of [['run', S, '--trace', f('missing/t.jsonl')], ['validate', f('utf16le.json')], ['fly' + 'y'.repeat(1000)]]) {
      const r = sim(...args);
      expect(r.status, args[0]).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.length).toBeLessThan(400);
    }
    const bom = sim('run', f('bom.json'), ...D, '--trace', f('bom-trace.jsonl'));
    expect([bom.status, bom.stderr]).toEqual([0, '']);
    expect(bom.stdout).toMatch(/orders\s+\d+ received/);
    expect(files().filter((x) => !before.includes(x))).toEqual([f('bom-trace.jsonl')]);
  });
});
