/**
 * Parts of a commitment that the card, the list and the tracker draw alike: the number, the
 * reported status, the policy-area and OGP-value chips, and the milestone progress bar. Their CSS
 * is `commitmentPartsStyles` (commitment-parts.styles.ts); include it in the element's styles.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import type {RenderContext} from './ogp-element.js';
import {cssomStyle} from './cssom-style.js';
import {ogpValueLabel} from './labels.js';
import {completionLabel, overdueIcon, statusIcon} from './status.js';
import {countMilestones} from '../data/progress.js';
import type {ActionPlan, Commitment, DateString, PolicyArea} from '../data/types.js';
import {formatNumber} from '../i18n/format.js';

export interface PartsContext extends RenderContext {
  /** The date overdue milestones are measured against, `YYYY-MM-DD`. */
  today: DateString;
}

/** "Commitment 1.2", or nothing for a commitment without a number. */
export function numberPart({msg}: RenderContext, commitment: Commitment): TemplateResult | typeof nothing {
  return commitment.number ? html`<p class="number num" part="number">${msg(str`Commitment ${commitment.number}`)}</p>` : nothing;
}

/**
 * The self-reported status: icon and label, or "No progress reported yet"; `unreadable` when the
 * data gave a status the validator refused (saying "not reported" would be wrong then).
 */
export function statusPart({msg}: RenderContext, commitment: Commitment, unreadable = false): TemplateResult {
  const {status} = commitment;
  if (!status && unreadable) return html`<p class="status muted" part="status">${msg('Status could not be read')}</p>`;
  if (!status) return html`<p class="status muted" part="status">${msg('No progress reported yet')}</p>`;
  return html`<p class="status" part="status" data-status=${status}>
    ${statusIcon(status)}<span><span class="visually-hidden">${msg('Reported status:')} </span>${completionLabel(status, msg)}</span>
  </p>`;
}

const areaMaps = new WeakMap<ActionPlan, Map<string, PolicyArea>>();
/** The plan's policy areas by id, made once per plan (a list asks for every commitment). */
function areasById(plan: ActionPlan): Map<string, PolicyArea> {
  let map = areaMaps.get(plan);
  if (!map) areaMaps.set(plan, (map = new Map(plan.policyAreas.map((area) => [area.id, area]))));
  return map;
}

/** Chips for the commitment's policy areas (in the commitment's order) and its OGP values. */
export function chipsPart(ctx: RenderContext, plan: ActionPlan, commitment: Commitment): TemplateResult | typeof nothing {
  const byId = areasById(plan);
  const areas = commitment.policyAreas.map((id) => byId.get(id)).filter((area) => area !== undefined);
  const values = commitment.ogpValues ?? [];
  if (!areas.length && !values.length) return nothing;
  return html`<ul class="chips" aria-label=${ctx.msg('Policy areas and OGP values')}>
    ${areas.map((area) => html`<li class="chip area" part="chip">${ctx.text(area.title)}</li>`)}
    ${values.map((value) => html`<li class="chip value" part="chip">${ogpValueLabel(value, ctx.msg)}</li>`)}
  </ul>`;
}

/**
 * "· ⚠ 2 overdue" ("，⚠ 2 個逾期"), or nothing when no milestone is overdue. Put it straight after
 * the text it follows, with no space between: the separator (translated, led by a no-break space)
 * then ends that text's line, and the mark and "2 overdue" go to the next line together, so no
 * line starts with the separator.
 */
export function overduePart({msg, locale}: RenderContext, overdue: number): TemplateResult | typeof nothing {
  if (!overdue) return nothing;
  const separator = msg('\u00a0· ', {
    desc: 'Before "2 overdue" after "1 of 5 milestones complete"; starts with a no-break space, ends with a space',
  });
  const count = msg(str`${formatNumber(overdue, locale)} overdue`);
  return html`<span class="overdue-count">${separator}<span class="overdue-mark">${overdueIcon()}${count}</span></span>`;
}

/** "2 of 5 milestones complete · 1 overdue" and a bar; nothing when there are no milestones. */
export function progressPart(ctx: PartsContext, commitment: Commitment): TemplateResult | typeof nothing {
  if (!commitment.milestones?.length) return nothing;
  const {msg, locale} = ctx;
  const count = countMilestones([commitment], ctx.today);
  const complete = formatNumber(count.complete, locale);
  const total = formatNumber(count.total, locale);
  const filled = count.total ? (count.complete / count.total) * 100 : 0;
  // Through the CSSOM (see cssomStyle): pages with a strict Content-Security-Policy refuse style text.
  return html`<div class="progress" part="progress">
    <p class="progress-label num">${msg(str`${complete} of ${total} milestones complete`)}${overduePart(ctx, count.overdue)}</p>
    <div class="bar" aria-hidden="true"><span style=${cssomStyle({'inline-size': `${filled}%`})}></span></div>
  </div>`;
}
