/**
 * The schema of a distribution named in a scenario file: a law of a non-negative quantity
 * whose parameters lie in [0, max] of the quantity's range, checked as a distribution
 * (uniform and triangular bounds in order, empirical weights as many as the values,
 * non-negative and not all zero). A normal law is truncated at zero by definition (and to
 * [min, max] when given). Draws above the range's max are cut to it ({@link sampleWithin}).
 */
import { z } from 'zod';
import { LIST_MAX, num, RANGES, type Range } from './ranges';

/** The smallest mean of a lognormal law (its shape is computed from sd / mean). */
const LOGNORMAL_MEAN_MIN = 1e-6;

/** A law of a quantity in `r` (only `r.max` is used: every law is of a non-negative quantity). */
export function lawSchema(r: Range) {
  const v = num({ min: 0, max: r.max });
  const ordered = (lo: 'min' | 'mode', hi: 'mode' | 'max') => ({ path: [hi], message: `expected ${hi} ≥ ${lo}` });
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('constant'), value: v }),
    z.strictObject({ type: z.literal('uniform'), min: v, max: v }).refine((d) => d.min <= d.max, ordered('min', 'max')),
    z.strictObject({ type: z.literal('exponential'), mean: num({ min: 0, max: r.max, positive: true }) }),
    z
      .strictObject({ type: z.literal('normal'), mean: v, sd: v, min: v.optional(), max: v.optional() })
      .refine((d) => (d.min ?? 0) <= (d.max ?? Infinity), ordered('min', 'max')),
    z.strictObject({ type: z.literal('lognormal'), mean: num({ min: LOGNORMAL_MEAN_MIN, max: r.max }), sd: v }),
    z
      .strictObject({ type: z.literal('triangular'), min: v, mode: v, max: v })
      .refine((d) => d.min <= d.mode, ordered('min', 'mode'))
      .refine((d) => d.mode <= d.max, ordered('mode', 'max')),
    z
      .strictObject({
        type: z.literal('empirical'),
        values: z.array(v).min(1).max(LIST_MAX),
        weights: z.array(num(RANGES.weight)).max(LIST_MAX).optional(),
      })
      .refine((d) => !d.weights || d.weights.length === d.values.length, { path: ['weights'], message: 'expected as many weights as values' })
      .refine((d) => !d.weights || d.weights.some((w) => w > 0), { path: ['weights'], message: 'expected at least one weight above 0' }),
  ]);
}
