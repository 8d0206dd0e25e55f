/**
 * Per-element translation on top of @lit/localize.
 *
 * @lit/localize's runtime mode keeps ONE active locale per page and may be configured only once,
 * but two widgets on one page can speak different languages, and the host page may configure
 * @lit/localize for itself. So we never install a global: each widget gets its own `msg` function
 * bound to its locale. It has the type of @lit/localize's `msg`, which is how `lit-localize
 * extract` finds our strings (it matches calls by type), and it reads the translations that
 * `lit-localize build` generates from `xliff/`.
 */
import type {msg as litMsg} from '@lit/localize';
// Internal module of the pinned @lit/localize: the same lookup its runtime mode performs (message
// ids hashed from the source text, `str` placeholders reordered by the translation).
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {LocaleModule} from '@lit/localize/internal/types.js';
// The translations come in two parts (scripts/split-translations.mjs): the strings the element
// classes need at once, and the views' strings, added when the first view loads.
import {templates as zhTWEntry} from './generated/zh-TW-entry.js';
import type {Locale} from './locale.js';

export type MsgFn = typeof litMsg;

type Templates = LocaleModule['templates'];

const translations: Record<Locale, Templates | undefined> = {
  en: undefined,
  'zh-TW': {...zhTWEntry},
};

/** Adds strings to a language's table (the msg functions already handed out see them too). */
export function addTranslations(locale: Locale, templates: Templates): void {
  Object.assign(translations[locale] ?? {}, templates);
}

const cache = new Map<Locale, MsgFn>();

export function msgFor(locale: Locale): MsgFn {
  let fn = cache.get(locale);
  if (!fn) {
    const templates = translations[locale];
    fn = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
      runtimeMsg(templates, template as never, options)) as MsgFn;
    cache.set(locale, fn);
  }
  return fn;
}
