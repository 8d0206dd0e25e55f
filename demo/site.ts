// What both pages of the demo site share: the header's language and light/dark switches, the
// site's own strings in both languages (Traditional Chinese first, see site-strings.ts), and the
// nav links that keep the chosen language and theme from page to page (in the query string:
// ?lang=en&theme=dark).
//
// The built site (scripts/build-site.mjs) pre-renders the widgets page once per language,
// index.html in Chinese and en.html in English, and marks every page `data-prerendered-site`
// (the widgets pages also `data-page-lang`). There, choosing the other language opens the other
// page, and a link asking a widgets page for the other language (`?lang=en`) goes there at once.
// `npm start` serves one widgets page that switches language in place.
import '../src/index.js';
import {common, type Lang, type Strings} from './site-strings.js';

export type {Lang, Strings};

const root = document.documentElement;
/** The built site, whose widgets page comes pre-rendered in each language. */
const prerenderedSite = root.hasAttribute('data-prerendered-site');
/** This widgets page's pre-rendered language (built site only). */
const pageLang = root.dataset.pageLang as Lang | undefined;

/** The widgets page in a language: en.html for English in the built site, else the site's root. */
const widgetsPage = (lang: Lang): string => (prerenderedSite && lang === 'en' ? 'en.html' : './');

export interface Site {
  lang: Lang;
  /** `''` (the reader's system setting), `light` or `dark`. */
  theme: string;
  /** The string for a key, in the site's current language. */
  t(key: string): string;
}

/**
 * Wires the header switches and translates every `[data-i18n]` element (text) and
 * `[data-i18n-attr="attribute:key"]` (attributes). `onChange` runs after each switch, and once now.
 */
export function setUpSite(pageStrings: Record<Lang, Strings>, onChange: (site: Site) => void = () => {}): Site {
  const language = document.querySelector<HTMLSelectElement>('#site-language')!;
  const theme = document.querySelector<HTMLSelectElement>('#site-theme')!;
  const initial = new URLSearchParams(location.search);
  const asked = initial.get('lang');
  language.value = asked === 'en' || asked === 'zh-TW' ? asked : (pageLang ?? 'zh-TW');
  // A pre-rendered widgets page in the other language: open the right one (its widgets are drawn
  // in their language), keeping the theme and the address's state.

  theme.value = ['light', 'dark'].includes(initial.get('theme') ?? '') ? initial.get('theme')! : '';

  const site: Site = {
    lang: 'zh-TW',
    theme: '',
    t: (key) => pageStrings[site.lang][key] ?? common[site.lang][key] ?? key,
  };
  // A pre-rendered widgets page in the other language: open the right one (its widgets are drawn
  // in their language), keeping the theme and the address's state.
  if (pageLang && language.value !== pageLang) {
    location.replace(`${widgetsPage(language.value as Lang)}${location.search}${location.hash}`);
    return site;
  }

  function apply(): void {
    site.lang = language.value as Lang;
    site.theme = theme.value;
    document.documentElement.lang = site.lang;
    document.documentElement.dataset.theme = site.theme;
    for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
      element.textContent = site.t(element.dataset.i18n!);
    }
    for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
      for (const pair of element.dataset.i18nAttr!.split(/\s+/)) {
        const [attribute, key] = pair.split(':');
        element.setAttribute(attribute, site.t(key));
      }
    }
    // Keep the choice in the address (shareable, survives reloads) and in the links between pages.
    const params = new URLSearchParams(location.search);
    params.set('lang', site.lang);
    if (site.theme) params.set('theme', site.theme);
    else params.delete('theme');
    history.replaceState(history.state, '', `?${params}${location.hash}`);
    const carried = new URLSearchParams({lang: site.lang});
    if (site.theme) carried.set('theme', site.theme);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a, .site-name')) {
      if (link.dataset.page === 'widgets' || link.classList.contains('site-name')) {
        link.href = widgetsPage(site.lang);
      }
      link.search = `?${carried}`;
    }
    onChange(site);
  }

  language.addEventListener('change', () => {
    if (pageLang && language.value !== pageLang) {
      const params = new URLSearchParams(location.search);
      params.set('lang', language.value);
      location.assign(`${widgetsPage(language.value as Lang)}?${params}${location.hash}`);
      return;
    }
    apply();
  });
  theme.addEventListener('change', apply);
  apply();
  return site;
}

/** Every ogp-* widget inside `root` follows the site's light/dark choice. */
export function applyTheme(root: ParentNode, theme: string): void {
  for (const widget of root.querySelectorAll('*')) {
    if (!widget.localName.startsWith('ogp-')) continue;
    if (theme) widget.setAttribute('theme', theme);
    else widget.removeAttribute('theme');
  }
}
