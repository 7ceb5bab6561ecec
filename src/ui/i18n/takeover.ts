/**
 * The labels of the console's list of decisions waiting at the seats the facilitator took
 * over, in English and French; the two tables have the same keys.
 */
import { labelTable } from './i18n';

const en = {
  'to.title': 'Decisions waiting for you',
  'to.none': 'None: the seats you took over have nothing to decide now.',
  'to.decision': 'Decision',
  'to.when': 'Simulated time',
  'to.open': 'Answer',
  'to.shown': 'shown below',
};

const fr: Record<keyof typeof en, string> = {
  'to.title': 'Décisions qui vous attendent',
  'to.none': "Aucune : les rôles que vous avez repris n'ont rien à décider pour le moment.",
  'to.decision': 'Décision',
  'to.when': 'Temps simulé',
  'to.open': 'Répondre',
  'to.shown': 'affichée ci-dessous',
};

/** The take-over labels, for the test that checks both have the same keys. */
export const takeoverStrings = { en, fr };

/** The take-over label `key` in the current language (the key itself when unknown). */
export const tt: (key: keyof typeof en) => string = labelTable(takeoverStrings);
