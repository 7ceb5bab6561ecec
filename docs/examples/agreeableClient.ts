/**
 * A client of one's own: it never asks a change, always accepts the lanceur's counters (it
 * never gets any, unless another client strategy asks) and accepts off-spec parts only when
 * its line would run dry before a complement arrives. Every client of the run plays it.
 *
 *   npm run --silent sim -- run scenarios/equipementier-auto.json --strategy client=docs/examples/agreeableClient.ts
 *
 * A strategy is pure: it reads only its view (and `rng`, `params`), never the clock or Math.random.
 */
import type { ChangeAskView, CounterView, DerogationView } from '../../src/agents/views/client';

/** Asks nothing. */
export function requestChange(_view: ChangeAskView): { terms: null } {
  return { terms: null };
}

/** Takes whatever the lanceur offers instead. */
export function answerCounter(_view: CounterView): { accept: boolean } {
  return { accept: true };
}

/** Takes off-spec parts only when its line would stop before a complement comes. */
export function acceptDerogation(view: DerogationView): { accept: boolean } {
  const covered = view.client.line?.coverageDays ?? Infinity;
  return { accept: covered < view.offer.complementLeadDays };
}
