/** Hand-built views and streams for testing the automatic strategies directly. */
import type { Stream } from '../../../src/core/random';
import type { ClientSelf, OwnOrder } from '../../../src/agents/views/client';
import { baseline } from '../../helpers';

/** The baseline scenario (every strategy parameter at its default). */
export const scenario = baseline();

/** A stream that returns `xs` in order and fails on one draw too many. */
export function seq(...xs: number[]): Stream {
  let i = 0;
  return {
    next: () => {
      if (i >= xs.length) throw new Error(`drew ${i + 1} numbers, expected ${xs.length}`);
      return xs[i++];
    },
  };
}

/** A stream a strategy must not draw from. */
export const noDraw = seq();

export function ownOrder(o: Partial<OwnOrder> = {}): OwnOrder {
  return { id: 7, product: 'P1', quantity: 100, urgent: false, promisedDay: 40, firstPromisedDay: 40, status: 'booked', ...o };
}

export function self(c: Partial<ClientSelf> = {}): ClientSelf {
  return { id: 'C1', kind: 'external', posture: 'orderGiver', products: ['P1', 'P2', 'P3'], trust: 1, line: null, orders: [ownOrder()], ...c };
}
