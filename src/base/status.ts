import type {Completion, MilestoneStatus, ReportedStatus} from '../data/types.js';
import type {MsgFn} from '../i18n/msg.js';
import {svgElement} from './dom.js';

type Shape = [tag: string, attributes: Record<string, string>];
const RING: Shape = [
  'circle',
  {cx: '8', cy: '8', r: '6.25', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5'},
];
const FILL = {fill: 'currentColor'};

/**
 * Status is never colour alone: each has a label and a shape. The shapes fill a circle in
 * proportion to progress (empty, quarter, three quarters, full), "withdrawn" is struck through,
 * and "not reported" is a dashed ring.
 */
const SHAPES: Record<Completion | MilestoneStatus | 'not-reported', Shape[]> = {
  'not-started': [RING],
  limited: [RING, ['path', {d: 'M8 8V1.75A6.25 6.25 0 0 1 14.25 8Z', ...FILL}]],
  'in-progress': [RING, ['path', {d: 'M8 1.75A6.25 6.25 0 0 1 8 14.25Z', ...FILL}]],
  substantial: [RING, ['path', {d: 'M8 8V1.75A6.25 6.25 0 1 1 1.75 8Z', ...FILL}]],
  complete: [
    ['circle', {cx: '8', cy: '8', r: '7', ...FILL}],
    [
      'path',
      {
        d: 'M4.8 8.2l2.2 2.2 4.3-4.6',
        fill: 'none',
        stroke: 'var(--_surface, #fff)',
        'stroke-width': '1.6',
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
    ],
  ],
  withdrawn: [RING, ['path', {d: 'M3.6 12.4 12.4 3.6', stroke: 'currentColor', 'stroke-width': '1.5'}]],
  'not-reported': [['circle', {...RING[1], 'stroke-dasharray': '2.4 2'}]],
};

const icons = new Map<string, SVGElement>();

/** The status's icon: a new element each call, cloned from one made per status. */
export function statusIcon(status: Completion | MilestoneStatus | 'not-reported'): SVGElement {
  let icon = icons.get(status);
  if (!icon) {
    const attributes = {class: 'icon status-icon', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false'};
    icon = svgElement('svg', attributes, ...SHAPES[status].map(([tag, shape]) => svgElement(tag, shape)));
    icons.set(status, icon);
  }
  return icon.cloneNode(true) as SVGElement;
}

/** A commitment's status as the filters and the tracker name it, "Not reported" included. */
export const reportedStatusLabel = (status: ReportedStatus, msg: MsgFn): string =>
  status === 'not-reported' ? msg('Not reported') : completionLabel(status, msg);

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
