import type {Text} from '../data/types.js';
import {tagMatchesLocale, type Locale} from './locale.js';

export interface PickedText {
  value: string;
  /** The language of `value` when the data says it; `undefined` for plain strings. */
  lang?: string;
}

/**
 * Picks data text for a locale: the locale's own language, else English, else the first language
 * present. Plain strings are returned as they are.
 */
export function pickText(text: Text | undefined, locale: Locale): PickedText {
  if (text === undefined) return {value: ''};
  if (typeof text === 'string') return {value: text};
  const tags = Object.keys(text);
  const tag =
    tags.find((t) => t === locale) ??
    tags.find((t) => tagMatchesLocale(t, locale)) ??
    tags.find((t) => tagMatchesLocale(t, 'en')) ??
    tags[0];
  return tag === undefined ? {value: ''} : {value: text[tag], lang: tag};
}

/** Every language's version of a text, for search. */
export const allTexts = (text: Text | undefined): string[] =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);
