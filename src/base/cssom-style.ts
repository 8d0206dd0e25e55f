import {noChange, type AttributePart} from 'lit';
import {Directive, directive, PartType, type DirectiveParameters, type PartInfo} from 'lit/directive.js';

/**
 * `style=${cssomStyle({'--_share': '40%'})}`: inline CSS properties set through the CSSOM
 * (`element.style.setProperty`), from the first render on. Pages whose Content-Security-Policy
 * has no 'unsafe-inline' for styles refuse a `style` attribute written as text, which is what
 * lit's styleMap does on its first render. On a server, where there is no CSSOM, the same
 * properties are rendered as the attribute's text.
 *
 * Give the same property names on every render (values may change): names left out later are
 * not removed.
 */
class CssomStyleDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('cssomStyle() belongs in a style attribute: style=${cssomStyle({...})}');
    }
  }

  /** The attribute's text, for server rendering. */
  render(properties: Readonly<Record<string, string>>): string {
    return Object.entries(properties)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [properties]: DirectiveParameters<this>): typeof noChange {
    const {style} = part.element as HTMLElement | SVGElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
