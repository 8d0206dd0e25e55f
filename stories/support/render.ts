/**
 * Renders an ogp- element from Storybook args, keeping the same element across arg changes (so a
 * designer editing a token or an attribute sees it change in place, without a reload):
 * - `--ogp-*` args are inline custom properties;
 * - args named like an attribute in custom-elements.json are attributes (`true` → present,
 *   `false`/empty → absent);
 * - `onOgpLoad`-style args (Storybook actions from the manifest's events) are event listeners;
 * - anything else (`plan`, `transform`, `filters`…) is a property.
 */
import {nothing, type TemplateResult} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {attributesOf} from './manifest.js';

export type Args = Record<string, unknown>;

/** `onOgpFilterChange` → `ogp-filter-change`. */
const eventName = (key: string): string =>
  key
    .slice(2)
    .replace(/^[A-Z]/, (c) => c.toLowerCase())
    .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

class ApplyArgs extends Directive {
  private applied = new Set<string>();
  private listeners = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('applyArgs() goes on an element: <ogp-x ${applyArgs(…)}>');
  }

  render(_tag: string, _args: Args) {
    return nothing;
  }

  override update(part: ElementPart, [tag, args]: [string, Args]) {
    const element = part.element as HTMLElement & Record<string, unknown>;
    const attributes = attributesOf(tag);
    const keys = new Set([...this.applied, ...Object.keys(args)]);
    for (const key of keys) {
      const value = args[key];
      if (key.startsWith('--')) {
        if (value === undefined || value === null || value === '') element.style.removeProperty(key);
        else element.style.setProperty(key, String(value));
      } else if (/^on[A-Z]/.test(key)) {
        const type = eventName(key);
        const previous = this.listeners.get(type);
        if (previous) element.removeEventListener(type, previous);
        this.listeners.delete(type);
        if (typeof value === 'function') {
          const listener = (event: Event) => (value as (detail: unknown) => void)((event as CustomEvent).detail);
          element.addEventListener(type, listener);
          this.listeners.set(type, listener);
        }
      } else if (attributes.has(key)) {
        if (value === undefined || value === null || value === false || value === '') element.removeAttribute(key);
        else element.setAttribute(key, value === true ? '' : String(value));
      } else {
        element[key] = value;
      }
    }
    this.applied = new Set(Object.keys(args));
    return nothing;
  }
}

/** Applies Storybook args to the element it sits on. */
export const applyArgs = directive(ApplyArgs);

/** `<tag ${applyArgs(tag, args)}>content</tag>` */
export function renderElement(tag: string, args: Args, content: unknown = nothing): TemplateResult {
  const name = unsafeStatic(tag);
  return html`<${name} ${applyArgs(tag, args)}>${content}</${name}>`;
}
