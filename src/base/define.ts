/**
 * Registers an element unless its tag is already taken: a page that loads our script twice, or
 * two versions of it, keeps the first definition and gets one warning instead of an exception.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`<${tag}> is already defined on this page (another copy of ogp-widgets?); keeping the first definition.`);
  }
}
