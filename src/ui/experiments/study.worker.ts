/**
 * A study's web worker: runs one task at a time (a run and its combination's scenario) with
 * the sweep's own {@link runOne} and posts back the run's KPIs or the error that stopped it.
 * The same code and the same seed as the command line's worker threads, so the same numbers.
 */
import '../../scenario/jitless';
import { runOne } from '../../experiments/runOne';
import type { StudyResult, StudyTask } from './protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<StudyTask>) => void) | null; postMessage(m: StudyResult): void };

scope.onmessage = ({ data }) => {
  let result: StudyResult;
  try {
    result = { run: data.spec.run, kpis: runOne(data.scenario, data.spec.seed), error: null };
  } catch (e) {
    result = { run: data.spec.run, kpis: null, error: e instanceof Error ? e.message : String(e) };
  }
  scope.postMessage(result);
};
