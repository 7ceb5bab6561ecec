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
      process.stdout.write(`${file}: ok (${s.name}; ${count(s.clients.length, 'client')}, ${count(s.products.length, 'product')}, ${count(s.stations.length, 'station')})\n`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      process.stderr.write(e.message + '\n');
      bad++;
    }
  }
  return bad ? 2 : 0;
}

/** `n` and the noun, in the plural unless n is 1. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
