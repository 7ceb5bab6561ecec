/**
 * The page's frame: header (title, scenario, language), time bar, message banner, tabs with
 * their panels, and the side panel (key figures, selected order). Built once; the views
 * fill the elements it returns. Labels carry `data-i18n` so a language switch relabels them.
 */

/** The tabs, in order (keys 1–8 select them). */
export const TABS = ['workshop', 'plan', 'transcript', 'charts', 'strategy', 'compare', 'scenario', 'glossary'] as const;
export type Tab = (typeof TABS)[number];

/** The elements the views fill. */
export interface Shell {
  root: HTMLElement;
  scenarioName: HTMLElement;
  language: HTMLSelectElement;
  timebar: HTMLElement;
  message: HTMLElement;
  tabs: Record<Tab, HTMLButtonElement>;
  panels: Record<Tab, HTMLElement>;
  kpi: HTMLElement;
  order: HTMLElement;
  tooltip: HTMLElement;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}

/** Builds the frame into `root`. */
export function buildShell(root: HTMLElement): Shell {
  const language = el('select', { 'data-testid': 'language', 'aria-label': 'language' }, el('option', { value: 'en' }, 'English'), el('option', { value: 'fr' }, 'Français'));
  const scenarioName = el('span', { class: 'scenario-name', 'data-testid': 'scenario-name' });
  const header = el('header', {}, el('h1', { 'data-i18n': 'title' }), scenarioName, el('label', { class: 'lang' }, el('span', { 'data-i18n': 'lang.label' }), language));
  const timebar = el('div', { class: 'timebar', 'data-testid': 'timebar' });
  const message = el('div', { class: 'message', role: 'alert', 'data-testid': 'message', hidden: '' });
  const nav = el('nav', { class: 'tabs', role: 'tablist' });
  const tabs = {} as Record<Tab, HTMLButtonElement>;
  const panels = {} as Record<Tab, HTMLElement>;
  const main = el('main', {}, nav);
  for (const [i, tab] of TABS.entries()) {
    tabs[tab] = el('button', { role: 'tab', 'data-testid': `tab-${tab}`, 'data-i18n': `tab.${tab}`, title: String(i + 1) });
    panels[tab] = el('section', { class: `panel panel-${tab}`, role: 'tabpanel', 'data-testid': `panel-${tab}`, hidden: '' });
    nav.append(tabs[tab]);
    main.append(panels[tab]);
  }
  const kpi = el('div', { class: 'kpi', 'data-testid': 'kpi' });
  const order = el('div', { class: 'order', 'data-testid': 'order' });
  const aside = el('aside', {}, kpi, order);
  const tooltip = el('div', { class: 'tooltip', hidden: '' });
  root.append(header, timebar, message, el('div', { class: 'body' }, main, aside), tooltip);
  return { root, scenarioName, language, timebar, message, tabs, panels, kpi, order, tooltip };
}

export { el };
