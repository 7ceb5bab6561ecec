/**
 * Saved run states on disk for `run --save-state OUT` and `run --from-state FILE`: the run's
 * one plain state as JSON, read back through the same checks as any input file.
 */
import { writeFileAtomic } from './outputs';
import { readTextFile } from './textFile';
import type { RunState } from '../simulation/runState';
import { checkRunState } from '../simulation/runStateCheck';
import { parseJson } from '../scenario/load';
import { ScenarioError } from '../scenario/errors';
import { UserError } from './userError';

/** The most bytes read from a saved state (512 MiB; it holds the run's trace). */
const MAX_STATE_BYTES = 512 * 1024 * 1024;

/** Reads and checks a saved state; any problem is a one-line {@link UserError} naming the file and path. */
export function readRunState(file: string): RunState {
  const text = readTextFile(file, 'saved state', MAX_STATE_BYTES);
  try {
    return checkRunState(parseJson(text, file), file);
  } catch (e) {
    if (e instanceof ScenarioError) throw new UserError(e.message.split('\n')[0]);
    throw e;
  }
}

/**
 * Writes `state` to `file` atomically (a temporary file beside it, then a rename; nothing
 * left behind on failure). Check `file` with checkOutputPath before the run.
 */
export function writeRunState(file: string, state: RunState): void {
  writeFileAtomic(file, JSON.stringify(state));
}
