/**
 * Terms as ways into the glossary: a label's text with each glossary term made a button that,
 * pressed (pointer, Enter or Space), opens the Glossary tab with the focus on that entry, so a
 * keyboard or a screen reader lands on it. The button's name is the term itself (the label
 * reads as before); its title says where it leads.
 */
import { el } from '../../app/shell';
import { GLOSSARY } from '../../i18n/glossary';
import { termsIn } from '../../i18n/glossaryTerms';
import { language } from '../../i18n/i18n';
import { tc } from '../../i18n/classroom';
import './glossary.css';

/** The id of glossary entry `i`'s term in the Glossary tab. */
export function entryId(i: number): string {
  return `gloss-${i}`;
}

/** Shows the Glossary tab and moves the focus to entry `i`. */
export function openGlossary(i: number): void {
  document.getElementById('tab-glossary')?.click();
  const term = document.getElementById(entryId(i));
  if (!term) return;
  document.querySelectorAll('.gloss-here').forEach((e) => e.classList.remove('gloss-here'));
  term.classList.add('gloss-here');
  term.scrollIntoView({ block: 'center' });
  term.focus({ preventScroll: true });
}

/** `text` with its glossary terms (in the current language) as buttons into the glossary. */
export function withTerms(text: string): (Node | string)[] {
  const lang = language();
  const out: (Node | string)[] = [];
  let at = 0;
  for (const m of termsIn(text, lang)) {
    if (m.start > at) out.push(text.slice(at, m.start));
    const g = GLOSSARY[m.entry];
    // a span with the button role, not a <button>: it wraps with the words around it, and a
    // label holding it is still the label of its own control only
    const b = el('span', { role: 'button', tabindex: '0', class: 'term', title: tc('glossary.open', { term: lang === 'fr' ? g.fr : g.en }), 'data-entry': String(m.entry) }, text.slice(m.start, m.end));
    const open = (e: Event) => {
      e.preventDefault(); // inside a label: no press of the labelled control
      e.stopPropagation();
      openGlossary(m.entry);
    };
    b.addEventListener('click', open);
    b.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') open(e);
    });
    out.push(b);
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
