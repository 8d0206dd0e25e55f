/** Set once this copy of the library has warned about a tag already being taken. */
let warned = false;

/**
 * Registers an element unless its tag is already taken: a page that loads our script twice, or
 * two versions of it, keeps the first definitions, and the second copy says so in one warning
 * instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && !warned) {
    warned = true;
    console.warn(
      `ogp-widgets: <${tag}> is already defined on this page (the script loaded twice, or two versions of it); keeping the first definitions.`,
    );
  }
}
