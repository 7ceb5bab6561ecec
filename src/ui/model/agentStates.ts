/**
 * The agents' state as a trainer points at it: each machine's state (the lanceur levelling or
 * catching up; each client trusting, wary, escalated or lost, with its trust; the commercial's
 * posture and whether the week's book reached its target), read from the run's machines.
 * Pure reads of the run, DOM-free.
 */
import type { Model } from '../../agents/model';

/** One agent's row: its id, role, machine state, and the figures that explain it. */
export type AgentState =
  | { agent: 'commercial'; role: 'commercial'; state: string; posture: 'imposing' | 'consulting'; weeksOnTarget: number; weeks: number }
  /** `overdue`: the UO overdue and the day's norm at the last review, while catching up (null when levelling). */
  | { agent: 'lanceur'; role: 'lanceur'; state: string; overdue: { uo: number; normUO: number } | null; daysCatchingUp: number }
  | { agent: string; role: 'client'; state: string; trust: number; threshold: number };

/** Every agent's state now: the commercial, the lanceur, then the clients in scenario order. */
export function agentStates(m: Pick<Model, 'actors' | 'scenario'>): AgentState[] {
  const c = m.actors.commercial.getSnapshot();
  const l = m.actors.lanceur.getSnapshot();
  const rows: AgentState[] = [
    { agent: 'commercial', role: 'commercial', state: String(c.value), posture: m.scenario.commercial.quoting === 'loadAware' ? 'consulting' : 'imposing', weeksOnTarget: c.context.weeksOnTarget, weeks: c.context.weeks },
    { agent: 'lanceur', role: 'lanceur', state: String(l.value), overdue: l.value === 'catchingUp' ? { uo: l.context.overdueUO, normUO: l.context.normUO } : null, daysCatchingUp: l.context.daysCatchingUp },
  ];
  m.actors.clients.forEach((a, i) => {
    const s = a.getSnapshot();
    rows.push({ agent: m.scenario.clients[i].id, role: 'client', state: String(s.value), trust: s.context.trust, threshold: m.scenario.clients[i].trustThreshold });
  });
  return rows;
}
