/**
 * Seats: who is played by people. A link's `play=commercial,CM1` names roles (commercial,
 * lanceur, fabrication, client) or agent ids (a client's id); each becomes a `human`
 * controller for the desk. Pure; an unknown name is refused with a message naming it.
 */
import type { Controller, Role } from '../../core/decisions';
import type { Scenario } from '../../scenario/schema';

/** The roles a person can take. */
export const ROLES: readonly Role[] = ['commercial', 'lanceur', 'fabrication', 'client'];

/** Everything `play` may name in `scenario`: the roles, then its clients' ids. */
export function seatNames(scenario: Scenario): string[] {
  return [...ROLES, ...scenario.clients.map((c) => c.id)];
}

/**
 * The seats of `play` (role or agent names) in `scenario`, as desk controllers. Throws an
 * Error `play: "X" is neither a role nor an agent (expected one of …)` for an unknown name.
 */
export function seatsOf(play: readonly string[], scenario: Scenario): Record<string, Controller> {
  const known = seatNames(scenario);
  const seats: Record<string, Controller> = {};
  for (const name of play) {
    if (!known.includes(name)) throw new Error(`play: "${name}" is neither a role nor an agent (expected one of ${known.join(', ')})`);
    seats[name] = 'human';
  }
  return seats;
}

/** `play=a,b` as a list (empty names dropped). */
export function parsePlay(text: string | null): string[] {
  return text === null ? [] : text.split(',').map((s) => s.trim()).filter(Boolean);
}
