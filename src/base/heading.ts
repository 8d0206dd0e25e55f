import {html, type TemplateResult} from 'lit';
import {clampLevel} from './heading-level.js';

/**
 * A real `<hN>` at a level the host page chooses, so the widget fits the page's outline.
 * Levels past 6 stay at 6. Six plain templates rather than lit/static-html: a list draws a
 * heading per commitment, and plain templates are the cheaper kind to render.
 */
export function heading(level: number, content: unknown, className = '', part = ''): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 class=${className} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}
