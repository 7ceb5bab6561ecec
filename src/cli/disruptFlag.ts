/**
 * `--disrupt kind=breakdown,station=etching,day=130,hour=8,hours=72`: a trainer's disruption
 * given on the command line, as the journal holds it (src/simulation/givenDisruptions.ts):
 * `kind` transport, weather or breakdown; `station` for a breakdown only; `day` (0 is the first
 * day of the run, warm-up included) and `hour` (default 0) of its start; `hours` it lasts.
 * This file reads the words; the run checks the rest (the kinds, the station, a start after
 * now) and names the field. Pure.
 */
import type { JournalDisruption } from '../simulation/runState';
import { showValue } from '../scenario/errors';
import { UserError } from './userError';

const KEYS = ['kind', 'station', 'day', 'hour', 'hours'] as const;
type Key = (typeof KEYS)[number];

/** The disruption `text` describes, or a {@link UserError} naming the key that is wrong or missing. */
export function parseDisruptFlag(text: string): JournalDisruption {
  const got: Partial<Record<Key, string>> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (eq < 0 || !(KEYS as readonly string[]).includes(key)) throw new UserError(`--disrupt: expected key=value pairs with keys ${KEYS.join(', ')} (e.g. kind=breakdown,station=etching,day=130,hour=8,hours=72), got ${showValue(part)}`);
    if (got[key as Key] !== undefined) throw new UserError(`--disrupt: ${key} given twice`);
    got[key as Key] = part.slice(eq + 1).trim();
  }
  for (const key of ['kind', 'day', 'hours'] as const) if (got[key] === undefined) throw new UserError(`--disrupt: expected ${key}= (e.g. kind=breakdown,station=etching,day=130,hours=72)`);
  const number = (key: Key): number => {
    const v = got[key]!;
    const n = Number(v);
    if (v === '' || !Number.isFinite(n)) throw new UserError(`--disrupt: ${key}: expected a number, got ${showValue(v)}`);
    return n;
  };
  return {
    day: number('day'),
    hour: got.hour === undefined ? 0 : number('hour'),
    kind: got.kind as JournalDisruption['kind'],
    ...(got.station !== undefined ? { station: got.station } : {}),
    durationHours: number('hours'),
  };
}
