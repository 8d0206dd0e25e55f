import {html, nothing, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import {overdueElement} from '../../base/commitment-parts.js';
import {heading} from '../../base/heading.js';
import {commitmentCount, stageLabel} from '../../base/labels.js';
import {completionLabel, milestoneLabel, reportedStatusLabel, statusIcon} from '../../base/status.js';
import {commitmentsByArea, countMilestones, isOverdue, periodProgress, resolveToday} from '../../data/progress.js';
import {REPORTED_STATUSES, type ActionPlan, type Commitment, type Milestone, type Period} from '../../data/types.js';
import {formatDate, formatDateRange, formatNumber, formatPercent} from '../../i18n/format.js';
import {progressTrackerStyles} from './progress-tracker.styles.js';
import type {ElementView} from '../../base/ogp-element.js';
import type {OgpProgressTracker, TrackerStatus} from './progress-tracker.js';

interface Share {
  status: TrackerStatus;
  count: number;
}

/**
 * How many of some commitments stand at each status, in the order of the bar and the legend: the
 * completion scale, then the commitments without a status.
 */
const sharesOf = (commitments: readonly Commitment[]): Share[] =>
  REPORTED_STATUSES.map((status) => ({
    status,
    count: commitments.filter((c) => (c.status ?? 'not-reported') === status).length,
  }));

/** Sort key of a milestone's end date (coarse dates at their last possible day; none last). */
const endKey = (milestone: Milestone): string => (milestone.end ? (milestone.end + '-99-99').slice(0, 10) : '~');

// Inline sizes go through `.style=` (the CSSOM), never a `style` attribute, which a strict
// Content-Security-Policy (style-src without 'unsafe-inline') refuses.
/** A stacked bar; decorative, since the legend or the text next to it says the same. */
const renderBar = (shares: Share[], total: number, small = false): TemplateResult =>
  html`<div class=${small ? 'bar small' : 'bar'} part="bar" aria-hidden="true">
    ${shares
      .filter((share) => share.count > 0)
      .map(
        (share) =>
          html`<span
            class="segment"
            part="segment"
            data-status=${share.status}
            data-count=${share.count}
            .style=${`--_share: ${(share.count / total) * 100}%`}
          ></span>`,
      )}
  </div>`;

/** The view of one <ogp-progress-tracker>: how it draws a loaded plan (loaded on first use; see ElementView). */
export type ProgressTrackerView = ElementView;

export function createView(tracker: OgpProgressTracker): ProgressTrackerView {
  let lastWarning: string | undefined;

  return {
    renderPlan(plan: ActionPlan): unknown {
      const {msg, locale} = tracker.i18n;
      const today = resolveToday(tracker.today);
      const number = (n: number): string => formatNumber(n, locale);
      /** A section heading: one below the top heading, or in its place without it. */
      const subheading = (content: string): TemplateResult =>
        heading(tracker.level(tracker.noHeading ? 0 : 1), content);
      const statusLabel = (status: TrackerStatus): string => reportedStatusLabel(status, msg);

      // -------------------------------------------------------------------------------------------
      // Whole plan

      const renderWholePlan = (): unknown => {
        const commitments = plan.commitments;
        if (!commitments.length) {
          return html`<div class="notice" part="notice">
            <p>${msg('This action plan has no commitments yet.')}</p>
          </div>`;
        }
        // Progress is a reported status or any milestone at all.
        if (!commitments.some((c) => c.status || c.milestones?.length)) {
          const n = commitments.length;
          return [
            html`<div class="notice" part="notice">
              <p class="title">
                ${msg('No progress has been reported for this plan yet.')}
              </p>
              <p>
                ${n === 1 ? msg('It has 1 commitment.') : msg(str`It has ${number(n)} commitments.`)}
                ${plan.stage ? msg(str`Stage: ${stageLabel(plan.stage, msg)}`) : nothing}
              </p>
            </div>`,
            renderTimeline(plan.period),
          ];
        }
        return html`<div class="sections">
          ${renderDistribution(commitments)}
          <section class="section" part="milestones">
            ${subheading(msg('Milestones'))} ${renderMilestoneProgress(commitments)}
            <p class="muted note">${msg('Withdrawn milestones are not counted.')}</p>
          </section>
          ${renderTimeline(plan.period)} ${renderAreas()}
        </div>`;
      };

      const renderDistribution = (commitments: readonly Commitment[]): TemplateResult => {
        const shares = sharesOf(commitments);
        const total = commitments.length;
        return html`<section class="section distribution">
          ${subheading(msg('Commitments by reported status'))}
          <p class="muted total num">
            ${commitmentCount(total, msg, locale)}
          </p>
          ${renderBar(shares, total)}
          <ul class="legend" part="legend">
            ${shares
              // The five scale levels always (so the scale reads whole); "not reported" only when some are.
              .filter((s) => s.status !== 'not-reported' || s.count > 0)
              .map((share) => renderLegendEntry(share, total))}
          </ul>
        </section>`;
      };

      const renderLegendEntry = ({status, count}: Share, total: number): TemplateResult => {
        const content = html`${statusIcon(status)}
          <span class="label">${statusLabel(status)}</span>
          <span class="figures num">
            <span class="count">${number(count)}</span>
            <span class="visually-hidden">${msg('commitments,')}</span>
            <span class="percent">${formatPercent(total ? count / total : 0, locale)}</span>
          </span>`;
        return html`<li class="entry" data-status=${status} ?data-empty=${!count}>
          ${
            tracker.selectable
              ? html`<button
                  type="button"
                  class="legend-button"
                  part="legend-button"
                  aria-pressed=${tracker.selected === status}
                  @click=${() => tracker.link.toggle('status', status)}
                >
                  ${content}
                </button>`
              : content
          }
        </li>`;
      };

      /** "3 of 7 milestones complete · 1 overdue" with a bar, for any set of commitments. */
      const renderMilestoneProgress = (commitments: readonly Commitment[]): TemplateResult => {
        const count = countMilestones(commitments, today);
        if (!count.total) return html`<p class="muted">${msg('No milestones recorded')}</p>`;
        const ratio = count.complete / count.total;
        return html`<div
          class="milestone-progress"
          data-complete=${count.complete}
          data-total=${count.total}
          data-overdue=${count.overdue}
        >
          <p class="num">
            ${msg(str`${number(count.complete)} of ${number(count.total)} milestones complete`)}
            <span class="muted">(${formatPercent(ratio, locale)})</span>
            ${overdueElement(tracker.renderContext, count.overdue)}
          </p>
          <div class="bar meter" aria-hidden="true">
            <span class="fill" .style=${`--_share: ${ratio * 100}%`}></span>
          </div>
        </div>`;
      };

      const renderAreas = (): TemplateResult | typeof nothing => {
        const rows = [...commitmentsByArea(plan)].filter(([, commitments]) => commitments.length);
        if (!rows.length) return nothing;
        const heads = [msg('Policy area'), msg('Commitments'), msg('Milestones')];
        return html`<section class="section areas-section">
          ${subheading(msg('By policy area'))}
          <table class="areas stacked" part="areas" role="table">
            <caption class="visually-hidden">
              ${msg('Progress by policy area')}
            </caption>
            <thead role="rowgroup">
              <tr role="row">
                ${heads.map((head) => html`<th scope="col" role="columnheader">${head}</th>`)}
              </tr>
            </thead>
            <tbody role="rowgroup">
              ${rows.map(([area, commitments]) => {
                const shares = sharesOf(commitments);
                const complete = number(commitments.filter((c) => c.status === 'complete').length);
                return html`<tr role="row" data-area=${area.id}>
                  <th scope="row" role="rowheader">${tracker.text(area.title)}</th>
                  <td role="cell" data-label=${heads[1]}>
                    ${renderBar(shares, commitments.length, true)}
                    <p class="num">
                      ${msg(str`${complete} of ${number(commitments.length)} reported complete`)}
                    </p>
                    <ul class="mini-legend">
                      ${shares
                        .filter((s) => s.count > 0)
                        .map(
                          (s) =>
                            html`<li data-status=${s.status}>
                              ${statusIcon(s.status)}<span class="visually-hidden"
                                >${statusLabel(s.status)}:</span
                              >
                              <span class="num">${number(s.count)}</span>
                            </li>`,
                        )}
                    </ul>
                  </td>
                  <td role="cell" data-label=${heads[2]}>${renderMilestoneProgress(commitments)}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </section>`;
      };

      // -------------------------------------------------------------------------------------------
      // Timeline

      /** The plan's period, or a commitment's own (`ofPlan` false). */
      const renderTimeline = (period: Period | undefined, ofPlan = true): TemplateResult | typeof nothing => {
        if (!period) return nothing;
        const progress = periodProgress(period, today);
        let status: string;
        if (progress.phase === 'before') {
          status = ofPlan
            ? msg('The plan period has not started yet.')
            : msg('The commitment period has not started yet.');
        } else if (progress.phase === 'after') {
          status = ofPlan ? msg('The plan period has ended.') : msg('The commitment period has ended.');
        } else {
          status = msg(str`${number(progress.elapsedMonths)} of ${number(progress.totalMonths)} months elapsed`);
        }
        return html`<section class="section" part="timeline" data-phase=${progress.phase}>
          ${subheading(ofPlan ? msg('Plan period') : msg('Commitment period'))}
          <p class="num">${formatDateRange(period.start, period.end, locale)}</p>
          <p class="num">${msg(str`Today: ${formatDate(today, locale)}`)} — ${status}</p>
          <div class="timeline" aria-hidden="true">
            <div class="track" .style=${`--_share: ${progress.fraction * 100}%`}>
              <span class="elapsed"></span>
              ${
                progress.phase === 'during'
                  ? html`<span
                      class="today"
                      part="today"
                      .style=${`--_align: ${progress.fraction < 0.12 ? 0 : progress.fraction > 0.88 ? 100 : 50}%`}
                      ><span class="today-label">${msg('Today')}</span></span
                    >`
                  : nothing
              }
            </div>
            <div class="ends num">
              <span>${formatDate(period.start, locale)}</span><span>${formatDate(period.end, locale)}</span>
            </div>
          </div>
        </section>`;
      };

      // -------------------------------------------------------------------------------------------
      // One commitment

      const renderUnknown = (): TemplateResult => {
        const ids = plan.commitments.map((c) => c.id).join(', ');
        const warning = `<ogp-progress-tracker>: commitment="${tracker.commitment}" is not in this plan; it has: ${ids}`;
        if (warning !== lastWarning) console.warn((lastWarning = warning));
        return html`<div class="notice error" part="notice" role="alert">
          <p class="title">
            ${msg(str`There is no commitment with the id "${tracker.commitment}" in this action plan.`)}
          </p>
          <p>${msg(str`Commitment ids in this plan: ${ids}`)}</p>
        </div>`;
      };

      const renderCommitment = (commitment: Commitment): TemplateResult => {
        const {status, period} = commitment;
        const milestones = commitment.milestones ?? [];
        return html`<div class="sections commitment" data-commitment=${commitment.id}>
          <div class="commitment-head">
            ${commitment.number ? html`<p class="number num">${msg(str`Commitment ${commitment.number}`)}</p>` : nothing}
            <p class="commitment-title">${tracker.text(commitment.title)}</p>
            <p class=${status ? 'own-status' : 'own-status muted'} data-status=${status ?? 'not-reported'}>
              ${statusIcon(status ?? 'not-reported')}<span
                >${
                  status
                    ? [
                        html`<span class="visually-hidden">${`${msg('Reported status:')} `}</span>`,
                        completionLabel(status, msg),
                      ]
                    : msg('No progress reported yet')
                }</span
              >
            </p>
          </div>
          ${
            status !== undefined || milestones.length
              ? nothing
              : html`<div class="notice" part="notice">
                  <p>
                    ${msg('No progress has been reported for this commitment yet.')}
                  </p>
                </div>`
          }
          ${
            milestones.length
              ? html`<section class="section" part="milestones">
                  ${subheading(msg('Milestones'))} ${renderMilestoneProgress([commitment])}
                  <ol class="milestone-timeline">
                    ${[...milestones]
                      .sort((a, b) => (endKey(a) < endKey(b) ? -1 : endKey(a) > endKey(b) ? 1 : 0))
                      .map(renderMilestone)}
                  </ol>
                </section>`
              : nothing
          }
          ${renderTimeline(period ?? plan.period, !period)}
        </div>`;
      };

      const renderMilestone = (milestone: Milestone): TemplateResult => {
        const overdue = isOverdue(milestone, today);
        return html`<li class="milestone" data-status=${milestone.status} ?data-overdue=${overdue}>
          <span class="milestone-date num">${milestone.end ? formatDate(milestone.end, locale) : msg('No end date')}</span>
          <span class="milestone-status">
            ${statusIcon(milestone.status)}<span class="label">${milestoneLabel(milestone.status, msg)}</span>
          </span>
          <span>
            ${tracker.text(milestone.title)} ${overdue ? html`<strong class="overdue">${msg('Overdue')}</strong>` : nothing}
          </span>
        </li>`;
      };

      let body: unknown;
      if (tracker.commitment != null) {
        const commitment = plan.commitments.find((c) => c.id === tracker.commitment);
        body = commitment ? renderCommitment(commitment) : renderUnknown();
      } else {
        body = renderWholePlan();
      }
      return html`<section class="tracker">
        ${tracker.noHeading ? nothing : heading(tracker.level(), msg('Progress'), 'heading', 'heading')} ${body}
      </section>`;
    },
  };
}

export const styles = [progressTrackerStyles];
export {templates as zhTW} from '../../i18n/generated/zh-TW-views.js';
