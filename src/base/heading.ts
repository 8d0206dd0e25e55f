import {literal, html, type StaticValue} from 'lit/static-html.js';
import type {TemplateResult} from 'lit';
import {clampLevel} from './heading-level.js';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A real `<hN>` at a level the host page chooses, so the widget fits the page's outline.
 * Levels past 6 stay at 6.
 */
export function heading(level: number, content: unknown, className = '', part = ''): TemplateResult {
  const tag = TAGS[clampLevel(level) - 1];
  return html`<${tag} class=${className} part=${part}>${content}</${tag}>`;
}
