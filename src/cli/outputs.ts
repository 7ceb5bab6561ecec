/**
 * The files the CLI writes (`run --trace`, `sweep --out`, `merge --out`, `schema --out`, and
 * any later one such as `--save-state`): each is checked with {@link checkOutputPath} before
 * any work starts, so a mistyped folder costs nothing, and written with
 * {@link writeFileAtomic}, so a reader sees the old file or the whole new one, never half of
 * one, and a failure leaves nothing behind. Both throw {@link UserError}s of one line.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { shownName } from './textFile';
import { fileReason, UserError } from './userError';

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Checks that `path`, given with `flag` (`--trace`), can be written: a non-empty name, its
 * folder exists, is a folder and is writable, and `path` itself is not a folder. Touches
 * nothing. Throws a {@link UserError} saying which of these fails, for example
 * `--trace out/t.jsonl: the folder "out" does not exist`.
 */
export function checkOutputPath(path: string, flag: string): void {
  if (path === '') throw new UserError(`${flag}: expected a file name, got an empty one`);
  const where = `${flag} ${shownName(path)}`;
  if (/[/\\]$/.test(path)) throw new UserError(`${where}: expected a file name, got a folder name`);
  const dir = dirname(path);
  let folder: Stats | undefined;
  try {
    folder = statOrUndefined(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${where}: ${code === 'ENOTDIR' ? `a part of "${shownName(dir)}" is a file, not a folder` : `cannot use the folder "${shownName(dir)}" (${fileReason(e)})`}`);
  }
  if (!folder) throw new UserError(`${where}: the folder "${shownName(dir)}" does not exist`);
  if (!folder.isDirectory()) throw new UserError(`${where}: "${shownName(dir)}" is a file, not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new UserError(`${where}: the folder "${shownName(dir)}" is not writable (${fileReason(e)})`);
  }
  let target: Stats | undefined;
  try {
    target = statOrUndefined(path);
  } catch (e) {
    throw new UserError(`${where}: cannot use it (${fileReason(e)})`);
  }
  if (target?.isDirectory()) throw new UserError(`${where}: is a folder; expected a file name`);
}

/**
 * Writes `data` to `path` atomically: into a new temporary file beside it (same folder, so
 * same file system), flushed to disk, then renamed over `path`, keeping an existing file's
 * permissions. A symbolic link is followed (the file it points to is replaced, not the link).
 * On any failure the temporary file is removed, `path` is left as it was, and a
 * {@link UserError} says why (`no space left on the device`). A target that exists and is
 * not a regular file (a pipe, `/dev/null`) is written directly, since it cannot be renamed over.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const fail = (e: unknown): never => {
    throw new UserError(`${shownName(path)}: cannot write the file (${fileReason(e)})`);
  };
  let existing: Stats | undefined;
  try {
    existing = statOrUndefined(path);
  } catch (e) {
    fail(e);
  }
  if (existing && !existing.isFile()) {
    if (existing.isDirectory()) fail(Object.assign(new Error(), { code: 'EISDIR' }));
    try {
      writeFileSync(path, data);
    } catch (e) {
      fail(e);
    }
    return;
  }
  let target = path;
  try {
    if (existing) target = realpathSync(path);
  } catch (e) {
    fail(e);
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    writeFileSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    try {
      if (fd !== undefined) closeSync(fd);
    } finally {
      rmSync(tmp, { force: true });
    }
    fail(e);
  }
}
