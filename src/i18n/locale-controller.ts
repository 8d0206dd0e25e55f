import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {normalizeLocale, resolveLocale, type Locale} from './locale.js';
import {hasTranslations, loadTranslations, msgFor, type MsgFn} from './msg.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * On a server there is no page for an element to inherit `lang` from: the server renderer says
 * which language it renders in, for the elements inside a widget (its own element has `lang`).
 */
let serverLang: string | null = null;

/** For the server renderer: the language of what it renders next (null: none). */
export function setServerLanguage(lang: string | null): void {
  serverLang = lang;
}

/**
 * One MutationObserver per tree root (the document, and each shadow root our widgets live in)
 * watches `lang` attributes and tells the widgets under that root to re-resolve. Widgets are
 * registered only while connected, so nothing is retained after removal.
 */
const watchers = new Map<Node, {observer: MutationObserver; controllers: Set<LocaleController>}>();

function watchRoot(root: Node, controller: LocaleController): void {
  let watcher = watchers.get(root);
  if (!watcher) {
    const controllers = new Set<LocaleController>();
    const observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
    observer.observe(root instanceof Document ? root.documentElement : root, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
    watcher = {observer, controllers};
    watchers.set(root, watcher);
  }
  watcher.controllers.add(controller);
}

function unwatchRoot(root: Node, controller: LocaleController): void {
  const watcher = watchers.get(root);
  if (!watcher) return;
  watcher.controllers.delete(controller);
  if (watcher.controllers.size === 0) {
    watcher.observer.disconnect();
    watchers.delete(root);
  }
}

/** The roots whose `lang` attributes can change this element's language. */
function rootsOf(element: Element): Node[] {
  const roots: Node[] = [];
  let root = element.getRootNode();
  for (;;) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
  return roots;
}

/**
 * Resolves a widget's language and gives it a `msg` function in that language; re-renders the
 * widget when its own `lang`, an ancestor's or `<html lang>` changes, and when the language's
 * strings arrive (`ready` is false until then: the widget shows its loading state).
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';
  msg: MsgFn = msgFor('en');
  private roots: Node[] = [];

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.roots = rootsOf(this.host);
    for (const root of this.roots) watchRoot(root, this);
    this.refresh();
  }

  hostDisconnected(): void {
    for (const root of this.roots) unwatchRoot(root, this);
    this.roots = [];
  }

  /** False while the language's strings are still on their way. */
  get ready(): boolean {
    return hasTranslations(this.locale) || this.unavailable.has(this.locale);
  }

  /** Settles once the language's strings are here, or could not be loaded (English is then shown). */
  whenReady(): Promise<void> {
    return loadTranslations(this.locale).catch(() => undefined);
  }

  /** Languages whose strings could not be loaded here: shown in English rather than not at all. */
  private unavailable = new Set<Locale>();

  /** On a server, where elements are never connected: the element's own `lang`, else the renderer's. */
  resolveOnServer(): void {
    this.locale = normalizeLocale(this.host.getAttribute('lang') ?? serverLang);
    this.msg = msgFor(this.locale);
  }

  refresh(): void {
    if (isServer) return this.resolveOnServer();
    const locale = resolveLocale(this.host);
    if (locale === this.locale) return;
    this.locale = locale;
    this.msg = msgFor(locale);
    if (!hasTranslations(locale)) {
      loadTranslations(locale).then(
        () => this.host.requestUpdate(),
        (error: unknown) => {
          console.warn(`<${this.host.localName}>: the ${locale} strings could not be loaded; showing English.`, error);
          this.unavailable.add(locale);
          this.host.requestUpdate();
        },
      );
    }
    this.host.requestUpdate();
  }
}
