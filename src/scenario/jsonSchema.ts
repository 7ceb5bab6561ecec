/** The scenario JSON Schema, generated from the zod schema, for editors to complete and check files. */
import { z } from 'zod';
import { scenarioSchema } from './schema';

/** The JSON Schema (draft 2020-12) of scenario files, as the file is written (defaults optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://negoplan.example/scenario.schema.json',
    title: 'negoplan scenario',
  };
}
