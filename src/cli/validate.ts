/** `validate <scenario>...`: checks scenario files; prints "ok" or every problem with its path. */
import { loadScenarioFile } from './scenarioFile';
import { UserError } from './userError';

/** Runs the `validate` command; returns the exit code (2 when any file is invalid). */
export function validateCommand(args: string[]): number {
  if (args.length === 0) throw new UserError('validate: expected one or more scenario files');
  let bad = 0;
  for (const file of args) {
    try {
      const s = loadScenarioFile(file);
      process.stdout.write(`${file}: ok (${s.name}; ${s.clients.length} clients, ${s.products.length} products, ${s.stations.length} stations)\n`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      process.stderr.write(e.message + '\n');
      bad++;
    }
  }
  return bad ? 2 : 0;
}
