/**
 * Saved run states on disk for `run --save-state OUT` and `run --from-state FILE`: the run's
 * one plain state as JSON, read back through the same checks as any input file.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { readInput } from './scenarioFile';
import type { RunState } from '../simulation/runState';
import { checkRunState } from '../simulation/runStateCheck';
import { parseJson } from '../scenario/load';
import { ScenarioError } from '../scenario/errors';
import { UserError } from './userError';

/** Reads and checks a saved state; any problem is a one-line {@link UserError} naming the file and path. */
export function readRunState(file: string): RunState {
  const text = readInput(file, 'saved state');
  try {
    return checkRunState(parseJson(text, file), file);
  } catch (e) {
    if (e instanceof ScenarioError) throw new UserError(e.message.split('\n')[0]);
    throw e;
  }
}

/** Writes `state` to `file` atomically (a temporary file beside it, then a rename). */
export function writeRunState(file: string, state: RunState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new UserError(`--save-state ${file}: cannot write the state (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
