/**
 * The labels of the classroom slice (the plan's zoom and pan, chart axes, glossary links,
 * Compare in slices) in English and French. Kept apart from strings.ts so branches do not
 * collide in the shared tables; the two tables have the same keys.
 */
import { labelTable } from './i18n';

const en = {
  'gantt.zoomIn': 'Zoom in',
  'gantt.zoomOut': 'Zoom out',
  'gantt.earlier': 'Earlier',
  'gantt.later': 'Later',
  'gantt.today': 'Today',
  'gantt.controls': 'Time span of the orders',
  'gantt.axis': 'day',
  'gantt.window': 'days {from}–{to} · {orders}',
  'gantt.order': 'order',
  'gantt.orders': 'orders',
  'gantt.region': 'Orders over time, days {from} to {to}. Arrows move in time, + and − zoom, Home comes back to today.',
  'axis.day': 'day',
  'axis.week': 'week starting day',
  'axis.orders': 'orders',
  'axis.uo': 'UO',
  'axis.share': '%',
  'axis.days': 'days',
  'axis.parts': 'parts',
  'axis.lines': 'lines',
  'axis.trust': 'trust (0–1)',
  'axis.caption': 'Vertical axis: {y}; horizontal axis: {x}.',
  'glossary.open': 'In the glossary: {term}',
  'cmp.progress': 'Running A and B: day {day} / {days} ({done})',
  'cmp.cancel': 'Cancel',
  'cmp.cancelled': 'Comparison cancelled; nothing was changed.',
};

const fr: Record<keyof typeof en, string> = {
  'gantt.zoomIn': 'Zoomer',
  'gantt.zoomOut': 'Dézoomer',
  'gantt.earlier': 'Plus tôt',
  'gantt.later': 'Plus tard',
  'gantt.today': 'Aujourd’hui',
  'gantt.controls': 'Période des commandes',
  'gantt.axis': 'jour',
  'gantt.window': 'jours {from} à {to} · {orders}',
  'gantt.order': 'commande',
  'gantt.orders': 'commandes',
  'gantt.region': 'Les commandes dans le temps, jours {from} à {to}. Les flèches avancent ou reculent, + et − zooment, Début revient à aujourd’hui.',
  'axis.day': 'jour',
  'axis.week': 'semaine commençant le jour',
  'axis.orders': 'commandes',
  'axis.uo': 'UO',
  'axis.share': '%',
  'axis.days': 'jours',
  'axis.parts': 'pièces',
  'axis.lines': 'chaînes',
  'axis.trust': 'confiance (0–1)',
  'axis.caption': 'Axe vertical\u00a0: {y}\u00a0; axe horizontal\u00a0: {x}.',
  'glossary.open': 'Dans le glossaire\u00a0: {term}',
  'cmp.progress': 'Simulation de A et B\u00a0: jour {day} / {days} ({done})',
  'cmp.cancel': 'Annuler',
  'cmp.cancelled': 'Comparaison annulée\u00a0; rien n’a changé.',
};

/** A classroom label key. */
export type ClassroomKey = keyof typeof en;

/** Both tables, for the test that checks they have the same keys. */
export const classroomStrings = { en, fr };

/** The classroom label `key` in the current language, `{name}` replaced by `vars[name]`. */
const label = labelTable(classroomStrings);
export function tc(key: ClassroomKey, vars: Record<string, string | number> = {}): string {
  return label(key).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
