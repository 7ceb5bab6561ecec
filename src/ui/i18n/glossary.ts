/**
 * The glossary of the field's own words (de Terssac's case studies), with the French term,
 * its English rendering and a definition in both languages.
 */

/** One glossary entry. */
export interface GlossaryEntry {
  fr: string;
  en: string;
  defEn: string;
  defFr: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { fr: 'lanceur', en: 'production launcher', defEn: 'The person who decides when each order enters the workshop. He rewrites the commercial\'s dates, launches more than ordered and keeps capacity free for urgent orders.', defFr: 'Celui qui décide quand chaque commande entre en fabrication. Il réécrit les dates du commercial, lance plus que commandé et garde de la capacité libre pour les urgences.' },
  { fr: 'unité d\'œuvre (UO)', en: 'work unit (UO)', defEn: 'The unit in which the workshop\'s work is counted; management sets a norm of 800 UO per week.', defFr: 'L\'unité de compte du travail de l\'atelier ; la direction fixe une norme de 800 UO par semaine.' },
  { fr: 'dérogation', en: 'derogation (waiver)', defEn: 'Delivering parts outside the quality norm with the client\'s agreement, when good parts fall short. The client decides.', defFr: 'Livrer des pièces hors norme avec l\'accord du client quand les bonnes pièces manquent. C\'est le client qui décide.' },
  { fr: 'hors norme', en: 'off-spec', defEn: 'A part that fails control but is usable; a candidate for a derogation.', defFr: 'Pièce refusée au contrôle mais utilisable ; candidate à une dérogation.' },
  { fr: 'rebut', en: 'scrap', defEn: 'A part that fails control and cannot be used.', defFr: 'Pièce refusée au contrôle et inutilisable.' },
  { fr: 'carnet de commandes', en: 'order book', defEn: 'The orders the commercial has taken and promised, not yet launched.', defFr: 'Les commandes prises et promises par le commercial, pas encore lancées.' },
  { fr: 'ordre de fabrication (OF)', en: 'manufacturing order', defEn: 'An order as the workshop handles it: a quantity of one product, a promised date, lots in the shop.', defFr: 'Une commande telle que l\'atelier la traite : une quantité d\'un produit, une date promise, des lots en fabrication.' },
  { fr: 'délai annoncé', en: 'quoted cycle', defEn: 'Days from the order to the promised delivery; the commercial varies it by client kind (103, 65, 62 days in case A).', defFr: 'Jours entre la commande et la livraison promise ; le commercial le fait varier selon le type de client (103, 65, 62 jours dans le cas A).' },
  { fr: 'client interne', en: 'internal client', defEn: 'Another workshop of the same plant or group: loyal, it escalates to the hierarchy instead of leaving.', defFr: 'Un autre atelier de l\'usine ou du groupe : fidèle, il remonte à la hiérarchie au lieu de partir.' },
  { fr: 'client semi-externe', en: 'semi-external client', defEn: 'A regular client who may go to a competitor.', defFr: 'Un client habitué qui peut aller chez un concurrent.' },
  { fr: 'donneur d\'ordre', en: 'order-giver', defEn: 'A client who imposes its terms.', defFr: 'Un client qui impose ses conditions.' },
  { fr: 'co-producteur', en: 'co-producer', defEn: 'A client who negotiates the plan with the producer.', defFr: 'Un client qui négocie le plan avec le producteur.' },
  { fr: 'réserve de capacité', en: 'capacity reserve', defEn: 'Capacity the lanceur keeps free over the next days for urgent orders of important clients (30 % of 15 days in case A).', defFr: 'Capacité que le lanceur garde libre sur les jours à venir pour les urgences des clients importants (30 % sur 15 jours dans le cas A).' },
  { fr: 'marge de quantité', en: 'quantity margin', defEn: 'What the lanceur launches above the quantity ordered, against defects (+20 % in case A).', defFr: 'Ce que le lanceur lance au-delà de la quantité commandée, contre les défauts (+20 % dans le cas A).' },
  { fr: 'juste-à-temps', en: 'just-in-time', defEn: 'Producing only what is needed when it is needed, without stock; the doctrine the client\'s stocks contradict.', defFr: 'Produire seulement ce qu\'il faut quand il le faut, sans stock ; la doctrine que les stocks imposés par le client contredisent.' },
  { fr: 'première monte', en: 'first fit', defEn: 'Series parts for new cars (case B); about two thirds of it is held in stock.', defFr: 'Pièces de série pour les voitures neuves (cas B) ; environ les deux tiers sont tenus en stock.' },
  { fr: 'pièces de rechange', en: 'spare parts', defEn: 'Parts for the after-sales market (case B); almost all of it is held in stock.', defFr: 'Pièces pour l\'après-vente (cas B) ; presque toute la production est tenue en stock.' },
  { fr: 'délai limite (24 h)', en: 'change cut-off (24 h)', defEn: 'The client may change volume, object or priority up to this long before the launch.', defFr: 'Le client peut changer le volume, l\'objet ou la priorité jusqu\'à ce délai avant le lancement.' },
  { fr: 'version du plan', en: 'plan version', defEn: 'Each accepted change of a commitment: who changed what, when, from what to what, and why.', defFr: 'Chaque modification acceptée d\'un engagement : qui a changé quoi, quand, de quoi à quoi, et pourquoi.' },
  { fr: 'confiance', en: 'trust', defEn: 'How much a client believes the producer\'s commitments; it moves with kept and broken promises.', defFr: 'Ce que le client croit des engagements du producteur ; elle bouge avec les promesses tenues et rompues.' },
];
