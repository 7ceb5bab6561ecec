/**
 * The Experiments tab's labels in English and French. Kept apart from strings.ts so the tab
 * stays in its own files; the two tables have the same keys (a test checks).
 */
import { language } from './i18n';

const en = {
  'x.title': 'Experiments: a small study',
  'x.intro': 'Vary one or two levers over a few levels, run each combination with a few seeds (the same seeds for every combination), and compare a figure by level. The study starts from the current run: its scenario and the levers changed in Strategy. Each run goes to the end of the scenario.',
  'x.factor1': 'Lever 1',
  'x.factor2': 'Lever 2 (optional)',
  'x.lever': 'Lever',
  'x.none': 'none',
  'x.levels': 'Levels',
  'x.levelsHint.en': 'separated by commas or spaces',
  'x.levelsHint.fr': 'separated by semicolons or spaces',
  'x.options': 'Options to try',
  'x.settings': 'Runs and figure',
  'x.seeds': 'Seeds per level',
  'x.seedBase': 'First seed (base)',
  'x.days': 'Days simulated',
  'x.figure': 'Figure',
  'x.run': 'Run the study',
  'x.cancel': 'Cancel',
  'x.progress': 'Progress of the study',
  'x.runsDone': 'runs done',
  'x.workers': 'workers',
  'x.cancelled': 'Cancelled: the finished runs are shown.',
  'x.finished': 'Finished.',
  'x.failed': 'failed',
  'x.command': 'The same study on the command line',
  'x.copy': 'Copy the command',
  'x.copied': 'Copied.',
  'x.copyFailed': 'Copy refused by the browser: select the command and copy it.',
  'x.download': 'Download the runs (CSV, as sweep writes)',
  'x.plot': 'Box plot',
  'x.table': 'Figure by level',
  'x.plotNote': 'Box: first quartile to third quartile, line at the median; whiskers to the lowest and highest run; a dot per run.',
  'x.runs': 'runs',
  'x.min': 'min',
  'x.q1': 'Q1',
  'x.median': 'median',
  'x.q3': 'Q3',
  'x.max': 'max',
  'x.mean': 'mean',
  'x.noValue': 'no value',
  'x.empty': 'No study yet: choose the levers and levels, then run it.',
  'x.badLevel': 'not a number',
  'x.outOfRange': 'out of range',
  'x.noLevel': 'give at least one level',
  'x.interventions': 'The current run has interventions during the run; the study ignores them and keeps its levers from the start.',
  'x.by': 'by',
  'x.seedsWord': 'seeds',
};

const fr: Record<keyof typeof en, string> = {
  'x.title': 'Expériences : une petite étude',
  'x.intro': 'Faites varier un ou deux leviers sur quelques niveaux, lancez chaque combinaison avec quelques graines (les mêmes pour toutes les combinaisons), et comparez un indicateur par niveau. L’étude part de la simulation en cours : son scénario et les leviers modifiés dans Stratégie. Chaque simulation va jusqu’à la fin du scénario.',
  'x.factor1': 'Levier 1',
  'x.factor2': 'Levier 2 (facultatif)',
  'x.lever': 'Levier',
  'x.none': 'aucun',
  'x.levels': 'Niveaux',
  'x.levelsHint.en': 'séparés par des virgules ou des espaces',
  'x.levelsHint.fr': 'séparés par des points-virgules ou des espaces',
  'x.options': 'Options à essayer',
  'x.settings': 'Simulations et indicateur',
  'x.seeds': 'Graines par niveau',
  'x.seedBase': 'Première graine (base)',
  'x.days': 'Jours simulés',
  'x.figure': 'Indicateur',
  'x.run': 'Lancer l’étude',
  'x.cancel': 'Annuler',
  'x.progress': 'Avancement de l’étude',
  'x.runsDone': 'simulations faites',
  'x.workers': 'processus',
  'x.cancelled': 'Annulée : les simulations terminées sont montrées.',
  'x.finished': 'Terminée.',
  'x.failed': 'en échec',
  'x.command': 'La même étude en ligne de commande',
  'x.copy': 'Copier la commande',
  'x.copied': 'Copiée.',
  'x.copyFailed': 'Copie refusée par le navigateur : sélectionnez la commande et copiez-la.',
  'x.download': 'Télécharger les simulations (CSV, comme sweep l’écrit)',
  'x.plot': 'Boîte à moustaches',
  'x.table': 'Indicateur par niveau',
  'x.plotNote': 'Boîte : du premier au troisième quartile, trait à la médiane ; moustaches jusqu’à la simulation la plus basse et la plus haute ; un point par simulation.',
  'x.runs': 'simulations',
  'x.min': 'min',
  'x.q1': 'Q1',
  'x.median': 'médiane',
  'x.q3': 'Q3',
  'x.max': 'max',
  'x.mean': 'moyenne',
  'x.noValue': 'pas de valeur',
  'x.empty': 'Pas encore d’étude : choisissez les leviers et les niveaux, puis lancez-la.',
  'x.badLevel': 'n’est pas un nombre',
  'x.outOfRange': 'hors de la plage',
  'x.noLevel': 'donnez au moins un niveau',
  'x.interventions': 'La simulation en cours comporte des interventions en cours de route ; l’étude les ignore et garde ses leviers depuis le début.',
  'x.by': 'selon',
  'x.seedsWord': 'graines',
};

/** An Experiments label key. */
export type ExperimentsKey = keyof typeof en;

/** Both tables, for the test that checks they have the same keys. */
export const experimentsStrings = { en, fr };

/** The Experiments label `key` in the current language. */
export function tx(key: ExperimentsKey): string {
  return (language() === 'fr' ? fr : en)[key];
}
