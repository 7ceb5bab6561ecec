/**
 * Decision points. Every choice an agent makes goes through {@link DecisionDesk.decide}: the
 * agent's automatic strategy always proposes an answer (the suggestion); the answer used is,
 * in order, the one recorded in the journal for that decision (replay, branch), a human's
 * (the run pauses until it is given), or the suggestion. The suggestion is computed exactly
 * once per decision, so the random streams advance the same way whoever answers.
 *
 * The rule for handlers: at most one decision per event, asked before the handler changes
 * anything (random draws included, except inside the suggestion). A handler that needs a
 * second decision schedules another event at the same instant.
 */

/** Who takes a decision. A controller can be set per role or per agent id. */
export type Role = 'commercial' | 'lanceur' | 'fabrication' | 'client';
/** Who answers a role or agent: its strategy, or a person. */
export type Controller = 'auto' | 'human';

/** A decision waiting for, or given, an answer. `id` is its rank in the run, from 0. */
export interface DecisionRequest<A = unknown> {
  id: number;
  kind: string;
  role: Role;
  agent: string;
  time: number;
  order: number | null;
  suggestion: A;
}

/** A recorded answer. `kind` and `agent` guard against replaying a journal on another run. */
export interface JournalDecision {
  id: number;
  kind: string;
  agent: string;
  answer: unknown;
}

/** Thrown by `decide` when a human must answer first; the simulation loop catches it. */
export class DecisionPending {
  constructor(readonly request: DecisionRequest) {}
}

/** A journal that does not fit the run it is replayed on. */
export class JournalMismatch extends Error {}

/** The decision desk of one run: counter, journal, controllers, pending request. */
export class DecisionDesk {
  count = 0;
  pending: DecisionRequest | null = null;
  private readonly recorded = new Map<number, JournalDecision>();
  /** Every answer given by a person or replayed, in order: the journal to save. */
  readonly given: JournalDecision[] = [];

  constructor(
    private readonly controllers: Record<string, Controller> = {},
    journal: readonly JournalDecision[] = [],
  ) {
    for (const j of journal) this.recorded.set(j.id, j);
  }

  /** Who answers `agent` (its own setting first, then its role's, else auto). */
  controllerOf(role: Role, agent: string): Controller {
    return this.controllers[agent] ?? this.controllers[role] ?? 'auto';
  }

  /** Sets who answers a role or an agent from now on. */
  setController(roleOrAgent: string, c: Controller): void {
    this.controllers[roleOrAgent] = c;
  }

  /**
   * Resolves one decision. Call it before changing any state in the handler: if a human
   * must answer it throws {@link DecisionPending}, and the handler runs again once answered.
   */
  decide<A>(kind: string, role: Role, agent: string, time: number, order: number | null, suggest: () => A): A {
    const id = this.count;
    const suggestion = this.pending && this.pending.id === id ? (this.pending.suggestion as A) : suggest();
    const rec = this.recorded.get(id);
    if (rec) {
      if (rec.kind !== kind || rec.agent !== agent) {
        throw new JournalMismatch(`journal decision ${id} is ${rec.kind} by ${rec.agent}, but the run asks ${kind} by ${agent}`);
      }
      this.pending = null;
      this.count++;
      this.given.push(rec);
      return rec.answer as A;
    }
    if (this.controllerOf(role, agent) === 'human') {
      this.pending = { id, kind, role, agent, time, order, suggestion };
      throw new DecisionPending(this.pending);
    }
    this.pending = null;
    this.count++;
    return suggestion;
  }

  /** Records a person's answer to the pending decision; the run can then go on. */
  answer(answer: unknown): void {
    const p = this.pending;
    if (!p) throw new Error('no decision is waiting for an answer');
    this.recorded.set(p.id, { id: p.id, kind: p.kind, agent: p.agent, answer });
  }
}
