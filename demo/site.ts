// What both pages of the demo site share: the header's language and light/dark switches, the
// site's own strings in both languages (Traditional Chinese first), and the nav links that keep
// the chosen language and theme from page to page (in the query string: ?lang=en&theme=dark).
import '../src/index.js';

export type Lang = 'zh-TW' | 'en';
export type Strings = Record<string, string>;

const common: Record<Lang, Strings> = {
  'zh-TW': {
    skip: '跳到主要內容',
    siteName: 'ogp-widgets',
    nav: '網站',
    navWidgets: '元件',
    navBuilder: '嵌入產生器',
    options: '顯示選項',
    language: '語言',
    theme: '主題',
    themeAuto: '跟隨系統',
    themeLight: '淺色',
    themeDark: '深色',
    footer: '開放原始碼（MIT）。資料：國家發展委員會《我國開放政府國家行動方案》草案。',
  },
  en: {
    skip: 'Skip to main content',
    siteName: 'ogp-widgets',
    nav: 'Site',
    navWidgets: 'Widgets',
    navBuilder: 'Embed builder',
    options: 'Display options',
    language: 'Language',
    theme: 'Theme',
    themeAuto: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    footer: 'Open source (MIT). Data: the National Development Council’s draft Open Government National Action Plan.',
  },
};

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
  language.value = initial.get('lang') === 'en' ? 'en' : 'zh-TW';
  theme.value = ['light', 'dark'].includes(initial.get('theme') ?? '') ? initial.get('theme')! : '';

  const site: Site = {
    lang: 'zh-TW',
    theme: '',
    t: (key) => pageStrings[site.lang][key] ?? common[site.lang][key] ?? key,
  };

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
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a')) {
      link.search = `?${carried}`;
    }
    onChange(site);
  }

  language.addEventListener('change', apply);
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
