/**
 * The scenario file format, version 1, as a zod schema. Parsing it yields the typed
 * {@link Scenario} with every default filled in. Units are in the field names or the
 * descriptions: hours, days (calendar), UO (work units), fractions (0.3, not 30).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

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
