/**
 * The glossary of the field's own words: the French term, its English rendering, and the
 * definition in the current language.
 */
import type { View } from '../../app/context';
import { el } from '../../app/shell';
import { GLOSSARY } from '../../i18n/glossary';
import { language, t } from '../../i18n/i18n';
import { entryId } from './glossaryLink';

/** The glossary view. */
export class GlossaryView implements View {
  constructor(private readonly host: HTMLElement) {}

  update(): void {}

  relabel(): void {
    const fr = language() === 'fr';
    const dl = el('dl', { class: 'glossary', 'data-testid': 'glossary' });
    // each term has an id and takes the focus, so a term elsewhere in the app can open the glossary at it
    GLOSSARY.forEach((g, i) => dl.append(el('dt', { id: entryId(i), tabindex: '-1' }, fr ? `${g.fr} (${g.en})` : `${g.en} (${g.fr})`), el('dd', {}, fr ? g.defFr : g.defEn)));
    this.host.replaceChildren(el('h2', {}, t('glossary.title')), dl);
  }
}
