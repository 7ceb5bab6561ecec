/**
 * The screen of a role: which panels a person playing it may see, whose orders, whose state
 * and which transcript lines, after the visibility table of docs/roles.md. A client sees its
 * own orders and standing only; the lanceur and fabrication the shop but no client's line,
 * buffer or trust; the commercial the orders it quotes, not the shop. Several seats at one
 * screen see what all of them may see (the intersection); a trainer's "reveal all" shows
 * everything. Pure, DOM-free.
 */
import type { Role } from '../../core/decisions';
import type { TranscriptEntry, TranscriptKind } from '../../negotiation/transcript';
import type { Scenario } from '../../scenario/schema';
import { ROLES } from './seats';

/** The panels a screen may show: the tabs, the key figures and the agents' state. */
export type ScreenPanel = 'workshop' | 'plan' | 'transcript' | 'charts' | 'strategy' | 'compare' | 'experiments' | 'scenario' | 'glossary' | 'kpi';

/** What one screen shows. `null` for a set means "all". */
export interface Screen {
  /** Whether anything is hidden (false: the full app). */
  restricted: boolean;
  panels: ReadonlySet<ScreenPanel>;
  /** Clients whose orders may be seen (order panel, transcript), or null for all. */
  orders: ReadonlySet<string> | null;
  /** Clients whose line, buffer and trust may be seen, or null for all. */
  clientState: ReadonlySet<string> | null;
  /** Agents whose machine state the agents' panel shows, or null for all. */
  agents: ReadonlySet<string> | null;
  /** Roles told of each transcript kind, on top of `orders` (see {@link AUDIENCE}). */
  told: ReadonlySet<Role> | null;
}

/** The full screen: everything shown. */
export const FULL: Screen = { restricted: false, panels: new Set(['workshop', 'plan', 'transcript', 'charts', 'strategy', 'compare', 'experiments', 'scenario', 'glossary', 'kpi']), orders: null, clientState: null, agents: null, told: null };

/**
 * Who is told of each kind of transcript line. A client is told only of lines about itself or
 * its orders; trainers' lever changes are told to no played role.
 */
export const AUDIENCE: Record<TranscriptKind, readonly Role[]> = {
  'order.received': ['commercial', 'client'],
  'order.promised': ['commercial', 'client', 'lanceur'],
  'date.moved': ['lanceur', 'commercial', 'client'],
  'order.launched': ['lanceur', 'fabrication'],
  'order.delivered': ['fabrication', 'commercial', 'client'],
  'order.short': ['fabrication', 'lanceur'],
  'change.asked': ['client', 'commercial', 'lanceur'],
  'change.refusedAfterCutoff': ['lanceur', 'commercial', 'client'],
  'change.answered': ['lanceur', 'commercial', 'client'],
  'counter.answered': ['client', 'commercial', 'lanceur'],
  'derogation.offered': ['fabrication', 'client'],
  'derogation.answered': ['fabrication', 'client'],
  'client.lost': ['client', 'commercial'],
  'client.escalated': ['client', 'commercial'],
  'station.down': ['lanceur', 'fabrication'],
  'station.up': ['lanceur', 'fabrication'],
  'disruption.start': ['lanceur', 'fabrication'],
  'line.stopped': ['client'],
  'line.restarted': ['client'],
  'lever.set': [],
};

/** The screen of one seat: a role, or a client's id. Unknown names see only the glossary. */
export function seatScreen(seat: string, scenario: Scenario): Screen {
  const one = <T extends string>(s: T) => new Set<T>([s]);
  const role = (ROLES as readonly string[]).includes(seat) ? (seat as Role) : scenario.clients.some((c) => c.id === seat) ? 'client' : null;
  switch (role) {
    case 'commercial':
      return { restricted: true, panels: new Set(['transcript', 'glossary']), orders: null, clientState: new Set(), agents: one('commercial'), told: one('commercial') };
    case 'lanceur':
      return { restricted: true, panels: new Set(['workshop', 'plan', 'transcript', 'glossary']), orders: null, clientState: new Set(), agents: one('lanceur'), told: one('lanceur') };
    case 'fabrication':
      return { restricted: true, panels: new Set(['workshop', 'transcript', 'glossary']), orders: null, clientState: new Set(), agents: new Set(), told: one('fabrication') };
    case 'client': {
      // the role "client" alone (every client played): a screen no client's data is on
      const me = seat === 'client' ? new Set<string>() : one(seat);
      return { restricted: true, panels: new Set(['transcript', 'glossary']), orders: me, clientState: me, agents: me, told: one('client') };
    }
    default:
      return { restricted: true, panels: new Set(['glossary']), orders: new Set(), clientState: new Set(), agents: new Set(), told: new Set<Role>() };
  }
}

function meet<T>(a: ReadonlySet<T> | null, b: ReadonlySet<T> | null): ReadonlySet<T> | null {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

/** What every one of `screens` may see (the full screen for none). */
export function intersect(screens: readonly Screen[]): Screen {
  return screens.reduce<Screen>(
    (acc, s) => ({
      restricted: acc.restricted || s.restricted,
      panels: meet(acc.panels, s.panels)!,
      orders: meet(acc.orders, s.orders),
      clientState: meet(acc.clientState, s.clientState),
      agents: meet(acc.agents, s.agents),
      told: meet(acc.told, s.told),
    }),
    FULL,
  );
}

/**
 * The screen for `seats` played by people at one screen (all of them, or the one whose turn it
 * is), or {@link FULL} when none is played or the trainer reveals all.
 */
export function screenOf(seats: readonly string[], scenario: Scenario, revealAll: boolean): Screen {
  if (revealAll || seats.length === 0) return FULL;
  return intersect(seats.map((s) => seatScreen(s, scenario)));
}

/** Whether `screen` may see client `client`'s orders (a replenishment lot, client null, is the shop's). */
export function seesOrdersOf(screen: Screen, client: string | null): boolean {
  if (screen.orders === null) return true;
  return client !== null && screen.orders.has(client);
}

/**
 * Whether `screen` shows transcript line `e`: its kind is told to one of the screen's roles, and
 * it is about a client whose orders the screen may see (`clientOf` gives an order's client).
 */
export function tells(screen: Screen, e: TranscriptEntry, clientOf: (order: number) => string | null): boolean {
  if (!screen.restricted) return true;
  const audience = AUDIENCE[e.kind];
  if (screen.told !== null && !audience.some((r) => screen.told!.has(r))) return false;
  if (screen.orders === null) return true;
  const about = e.client ?? (e.order === null ? null : clientOf(e.order));
  return about !== null && screen.orders.has(about);
}
