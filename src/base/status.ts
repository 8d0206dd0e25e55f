import {html, svg, type TemplateResult} from 'lit';
import type {Completion, MilestoneStatus} from '../data/types.js';
import type {MsgFn} from '../i18n/msg.js';

/**
 * Status is never colour alone: each has a label and a shape. The shapes fill a circle in
 * proportion to progress (empty, quarter, three quarters, full), and "withdrawn" is struck through.
 */
const SHAPES: Record<Completion | MilestoneStatus, TemplateResult> = {
  'not-started': svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  limited: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 8V1.75A6.25 6.25 0 0 1 14.25 8Z" fill="currentColor"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 1.75A6.25 6.25 0 0 1 8 14.25Z" fill="currentColor"/>`,
  substantial: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 8V1.75A6.25 6.25 0 1 1 1.75 8Z" fill="currentColor"/>`,
  complete: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.8 8.2l2.2 2.2 4.3-4.6" fill="none" stroke="var(--_surface, #fff)" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"/>`,
  withdrawn: svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M3.6 12.4 12.4 3.6" stroke="currentColor" stroke-width="1.5"/>`,
};

export function statusIcon(status: Completion | MilestoneStatus): TemplateResult {
  return html`<svg class="icon status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${SHAPES[status]}</svg>`;
}

export function completionLabel(status: Completion, msg: MsgFn): string {
  switch (status) {
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
