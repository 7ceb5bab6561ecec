/**
 * `schema [--session] [--out FILE]`: writes the JSON Schema of scenario files (or, with
 * `--session`, of session files); with neither flag, both into public/.
 */
import { scenarioJsonSchema } from '../scenario/jsonSchema';
import { sessionJsonSchema } from '../session/session';
import { parse } from './options';
import { checkOutputPath, writeFileAtomic } from './outputs';

/** Runs the `schema` command; returns the exit code. */
export function schemaCommand(args: string[]): number {
  const { values } = parse(args, { out: { type: 'string' }, session: { type: 'boolean' } });
  const targets: [string, () => Record<string, unknown>][] =
    values.out !== undefined
      ? [[values.out, values.session ? sessionJsonSchema : scenarioJsonSchema]]
      : values.session
        ? [['public/session.schema.json', sessionJsonSchema]]
        : [['public/scenario.schema.json', scenarioJsonSchema], ['public/session.schema.json', sessionJsonSchema]];
  for (const [out] of targets) checkOutputPath(out, '--out');
  for (const [out, schema] of targets) {
    writeFileAtomic(out, JSON.stringify(schema(), null, 2) + '\n');
    process.stdout.write(`wrote ${out}\n`);
  }
  return 0;
}
