/**
 * The command line as a user runs it (`npm run sim`'s way: Node with tsx on src/cli/main.ts), in a
 * process of its own: exit code, standard output and standard error.
 */
import { spawnSync } from 'node:child_process';

/** Runs `sim <args>` and returns what it exited with and printed. */
export function sim(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
