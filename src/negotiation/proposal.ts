/**
 * The negotiation protocol: a proposal carries terms from one agent to another and gets an
 * answer (accept, reject, counter) before its deadline, or expires. Pure functions over
 * plain data: they return the updated proposals, never mutate their input.
 */

/** What a proposal is about. Absent fields are unchanged. Dates are day indices. */
export interface Terms {
  quantity?: number;
  /** Another product: a change of the order's object. */
  product?: string;
  day?: number;
  quality?: 'conforming' | 'derogation';
  priority?: 'urgent' | 'normal';
}

export type ProposalStatus = 'open' | 'accepted' | 'rejected' | 'countered' | 'expired';

/** One proposal. Times in hours; `replyTo` links a counter-proposal to the one it answers. */
export interface Proposal {
  id: number;
  subject: 'change' | 'derogation' | 'date';
  from: string;
  to: string;
  order: number;
  terms: Terms;
  madeAt: number;
  deadline: number;
  status: ProposalStatus;
  replyTo: number | null;
  answeredAt: number | null;
  reason: string;
}

/** An answer to a proposal. */
export type Answer = { verdict: 'accept' } | { verdict: 'reject'; reason?: string } | { verdict: 'counter'; terms: Terms; deadline: number };

/** A proposal that is not open any more cannot be answered. */
export class ProtocolError extends Error {}

/** A new open proposal. */
export function propose(
  id: number,
  p: Omit<Proposal, 'id' | 'status' | 'answeredAt' | 'replyTo' | 'reason'> & { replyTo?: number | null; reason?: string },
): Proposal {
  if (p.deadline < p.madeAt) throw new ProtocolError(`proposal ${id}: deadline before it is made`);
  return { ...p, id, status: 'open', answeredAt: null, replyTo: p.replyTo ?? null, reason: p.reason ?? '' };
}

/**
 * Answers `p` at `time`. Returns the answered proposal and, for a counter, the new proposal
 * going back the other way (id `nextId`). After the deadline the proposal expires instead.
 */
export function answer(p: Proposal, a: Answer, time: number, nextId: number): { answered: Proposal; counter: Proposal | null } {
  if (p.status !== 'open') throw new ProtocolError(`proposal ${p.id} is ${p.status}, not open`);
  if (time > p.deadline) return { answered: { ...p, status: 'expired', answeredAt: time }, counter: null };
  if (a.verdict === 'accept') return { answered: { ...p, status: 'accepted', answeredAt: time }, counter: null };
  if (a.verdict === 'reject') return { answered: { ...p, status: 'rejected', answeredAt: time, reason: a.reason ?? p.reason }, counter: null };
  const counter = propose(nextId, {
    subject: p.subject,
    from: p.to,
    to: p.from,
    order: p.order,
    terms: a.terms,
    madeAt: time,
    deadline: a.deadline,
    replyTo: p.id,
  });
  return { answered: { ...p, status: 'countered', answeredAt: time }, counter };
}

/** Marks `p` expired if its deadline has passed at `time` and it is still open. */
export function expire(p: Proposal, time: number): Proposal {
  return p.status === 'open' && time > p.deadline ? { ...p, status: 'expired', answeredAt: time } : p;
}
