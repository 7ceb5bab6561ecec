/**
 * The scenario file format, version 2, as a zod schema. Parsing it yields the typed
 * {@link Scenario} with every default filled in. Units are in the field names or the
 * descriptions: hours, days (calendar), UO (work units), fractions (0.3, not 30).
 */
import { z } from 'zod';
import { DESCRIPTION_MAX, HOLIDAYS_MAX, LIST_MAX, NAME_MAX, num, RANGES as R } from './ranges';
import { lawSchema } from './lawSchema';
import { i18nSchema } from './i18nSchema';

export const SCHEMA_VERSION = 2;

const fraction = num(R.fraction);
const id = z.string().regex(/^[A-Za-z0-9_.-]+$/, 'expected an id: one or more letters, digits, _ . or -');
const name = z.string().max(NAME_MAX);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIST_MAX);

/** A distribution of a duration in hours (at most ten years a draw). */
export const hoursLaw = lawSchema(R.hours);

export const clientKinds = ['internal', 'semiExternal', 'external'] as const;
/** How a client came to the producer; its initial trust depends on it. */
export const origins = ['recommendation', 'tender', 'chance', 'coldProspecting', 'group'] as const;
/** internal: same group, loyal; semiExternal: regulars who may leave; external. */
export type ClientKind = (typeof clientKinds)[number];

/** One value for each client kind, `f` of the kind, in the kinds' order. */
export function perClientKind<T>(f: (k: ClientKind) => T): Record<ClientKind, T> {
  return Object.fromEntries(clientKinds.map((k) => [k, f(k)])) as Record<ClientKind, T>;
}

const stationSchema = z.strictObject({
  id,
  name: name.default(''),
  uoPerHour: num(R.uoPerHour).describe('work units this station processes per working hour'),
  breakdowns: z
    .strictObject({
      mtbfHours: hoursLaw.describe('working hours between breakdowns (mean at least one minute)'),
      repairHours: hoursLaw.describe('hours a repair lasts'),
    })
    .optional(),
});

const productSchema = z.strictObject({
  id,
  name: name.default(''),
  family: id.default('standard').describe('product family; case B uses firstFit and spareParts'),
  uoPerUnit: num(R.uoPerUnit).describe('work units one part costs at each station of its routing'),
  routing: list(id).min(1).describe('station ids in order'),
  defectRate: fraction.describe('share of parts failing control, on average'),
  lotDefectSpread: fraction.default(0).describe("standard deviation of a lot's own defect rate around defectRate (process drift)"),
  offSpecShare: fraction.default(0.4).describe('share of failed parts that are usable off-spec (the rest is scrap)'),
  defectVisible: z.boolean().default(false).describe('whether the off-spec defect shows on the client product'),
});

const lineSchema = z.strictObject({
  consumptionPerDay: num(R.partsPerDay).describe('parts the client line uses per working day'),
  bufferDays: num(R.planDays).default(2).describe("days of consumption in the client's own buffer at start"),
  product: id,
});

const clientSchema = z.strictObject({
  id,
  name: name.default(''),
  kind: z.enum(clientKinds),
  important: z.boolean().default(false).describe('the lanceur reserves capacity for its urgent orders'),
  posture: z.enum(['orderGiver', 'coProducer']).default('orderGiver'),
  origin: z.enum(origins).default('group'),
  products: list(z.strictObject({ product: id, weight: num({ ...R.weight, positive: true }).default(1) })).min(1),
  interArrivalHours: hoursLaw.describe('hours between two orders (mean at least one minute)'),
  quantity: lawSchema(R.parts).describe('parts per order'),
  urgentShare: fraction.default(0).describe('share of its orders that are urgent'),
  changeRate: fraction.default(0).describe('probability that an order gets a change request (an order-giver; a co-producer asks half as often)'),
  trustThreshold: fraction.default(0.3),
  line: lineSchema.optional(),
});

const cycleDays = num(R.cycleDays);
const cycleTable = z.strictObject({ internal: cycleDays, semiExternal: cycleDays, external: cycleDays });

const commercialSchema = z.strictObject({
  cycleDays: cycleTable.describe('quoted cycle (order to promised delivery) in calendar days, by client kind'),
  urgentCycleDays: cycleDays.default(15),
  orderBookTargetUOPerWeek: num(R.uoPerWeek).default(800),
  quoting: z.enum(['imposed', 'loadAware']).default('imposed'),
});

const lanceurSchema = z.strictObject({
  quantityMargin: fraction.default(0.2).describe('launched = ordered × (1 + margin)'),
  capacityReserve: z
    .strictObject({ share: num({ min: 0, max: 0.9 }).default(0.3), horizonDays: num(R.horizonDays).default(15) })
    .default({ share: 0.3, horizonDays: 15 }),
  datePolicy: z.enum(['keep', 'advanceOnly', 'level']).default('level'),
  dateToleranceDays: num(R.planDays).default(5).describe('a date moves only when the plan differs by more'),
  plannedLeadDays: num(R.leadDays).default(10).describe('calendar days the lanceur plans from launch to delivery'),
  pullAheadDays: num(R.windowDays).default(10).describe('how many days before its planned launch the lanceur may launch an order to level the load'),
  normFlex: fraction.default(0.1).describe('share above the daily norm the lanceur takes from the reserve rather than plan an order past its window'),
  pushBackDays: num(R.windowDays).default(10).describe('how many days after its planned launch the lanceur may plan an order to level the load'),
  reviewHour: num({ min: 0, max: 23 }).default(7),
  changePolicy: z.enum(['acceptAll', 'counter', 'refuseAll']).default('counter'),
  maxPromiseDelayDays: num(R.promiseDelayDays).nullable().default(null).describe('how many days past its first promise the lanceur may postpone a delivery date (null: no limit); an order planned later is delivered late'),
});

const fabricationSchema = z.strictObject({
  transportHours: num(R.hours).default(24),
  deliverOnDueDay: z.boolean().default(false).describe('ship so that parts arrive on the promised day (just-in-time), not as soon as made'),
  derogationPolicy: z.enum(['never', 'whenShort', 'always']).default('whenShort'),
  surplusShelfDays: num(R.shelfDays).default(60).describe('days over-production of a family without an imposed stock is kept in case the client orders again, then scrapped'),
});

const changesSchema = z.strictObject({
  cutoffHours: num(R.hours).default(24).describe('no change is accepted less than this before launch'),
  volumeChange: lawSchema(R.relative).default({ type: 'uniform', min: 0.1, max: 0.4 }).describe('relative size of a volume change'),
});

const stockSchema = z.strictObject({
  family: id,
  basis: z.enum(['shareOfDemand', 'daysOfCover']),
  value: num(R.planDays).describe('share of demand (fraction) or days of cover'),
  holdingCostPerUnitDay: num(R.money).default(0.01),
});

const startDay = num(R.dayIndex);
const durationHours = num({ ...R.hours, positive: true });
const disruptionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('transport'), startDay, durationHours }),
  z.strictObject({ kind: z.literal('weather'), startDay, durationHours }),
  z.strictObject({ kind: z.literal('breakdown'), station: id, startDay, durationHours }),
  z.strictObject({
    kind: z.literal('random'),
    event: z.enum(['transport', 'weather']),
    interArrivalDays: lawSchema(R.drawnDays).describe('days between two disruptions (mean at least one minute)'),
    durationHours: hoursLaw,
  }),
]);

const trustSchema = z.strictObject({
  initial: z
    .partialRecord(z.enum(origins), fraction)
    .default({ recommendation: 0.8, group: 0.7, tender: 0.6, chance: 0.55, coldProspecting: 0.5 }),
  onTime: num(R.trustDelta).default(0.01),
  late: num(R.trustDelta).default(-0.04),
  announcedChange: num(R.trustDelta).default(-0.005),
  unannouncedLate: num(R.trustDelta).default(-0.02),
  changeAccepted: num(R.trustDelta).default(0.02),
  changeRefused: num(R.trustDelta).default(-0.03),
  derogationOffered: num(R.trustDelta).default(0.01),
  lineStopped: num(R.trustDelta).default(-0.05),
  escalationDays: num(R.escalationDays).default(10),
});

// ---------------------------------------------------------------------------------------------
// The automatic strategies' parameters (schema version 2): how each role answers when no person
// plays it (src/agents/strategies/). Every value has the default the strategies had when they
// were inline constants, so a file without this block runs as before.
// ---------------------------------------------------------------------------------------------

const byPosture = (orderGiver: number, coProducer: number, what: string) =>
  z.strictObject({ orderGiver: fraction, coProducer: fraction }).default({ orderGiver, coProducer }).describe(what);

const commercialStrategySchema = z.strictObject({
  minConsultedCycleDays: num(R.windowDays).default(1).describe('when it consults the lanceur, the commercial promises no sooner than this many days after the order'),
});

const lanceurStrategySchema = z.strictObject({
  acceptIncreaseUpTo: num(R.relative).default(0.2).describe('a volume increase up to this share of the order is accepted as is, unless the lanceur is catching up'),
  counterQuantityShare: fraction.default(0.5).describe('a counter to a larger volume offers the ordered quantity plus this share of the increase asked'),
  counterDelayDays: num(R.windowDays).default(3).describe('days a counter (another product while catching up, a larger volume) moves the promise later'),
  urgentCounterAdvanceDays: num(R.windowDays).default(3).describe('days sooner the lanceur offers, instead of urgent priority, to a client it does not rush for'),
  counterDeadlineHours: num(R.meanHours).default(48).describe('hours a counter stays open (never past the request deadline)'),
});

const clientStrategySchema = z.strictObject({
  changeMix: z
    .strictObject({ priority: fraction, product: fraction })
    .default({ priority: 0.25, product: 0.15 })
    .describe('shares of change requests asking urgent priority and another product; the rest change the volume'),
  volumeUpChance: byPosture(0.65, 0.5, 'chance that a volume change is an increase, by posture'),
  acceptCounterChance: byPosture(0.45, 0.85, "chance of accepting the lanceur's counter, by posture"),
  counterResponseHours: z
    .strictObject({ orderGiver: num(R.hours), coProducer: num(R.hours) })
    .default({ orderGiver: 12, coProducer: 4 })
    .describe("hours the client takes to answer a counter, by posture"),
  derogationAcceptChance: z
    .strictObject({ visible: fraction, hidden: fraction })
    .default({ visible: 0.15, hidden: 0.6 })
    .describe('base chance of accepting off-spec parts, by whether the defect shows on its product'),
  derogationAtRiskBonus: fraction.default(0.3).describe('added when its line would run short before a complement arrives'),
  derogationCoProducerBonus: fraction.default(0.1).describe('added for a co-producer'),
  derogationTrustWeight: fraction.default(0.5).describe('the chance is scaled by (1 − weight) + weight × trust'),
  coProducerChangeRateFactor: num(R.relative).default(0.5).describe("a co-producer asks changes at its changeRate times this"),
  changeWindowAfterLaunchHours: num(R.hours).default(48).describe('a change may be drawn until this many hours after the planned launch (late ones are refused by rule)'),
});

const fabricationStrategySchema = z.strictObject({
  complementLeadShare: fraction.default(0.5).describe("a complement lot is expected to take this share of the lanceur's planned lead; told to the client with an offer"),
});

const strategiesSchema = z.strictObject({
  commercial: commercialStrategySchema.default(() => commercialStrategySchema.parse({})),
  lanceur: lanceurStrategySchema.default(() => lanceurStrategySchema.parse({})),
  client: clientStrategySchema.default(() => clientStrategySchema.parse({})),
  fabrication: fabricationStrategySchema.default(() => fabricationStrategySchema.parse({})),
});

// ---------------------------------------------------------------------------------------------

/** The whole scenario file. */
export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: name.min(1),
  description: z.string().max(DESCRIPTION_MAX).default(''),
  i18n: i18nSchema.optional(),
  calibration: z.enum(['caseA', 'caseB']).optional().describe("which of de Terssac's observed cases this scenario must reproduce"),
  seed: num(R.seed),
  days: num(R.days).default(365).describe('days measured, after the warm-up'),
  warmupDays: num(R.warmupDays).default(0).describe('days simulated before measuring, to fill the order book and the shop'),
  calendar: z
    .strictObject({
      workingDays: z.array(num({ min: 0, max: 6, int: true })).max(7).default([0, 1, 2, 3, 4]),
      shifts: z.array(z.strictObject({ start: num({ min: 0, max: 24 }), end: num({ min: 0, max: 24 }) })).min(1).max(24),
      holidays: z.array(num({ ...R.dayIndex, int: true })).max(HOLIDAYS_MAX).default([]),
    }),
  stations: list(stationSchema).min(1),
  products: list(productSchema).min(1),
  clients: list(clientSchema).min(1),
  commercial: commercialSchema,
  lanceur: lanceurSchema.default(() => lanceurSchema.parse({})),
  fabrication: fabricationSchema.default(() => fabricationSchema.parse({})),
  changes: changesSchema.default(() => changesSchema.parse({})),
  stocks: list(stockSchema).default([]),
  disruptions: list(disruptionSchema).default([]),
  trust: trustSchema.default(() => trustSchema.parse({})),
  strategies: strategiesSchema.default(() => strategiesSchema.parse({})).describe("the automatic strategies' parameters, by role"),
});

/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as it may be written in a file (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ClientSpec = Scenario['clients'][number];
export type ProductSpec = Scenario['products'][number];
export type StationSpec = Scenario['stations'][number];
export type StockSpec = Scenario['stocks'][number];
export type DisruptionSpec = Scenario['disruptions'][number];
export type LanceurSpec = Scenario['lanceur'];
export type CommercialSpec = Scenario['commercial'];
/** The automatic strategies' parameters, by role. */
export type StrategiesSpec = Scenario['strategies'];
