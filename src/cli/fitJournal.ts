/**
 * The journal of a fit: JSON lines, the fit's header first (what defines its evaluations),
 * then one evaluated point a line, appended as each ends: its parameter values and each
 * seed's flattened KPIs (or the error that stopped a run). The search is deterministic, so
 * `fit --resume JOURNAL` replays it, taking every point already in the journal from there
 * instead of running it, and goes on where it stopped (with the same or a larger budget). A
 * last line cut short by an interruption is ignored.
 */
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { UserError } from './userError';

/** The header's pairs: version, scenario and its sha256, the canonical command, the targets. */
export type FitHeader = [key: string, value: string][];

/** One evaluated point: the parameter values, each seed's KPIs, or the error of a run. */
export interface JournalEntry {
  values: number[];
  kpis: Record<string, number>[] | null;
  error: string | null;
}

/** The key of a point in the journal (its values, exactly). */
export function pointKey(values: readonly number[]): string {
  return JSON.stringify(values);
}

/** The entries of journal `file` (none when it does not exist); a journal of another fit is a {@link UserError}. */
export function readJournal(file: string, header: FitHeader): Map<string, JournalEntry> {
  const entries = new Map<string, JournalEntry>();
  if (!existsSync(file)) return entries;
  const lines = readFileSync(file, 'utf8').split('\n');
  let theirs: FitHeader;
  try {
    theirs = JSON.parse(lines[0]).fit;
    if (!Array.isArray(theirs)) throw new Error();
  } catch {
    throw new UserError(`--resume ${file}: not a fit journal`);
  }
  if (JSON.stringify(theirs) !== JSON.stringify(header)) {
    const key = header.find(([k, v]) => !theirs.some(([tk, tv]) => tk === k && tv === v))?.[0] ?? 'header';
    throw new UserError(`--resume ${file}: the journal is of another fit (its "${key}" differs); rerun its own command, or remove the journal to start over`);
  }
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    let e: JournalEntry;
    try {
      e = JSON.parse(line) as JournalEntry;
    } catch {
      break;
    }
    for (const k of e.kpis ?? []) for (const name of Object.keys(k)) if (k[name] === null) k[name] = NaN;
    entries.set(pointKey(e.values), e);
  }
  return entries;
}

/** An open journal that evaluations are appended to. */
export class FitJournal {
  private readonly fd: number;

  /** Writes the journal afresh: the header, then the entries already read back. */
  constructor(file: string, header: FitHeader, kept: Iterable<JournalEntry>) {
    this.fd = openSync(file, 'w');
    writeSync(this.fd, [JSON.stringify({ fit: header }), ...[...kept].map((e) => JSON.stringify(e))].join('\n') + '\n');
  }

  /** Appends one evaluated point. */
  append(entry: JournalEntry): void {
    writeSync(this.fd, JSON.stringify(entry) + '\n');
  }

  /** Closes the file (it is kept: the record of every point the search evaluated). */
  close(): void {
    closeSync(this.fd);
  }
}
