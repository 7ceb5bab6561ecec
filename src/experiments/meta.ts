/**
 * The header of a sweep's output: where the results come from (program version, scenario
 * file and its SHA-256, the command that defines the runs, the design, the seeds), as
 * ordered `key: value` pairs. CSV files carry it as `# key: value` lines above the column
 * names, JSON files as a `meta` object. Nothing in it depends on how the sweep was executed
 * (workers, shards merged, interruptions resumed), so the bytes do not either; only `shard`
 * and `incomplete` mark a partial file. Pure.
 */

/** The header's pairs, in the order they are written. */
export type SweepMeta = [key: string, value: string][];

/** Keys that describe a partial file rather than the sweep; dropped when comparing sweeps. */
export const PARTIAL_KEYS = ['shard', 'incomplete'] as const;

/** The value of `key`, or undefined. */
export function metaValue(meta: SweepMeta, key: string): string | undefined {
  return meta.find(([k]) => k === key)?.[1];
}

/** The pairs without the given keys. */
export function metaWithout(meta: SweepMeta, keys: readonly string[]): SweepMeta {
  return meta.filter(([k]) => !keys.includes(k));
}

/** The varied parameter paths recorded in the header (the `parameters` pair). */
export function metaPaths(meta: SweepMeta): string[] {
  return (metaValue(meta, 'parameters') ?? '').split(' ').filter((p) => p !== '');
}

/** `# key: value` lines, one a pair. */
export function metaLines(meta: SweepMeta): string[] {
  return meta.map(([k, v]) => `# ${k}: ${v}`.trimEnd());
}

/** Reads `# key: value` lines back (other lines are ignored). */
export function parseMetaLines(lines: readonly string[]): SweepMeta {
  const meta: SweepMeta = [];
  for (const line of lines) {
    const m = /^# ([\w-]+):\s?(.*)$/.exec(line);
    if (m) meta.push([m[1], m[2]]);
  }
  return meta;
}

/** The pairs as a JSON object (keys keep their order). */
export function metaObject(meta: SweepMeta): Record<string, string> {
  return Object.fromEntries(meta);
}
