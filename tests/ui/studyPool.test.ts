/** The study's worker pool with stand-in workers (Node has no web workers): feeding, results, Cancel, a worker that fails. */
import { describe, expect, it } from 'vitest';
import { StudyPool } from '../../src/ui/experiments/studyPool';
import type { StudyTask } from '../../src/ui/experiments/protocol';
import type { RunRecord } from '../../src/experiments/records';
import { planRuns } from '../../src/experiments/runPlan';
import { baseline } from '../helpers';

/** A stand-in worker: answers each task a tick later with its seed as a KPI, or fails to start. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  dead = false;
  busy = 0;
  constructor(private readonly failing = false) {
    FakeWorker.made.push(this);
  }
  postMessage(task: StudyTask): void {
    this.busy++;
    setTimeout(() => {
      if (this.dead) return;
      if (this.failing) return this.onerror?.({ message: 'no module', preventDefault() {} });
      this.busy--;
      this.onmessage?.({ data: { run: task.spec.run, kpis: { seed: task.spec.seed }, error: null } });
    }, 1);
  }
  terminate(): void {
    this.dead = true;
  }
}

const scenario = baseline();
const runs = planRuns(3, 4, 1, 'common');
const tasks: StudyTask[] = runs.map((spec) => ({ spec, scenario }));
const values = [[0.1], [0.2], [0.3]];
const pool = (failing = false) => {
  FakeWorker.made = [];
  return new StudyPool(() => new FakeWorker(failing) as unknown as Worker);
};

describe('the study pool', () => {
  it('runs every task on the workers asked, one at a time each, and records them with their values', async () => {
    const p = pool();
    const got: RunRecord[] = [];
    expect(await p.run(tasks, values, 2, (r) => got.push(r))).toBe('done');
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made.every((w) => w.dead && w.busy === 0)).toBe(true);
    expect(got.map((r) => r.run).sort((a, b) => a - b)).toEqual(runs.map((r) => r.run));
    for (const r of got) expect(r).toEqual({ ...runs[r.run], values: values[runs[r.run].combination], kpis: { seed: runs[r.run].seed }, error: null });
  });

  it('stops on Cancel: the workers are terminated and nothing more is recorded', async () => {
    const p = pool();
    const got: RunRecord[] = [];
    const end = p.run(tasks, values, 2, (r) => {
      got.push(r);
      if (got.length === 3) p.cancel();
    });
    expect(await end).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toHaveLength(3);
    expect(FakeWorker.made.every((w) => w.dead)).toBe(true);
  });

  it('rejects, naming the problem, when a worker fails', async () => {
    await expect(pool(true).run(tasks, values, 1, () => {})).rejects.toThrow(/a study worker failed: no module/);
    expect(FakeWorker.made.every((w) => w.dead)).toBe(true);
  });
});
