/**
 * What the server renderer, the command line and the embed builder agree on when they write a
 * widget as HTML. No dependencies, so the command line (bundled with none) and the browser's
 * builder can import it without Lit's server renderer.
 */

/** The elements the renderer draws. */
export const WIDGET_TAGS = [
  'ogp-commitment-card',
  'ogp-policy-area-grid',
  'ogp-progress-tracker',
  'ogp-commitment-list',
  'ogp-action-plan',
] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** An attribute name the renderer writes as given: lower case letters, digits and hyphens. */
export const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** Attributes the renderer writes itself, and the one Lit's hydration owns. */
export const RENDERER_ATTRIBUTES: ReadonlySet<string> = new Set(['rendered-on', 'rendered-by', 'defer-hydration']);

/** Text safe in HTML text and in a double-quoted attribute value. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
