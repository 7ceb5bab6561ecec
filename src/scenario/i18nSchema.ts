/**
 * The texts of a scenario in other languages: an optional `i18n` block giving, per language
 * the app speaks (`en`, `fr`), the scenario's name, its description and station names by
 * station id. Only words, never numbers: the run is the same whatever the language. The
 * feasibility check refuses a station name given for an id the scenario does not have.
 */
import { z } from 'zod';
import { DESCRIPTION_MAX, NAME_MAX } from './ranges';

/** A map from station id to its name in one language; a key `__proto__` is refused, not dropped. */
const stationNames = z.preprocess(
  (v, ctx) => {
    if (typeof v === 'object' && v !== null && Object.hasOwn(v, '__proto__')) ctx.addIssue({ code: 'custom', message: 'a key may not be __proto__', input: v });
    return v;
  },
  z.record(z.string().regex(/^[A-Za-z0-9_.-]+$/, 'expected a station id: one or more letters, digits, _ . or -'), z.string().min(1).max(NAME_MAX)),
);

/** The texts of one language. */
export const localeTextSchema = z.strictObject({
  name: z.string().min(1).max(NAME_MAX).optional().describe("the scenario's name in this language"),
  description: z.string().max(DESCRIPTION_MAX).optional().describe("the scenario's description in this language"),
  stations: stationNames.optional().describe('station names in this language, by station id'),
});

/** The `i18n` block: texts by language. */
export const i18nSchema = z
  .strictObject({ en: localeTextSchema.optional(), fr: localeTextSchema.optional() })
  .describe('names and descriptions in other languages (the app shows them in that language)');

/** The texts of one language, as parsed. */
export type LocaleText = z.output<typeof localeTextSchema>;
