/**
 * Shared by the sweep tests: a short version of the baseline (so runs take milliseconds),
 * an in-process sweep with captured streams, and temp files.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { executeSweep } from '../../src/cli/sweep';
import { parseSweepArgs } from '../../src/cli/sweepOptions';
import { prepareSweep, type PreparedSweep } from '../../src/cli/sweepSetup';
import { UserError } from '../../src/cli/userError';

/** The baseline scenario file the sweep tests run. */
export const BASELINE = 'scenarios/terssac-circuits.json';

/** Flags that make a baseline run short: 20 measured days, no warm-up. */
export const SHORT = ['--days', '20', '--set', 'warmupDays=0'];

/** The baseline, validated, shortened to 20 days without warm-up. */
export function tinyScenario(): Scenario {
  return { ...loadScenario(readFileSync(BASELINE, 'utf8')), days: 20, warmupDays: 0 };
}

/** A fresh temp directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'negoplan-sweep-'));
}

/** What a sweep wrote and returned. */
export interface SweepResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `sweep <args>` in this process (workers are real threads), capturing its streams; a
 * user error gives code 2 and its message on stderr, as the CLI would. `tamper` may change
 * the prepared sweep before it runs.
 */
export async function sweep(args: string[], tamper?: (p: PreparedSweep) => void): Promise<SweepResult> {
  let stdout = '';
  let stderr = '';
  const streams = {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { isTTY: false, write: (s: string) => ((stderr += s), true) },
  };
  try {
    const prepared = prepareSweep(parseSweepArgs(args));
    tamper?.(prepared);
    const code = await executeSweep(prepared, streams);
    return { code, stdout, stderr };
  } catch (e) {
    if (e instanceof UserError) return { code: 2, stdout, stderr: stderr + e.message };
    throw e;
  }
}
