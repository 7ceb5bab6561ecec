/**
 * A lanceur of one's own: launch everything on arrival, no levelling. At each daily review it
 * launches every order of its book at once (with the scenario's quantity margin), moves no
 * date and holds no reserve. It keeps the built-in answer to change requests (it does not
 * export `answerChange`).
 *
 *   npm run --silent sim -- run scenarios/terssac-circuits.json --strategy lanceur=docs/examples/launchOnArrival.ts
 *
 * A strategy is pure: it reads only its view (and `rng`, `params`), never the clock or Math.random.
 */
import type { PlanView } from '../../src/agents/views/lanceur';
import type { DailyPlan } from '../../src/agents/lanceurPlan';

/** Parts launched for `quantity` ordered, with the margin (as the built-in lanceur does). */
function withMargin(quantity: number, margin: number): number {
  return Math.max(quantity, Math.round(quantity * (1 + margin)));
}

/** The daily plan: every booked, unlaunched order launched today; nothing moved, no reserve. */
export function plan(view: PlanView): DailyPlan {
  return {
    launches: view.book.map((line) => ({ order: line.id, quantity: withMargin(line.quantity, view.quantityMargin), reserve: false })),
    moves: [],
    reserveHeld: 0,
    overdueUO: 0,
  };
}
