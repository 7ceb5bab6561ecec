/**
 * Reading a text file the user names (a scenario, a design file, a sweep's shard): its
 * bytes, at most a bound (so `/dev/zero` or a stray video is refused, not read into memory),
 * decoded as UTF-8 with or without a byte-order mark ({@link decodeUtf8}). Every problem is
 * a {@link UserError} of one line naming the file.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { decodeUtf8 } from '../scenario/encoding';
import { ScenarioError, clipText } from '../scenario/errors';
import { fileReason, UserError } from './userError';

/** The most bytes read from a scenario or design file (16 MiB). */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

/** The most characters of a file name a message shows (a name is longer only by mistake). */
const NAME_CHARS = 300;

/** A file name as a message shows it. */
export function shownName(file: string): string {
  return clipText(file, NAME_CHARS);
}

function readBounded(file: string, what: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new UserError(`${shownName(file)}: cannot read the ${what} (${fileReason(e)})`);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new UserError(`${shownName(file)}: the ${what} is larger than ${maxBytes / (1024 * 1024)} MiB; expected a text file`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${shownName(file)}: cannot read the ${what} (${fileReason(e)})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of `file`, which is `what` (`scenario`, `design file`...): UTF-8, its byte-order
 * mark dropped. A missing or unreadable file, one larger than `maxBytes`, binary, UTF-16 or
 * other non-UTF-8 content is a {@link UserError}.
 */
export function readTextFile(file: string, what: string, maxBytes = MAX_TEXT_BYTES): string {
  const bytes = readBounded(file, what, maxBytes);
  try {
    return decodeUtf8(bytes, shownName(file));
  } catch (e) {
    if (e instanceof ScenarioError) throw new UserError(e.message);
    throw e;
  }
}
