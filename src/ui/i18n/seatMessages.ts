/**
 * The labels of the seat messages a session file keeps (the negotiation's transcript) where
 * the single-browser debrief shows them, in English and French; the two tables have the same keys.
 */
import { labelTable } from './i18n';

const en = {
  'sm.title': 'Messages between seats',
};

const fr: Record<keyof typeof en, string> = {
  'sm.title': 'Messages entre les rôles',
};

/** The seat-message labels, for the test that checks both have the same keys. */
export const seatMessageStrings = { en, fr };

/** The seat-message label `key` in the current language (the key itself when unknown). */
export const tm: (key: keyof typeof en) => string = labelTable(seatMessageStrings);
