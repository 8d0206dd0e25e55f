/**
 * Which language a widget speaks. Each widget resolves its own: its `lang`, else the closest
 * ancestor's (across shadow roots), else `<html lang>`, else English. Only Traditional Chinese has
 * a translation; every other tag falls back to English.
 */
export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['zh-TW'] as const;
export type Locale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

/** `zh`, `zh-TW`, `zh-Hant`, `zh-Hant-TW` (and other `zh-Hant-*`), in any letter case. */
export function isTraditionalChinese(tag: string): boolean {
  const t = tag.trim().toLowerCase().replace(/_/g, '-');
  return t === 'zh' || t === 'zh-tw' || t === 'zh-hant' || t.startsWith('zh-hant-');
}

export const normalizeLocale = (tag: string | null | undefined): Locale =>
  tag && isTraditionalChinese(tag) ? 'zh-TW' : 'en';

/** True when a data language tag fits the locale (`en-GB` fits `en`, `zh-Hant` fits `zh-TW`). */
export function tagMatchesLocale(tag: string, locale: Locale): boolean {
  if (locale === 'zh-TW') return isTraditionalChinese(tag);
  return tag.toLowerCase() === 'en' || tag.toLowerCase().startsWith('en-');
}

/** The `lang` that applies to an element: its own or an ancestor's, crossing shadow roots. */
export function inheritedLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

export const resolveLocale = (element: Element): Locale => normalizeLocale(inheritedLang(element));
