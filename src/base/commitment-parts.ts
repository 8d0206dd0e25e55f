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
import {beforeImplementation, countMilestones, type MilestoneCount} from '../data/progress.js';
import {lastReportDate, monthsStale, wholeMonthsBetween} from '../data/reports.js';
import type {ActionPlan, Commitment, DateString, PolicyArea} from '../data/types.js';
import {formatDate, formatMonthsAgo, formatNumber} from '../i18n/format.js';

export interface PartsContext extends RenderContext {
  /** The date overdue milestones are measured against, `YYYY-MM-DD`. */
  today: DateString;
  /** The element's `stale-after` (months without a report), when it sets one. */
  staleAfter?: number;
}

/** "Commitment 1.2", or nothing for a commitment without a number. */
export function numberPart({msg}: RenderContext, commitment: Commitment): TemplateResult | typeof nothing {
  return commitment.number ? html`<p class="number num" part="number">${msg(str`Commitment ${commitment.number}`)}</p>` : nothing;
}

/**
 * The self-reported status: icon and label, or "No progress reported yet" with the not-reported
 * icon; `unreadable` when the data gave a status the validator refused (saying "not reported"
 * would be wrong then). Nothing for a commitment without a status in a draft or adopted plan: the
 * element says once that progress is tracked from implementation on (`renderStageNotice`).
 */
export function statusPart(
  {msg}: RenderContext,
  plan: ActionPlan,
  commitment: Commitment,
  unreadable = false,
): TemplateResult | typeof nothing {
  const {status} = commitment;
  if (!status && unreadable) return html`<p class="status muted" part="status">${msg('Status could not be read')}</p>`;
  if (!status && beforeImplementation(plan)) return nothing;
  if (!status) {
    return html`<p class="status muted" part="status" data-status="not-reported">
      ${statusIcon('not-reported')}<span>${msg('No progress reported yet')}</span>
    </p>`;
  }
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

/**
 * The commitment's policy areas (in the commitment's order) and its OGP values as plain tags, in a
 * summary list whose terms name each group, so that an area ("Right to Information") and a value
 * ("Access to information") are told apart. Tags, not buttons: they do nothing when pressed.
 */
export function chipsPart(ctx: RenderContext, plan: ActionPlan, commitment: Commitment): TemplateResult | typeof nothing {
  const {msg} = ctx;
  const byId = areasById(plan);
  const areas = commitment.policyAreas.map((id) => byId.get(id)).filter((area) => area !== undefined);
  const values = commitment.ogpValues ?? [];
  if (!areas.length && !values.length) return nothing;
  const group = (term: string, kind: 'area' | 'value', names: unknown[]) =>
    names.length
      ? html`<div class="tag-group">
          <dt>${term}</dt>
          <dd>
            <ul class="chips" role="list">
              ${names.map((name) => html`<li class=${`chip ${kind}`} part="chip">${name}</li>`)}
            </ul>
          </dd>
        </div>`
      : nothing;
  return html`<dl class="tags">
    ${group(areas.length === 1 ? msg('Policy area') : msg('Policy areas'), 'area', areas.map((area) => ctx.text(area.title)))}
    ${group(values.length === 1 ? msg('OGP value') : msg('OGP values'), 'value', values.map((value) => ogpValueLabel(value, msg)))}
  </dl>`;
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

/**
 * "2 of 5 milestones complete", or "1 of 2 milestones complete, 1 withdrawn": withdrawn milestones
 * are counted and named, never left out (the card, the list and the tracker say it alike).
 */
export function milestoneCountLabel({msg, locale}: RenderContext, count: MilestoneCount): string {
  const complete = formatNumber(count.complete, locale);
  const total = formatNumber(count.total, locale);
  return count.withdrawn
    ? msg(str`${complete} of ${total} milestones complete, ${formatNumber(count.withdrawn, locale)} withdrawn`)
    : msg(str`${complete} of ${total} milestones complete`);
}

/**
 * The milestone bar: the complete share from the start, the withdrawn share struck through at the
 * end, the open ones as the empty track between. In a withdrawn commitment (`withdrawn`) the
 * complete share takes the withdrawn colour too, so its bar never reads as finished.
 */
export function milestoneBar(count: MilestoneCount, withdrawn = false): TemplateResult {
  // Through the CSSOM (see cssomStyle): pages with a strict Content-Security-Policy refuse style text.
  const share = (n: number) => cssomStyle({'inline-size': `${count.total ? (n / count.total) * 100 : 0}%`});
  return html`<div class="milestone-bar" aria-hidden="true" ?data-withdrawn=${withdrawn}>
    ${count.complete ? html`<span data-status="complete" style=${share(count.complete)}></span>` : nothing}
    ${count.withdrawn ? html`<span data-status="withdrawn" style=${share(count.withdrawn)}></span>` : nothing}
  </div>`;
}

/** "2 of 5 milestones complete · 1 overdue" and a bar; nothing when there are no milestones. */
export function progressPart(ctx: PartsContext, commitment: Commitment): TemplateResult | typeof nothing {
  if (!commitment.milestones?.length) return nothing;
  const count = countMilestones([commitment], ctx.today);
  return html`<div class="progress" part="progress">
    <p class="progress-label num">${milestoneCountLabel(ctx, count)}${overduePart(ctx, count.overdue)}</p>
    ${milestoneBar(count, commitment.status === 'withdrawn')}
  </div>`;
}

/**
 * "Last report: 4 months ago" (the date in full for assistive technology and on hover), or nothing
 * for a commitment without a report of the government's own.
 */
export function lastReportPart({msg, locale, today}: PartsContext, commitment: Commitment): TemplateResult | typeof nothing {
  const date = lastReportDate(commitment);
  if (!date) return nothing;
  const ago = formatMonthsAgo(Math.max(0, wholeMonthsBetween(date, today)), locale);
  return html`<p class="last-report muted" part="last-report">
    ${msg(html`Last report: ${html`<time datetime=${date} title=${formatDate(date, locale)}>${ago}</time>`}`)}
  </p>`;
}

/**
 * "No report for 10 months", a visible marker for a stale commitment (see `monthsStale`), or nothing.
 */
export function staleMark(ctx: PartsContext, plan: ActionPlan, commitment: Commitment): TemplateResult | typeof nothing {
  const months = monthsStale(plan, commitment, ctx.today, ctx.staleAfter);
  if (months === undefined) return nothing;
  return html`<p class="stale-mark" part="stale-mark">
    ${ctx.msg(str`No report for ${formatNumber(months, ctx.locale)}\u00a0months`, {
      desc: 'A commitment without a progress report for this many months (always 2 or more); a no-break space before "months"',
    })}
  </p>`;
}
