import type {AssessedCompletion, MilestoneStatus, ReportedStatus} from '../data/types.js';
import type {MsgFn} from '../i18n/msg.js';
import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';

/**
 * Status is never colour alone: each has a label and a shape. The shapes fill a circle in
 * proportion to progress (empty, quarter, three quarters, full), "withdrawn" is struck through,
 * "not reported" is a dashed ring, and an independent reviewer's "no evidence available" a ring with a
 * question mark. (Shapes are closed with end tags, not `/>`: HTML minifiers
 * may drop a self-closing slash, which nests the next shape inside.)
 */
const ring = svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"></circle>`;
/** Every status an icon can show. */
export type AnyStatus = AssessedCompletion | MilestoneStatus | 'not-reported';

const SHAPES: Record<AnyStatus, SVGTemplateResult> = {
  'not-started': ring,
  limited: svg`${ring}<path d="M8 8V1.75A6.25 6.25 0 0 1 14.25 8Z" fill="currentColor"></path>`,
  'in-progress': svg`${ring}<path d="M8 1.75A6.25 6.25 0 0 1 8 14.25Z" fill="currentColor"></path>`,
  substantial: svg`${ring}<path d="M8 8V1.75A6.25 6.25 0 1 1 1.75 8Z" fill="currentColor"></path>`,
  complete: svg`<circle cx="8" cy="8" r="7" fill="currentColor"></circle><path
      d="M4.8 8.2l2.2 2.2 4.3-4.6"
      fill="none"
      stroke="var(--_surface, #fff)"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
    ></path>`,
  withdrawn: svg`${ring}<path d="M3.6 12.4 12.4 3.6" stroke="currentColor" stroke-width="1.5"></path>`,
  'not-reported': svg`<circle
    cx="8"
    cy="8"
    r="6.25"
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    stroke-dasharray="2.4 2"
  ></circle>`,
  'no-evidence-available': svg`${ring}<path
      d="M6.1 6.3a1.9 1.9 0 1 1 2.7 1.7c-.5.3-.8.6-.8 1.2v.5"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
    ></path><circle cx="8" cy="11.4" r="0.9" fill="currentColor"></circle>`,
};

/** The status's icon (decorative: the label beside it says the status in words). */
export function statusIcon(status: AnyStatus): TemplateResult {
  return html`<svg class="icon status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${SHAPES[status]}
  </svg>`;
}

/**
 * The overdue mark, a warning triangle drawn like the status icons (16×16, `currentColor`, the
 * same stroke), not the "⚠" glyph, which each font draws differently and some as a colour emoji.
 * Decorative: the words beside it say "overdue".
 */
export function overdueIcon(): TemplateResult {
  return html`<svg class="icon overdue-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path
      d="M8 1.9 14.7 13.75H1.3Z"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linejoin="round"
    ></path>
    <path d="M8 6.1v3.4" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>
    <circle cx="8" cy="11.55" r="0.95" fill="currentColor"></circle>
  </svg>`;
}

/** A commitment's status as the filters and the tracker name it, "Not reported" included. */
export const reportedStatusLabel = (status: ReportedStatus, msg: MsgFn): string =>
  status === 'not-reported' ? msg('Not reported') : completionLabel(status, msg);

export function completionLabel(status: AssessedCompletion, msg: MsgFn): string {
  switch (status) {
    case 'no-evidence-available':
      return msg('No evidence available');
    case 'not-started':
      return msg('Not started');
    case 'limited':
      return msg('Limited');
    case 'substantial':
      return msg('Substantial');
    case 'complete':
      return msg('Complete');
    default:
      return msg('Withdrawn');
  }
}

export function milestoneLabel(status: MilestoneStatus, msg: MsgFn): string {
  return status === 'in-progress' ? msg('In progress') : completionLabel(status, msg);
}
