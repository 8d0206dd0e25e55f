/**
 * Parts of a commitment that the card, the list and the tracker draw alike: the number, the
 * reported status, the policy-area and OGP-value chips, and the milestone progress bar. They are
 * plain elements (see dom.ts), so a list of a thousand commitments costs no template instance per
 * part; Lit templates take them as child values. Their CSS is `commitmentPartsStyles`
 * (commitment-parts.styles.ts); include it in the element's styles.
 */
import {str} from '@lit/localize';
import type {RenderContext} from './ogp-element.js';
import {ogpValueLabel} from './labels.js';
import {completionLabel, statusIcon} from './status.js';
import {element, setText} from './dom.js';
import {countMilestones} from '../data/progress.js';
import type {ActionPlan, Commitment, DateString, PolicyArea} from '../data/types.js';
import {formatNumber} from '../i18n/format.js';
import {pickText} from '../i18n/text.js';

export interface PartsContext extends RenderContext {
  /** The date overdue milestones are measured against, `YYYY-MM-DD`. */
  today: DateString;
}

/** "Commitment 1.2", or nothing for a commitment without a number. */
export function numberElement(ctx: RenderContext, commitment: Commitment): HTMLElement | undefined {
  return commitment.number
    ? element('p', 'number num', 'number', ctx.msg(str`Commitment ${commitment.number}`))
    : undefined;
}

const statusLines = new Map<string, HTMLElement>();

/** The self-reported status: icon and label, or "No progress reported yet". */
export function statusElement(ctx: RenderContext, commitment: Commitment): HTMLElement {
  // The line depends only on the status and the language: made once, cloned for each commitment.
  const key = `${ctx.locale} ${commitment.status}`;
  let line = statusLines.get(key);
  if (!line) statusLines.set(key, (line = makeStatusLine(ctx, commitment.status)));
  return line.cloneNode(true) as HTMLElement;
}

function makeStatusLine({msg}: RenderContext, status: Commitment['status']): HTMLElement {
  if (!status) return element('p', 'status muted', 'status', msg('No progress reported yet'));
  const line = element('p', 'status', 'status');
  line.dataset.status = status;
  const label = element('span');
  label.append(element('span', 'visually-hidden', '', `${msg('Reported status:')} `), completionLabel(status, msg));
  line.append(statusIcon(status), label);
  return line;
}

const areaMaps = new WeakMap<ActionPlan, Map<string, PolicyArea>>();
/** The plan's policy areas by id, made once per plan (a list asks for every commitment). */
function areasById(plan: ActionPlan): Map<string, PolicyArea> {
  let map = areaMaps.get(plan);
  if (!map) areaMaps.set(plan, (map = new Map(plan.policyAreas.map((area) => [area.id, area]))));
  return map;
}

/** Chips for the commitment's policy areas (in the commitment's order) and its OGP values. */
export function chipsElement(ctx: RenderContext, plan: ActionPlan, commitment: Commitment): HTMLElement | undefined {
  const {msg, locale} = ctx;
  const byId = areasById(plan);
  const chips: HTMLElement[] = [];
  for (const id of commitment.policyAreas) {
    const area = byId.get(id);
    if (area) chips.push(setText(element('li', 'chip area', 'chip'), pickText(area.title, locale), locale));
  }
  for (const value of commitment.ogpValues ?? [])
    chips.push(element('li', 'chip value', 'chip', ogpValueLabel(value, msg)));
  if (!chips.length) return undefined;
  const list = element('ul', 'chips');
  list.setAttribute('aria-label', msg('Policy areas and OGP values'));
  list.append(...chips);
  return list;
}

/** "· 2 overdue", or nothing when no milestone is overdue. */
export function overdueElement({msg, locale}: RenderContext, overdue: number): HTMLElement | undefined {
  return overdue
    ? element('span', 'overdue-count', '', `· ${msg(str`${formatNumber(overdue, locale)} overdue`)}`)
    : undefined;
}

/** "2 of 5 milestones complete · 1 overdue" and a bar; nothing when there are no milestones. */
export function progressElement(ctx: PartsContext, commitment: Commitment): HTMLElement | undefined {
  if (!commitment.milestones?.length) return undefined;
  const {msg, locale} = ctx;
  const count = countMilestones([commitment], ctx.today);
  const complete = formatNumber(count.complete, locale);
  const total = formatNumber(count.total, locale);
  const label = element('p', 'progress-label num', '', msg(str`${complete} of ${total} milestones complete`));
  const overdue = overdueElement(ctx, count.overdue);
  if (overdue) label.append(' ', overdue);
  const bar = element('div', 'bar');
  bar.setAttribute('aria-hidden', 'true');
  // Through the CSSOM: a `style="…"` attribute would be refused by pages whose
  // Content-Security-Policy has no 'unsafe-inline' for styles (the same in progress-tracker).
  const filled = element('span');
  filled.style.inlineSize = `${count.total ? (count.complete / count.total) * 100 : 0}%`;
  bar.append(filled);
  const progress = element('div', 'progress', 'progress');
  progress.append(label, bar);
  return progress;
}
