/** What the study's pool and its web workers say to each other. Types only. */
import type { RunSpec } from '../../experiments/runPlan';
import type { Scenario } from '../../scenario/schema';

/** One run to do: its spec (run index, combination, seed) and its combination's validated scenario. */
export interface StudyTask {
  spec: RunSpec;
  scenario: Scenario;
}

/** A finished run: its KPIs flattened (as the sweep's), or the error that stopped it. */
export interface StudyResult {
  run: number;
  kpis: Record<string, number> | null;
  error: string | null;
}
