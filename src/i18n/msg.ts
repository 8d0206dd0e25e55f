/**
 * Per-element translation on top of @lit/localize.
 *
 * @lit/localize's runtime mode keeps ONE active locale per page and may be configured only once,
 * but two widgets on one page can speak different languages, and the host page may configure
 * @lit/localize for itself. So we never install a global: each widget gets its own `msg` function
 * bound to its locale. It has the type of @lit/localize's `msg`, which is how `lit-localize
 * extract` finds our strings (it matches calls by type), and it reads the tables that
 * `lit-localize build` generates from `xliff/` (src/i18n/generated/locales/).
 *
 * Each target language's table is its own module, loaded the first time a widget resolves to that
 * language: a page in English never downloads the Chinese strings.
 */
import type {msg as litMsg} from '@lit/localize';
// The one import of @lit/localize's internals in this project: the lookup its runtime mode
// performs (message ids hashed from the source text, `str` placeholders reordered by the
// translation). Its public API offers it only through the page-wide locale. msg.test.ts fails
// if this lookup changes behaviour.
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {LocaleModule} from '@lit/localize/internal/types.js';
import {SOURCE_LOCALE, type Locale} from './locale.js';

export type MsgFn = typeof litMsg;
type TargetLocale = Exclude<Locale, typeof SOURCE_LOCALE>;

/** Where each target language's table comes from (a separate file in every build). */
const modules: Record<TargetLocale, () => Promise<LocaleModule>> = {
  'zh-TW': () => import('./generated/locales/zh-TW.js'),
};

const tables = new Map<Locale, LocaleModule['templates']>();
const loading = new Map<Locale, Promise<void>>();

/** True when `locale`'s strings are here (English, the source, always is). */
export const hasTranslations = (locale: Locale): boolean => locale === SOURCE_LOCALE || tables.has(locale);

/** Loads a language's table once per page; a failed load is forgotten, so a later widget tries again. */
export function loadTranslations(locale: Locale): Promise<void> {
  if (hasTranslations(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = modules[locale as TargetLocale]().then(
      (module) => void tables.set(locale, module.templates),
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

const functions = new Map<Locale, MsgFn>();

/** `msg` in one language. Until (or unless) its table is here, it returns the English source. */
export function msgFor(locale: Locale): MsgFn {
  let fn = functions.get(locale);
  if (!fn) {
    fn = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
      runtimeMsg(tables.get(locale), template as never, options)) as MsgFn;
    functions.set(locale, fn);
  }
  return fn;
}
