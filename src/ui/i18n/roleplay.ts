/**
 * The role-play labels (Play as, decision dialogs, sessions) in English and French. Kept apart
 * from strings.ts so role-play stays in its own files; the two tables have the same keys.
 */
import { language } from './i18n';

const en = {
  'play.label': 'Play as',
  'play.none': 'nobody (automatic)',
  'play.apply': 'Take the seats',
  'play.playing': 'played by people',
  'kind.commercial.promise': 'Promise a date',
  'kind.lanceur.plan': "The day's plan",
  'kind.lanceur.answerChange': 'Answer a change request',
  'kind.client.requestChange': 'Ask a change',
  'kind.client.answerCounter': 'Answer a counter-offer',
  'kind.fabrication.offerDerogation': 'Offer off-spec parts',
  'kind.client.acceptDerogation': 'Take off-spec parts',
  'd.order': 'order',
  'd.by': 'played by',
  'd.view': 'What you see',
  'd.deadline': 'Answer before',
  'd.day': 'day',
  'd.promiseDay': 'Promised day',
  'd.note': 'Why (optional note)',
  'd.answer': 'Answer',
  'd.suggest': 'Use the suggestion',
  'd.suggestion': 'Suggestion',
  'd.accept': 'Accept',
  'd.refuse': 'Refuse',
  'd.counter': 'Counter',
  'd.quantity': 'Quantity',
  'd.offer': 'Offer the parts',
  'd.noOffer': 'Do not offer',
  'd.askNothing': 'Ask nothing',
  'd.hold': 'Hold',
  'd.launches': 'Launches of the automatic plan (tick to hold)',
  'd.question.commercial.promise': 'Which day do you promise this order for?',
  'd.question.lanceur.plan': "Do you launch the automatic plan's orders today, or hold some?",
  'd.question.lanceur.answerChange': 'The client asks to change this order. Your answer?',
  'd.question.client.requestChange': 'Do you ask a change to this order?',
  'd.question.client.answerCounter': 'The lanceur offers other terms. Do you accept?',
  'd.question.fabrication.offerDerogation': 'Control left this order short. Do you offer the off-spec parts to the client?',
  'd.question.client.acceptDerogation': 'Fabrication offers off-spec parts. Do you take them?',
  'session.export': 'Export session',
  'session.open': 'Open session',
  'session.badSaved': 'The saved session cannot be read; the default run opens instead.',
  'session.badFile': 'This session file cannot be opened',
  'session.diverged': 'The session does not replay identically',
};

const fr: Record<keyof typeof en, string> = {
  'play.label': 'Jouer',
  'play.none': 'personne (automatique)',
  'play.apply': 'Prendre les places',
  'play.playing': 'joué par des personnes',
  'kind.commercial.promise': 'Promettre une date',
  'kind.lanceur.plan': 'Le plan du jour',
  'kind.lanceur.answerChange': 'Répondre à une demande de modification',
  'kind.client.requestChange': 'Demander une modification',
  'kind.client.answerCounter': 'Répondre à une contre-proposition',
  'kind.fabrication.offerDerogation': 'Proposer des pièces en dérogation',
  'kind.client.acceptDerogation': 'Accepter des pièces en dérogation',
  'd.order': 'commande',
  'd.by': 'joué par',
  'd.view': 'Ce que vous voyez',
  'd.deadline': 'Répondre avant',
  'd.day': 'jour',
  'd.promiseDay': 'Jour promis',
  'd.note': 'Pourquoi (note facultative)',
  'd.answer': 'Répondre',
  'd.suggest': 'Prendre la suggestion',
  'd.suggestion': 'Suggestion',
  'd.accept': 'Accepter',
  'd.refuse': 'Refuser',
  'd.counter': 'Contre-proposer',
  'd.quantity': 'Quantité',
  'd.offer': 'Proposer les pièces',
  'd.noOffer': 'Ne pas proposer',
  'd.askNothing': 'Ne rien demander',
  'd.hold': 'Retenir',
  'd.launches': 'Lancements du plan automatique (cocher pour retenir)',
  'd.question.commercial.promise': 'Pour quel jour promettez-vous cette commande ?',
  'd.question.lanceur.plan': 'Lancez-vous aujourd’hui les commandes du plan automatique, ou en retenez-vous ?',
  'd.question.lanceur.answerChange': 'Le client demande de modifier cette commande. Votre réponse ?',
  'd.question.client.requestChange': 'Demandez-vous une modification de cette commande ?',
  'd.question.client.answerCounter': 'Le lanceur propose d’autres conditions. Acceptez-vous ?',
  'd.question.fabrication.offerDerogation': 'Le contrôle laisse cette commande incomplète. Proposez-vous les pièces hors spécification au client ?',
  'd.question.client.acceptDerogation': 'La fabrication propose des pièces hors spécification. Les prenez-vous ?',
  'session.export': 'Exporter la session',
  'session.open': 'Ouvrir une session',
  'session.badSaved': 'La session enregistrée est illisible ; la simulation par défaut s’ouvre.',
  'session.badFile': 'Ce fichier de session ne peut pas être ouvert',
  'session.diverged': 'La session ne se rejoue pas à l’identique',
};

/** A role-play label key. */
export type RoleplayKey = keyof typeof en;

/** The role-play tables, for the test that checks both have the same keys. */
export const roleplayStrings = { en, fr };

/** The role-play label `key` in the current language (the key itself when unknown). */
export function tr(key: string): string {
  const table: Record<string, string> = language() === 'fr' ? fr : en;
  return table[key] ?? key;
}
