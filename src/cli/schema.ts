/** `schema [--out FILE]`: writes the scenario JSON Schema (default public/scenario.schema.json). */
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { parse } from './options';
import { checkOutputPath, writeFileAtomic } from './outputs';

/** Runs the `schema` command; returns the exit code. */
export function schemaCommand(args: string[]): number {
  const { values } = parse(args, { out: { type: 'string' } });
  const out = values.out ?? 'public/scenario.schema.json';
  checkOutputPath(out, '--out');
  writeFileAtomic(out, JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
  process.stdout.write(`wrote ${out}\n`);
  return 0;
}
