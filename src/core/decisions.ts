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

/**
 * The desk's whole state as plain data, kept in the run's state: the decisions asked so far,
 * the one waiting for a person, the answers to use (journal and people's), the answers given
 * so far (the journal to save) and who answers each role or agent.
 */
export interface DeskState {
  count: number;
  pending: DecisionRequest | null;
  /** Answers to use when their decision comes: the journal replayed, then people's answers. */
  recorded: JournalDecision[];
  /** Every answer given by a person or replayed, in order of decision. */
  given: JournalDecision[];
  controllers: Record<string, Controller>;
}

/** A fresh desk state: nothing asked, the journal's answers to replay, these controllers. */
export function newDeskState(controllers: Record<string, Controller> = {}, journal: readonly JournalDecision[] = []): DeskState {
  return { count: 0, pending: null, recorded: journal.map((j) => ({ ...j })), given: [], controllers: { ...controllers } };
}

/** The decision desk of one run, over its plain {@link DeskState} (shared, not copied). */
export class DecisionDesk {
  private readonly byId = new Map<number, JournalDecision>();

  constructor(readonly state: DeskState = newDeskState()) {
    for (const j of state.recorded) this.byId.set(j.id, j);
  }

  /** Decisions asked so far (the id of the next one). */
  get count(): number {
    return this.state.count;
  }

  /** The decision waiting for a person's answer, if any. */
  get pending(): DecisionRequest | null {
    return this.state.pending;
  }

  /** Every answer given by a person or replayed, in order: the journal to save. */
  get given(): readonly JournalDecision[] {
    return this.state.given;
  }

  /** Who answers `agent` (its own setting first, then its role's, else auto). */
  controllerOf(role: Role, agent: string): Controller {
    const c = this.state.controllers;
    return (Object.hasOwn(c, agent) ? c[agent] : Object.hasOwn(c, role) ? c[role] : undefined) ?? 'auto';
  }

  /** Sets who answers a role or an agent from now on. */
  setController(roleOrAgent: string, c: Controller): void {
    this.state.controllers[roleOrAgent] = c;
  }

  /**
   * Resolves one decision. Call it before changing any state in the handler: if a human
   * must answer it throws {@link DecisionPending}, and the handler runs again once answered.
   */
  decide<A>(kind: string, role: Role, agent: string, time: number, order: number | null, suggest: () => A): A {
    const st = this.state;
    const id = st.count;
    const suggestion = st.pending && st.pending.id === id ? (st.pending.suggestion as A) : suggest();
    const rec = this.byId.get(id);
    if (rec) {
      if (rec.kind !== kind || rec.agent !== agent) {
        throw new JournalMismatch(`journal decision ${id} is ${rec.kind} by ${rec.agent}, but the run asks ${kind} by ${agent}`);
      }
      st.pending = null;
      st.count++;
      st.given.push(rec);
      return rec.answer as A;
    }
    if (this.controllerOf(role, agent) === 'human') {
      st.pending = { id, kind, role, agent, time, order, suggestion };
      throw new DecisionPending(st.pending);
    }
    st.pending = null;
    st.count++;
    return suggestion;
  }

  /** Records a person's answer to the pending decision; the run can then go on. */
  answer(answer: unknown): void {
    const p = this.state.pending;
    if (!p) throw new Error('no decision is waiting for an answer');
    const rec = { id: p.id, kind: p.kind, agent: p.agent, answer };
    this.state.recorded.push(rec);
    this.byId.set(p.id, rec);
  }
}
