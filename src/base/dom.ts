/**
 * Plain DOM builders for what is drawn once per commitment or milestone: status icons, status
 * lines, chips, progress bars and the list's items. A list may hold thousands of commitments,
 * and a Lit template instance per item and per part costs twice a hand-written rendering
 * (bench/README.md); elements made here cost about what the hand-written one does. Lit templates
 * take the results as ordinary child values. Text goes in through `textContent` only, so data
 * stays inert exactly as it does in Lit's bindings, and no HTML string is ever parsed (strict
 * CSP and Trusted Types pages need no policy for these).
 */
import {nothing} from 'lit';
import {Directive, directive, type ElementPart} from 'lit/directive.js';
import type {PickedText} from '../i18n/text.js';
import type {Locale} from '../i18n/locale.js';

/** An HTML element with a class, a `part` and text, each left off when empty. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  part = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (part) made.setAttribute('part', part);
  if (text) made.textContent = text;
  return made;
}

/** Sets data text; text in another language than the widget's gets its own `lang`. */
export function setText<T extends HTMLElement>(target: T, text: PickedText, locale: Locale): T {
  target.textContent = text.value;
  if (text.lang !== undefined && text.lang !== locale) target.lang = text.lang;
  return target;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes, holding `children`. */
export function svgElement(tag: string, attributes: Record<string, string>, ...children: Element[]): SVGElement {
  const made = document.createElementNS(SVG, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

/**
 * `<ol ${childElements(items, make, inputs)}>`: fills the element with `make(item)` for each item,
 * in order. Each item's element is made once and kept while `inputs` (whatever `make` reads
 * besides the item) stay the same, so a new filter or sort order only moves elements, and
 * items added at the end leave those before them untouched; a change in `inputs` makes them all
 * anew.
 */
class ChildElements<T extends object> extends Directive {
  private made = new WeakMap<T, Element>();
  private inputs: readonly unknown[] = [];

  render(_items: readonly T[], _make: (item: T) => Element, _inputs: readonly unknown[]) {
    return nothing;
  }

  override update(part: ElementPart, [items, make, inputs]: Parameters<this['render']>) {
    if (inputs.length !== this.inputs.length || inputs.some((input, i) => input !== this.inputs[i])) {
      this.made = new WeakMap();
      this.inputs = inputs;
    }
    const children = items.map((item) => {
      let made = this.made.get(item);
      if (!made) this.made.set(item, (made = make(item)));
      return made;
    });
    const parent = part.element;
    const current = parent.children;
    let same = 0;
    while (same < children.length && current[same] === children[same]) same++;
    if (same === children.length && same === current.length) return nothing;
    // The unchanged start stays in place ("Show more" only adds), and with it any focus in it.
    const rest = document.createRange();
    rest.selectNodeContents(parent);
    if (same) rest.setStartAfter(current[same - 1]);
    rest.deleteContents();
    parent.append(...children.slice(same));
    return nothing;
  }
}

export const childElements = directive(ChildElements) as <T extends object>(
  items: readonly T[],
  make: (item: T) => Element,
  inputs: readonly unknown[],
) => unknown;
