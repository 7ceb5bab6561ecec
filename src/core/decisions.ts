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

/**
 * A decision waiting for, or given, an answer. `id` is its rank in the run, from 0. `view` is
 * what the deciding role may see (plain data, built once per decision); `suggestion` is the
 * automatic strategy's answer on that view.
 */
export interface DecisionRequest<A = unknown, V = unknown> {
  id: number;
  kind: string;
  role: Role;
  agent: string;
  time: number;
  order: number | null;
  view: V;
  suggestion: A;
}

/**
 * Checks an answer that comes from a person or a journal against its request: returns the
 * answer as the handler uses it, or throws {@link InvalidAnswer} naming the decision and field.
 */
export type AnswerCheck = (answer: unknown, request: DecisionRequest) => unknown;

/** An answer of the wrong shape, or one that does not fit its view. */
export class InvalidAnswer extends Error {}

/**
 * A strategy of one's own for one decision kind: `(view, rng, params) → answer`, pure; `rng`
 * is the agent's stream (`next()` in [0, 1)). Its answers are checked like a person's.
 */
export type StrategyOverride = (view: unknown, rng: { next(): number }, params: unknown) => unknown;

/** Strategies of one's own, by decision kind (`lanceur.plan`): they replace the built-in ones. */
export type StrategyOverrides = Readonly<Record<string, StrategyOverride>>;

/** A strategy of one's own threw: the run stops, naming the decision and the strategy's message. */
export class StrategyFailed extends Error {}

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

  /** `checks`: by decision kind, how a person's or a journal's answer is checked. */
  constructor(
    readonly state: DeskState = newDeskState(),
    private readonly checks: Readonly<Record<string, AnswerCheck>> = {},
  ) {
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
   * `view` builds what the role sees and `suggest` the automatic answer on it; both run once
   * per decision (not again when the handler reruns after a person's answer).
   */
  decide<A, V = unknown>(kind: string, role: Role, agent: string, time: number, order: number | null, view: () => V, suggest: (view: V) => A): A {
    const st = this.state;
    const id = st.count;
    const waiting = st.pending && st.pending.id === id ? (st.pending as DecisionRequest<A, V>) : null;
    const shown = waiting && waiting.view !== undefined ? waiting.view : view();
    const suggestion = waiting ? waiting.suggestion : suggest(shown);
    const rec = this.byId.get(id);
    if (rec) {
      if (rec.kind !== kind || rec.agent !== agent) {
        throw new JournalMismatch(`journal decision ${id} is ${rec.kind} by ${rec.agent}, but the run asks ${kind} by ${agent}`);
      }
      const answer = this.check(rec.answer, { id, kind, role, agent, time, order, view: shown, suggestion }) as A;
      st.pending = null;
      st.count++;
      st.given.push(rec);
      return answer;
    }
    if (this.controllerOf(role, agent) === 'human') {
      // A copy: the pending request is run state (JSON), apart from anything the view shares with the model.
      st.pending = { id, kind, role, agent, time, order, view: structuredClone(shown), suggestion };
      throw new DecisionPending(st.pending);
    }
    st.pending = null;
    st.count++;
    return suggestion;
  }

  /**
   * Records a person's answer to the pending decision; the run can then go on. An answer that
   * fails its kind's check throws {@link InvalidAnswer} and the decision stays pending.
   */
  answer(answer: unknown): void {
    const p = this.state.pending;
    if (!p) throw new Error('no decision is waiting for an answer');
    this.check(answer, p);
    const rec = { id: p.id, kind: p.kind, agent: p.agent, answer };
    this.state.recorded.push(rec);
    this.byId.set(p.id, rec);
  }

  /** The answer as checked by its kind's check (unchanged for a kind without one). */
  private check(answer: unknown, request: DecisionRequest): unknown {
    const check = this.checks[request.kind];
    return check ? check(answer, request) : answer;
  }
}
