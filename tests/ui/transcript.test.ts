import { describe, expect, it } from 'vitest';
import type { TranscriptEntry, TranscriptKind, TranscriptParams } from '../../src/negotiation/transcript';
import { Simulation } from '../../src/simulation/simulation';
import { agentName, formatWhen, renderEntry } from '../../src/ui/i18n/transcript';
import { change, num, percent } from '../../src/ui/i18n/numbers';
import { LEVERS } from '../../src/ui/model/levers';
import { baseline, scenarioFile } from '../helpers';

const before = { quantity: 800, product: 'P1', day: 45, priority: 'normal' as const };

/** Every kind of entry, every branch of its sentence (the type demands each kind). */
const samples: { [K in TranscriptKind]: TranscriptParams[K][] } = {
  'order.received': [
    { client: 'C1', kind: 'internal', quantity: 1200, product: 'P1', urgent: false },
    { client: 'C2', kind: 'semiExternal', quantity: 1, product: 'P2', urgent: true },
    { client: 'C3', kind: 'external', quantity: 35, product: 'P1', urgent: false },
  ],
  'order.promised': [
    { cycle: 1, day: 50, consulted: true },
    { cycle: 65, day: 120, consulted: false },
  ],
  'date.moved': [
    { from: 60, to: 55, reason: 'freeCapacity' },
    { from: 60, to: 66, reason: 'overNorm' },
  ],
  'order.launched': [
    { quantity: 1440, requested: 1200, reserve: false },
    { quantity: 1, requested: 1, reserve: true },
  ],
  'order.delivered': [
    { quantity: 1200, late: false, days: 0, offSpec: 0 },
    { quantity: 800, late: true, days: 1, offSpec: 40 },
    { quantity: 800, late: true, days: 12, offSpec: 0 },
  ],
  'order.short': [{ good: 950, needed: 1000 }],
  'change.asked': [
    { client: 'C1', kind: 'external', terms: { priority: 'urgent' }, before, hoursToLaunch: 50.4 },
    { client: 'C1', kind: 'external', terms: { priority: 'normal' }, before: { ...before, priority: 'urgent' }, hoursToLaunch: -3 },
    { client: 'C2', kind: 'semiExternal', terms: { quantity: 1040 }, before, hoursToLaunch: 20 },
    { client: 'C2', kind: 'semiExternal', terms: { quantity: 680 }, before, hoursToLaunch: -70.2 },
    { client: 'C3', kind: 'internal', terms: { product: 'P2' }, before, hoursToLaunch: 31 },
    { client: 'C3', kind: 'internal', terms: { day: 40, quality: 'derogation' }, before, hoursToLaunch: 100 },
    { client: 'C3', kind: 'internal', terms: { quality: 'conforming' }, before, hoursToLaunch: 100 },
  ],
  'change.refusedAfterCutoff': [
    { hoursToLaunch: 10.2, cutoff: 24 },
    { hoursToLaunch: -5, cutoff: 24 },
  ],
  'change.answered': [
    { verdict: 'accept', terms: null, before },
    { verdict: 'reject', terms: null, before },
    { verdict: 'counter', terms: { quantity: 900, day: 48 }, before },
    { verdict: 'counter', terms: { product: 'P2', day: 48 }, before },
    { verdict: 'counter', terms: { day: 42 }, before },
    { verdict: 'counter', terms: {}, before },
  ],
  'counter.answered': [
    { client: 'C1', outcome: 'accepted', cutoffPassed: false },
    { client: 'C1', outcome: 'rejected', cutoffPassed: false },
    { client: 'C1', outcome: 'rejected', cutoffPassed: true },
    { client: 'C1', outcome: 'expired', cutoffPassed: false },
  ],
  'derogation.offered': [
    { quantity: 40, visible: true },
    { quantity: 1, visible: false },
  ],
  'derogation.answered': [
    { client: 'C1', accept: true },
    { client: 'C1', accept: false },
  ],
  'client.lost': [{ client: 'C2', trust: 0.183 }],
  'client.escalated': [{ client: 'C1', trust: 0.3 }],
  'station.down': [{ station: 'S1' }],
  'station.up': [{ station: 'S1', hours: 1.46 }],
  'disruption.start': [
    { what: 'breakdown', station: 'S2', hours: 60 },
    { what: 'weather', station: null, hours: 51.2 },
    { what: 'transport', station: null, hours: 27 },
  ],
  'line.stopped': [{ client: 'C1', missing: 120 }],
  'line.restarted': [{ client: 'C1', hours: 8 }],
  'lever.set': [
    ...LEVERS.map((l) => ({ path: l.path, value: l.kind === 'choice' ? l.options[l.options.length - 1] : l.min + l.step })),
    { path: 'stocks', value: [{ family: 'F1', basis: 'shareOfDemand', value: 0.66, holdingCostPerUnitDay: 0.01 }, { family: 'F2', basis: 'daysOfCover', value: 20, holdingCostPerUnitDay: 0.01 }] },
    { path: 'stocks', value: [] },
    { path: 'lanceur.pullAheadDays', value: 3 },
    { path: 'lanceur.maxPromiseDelayDays', value: null },
    { path: 'lanceur.maxPromiseDelayDays', value: 10 },
  ],
};

const sampleEntries: TranscriptEntry[] = Object.entries(samples).flatMap(([kind, list]) =>
  (list as TranscriptParams[TranscriptKind][]).map((params, i) => ({ time: 34 * 24 + 9 + i, kind: kind as TranscriptKind, agent: 'lanceur', client: null, order: i % 2 ? 123 : null, params })),
);

/** English words of the domain that must never show in the French transcript. */
const ENGLISH = [
  'priority', 'urgent', 'volume', 'object', 'accept', 'accepts', 'accepted', 'refuses', 'refused', 'reject', 'rejected',
  'counter', 'counters', 'expires', 'expired', 'lets', 'day', 'days', 'order', 'orders', 'launch', 'launched', 'parts',
  'instead', 'delivery', 'delivers', 'late', 'time', 'trust', 'station', 'breakdown', 'breaks', 'weather', 'stoppage', 'line',
  'stops', 'restarts', 'shop', 'trainer', 'world', 'asks', 'change', 'cut-off', 'off-spec', 'by rule', 'after', 'before', 'the',
  'of', 'and', 'for', 'client\'s', 'yes', 'no', 'sets', 'reserve', 'capacity', 'load', 'norm', 'freeCapacity', 'overNorm',
  'semiExternal', 'external', 'internal', 'quoted', 'promises', 'inspection', 'good', 'needed', 'back',
];
const englishWord = new RegExp(`(^|[^\\p{L}-])(${ENGLISH.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=$|[^\\p{L}-])`, 'iu');

/** What a missing or unformatted parameter leaves behind. */
const BROKEN = /undefined|NaN|null|\[object|[{}]|Infinity/;

function checkLine(line: string, lang: 'en' | 'fr'): void {
  expect(line, line).not.toMatch(BROKEN);
  expect(line, line).not.toMatch(/ {2}|\s$|\s,/);
  if (lang === 'fr') expect(line.match(englishWord)?.[2], line).toBeUndefined();
}

describe('the transcript in English and in French', () => {
  it('renders every kind and every branch in both languages, with no English word in French', () => {
    for (const e of sampleEntries) for (const lang of ['en', 'fr'] as const) checkLine(renderEntry(e, lang), lang);
  });

  it('reads a priority change naturally, not "demande priority urgent"', () => {
    const e: TranscriptEntry = { time: 4 * 24 + 4.8, kind: 'change.asked', agent: 'commercial', client: 'C1', order: 8, params: samples['change.asked'][0] };
    expect(renderEntry(e, 'fr')).toBe('jour 4 04:48 · commande 0008 · le client C1 (externe) demande le passage en urgence, lancement prévu dans 50\u00a0h');
    expect(renderEntry(e, 'en')).toBe('day 4 04:48 · order 0008 · client C1 (external) asks for urgent priority, launch in 50\u00a0h');
    const q: TranscriptEntry = { ...e, params: samples['change.asked'][2] };
    expect(renderEntry(q, 'fr')).toContain('demande 1\u202f040\u00a0pièces au lieu de 800 (+30\u00a0%)');
    expect(renderEntry(q, 'en')).toContain('asks for 1,040\u00a0parts instead of 800 (+30%)');
    const c: TranscriptEntry = { ...e, kind: 'change.answered', agent: 'lanceur', params: samples['change.answered'][2] };
    expect(renderEntry(c, 'fr')).toContain('le lanceur contre-propose 900\u00a0pièces au lieu de 800 (+13\u00a0%) et une livraison au jour 48 au lieu du jour 45');
  });

  it('writes times, numbers and names the way each language does', () => {
    expect(formatWhen(34 * 24 + 9, 'en')).toBe('day 34 09:00');
    expect(formatWhen(2.5, 'fr')).toBe('jour 0 02:30');
    expect(formatWhen(24 * 3 - 0.001, 'en')).toBe('day 3 00:00');
    expect(num(1234.5, 'fr', 1)).toBe('1\u202f234,5');
    expect(num(1234.5, 'en', 1)).toBe('1,234.5');
    expect(num(-0.04, 'en', 1)).toBe('0');
    expect(num(-15, 'fr')).toBe('-15');
    expect(num(Number.NaN, 'fr')).toBe('–');
    expect(num(2.25, 'en', 1)).toBe('2.3');
    expect(percent(0.2649, 'fr', 1)).toBe('26,5\u00a0%');
    expect(change(800, 1040, 'fr')).toBe('+30\u00a0%');
    expect(change(800, 680, 'en')).toBe('-15%');
    expect(change(800, 801, 'en')).toBe('0%');
    expect(percent(0.3, 'fr')).toBe('30\u00a0%');
    expect(percent(0.3, 'en')).toBe('30%');
    expect(agentName('trainer', 'fr')).toBe('formateur');
    const lever = (value: number | null): TranscriptEntry => ({ time: 0, kind: 'lever.set', agent: 'trainer', client: null, order: null, params: { path: 'lanceur.maxPromiseDelayDays', value } });
    expect(renderEntry(lever(10), 'fr')).toBe('jour 0 00:00 · le formateur passe «\u00a0Report maximal après la première promesse\u00a0» à 10\u00a0jours');
    expect(renderEntry(lever(null), 'en')).toBe('day 0 00:00 · the trainer clears “Longest postponement past the first promise” (no value)');
    expect(agentName('CM1', 'fr')).toBe('CM1');
  });
});

/** The strings a record may hold: ids of the scenario, lever paths and values, and enum tokens. */
function allowedTokens(s: ReturnType<typeof scenarioFile>): Set<string> {
  return new Set<string>([
    ...s.clients.map((c) => c.id),
    ...s.products.flatMap((p) => [p.id, p.family]),
    ...s.stations.map((x) => x.id),
    ...LEVERS.flatMap((l) => [l.path, ...(l.kind === 'choice' ? l.options : [])]),
    ...['internal', 'semiExternal', 'external', 'freeCapacity', 'overNorm', 'accept', 'reject', 'counter', 'accepted', 'rejected', 'expired'],
    ...['transport', 'weather', 'breakdown', 'urgent', 'normal', 'conforming', 'derogation', 'stocks', 'shareOfDemand', 'daysOfCover'],
  ]);
}

function stringsIn(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsIn(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) stringsIn(x, out);
  else expect(v === null || typeof v === 'number' || typeof v === 'boolean', String(v)).toBe(true);
  return out;
}

function checkRun(sim: Simulation): void {
  const allowed = allowedTokens(sim.scenario);
  const roles = new Set(['commercial', 'lanceur', 'fabrication', 'world', 'trainer', ...sim.scenario.clients.map((c) => c.id)]);
  for (const e of sim.transcript) {
    expect(roles.has(e.agent), e.agent).toBe(true);
    for (const s of stringsIn(e.params)) expect(allowed.has(s), `${e.kind}: ${JSON.stringify(s)}`).toBe(true);
    for (const lang of ['en', 'fr'] as const) checkLine(renderEntry(e, lang), lang);
  }
}

describe('a whole run’s transcript', () => {
  it('case B under the storm, seed 3: data only in the records, clean lines in both languages', () => {
    const sim = new Simulation(scenarioFile('equipementier-auto-storm.json'), { seed: 3 });
    sim.runToEnd();
    const kinds = new Set(sim.transcript.map((e) => e.kind));
    for (const k of ['change.asked', 'change.answered', 'counter.answered', 'change.refusedAfterCutoff', 'derogation.answered', 'disruption.start', 'line.stopped'] as const) expect(kinds.has(k), k).toBe(true);
    checkRun(sim);
  });

  it('the baseline with a trainer setting levers: lever lines as data', () => {
    const interventions = [
      { day: 10, path: 'lanceur.datePolicy', value: 'level' },
      { day: 12, path: 'lanceur.quantityMargin', value: 0.25 },
      { day: 14, path: 'commercial.orderBookTargetUOPerWeek', value: 3000 },
      { day: 16, path: 'stocks', value: [] },
    ];
    const sim = new Simulation({ ...baseline(), warmupDays: 0, days: 40 }, { seed: 2, journal: { interventions } });
    sim.runToEnd();
    const levers = sim.transcript.filter((e) => e.kind === 'lever.set');
    expect(levers.length).toBe(4);
    expect(renderEntry(levers[1], 'fr')).toBe('jour 12 00:00 · le formateur passe «\u00a0Marge de quantité (lancé au-delà du commandé)\u00a0» à 25\u00a0%');
    expect(renderEntry(levers[0], 'en')).toBe('day 10 00:00 · the trainer sets “Date policy of the lanceur” to “level the load”');
    checkRun(sim);
  });
});
