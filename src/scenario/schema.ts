/**
 * The scenario file format, version 2, as a zod schema. Parsing it yields the typed
 * {@link Scenario} with every default filled in. Units are in the field names or the
 * descriptions: hours, days (calendar), UO (work units), fractions (0.3, not 30).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 2;

const fraction = z.number().min(0).max(1);
const positive = z.number().positive();
const nonNegative = z.number().min(0);
const wholeDays = z.number().int().min(0);
const id = z.string().min(1).regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . -');

/** A distribution of a non-negative quantity. */
export const distributionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('constant'), value: nonNegative }),
  z.strictObject({ type: z.literal('uniform'), min: nonNegative, max: nonNegative }),
  z.strictObject({ type: z.literal('exponential'), mean: positive }),
  z.strictObject({ type: z.literal('normal'), mean: z.number(), sd: nonNegative, min: z.number().optional(), max: z.number().optional() }),
  z.strictObject({ type: z.literal('lognormal'), mean: positive, sd: nonNegative }),
  z.strictObject({ type: z.literal('triangular'), min: nonNegative, mode: nonNegative, max: nonNegative }),
  z.strictObject({ type: z.literal('empirical'), values: z.array(nonNegative).min(1), weights: z.array(nonNegative).optional() }),
]);

export const clientKinds = ['internal', 'semiExternal', 'external'] as const;
/** internal: same group, loyal; semiExternal: regulars who may leave; external. */
export type ClientKind = (typeof clientKinds)[number];

const stationSchema = z.strictObject({
  id,
  name: z.string().default(''),
  uoPerHour: positive.describe('work units this station processes per working hour'),
  breakdowns: z
    .strictObject({
      mtbfHours: distributionSchema.describe('working hours between breakdowns'),
      repairHours: distributionSchema.describe('hours a repair lasts'),
    })
    .optional(),
});

const productSchema = z.strictObject({
  id,
  name: z.string().default(''),
  family: id.default('standard').describe('product family; case B uses firstFit and spareParts'),
  uoPerUnit: positive.describe('work units one part costs at each station of its routing'),
  routing: z.array(id).min(1).describe('station ids in order'),
  defectRate: fraction.describe('share of parts failing control, on average'),
  lotDefectSpread: fraction.default(0).describe("standard deviation of a lot's own defect rate around defectRate (process drift)"),
  offSpecShare: fraction.default(0.4).describe('share of failed parts that are usable off-spec (the rest is scrap)'),
  defectVisible: z.boolean().default(false).describe('whether the off-spec defect shows on the client product'),
});

const lineSchema = z.strictObject({
  consumptionPerDay: positive.describe('parts the client line uses per working day'),
  bufferDays: nonNegative.default(2).describe("days of consumption in the client's own buffer at start"),
  product: id,
});

const clientSchema = z.strictObject({
  id,
  name: z.string().default(''),
  kind: z.enum(clientKinds),
  important: z.boolean().default(false).describe('the lanceur reserves capacity for its urgent orders'),
  posture: z.enum(['orderGiver', 'coProducer']).default('orderGiver'),
  origin: z.enum(['recommendation', 'tender', 'chance', 'coldProspecting', 'group']).default('group'),
  products: z.array(z.strictObject({ product: id, weight: positive.default(1) })).min(1),
  interArrivalHours: distributionSchema,
  quantity: distributionSchema.describe('parts per order'),
  urgentShare: fraction.default(0).describe('share of its orders that are urgent'),
  changeRate: fraction.default(0).describe('probability that an order gets a change request (an order-giver; a co-producer asks half as often)'),
  trustThreshold: fraction.default(0.3),
  line: lineSchema.optional(),
});

const cycleTable = z.strictObject({ internal: positive, semiExternal: positive, external: positive });

const commercialSchema = z.strictObject({
  cycleDays: cycleTable.describe('quoted cycle (order to promised delivery) in calendar days, by client kind'),
  urgentCycleDays: positive.default(15),
  orderBookTargetUOPerWeek: positive.default(800),
  quoting: z.enum(['imposed', 'loadAware']).default('imposed'),
});

const lanceurSchema = z.strictObject({
  quantityMargin: z.number().min(0).max(1).default(0.2).describe('launched = ordered × (1 + margin)'),
  capacityReserve: z
    .strictObject({ share: z.number().min(0).max(0.9).default(0.3), horizonDays: wholeDays.min(1).default(15) })
    .default({ share: 0.3, horizonDays: 15 }),
  datePolicy: z.enum(['keep', 'advanceOnly', 'level']).default('level'),
  dateToleranceDays: nonNegative.default(5).describe('a date moves only when the plan differs by more'),
  plannedLeadDays: wholeDays.min(1).default(10).describe('calendar days the lanceur plans from launch to delivery'),
  pullAheadDays: wholeDays.default(10).describe('how many days before its planned launch the lanceur may launch an order to level the load'),
  normFlex: z.number().min(0).max(1).default(0.1).describe('share above the daily norm the lanceur takes from the reserve rather than plan an order past its window'),
  pushBackDays: wholeDays.default(10).describe('how many days after its planned launch the lanceur may plan an order to level the load'),
  reviewHour: z.number().min(0).max(23).default(7),
  changePolicy: z.enum(['acceptAll', 'counter', 'refuseAll']).default('counter'),
  maxPromiseDelayDays: wholeDays.max(3650).nullable().default(null).describe('how many days past its first promise the lanceur may postpone a delivery date (null: no limit); an order planned later is delivered late'),
});

const fabricationSchema = z.strictObject({
  transportHours: nonNegative.default(24),
  deliverOnDueDay: z.boolean().default(false).describe('ship so that parts arrive on the promised day (just-in-time), not as soon as made'),
  derogationPolicy: z.enum(['never', 'whenShort', 'always']).default('whenShort'),
  surplusShelfDays: wholeDays.max(3650).default(60).describe('days over-production of a family without an imposed stock is kept in case the client orders again, then scrapped'),
});

const changesSchema = z.strictObject({
  cutoffHours: nonNegative.default(24).describe('no change is accepted less than this before launch'),
  volumeChange: distributionSchema.default({ type: 'uniform', min: 0.1, max: 0.4 }).describe('relative size of a volume change'),
});

const stockSchema = z.strictObject({
  family: id,
  basis: z.enum(['shareOfDemand', 'daysOfCover']),
  value: nonNegative.describe('share of demand (fraction) or days of cover'),
  holdingCostPerUnitDay: nonNegative.default(0.01),
});

const disruptionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('transport'), startDay: nonNegative, durationHours: positive }),
  z.strictObject({ kind: z.literal('weather'), startDay: nonNegative, durationHours: positive }),
  z.strictObject({ kind: z.literal('breakdown'), station: id, startDay: nonNegative, durationHours: positive }),
  z.strictObject({
    kind: z.literal('random'),
    event: z.enum(['transport', 'weather']),
    interArrivalDays: distributionSchema,
    durationHours: distributionSchema,
  }),
]);

const trustSchema = z.strictObject({
  initial: z
    .record(z.string(), fraction)
    .default({ recommendation: 0.8, group: 0.7, tender: 0.6, chance: 0.55, coldProspecting: 0.5 }),
  onTime: z.number().default(0.01),
  late: z.number().default(-0.04),
  announcedChange: z.number().default(-0.005),
  unannouncedLate: z.number().default(-0.02),
  changeAccepted: z.number().default(0.02),
  changeRefused: z.number().default(-0.03),
  derogationOffered: z.number().default(0.01),
  lineStopped: z.number().default(-0.05),
  escalationDays: positive.default(10),
});

// ---------------------------------------------------------------------------------------------
// The automatic strategies' parameters (schema version 2): how each role answers when no person
// plays it (src/agents/strategies/). Every value has the default the strategies had when they
// were inline constants, so a file without this block runs as before.
// ---------------------------------------------------------------------------------------------

const byPosture = (orderGiver: number, coProducer: number, what: string) =>
  z.strictObject({ orderGiver: fraction, coProducer: fraction }).default({ orderGiver, coProducer }).describe(what);

const commercialStrategySchema = z.strictObject({
  minConsultedCycleDays: wholeDays.default(1).describe('when it consults the lanceur, the commercial promises no sooner than this many days after the order'),
});

const lanceurStrategySchema = z.strictObject({
  acceptIncreaseUpTo: nonNegative.default(0.2).describe('a volume increase up to this share of the order is accepted as is, unless the lanceur is catching up'),
  counterQuantityShare: fraction.default(0.5).describe('a counter to a larger volume offers the ordered quantity plus this share of the increase asked'),
  counterDelayDays: wholeDays.default(3).describe('days a counter (another product while catching up, a larger volume) moves the promise later'),
  urgentCounterAdvanceDays: wholeDays.default(3).describe('days sooner the lanceur offers, instead of urgent priority, to a client it does not rush for'),
  counterDeadlineHours: positive.default(48).describe('hours a counter stays open (never past the request deadline)'),
});

const clientStrategySchema = z.strictObject({
  changeMix: z
    .strictObject({ priority: fraction, product: fraction })
    .default({ priority: 0.25, product: 0.15 })
    .describe('shares of change requests asking urgent priority and another product; the rest change the volume'),
  volumeUpChance: byPosture(0.65, 0.5, 'chance that a volume change is an increase, by posture'),
  acceptCounterChance: byPosture(0.45, 0.85, "chance of accepting the lanceur's counter, by posture"),
  counterResponseHours: z
    .strictObject({ orderGiver: nonNegative, coProducer: nonNegative })
    .default({ orderGiver: 12, coProducer: 4 })
    .describe("hours the client takes to answer a counter, by posture"),
  derogationAcceptChance: z
    .strictObject({ visible: fraction, hidden: fraction })
    .default({ visible: 0.15, hidden: 0.6 })
    .describe('base chance of accepting off-spec parts, by whether the defect shows on its product'),
  derogationAtRiskBonus: fraction.default(0.3).describe('added when its line would run short before a complement arrives'),
  derogationCoProducerBonus: fraction.default(0.1).describe('added for a co-producer'),
  derogationTrustWeight: fraction.default(0.5).describe('the chance is scaled by (1 − weight) + weight × trust'),
  coProducerChangeRateFactor: nonNegative.default(0.5).describe("a co-producer asks changes at its changeRate times this"),
  changeWindowAfterLaunchHours: nonNegative.default(48).describe('a change may be drawn until this many hours after the planned launch (late ones are refused by rule)'),
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
  name: z.string().min(1),
  description: z.string().default(''),
  calibration: z.enum(['caseA', 'caseB']).optional().describe("which of de Terssac's observed cases this scenario must reproduce"),
  seed: z.number().int().min(0),
  days: z.number().int().positive().default(365).describe('days measured, after the warm-up'),
  warmupDays: z.number().int().min(0).default(0).describe('days simulated before measuring, to fill the order book and the shop'),
  calendar: z
    .strictObject({
      workingDays: z.array(z.number().int().min(0).max(6)).default([0, 1, 2, 3, 4]),
      shifts: z.array(z.strictObject({ start: z.number().min(0).max(24), end: z.number().min(0).max(24) })).min(1),
      holidays: z.array(z.number().int().min(0)).default([]),
    }),
  stations: z.array(stationSchema).min(1),
  products: z.array(productSchema).min(1),
  clients: z.array(clientSchema).min(1),
  commercial: commercialSchema,
  lanceur: lanceurSchema.default(() => lanceurSchema.parse({})),
  fabrication: fabricationSchema.default(() => fabricationSchema.parse({})),
  changes: changesSchema.default(() => changesSchema.parse({})),
  stocks: z.array(stockSchema).default([]),
  disruptions: z.array(disruptionSchema).default([]),
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
