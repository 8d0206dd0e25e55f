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
import * as zhTW from './generated/locales/zh-TW.js';
import type {Locale} from './locale.js';

export type MsgFn = typeof litMsg;

const translations: Record<Locale, LocaleModule['templates'] | undefined> = {
  en: undefined,
  'zh-TW': zhTW.templates,
};

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
