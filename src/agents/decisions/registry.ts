/**
 * The decision registry: for each decision kind, the role that takes it, the function that
 * builds that role's view from the model, the automatic strategy and its parameters from the
 * scenario, and the answer's check. Handlers ask through {@link ask}; the desk gets
 * {@link answerChecks}, so an answer from a person or a journal is checked (shape by zod, then
 * its fit with the view) and an error names the decision and the field.
 */
import type { z } from 'zod';
import type { Model } from '../model';
import type { Order } from '../state';
import type { Scenario } from '../../scenario/schema';
import type { Proposal } from '../../negotiation/proposal';
import { InvalidAnswer, StrategyFailed, type AnswerCheck, type DecisionRequest, type Role } from '../../core/decisions';
import type { Stream } from '../../core/random';
import { problemFromIssue } from '../../scenario/errors';
import { promiseView, type PromiseView } from '../views/commercial';
import { planView, changeRequestView, type PlanView, type ChangeRequestView, type ChangeRequestContext } from '../views/lanceur';
import { changeAskView, counterView, derogationView, type ChangeAskView, type CounterView, type DerogationView } from '../views/client';
import { offSpecView, type OffSpecView } from '../views/fabrication';
import * as commercial from '../strategies/commercial';
import * as lanceur from '../strategies/lanceur';
import * as client from '../strategies/client';
import * as fabrication from '../strategies/fabrication';
import * as answers from './answers';

/** One decision kind: who decides, on what view, how automatically, and what answer fits. */
export interface DecisionSpec<C, V, A, P> {
  role: Role;
  /** Builds the role's view (reads the model, changes nothing). `context`: what the handler knows. */
  view(m: Model, context: C): V;
  /** The automatic strategy's parameters, from the scenario. */
  params(s: Scenario): P;
  /** The automatic strategy: pure, draws only from `rng` (the agent's stream `agent:<id>`). */
  strategy(view: V, rng: Stream, params: P): A;
  /** The answer's shape. */
  answer: z.ZodType<A>;
  /** What the shape cannot say: why the answer does not fit the view, or null when it does. */
  misfit?(answer: A, view: V): string | null;
}

const spec = <C, V, A, P>(d: DecisionSpec<C, V, A, P>) => d;

const commercialParams = (s: Scenario): commercial.CommercialParams => ({ commercial: s.commercial, strategy: s.strategies.commercial });
const lanceurParams = (s: Scenario): lanceur.LanceurParams => ({ lanceur: s.lanceur, strategy: s.strategies.lanceur });
const clientParams = (s: Scenario): client.ClientParams => ({ strategy: s.strategies.client, volumeChange: s.changes.volumeChange });
const fabricationParams = (s: Scenario): fabrication.FabricationParams => ({ fabrication: s.fabrication });

/** Every decision kind of the run. */
export const decisions = {
  'commercial.promise': spec<Order, PromiseView, commercial.PromiseAnswer, commercial.CommercialParams>({
    role: 'commercial',
    view: promiseView,
    params: commercialParams,
    strategy: commercial.promise,
    answer: answers.promiseAnswer,
  }),
  'lanceur.plan': spec<number, PlanView, lanceur.DailyPlan, lanceur.LanceurParams>({
    role: 'lanceur',
    view: planView,
    params: lanceurParams,
    strategy: lanceur.plan,
    answer: answers.planAnswer,
    misfit: planMisfit,
  }),
  'lanceur.answerChange': spec<ChangeRequestContext, ChangeRequestView, lanceur.ChangeVerdict, lanceur.LanceurParams>({
    role: 'lanceur',
    view: changeRequestView,
    params: lanceurParams,
    strategy: lanceur.answerChange,
    answer: answers.changeVerdictAnswer,
  }),
  'client.requestChange': spec<Order, ChangeAskView, client.ChangeAsk, client.ClientParams>({
    role: 'client',
    view: changeAskView,
    params: clientParams,
    strategy: client.requestChange,
    answer: answers.changeAskAnswer,
    misfit: (a, v) => (a.terms?.product !== undefined && !v.client.products.includes(a.terms.product) ? `terms.product: ${v.client.id} does not order ${a.terms.product}` : null),
  }),
  'client.answerCounter': spec<Proposal, CounterView, client.Acceptance, client.ClientParams>({
    role: 'client',
    view: counterView,
    params: clientParams,
    strategy: client.answerCounter,
    answer: answers.acceptanceAnswer,
  }),
  'fabrication.offerDerogation': spec<Order, OffSpecView, fabrication.OfferAnswer, fabrication.FabricationParams>({
    role: 'fabrication',
    view: offSpecView,
    params: fabricationParams,
    strategy: fabrication.offerDerogation,
    answer: answers.offerAnswer,
  }),
  'client.acceptDerogation': spec<Proposal, DerogationView, client.Acceptance, client.ClientParams>({
    role: 'client',
    view: derogationView,
    params: clientParams,
    strategy: client.acceptDerogation,
    answer: answers.acceptanceAnswer,
  }),
};

type Registry = typeof decisions;
/** A decision kind. */
export type DecisionKind = keyof Registry;
type Parts<K extends DecisionKind> = Registry[K] extends DecisionSpec<infer C, infer V, infer A, infer P> ? { context: C; view: V; answer: A; params: P } : never;
/** What the handler passes to build the view of a decision of kind `K`. */
export type ContextOf<K extends DecisionKind> = Parts<K>['context'];
/** The view of the role deciding `K`. */
export type ViewOf<K extends DecisionKind> = Parts<K>['view'];
/** The answer to `K`. */
export type AnswerOf<K extends DecisionKind> = Parts<K>['answer'];
/** A request of kind `K`, with its typed view and suggestion. */
export type RequestOf<K extends DecisionKind> = DecisionRequest<AnswerOf<K>, ViewOf<K>> & { kind: K };

/** The automatic strategy's parameters for `K`. */
export type ParamsOf<K extends DecisionKind> = Parts<K>['params'];

/**
 * A strategy for decision `K`: pure, `(view, rng) → answer`; the built-in ones also read their
 * parameters from the scenario (a strategy of one's own may ignore the third argument).
 */
export type StrategyOf<K extends DecisionKind> = (view: ViewOf<K>, rng: Stream, params: ParamsOf<K>) => AnswerOf<K>;

/**
 * A role's strategies: one function per decision kind of the role, named after the kind
 * (`client.requestChange` → `requestChange`). What a strategy module for the role exports.
 */
export type RoleStrategies<R extends Role> = {
  [K in Extract<DecisionKind, `${R}.${string}`> as K extends `${R}.${infer F}` ? F : never]: StrategyOf<K>;
};

/** The built-in strategy modules, one per role, each complete for its role (checked by the compiler). */
export const automatic: { [R in Role]: RoleStrategies<R> } = { commercial, lanceur, client, fabrication };

/** Whether a pending request is of kind `k` (narrows its view and suggestion). */
export function isKind<K extends DecisionKind>(r: DecisionRequest, k: K): r is RequestOf<K> {
  return r.kind === k;
}

/** The agent's stream `agent:<id>`, opened only at its first draw (so a decision that draws nothing adds no stream). */
function agentStream(m: Model, agent: string): Stream {
  return new LazyStream(m, agent);
}

/** A stream opened at its first draw (a class, not a closure: one is made per decision, thousands a year). */
class LazyStream implements Stream {
  private s: Stream | null = null;
  constructor(
    private readonly m: Model,
    private readonly agent: string,
  ) {}
  next(): number {
    return (this.s ??= this.m.rng.stream(`agent:${this.agent}`)).next();
  }
}

/**
 * Asks the desk for decision `kind` by `agent` (on `order`, if any): builds the role's view,
 * computes the automatic answer once, and returns the answer used (journal, person, or the
 * suggestion). Call it before the handler changes anything.
 */
export function ask<K extends DecisionKind>(m: Model, kind: K, agent: string, order: number | null, context: ContextOf<K>): AnswerOf<K> {
  const d = decisions[kind] as unknown as DecisionSpec<ContextOf<K>, ViewOf<K>, AnswerOf<K>, unknown>;
  const own = m.strategies?.[kind];
  const id = m.desk.count;
  return m.desk.decide<AnswerOf<K>, ViewOf<K>>(
    kind,
    d.role,
    agent,
    m.now,
    order,
    () => d.view(m, context),
    own
      ? (view) => ownAnswer<AnswerOf<K>>(() => own(view, agentStream(m, agent), d.params(m.scenario)), { id, kind, role: d.role, agent, time: m.now, order, view, suggestion: undefined })
      : (view) => d.strategy(view, agentStream(m, agent), d.params(m.scenario)),
  );
}

/**
 * Runs a strategy of one's own (`answer` is a thunk so its throw is caught) and checks its
 * answer like a person's: a throw becomes {@link StrategyFailed} naming the decision.
 */
function ownAnswer<A>(answer: () => unknown, request: DecisionRequest): A {
  let a: unknown;
  try {
    a = answer();
  } catch (e) {
    throw new StrategyFailed(`decision ${request.id} (${request.kind} by ${request.agent}): the strategy threw: ${e instanceof Error ? e.message : String(e)}`);
  }
  return checkAnswer(a, request) as A;
}

type AnySpec = DecisionSpec<unknown, unknown, unknown, unknown>;
type Parsed = { data: unknown; problem: null } | { data: null; problem: { path: string; message: string } };

function parseAnswer(kind: string, answer: unknown): Parsed {
  const d = (decisions as Record<string, AnySpec>)[kind];
  if (!d) return { data: null, problem: { path: '', message: `no decision kind "${kind}" (kinds: ${Object.keys(decisions).join(', ')})` } };
  const parsed = d.answer.safeParse(answer, { reportInput: true });
  return parsed.success ? { data: parsed.data, problem: null } : { data: null, problem: problemFromIssue(parsed.error.issues[0]) };
}

/**
 * What is wrong with the shape of `answer` to a decision of `kind`, or null when it has the
 * right shape: `path` is the field inside the answer ('' for the answer itself).
 */
export function answerShapeProblem(kind: string, answer: unknown): { path: string; message: string } | null {
  return parseAnswer(kind, answer).problem;
}

/** Checks `answer` to `request` against its kind's shape and view; returns it typed or throws. */
export function checkAnswer(answer: unknown, request: DecisionRequest): unknown {
  const where = `decision ${request.id} (${request.kind} by ${request.agent})`;
  const { data, problem } = parseAnswer(request.kind, answer);
  if (problem) throw new InvalidAnswer(`${where}: ${problem.path || 'answer'}: ${problem.message}`);
  const misfit = (decisions as Record<string, AnySpec>)[request.kind].misfit?.(data, request.view);
  if (misfit) throw new InvalidAnswer(`${where}: ${misfit}`);
  return data;
}

/** The desk's checks, one per decision kind. */
export const answerChecks: Record<string, AnswerCheck> = Object.fromEntries(Object.keys(decisions).map((k) => [k, checkAnswer]));

/** A daily plan fits when it launches and moves only orders of the book, each launched at most once. */
function planMisfit(a: lanceur.DailyPlan, v: PlanView): string | null {
  const book = new Set(v.book.map((l) => l.id));
  const launched = new Set<number>();
  for (const [i, l] of a.launches.entries()) {
    if (!book.has(l.order)) return `launches[${i}].order: order ${l.order} is not in the book`;
    if (launched.has(l.order)) return `launches[${i}].order: order ${l.order} is launched twice`;
    launched.add(l.order);
  }
  for (const [i, mv] of a.moves.entries()) if (!book.has(mv.order)) return `moves[${i}].order: order ${mv.order} is not in the book`;
  return null;
}
