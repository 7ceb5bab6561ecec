/**
 * The labels of the console's controls added beside the sessions table: the disruption for
 * every team (its kind, the station of a breakdown, its hours, when) with the list of those
 * given, and the list of decisions waiting at the seats the facilitator took over; English and
 * French, the two tables have the same keys.
 */
import { labelTable } from './i18n';

const en = {
  'dz.title': 'A disruption for all teams',
  'dz.kind': 'Kind',
  'dz.kind.breakdown': 'breakdown of a station',
  'dz.kind.transport': 'transport stoppage (shipments held)',
  'dz.kind.weather': 'weather (shipments held, the plant stopped)',
  'dz.station': 'Station',
  'dz.hours': 'Hours',
  'dz.day': 'Day',
  'dz.hour': 'Hour',
  'dz.when': 'empty: the next hour',
  'dz.give': 'Trigger for all teams',
  'dz.given': 'Disruptions given',
  'dz.none': 'None yet.',
  'dz.at': 'day {day}, {hour} h, for {hours} h',
  'to.title': 'Decisions waiting for you',
  'to.none': 'None: the seats you took over have nothing to decide now.',
  'to.decision': 'Decision',
  'to.when': 'Simulated time',
  'to.open': 'Answer',
  'to.shown': 'shown below',
};

const fr: Record<keyof typeof en, string> = {
  'dz.title': 'Un aléa pour toutes les équipes',
  'dz.kind': 'Nature',
  'dz.kind.breakdown': "panne d'un poste",
  'dz.kind.transport': 'arrêt des transports (expéditions retenues)',
  'dz.kind.weather': "intempéries (expéditions retenues, l'usine arrêtée)",
  'dz.station': 'Poste',
  'dz.hours': 'Heures',
  'dz.day': 'Jour',
  'dz.hour': 'Heure',
  'dz.when': "vide : l'heure suivante",
  'dz.give': 'Déclencher pour toutes les équipes',
  'dz.given': 'Aléas déclenchés',
  'dz.none': 'Aucun pour le moment.',
  'dz.at': 'jour {day}, {hour} h, pendant {hours} h',
  'to.title': 'Décisions qui vous attendent',
  'to.none': "Aucune : les rôles que vous avez repris n'ont rien à décider pour le moment.",
  'to.decision': 'Décision',
  'to.when': 'Temps simulé',
  'to.open': 'Répondre',
  'to.shown': 'affichée ci-dessous',
};

/** The console-control labels, for the test that checks both have the same keys. */
export const consoleControlStrings = { en, fr };

/** The console-control label `key` in the current language (the key itself when unknown). */
export const tcc: (key: keyof typeof en) => string = labelTable(consoleControlStrings);
