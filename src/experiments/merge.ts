/**
 * Putting shards back together: the records of shard files `k/n` of one sweep become the
 * records of the whole, as one machine would have produced them. Refuses files from
 * different sweeps, partial shards, missing or repeated shards and missing runs. Pure.
 */
import { DesignError } from './errors';
import { metaValue, metaWithout, PARTIAL_KEYS, type SweepMeta } from './meta';
import type { RunRecord } from './records';
import { parseShard } from './runPlan';

/** One results file read back, with its name for messages. */
export interface ShardFile {
  name: string;
  meta: SweepMeta;
  paths: string[];
  records: RunRecord[];
}

/** The header (without `shard`) and every record of the whole sweep. */
export function mergeShards(files: readonly ShardFile[]): { meta: SweepMeta; paths: string[]; records: RunRecord[] } {
  if (files.length === 0) throw new DesignError('merge: expected shard files');
  const meta = metaWithout(files[0].meta, PARTIAL_KEYS);
  const key = JSON.stringify(meta);
  const seen = new Map<number, string>();
  let count = 0;
  for (const f of files) {
    const incomplete = metaValue(f.meta, 'incomplete');
    if (incomplete) throw new DesignError(`${f.name}: the shard is incomplete (${incomplete}); finish it with --resume first`);
    if (JSON.stringify(metaWithout(f.meta, PARTIAL_KEYS)) !== key) {
      const differs = meta.find(([k, v]) => metaValue(f.meta, k) !== v)?.[0] ?? 'header';
      throw new DesignError(`${f.name}: not a shard of the same sweep as ${files[0].name} (their "${differs}" differ)`);
    }
    const shardText = metaValue(f.meta, 'shard');
    if (!shardText) throw new DesignError(`${f.name}: not a shard (no "shard" line in its header)`);
    const shard = parseShard(shardText);
    if (count && shard.count !== count) throw new DesignError(`${f.name}: shard ${shardText}, but ${files[0].name} is one of ${count}`);
    count = shard.count;
    const other = seen.get(shard.index);
    if (other) throw new DesignError(`${f.name}: shard ${shardText} is also ${other}`);
    seen.set(shard.index, f.name);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw new DesignError(`merge: shard(s) ${missing.map((k) => `${k}/${count}`).join(', ')} missing`);
  const records = files.flatMap((f) => f.records);
  const total = Number(metaValue(meta, 'runs'));
  const runs = new Set(records.map((r) => r.run));
  if (runs.size !== records.length || runs.size !== total) {
    throw new DesignError(`merge: the shards hold ${runs.size} distinct run(s) of ${total}`);
  }
  return { meta, paths: files[0].paths, records };
}
