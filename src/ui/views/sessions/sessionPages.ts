/**
 * The sessions pages in place of the app when the link names one (see
 * model/sessionLinks.ts): the participant's page or the facilitator's console, with a
 * language switch; a later hash change to another sessions link opens that page.
 */
import { el } from '../../app/shell';
import { language, setLanguage } from '../../i18n/i18n';
import { parseSessionLink, type SessionLink } from '../../model/sessionLinks';
import { storage } from '../../storage';
import { consolePage } from './consolePage';

const LANG_KEY = 'negoplan.v1.sessions.lang';
import { ParticipantPage } from './participantPage';

/** Opens the page of `link` on `root`. */
export function openSessionPage(root: HTMLElement, link: SessionLink): void {
  const body = el('div', {});
  const lang = el('select', { 'data-testid': 'language', 'aria-label': 'Language / Langue' }, el('option', { value: 'en', lang: 'en' }, 'English'), el('option', { value: 'fr', lang: 'fr' }, 'Français'));
  lang.value = language();
  const draw = () => {
    document.documentElement.lang = language();
    if (link.page === 'console') consolePage(body, link.id);
    else new ParticipantPage(body, link);
  };
  const saved = storage()?.getItem(LANG_KEY);
  if (saved === 'fr' || saved === 'en') {
    setLanguage(saved);
    lang.value = saved;
  }
  lang.onchange = () => {
    storage()?.setItem(LANG_KEY, lang.value);
    location.reload(); // the page reconnects in the new language (the server resumes it exactly)
  };
  root.replaceChildren(el('div', { class: 'ss-row' }, lang), body);
  draw();
  window.addEventListener('hashchange', () => {
    const next = parseSessionLink(location.hash);
    if (next && JSON.stringify(next) !== JSON.stringify(link)) location.reload();
    else if (!next) location.reload();
  });
}
