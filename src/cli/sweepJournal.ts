/**
 * The checkpoint of a sweep written to FILE: `FILE.checkpoint.jsonl`, the header on its
 * first line, then one finished run a line, appended as each run ends (in completion
 * order), so an interruption of any kind (Ctrl-C, a killed job, a crash) loses at most the
 * runs in flight. `--resume` reads it back; it is removed once FILE holds every run.
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import type { SweepMeta } from '../experiments/meta';
import { withNaN, type RunRecord } from '../experiments/records';
import { UserError } from './userError';

/** The checkpoint's path for results written to `out`. */
export function checkpointPath(out: string): string {
  return `${out}.checkpoint.jsonl`;
}

/**
 * The runs finished by an interrupted sweep with this header, read from its checkpoint
 * (empty when there is none). A checkpoint of another sweep is a {@link UserError}. A last
 * line cut short by the interruption is ignored.
 */
export function readCheckpoint(out: string, meta: SweepMeta): RunRecord[] {
  const file = checkpointPath(out);
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  let header: unknown;
  try {
    header = JSON.parse(lines[0]).sweep;
  } catch {
    throw new UserError(`${file}: not a sweep checkpoint; remove it to start over`);
  }
  if (JSON.stringify(header) !== JSON.stringify(meta)) {
    const key = meta.find(([k, v]) => !(header as SweepMeta).some(([hk, hv]) => hk === k && hv === v))?.[0] ?? 'header';
    throw new UserError(`${file}: the interrupted sweep is not this one (its "${key}" differs); rerun its own command with --resume, or remove the checkpoint to start over`);
  }
  const records: RunRecord[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    try {
      records.push(withNaN(JSON.parse(line) as RunRecord));
    } catch {
      break;
    }
  }
  return records;
}

/** An open checkpoint that finished runs are appended to. */
export class Checkpoint {
  private readonly fd: number;

  /**
   * Writes the checkpoint of `out` afresh: the header, then the runs already finished (those
   * read back by {@link readCheckpoint} when resuming, so a line cut short is dropped).
   */
  constructor(
    readonly out: string,
    meta: SweepMeta,
    finished: readonly RunRecord[],
  ) {
    this.fd = openSync(checkpointPath(out), 'w');
    writeSync(this.fd, [JSON.stringify({ sweep: meta }), ...finished.map((r) => JSON.stringify(r))].join('\n') + '\n');
  }

  /** Appends one finished run. */
  append(record: RunRecord): void {
    writeSync(this.fd, JSON.stringify(record) + '\n');
  }

  /** Closes the file; removes it when the results are complete. */
  close(complete: boolean): void {
    closeSync(this.fd);
    if (complete) rmSync(checkpointPath(this.out), { force: true });
  }
}
