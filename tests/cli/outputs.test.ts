import { describe, expect, it } from 'vitest';
import { thrownMessage } from '../helpers';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutputPath, writeFileAtomic } from '../../src/cli/outputs';

const fresh = () => mkdtempSync(join(tmpdir(), 'negoplan-out-'));
const refusal = thrownMessage;

describe('an output path', () => {
  it('is accepted when its folder exists and it is not a folder', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'old.csv'), 'old');
    expect(refusal(() => checkOutputPath(join(dir, 'new.csv'), '--out'))).toBe('accepted');
    expect(refusal(() => checkOutputPath(join(dir, 'old.csv'), '--out'))).toBe('accepted');
    expect(refusal(() => checkOutputPath('relative.jsonl', '--trace'))).toBe('accepted');
    expect(readdirSync(dir)).toEqual(['old.csv']);
  });

  it('is refused in one line naming the flag and what is wrong', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'afile'), 'x');
    mkdirSync(join(dir, 'afolder'));
    expect(refusal(() => checkOutputPath(join(dir, 'missing', 't.jsonl'), '--trace'))).toBe(`--trace ${dir}/missing/t.jsonl: the folder "${dir}/missing" does not exist`);
    expect(refusal(() => checkOutputPath(join(dir, 'afolder'), '--out'))).toBe(`--out ${dir}/afolder: is a folder; expected a file name`);
    expect(refusal(() => checkOutputPath(join(dir, 'afile', 't.jsonl'), '--trace'))).toBe(`--trace ${dir}/afile/t.jsonl: "${dir}/afile" is a file, not a folder`);
    expect(refusal(() => checkOutputPath(join(dir, 'afile', 'sub', 't.jsonl'), '--trace'))).toBe(`--trace ${dir}/afile/sub/t.jsonl: a part of "${dir}/afile/sub" is a file, not a folder`);
    expect(refusal(() => checkOutputPath(`${dir}/new/`, '--out'))).toBe(`--out ${dir}/new/: expected a file name, got a folder name`);
    expect(refusal(() => checkOutputPath('', '--out'))).toBe('--out: expected a file name, got an empty one');
    expect(refusal(() => checkOutputPath('/proc/version/x', '--out'))).toMatch(/^--out \/proc\/version\/x: "\/proc\/version" is a file, not a folder$/);
  });
});

describe('writing a file atomically', () => {
  it('writes a new file and replaces an old one whole, keeping its permissions, leaving no temporary file', () => {
    const dir = fresh();
    const file = join(dir, 'r.csv');
    writeFileAtomic(file, 'first\n');
    expect(readFileSync(file, 'utf8')).toBe('first\n');
    chmodSync(file, 0o640);
    writeFileAtomic(file, new TextEncoder().encode('second\n'));
    expect(readFileSync(file, 'utf8')).toBe('second\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['r.csv']);
  });

  it('replaces the file a symbolic link points to, not the link', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'real.csv'), 'old');
    symlinkSync(join(dir, 'data', 'real.csv'), join(dir, 'link.csv'));
    writeFileAtomic(join(dir, 'link.csv'), 'new');
    expect(readFileSync(join(dir, 'data', 'real.csv'), 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'data'))).toEqual(['real.csv']);
  });

  it('fails in one line and leaves nothing behind', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'keep.csv'), 'kept');
    expect(refusal(() => writeFileAtomic(join(dir, 'gone', 'r.csv'), 'x'))).toBe(`${dir}/gone/r.csv: cannot write the file (no such file)`);
    expect(refusal(() => writeFileAtomic(join(dir, 'keep.csv'), 42 as unknown as string))).toMatch(/^.*keep\.csv: cannot write the file \(ERR_INVALID_ARG_TYPE\)$/);
    expect(readFileSync(join(dir, 'keep.csv'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['keep.csv']);
  });

  it('writes a device directly and reports its failure in words', () => {
    writeFileAtomic('/dev/null', 'discarded');
    expect(refusal(() => writeFileAtomic('/dev/full', 'x'))).toBe('/dev/full: cannot write the file (no space left on the device)');
  });
});
