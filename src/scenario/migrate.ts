/**
 * Migrations between scenario schema versions. Each step takes a file of version n to n+1.
 * The checks here make a file from the future or without a version fail with a clear message
 * instead of a cascade of errors.
 *
 * 1 → 2: the `strategies` block (the automatic strategies' parameters) is new; its defaults
 * are the constants the strategies had, so a version 1 file runs exactly as before.
 */
import { SCHEMA_VERSION } from './schema';
import { ScenarioError, showValue } from './errors';

type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

/** Steps indexed by the version they upgrade from. */
const steps: Record<number, Step> = {
  1: (raw) => ({ ...raw, schemaVersion: 2 }),
};

/** Brings a raw scenario object up to {@link SCHEMA_VERSION}. */
export function migrate(raw: unknown, source = 'scenario'): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ScenarioError([{ path: '', message: `expected a JSON object, got ${Array.isArray(raw) ? 'an array' : showValue(raw)}` }], source);
  }
  let obj = raw as Record<string, unknown>;
  const v = obj.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    throw new ScenarioError([{ path: 'schemaVersion', message: `expected a whole number (current: ${SCHEMA_VERSION}), got ${showValue(v)}` }], source);
  }
  if (v > SCHEMA_VERSION) {
    throw new ScenarioError([{ path: 'schemaVersion', message: `version ${v} is newer than this negoplan reads (${SCHEMA_VERSION})` }], source);
  }
  for (let from = v; from < SCHEMA_VERSION; from++) {
    const step = steps[from];
    if (!step) throw new ScenarioError([{ path: 'schemaVersion', message: `no migration from version ${from}` }], source);
    obj = step(obj);
  }
  return obj;
}
