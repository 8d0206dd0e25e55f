import {html, nothing, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import {emit} from '../../base/events.js';
import {heading} from '../../base/heading.js';
import {stageLabel} from '../../base/labels.js';
import {completionLabel, milestoneLabel, statusIcon} from '../../base/status.js';
import {completionSpread, countMilestones, isOverdue, periodProgress, resolveToday} from '../../data/progress.js';
import {COMPLETION_LEVELS, type ActionPlan, type Commitment, type Milestone, type Period} from '../../data/types.js';
import {formatDate, formatDateRange, formatNumber, formatPercent} from '../../i18n/format.js';
import {progressTrackerStyles} from './progress-tracker.styles.js';
import type {ElementView} from '../../base/ogp-element.js';
import type {OgpProgressTracker, TrackerStatus} from './progress-tracker.js';

/** The order of the bar and the legend: the completion scale, then the commitments without a status. */
const LEGEND_ORDER: readonly TrackerStatus[] = [...COMPLETION_LEVELS, 'not-reported'];

interface Share {
  status: TrackerStatus;
  count: number;
}

/** Sort key of a milestone's end date (coarse dates at their last possible day; none last). */
const endKey = (milestone: Milestone): string => (milestone.end ? (milestone.end + '-99-99').slice(0, 10) : '~');

/** How <ogp-progress-tracker> draws a loaded plan (loaded on first use; see ElementView). */
export class ProgressTrackerView implements ElementView {
  private lastWarning?: string;

  constructor(private readonly tracker: OgpProgressTracker) {}

  private get todayDate(): string {
    return resolveToday(this.tracker.today);
  }

  /** Level of a section heading: one below the top heading, or in its place without it. */
  private get sectionLevel(): number {
    return this.tracker.level(this.tracker.noHeading ? 0 : 1);
  }

  renderPlan(plan: ActionPlan): unknown {
    const {msg} = this.tracker.i18n;
    let body: unknown;
    if (this.tracker.commitment !== undefined && this.tracker.commitment !== null) {
      const commitment = plan.commitments.find((c) => c.id === this.tracker.commitment);
      body = commitment ? this.renderCommitment(plan, commitment) : this.renderUnknown(plan);
    } else {
      body = this.renderWholePlan(plan);
    }
    return html`<section class="tracker">
      ${this.tracker.noHeading ? nothing : heading(this.tracker.level(), msg('Progress'), 'heading', 'heading')}
      ${body}
    </section>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Whole plan

  private renderWholePlan(plan: ActionPlan): unknown {
    const {msg} = this.tracker.i18n;
    const commitments = plan.commitments;
    if (!commitments.length) {
      return html`<div class="notice" part="notice">
        <p>${msg('This action plan has no commitments yet.')}</p>
      </div>`;
    }
    if (!this.hasProgress(commitments)) {
      return [this.renderNoProgress(plan), this.renderTimeline(plan.period, 'plan')];
    }
    return html`<div class="sections">
      ${this.renderDistribution(commitments)}
      ${this.renderMilestoneSummary(commitments)}
      ${this.renderTimeline(plan.period, 'plan')} ${this.renderAreas(plan)}
    </div>`;
  }

  /** Whether any commitment reports a status or has any milestone at all. */
  private hasProgress(commitments: readonly Commitment[]): boolean {
    return commitments.some((c) => c.status !== undefined || (c.milestones?.length ?? 0) > 0);
  }

  private renderNoProgress(plan: ActionPlan): TemplateResult {
    const {msg, locale} = this.tracker.i18n;
    const n = plan.commitments.length;
    return html`<div class="notice no-progress" part="notice">
      <p class="title">
        ${msg('No progress has been reported for this plan yet.')}
      </p>
      <p>
        ${n === 1 ? msg('It has 1 commitment.') : msg(str`It has ${formatNumber(n, locale)} commitments.`)}
        ${plan.stage ? html`<span class="stage">${msg(str`Stage: ${stageLabel(plan.stage, msg)}`)}</span>` : nothing}
      </p>
    </div>`;
  }

  private shares(commitments: readonly Commitment[]): Share[] {
    const {counts, unreported} = completionSpread(commitments);
    return LEGEND_ORDER.map((status) => ({
      status,
      count: status === 'not-reported' ? unreported : counts[status],
    }));
  }

  private statusLabel(status: TrackerStatus): string {
    const {msg} = this.tracker.i18n;
    return status === 'not-reported' ? msg('Not reported') : completionLabel(status, msg);
  }

  // Inline sizes go through `.style=` (the CSSOM), never a `style` attribute, which a strict
  // Content-Security-Policy (style-src without 'unsafe-inline') refuses.
  /** A stacked bar; decorative, since the legend or the text next to it says the same. */
  private renderBar(shares: Share[], total: number, small = false): TemplateResult {
    return html`<div
      class=${small ? 'bar stacked small' : 'bar stacked'}
      part="bar"
      aria-hidden="true"
    >
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
  }

  private renderDistribution(commitments: readonly Commitment[]): TemplateResult {
    const {msg} = this.tracker.i18n;
    const shares = this.shares(commitments);
    const total = commitments.length;
    // The five scale levels always (so the scale reads whole); "not reported" only when some are.
    const legend = shares.filter((s) => s.status !== 'not-reported' || s.count > 0);
    return html`<section class="section distribution">
      ${heading(this.sectionLevel, msg('Commitments by reported status'), 'subheading')}
      <p class="muted total num">
        ${total === 1 ? msg('1 commitment') : msg(str`${formatNumber(total, this.tracker.i18n.locale)} commitments`)}
      </p>
      ${this.renderBar(shares, total)}
      <ul
        class=${this.tracker.selectable ? 'legend selectable' : 'legend'}
        part="legend"
      >
        ${legend.map((share) => this.renderLegendEntry(share, total))}
      </ul>
    </section>`;
  }

  private renderLegendEntry(share: Share, total: number): TemplateResult {
    const {msg, locale} = this.tracker.i18n;
    const label = this.statusLabel(share.status);
    const count = formatNumber(share.count, locale);
    const percent = formatPercent(total ? share.count / total : 0, locale);
    const content = html`${statusIcon(share.status)}
      <span class="label">${label}</span>
      <span class="figures num">
        <span class="count">${count}</span>
        <span class="visually-hidden">${msg('commitments,')}</span>
        <span class="percent">${percent}</span>
      </span>`;
    if (!this.tracker.selectable) {
      return html`<li
        class="entry"
        data-status=${share.status}
        ?data-empty=${share.count === 0}
      >
        ${content}
      </li>`;
    }
    const pressed = this.tracker.selected === share.status;
    return html`<li
      class="entry"
      data-status=${share.status}
      ?data-empty=${share.count === 0}
    >
      <button
        type="button"
        class="legend-button"
        part="legend-button"
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => this.choose(share.status)}
      >
        ${content}
      </button>
    </li>`;
  }

  /** Toggles a legend status and tells the page. */
  private choose(status: TrackerStatus): void {
    const next = this.tracker.selected === status ? undefined : status;
    this.tracker.selected = next;
    const selection = {kind: 'status', id: next ?? ''} as const;
    emit(this.tracker, 'ogp-select', selection);
    this.tracker.link.send(selection);
  }

  /** "3 of 7 milestones complete · 1 overdue" with a bar, for any set of commitments. */
  private renderMilestoneProgress(commitments: readonly Commitment[], small = false): TemplateResult {
    const {msg, locale} = this.tracker.i18n;
    const count = countMilestones(commitments, this.todayDate);
    if (!count.total) return html`<p class="muted">${msg('No milestones recorded')}</p>`;
    const complete = formatNumber(count.complete, locale);
    const total = formatNumber(count.total, locale);
    const ratio = count.complete / count.total;
    return html`<div
      class="milestone-progress"
      data-complete=${count.complete}
      data-total=${count.total}
      data-overdue=${count.overdue}
    >
      <p class="num">
        <span class="milestone-count"
          >${msg(str`${complete} of ${total} milestones complete`)}</span
        >
        <span class="muted">(${formatPercent(ratio, locale)})</span>
        ${
          count.overdue
            ? html`<span class="overdue-count"
                >·
                ${msg(str`${formatNumber(count.overdue, locale)} overdue`)}</span
              >`
            : nothing
        }
      </p>
      <div class=${small ? 'bar meter small' : 'bar meter'} aria-hidden="true">
        <span class="fill" .style=${`--_share: ${ratio * 100}%`}></span>
      </div>
    </div>`;
  }

  private renderMilestoneSummary(commitments: readonly Commitment[]): TemplateResult {
    const {msg} = this.tracker.i18n;
    return html`<section class="section" part="milestones">
      ${heading(this.sectionLevel, msg('Milestones'), 'subheading')}
      ${this.renderMilestoneProgress(commitments)}
      <p class="muted note">${msg('Withdrawn milestones are not counted.')}</p>
    </section>`;
  }

  private renderAreas(plan: ActionPlan): TemplateResult | typeof nothing {
    const {msg, locale} = this.tracker.i18n;
    const rows = plan.policyAreas
      .map((area) => ({
        area,
        commitments: plan.commitments.filter((c) => c.policyAreas.includes(area.id)),
      }))
      .filter((row) => row.commitments.length > 0);
    if (!rows.length) return nothing;
    const areaHead = msg('Policy area');
    const statusHead = msg('Commitments');
    const milestoneHead = msg('Milestones');
    return html`<section class="section areas-section">
      ${heading(this.sectionLevel, msg('By policy area'), 'subheading')}
      <table class="areas" part="areas" role="table">
        <caption class="visually-hidden">
          ${msg('Progress by policy area')}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${areaHead}</th>
            <th scope="col" role="columnheader">${statusHead}</th>
            <th scope="col" role="columnheader">${milestoneHead}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map(({area, commitments}) => {
            const shares = this.shares(commitments);
            const complete = formatNumber(shares.find((s) => s.status === 'complete')!.count, locale);
            const total = formatNumber(commitments.length, locale);
            return html`<tr role="row" data-area=${area.id}>
              <th scope="row" role="rowheader" class="area-name">
                ${this.tracker.text(area.title)}
              </th>
              <td role="cell">
                <span class="cell-label" aria-hidden="true">${statusHead}</span>
                ${this.renderBar(shares, commitments.length, true)}
                <p class="num area-status">
                  ${msg(str`${complete} of ${total} reported complete`)}
                </p>
                <ul class="mini-legend">
                  ${shares
                    .filter((s) => s.count > 0)
                    .map(
                      (s) =>
                        html`<li data-status=${s.status}>
                          ${statusIcon(s.status)}<span class="visually-hidden"
                            >${this.statusLabel(s.status)}:</span
                          >
                          <span class="num"
                            >${formatNumber(s.count, locale)}</span
                          >
                        </li>`,
                    )}
                </ul>
              </td>
              <td role="cell">
                <span class="cell-label" aria-hidden="true"
                  >${milestoneHead}</span
                >
                ${this.renderMilestoneProgress(commitments, true)}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Timeline

  private renderTimeline(period: Period | undefined, of: 'plan' | 'commitment'): TemplateResult | typeof nothing {
    if (!period) return nothing;
    const {msg, locale} = this.tracker.i18n;
    const today = this.todayDate;
    const progress = periodProgress(period, today);
    const todayText = formatDate(today, locale);
    let status: string;
    if (progress.phase === 'before') {
      status =
        of === 'plan' ? msg('The plan period has not started yet.') : msg('The commitment period has not started yet.');
    } else if (progress.phase === 'after') {
      status = of === 'plan' ? msg('The plan period has ended.') : msg('The commitment period has ended.');
    } else {
      const elapsed = formatNumber(progress.elapsedMonths, locale);
      const months = formatNumber(progress.totalMonths, locale);
      status = msg(str`${elapsed} of ${months} months elapsed`);
    }
    const position = `${progress.fraction * 100}%`;
    return html`<section
      class="section"
      part="timeline"
      data-phase=${progress.phase}
    >
      ${heading(this.sectionLevel, of === 'plan' ? msg('Plan period') : msg('Commitment period'), 'subheading')}
      <p class="period num">
        ${formatDateRange(period.start, period.end, locale)}
      </p>
      <p class="today-text num">${msg(str`Today: ${todayText}`)} — ${status}</p>
      <div class="timeline" aria-hidden="true">
        <div class="track">
          <span class="elapsed" .style=${`--_share: ${position}`}></span>
          ${
            progress.phase === 'during'
              ? html`<span
                  class="today"
                  part="today"
                  data-align=${progress.fraction < 0.12 ? 'start' : progress.fraction > 0.88 ? 'end' : 'center'}
                  .style=${`--_at: ${position}`}
                  ><span class="today-label">${msg('Today')}</span></span
                >`
              : nothing
          }
        </div>
        <div class="ends num">
          <span>${formatDate(period.start, locale)}</span
          ><span>${formatDate(period.end, locale)}</span>
        </div>
      </div>
    </section>`;
  }

  // ---------------------------------------------------------------------------------------------
  // One commitment

  private renderUnknown(plan: ActionPlan): TemplateResult {
    const {msg} = this.tracker.i18n;
    const ids = plan.commitments.map((c) => c.id).join(', ');
    const warning = `<ogp-progress-tracker>: commitment="${this.tracker.commitment}" is not in this plan; it has: ${ids}`;
    if (warning !== this.lastWarning) console.warn((this.lastWarning = warning));
    return html`<div class="notice error" part="notice" role="alert">
      <p class="title">
        ${msg(str`There is no commitment with the id "${this.tracker.commitment}" in this action plan.`)}
      </p>
      <p>${msg(str`Commitment ids in this plan: ${ids}`)}</p>
    </div>`;
  }

  private renderCommitment(plan: ActionPlan, commitment: Commitment): TemplateResult {
    const {msg} = this.tracker.i18n;
    const milestones = commitment.milestones ?? [];
    const reported = commitment.status !== undefined || milestones.length > 0;
    return html`<div
      class="sections commitment"
      data-commitment=${commitment.id}
    >
      <div class="commitment-head">
        ${commitment.number ? html`<p class="number num">${msg(str`Commitment ${commitment.number}`)}</p>` : nothing}
        <p class="commitment-title">${this.tracker.text(commitment.title)}</p>
        ${
          commitment.status
            ? html`<p class="own-status" data-status=${commitment.status}>
                ${statusIcon(commitment.status)}<span
                  ><span class="visually-hidden"
                    >${msg('Reported status:')} </span
                  >${completionLabel(commitment.status, msg)}</span
                >
              </p>`
            : html`<p class="own-status muted" data-status="not-reported">
                ${statusIcon('not-reported')}<span
                  >${msg('No progress reported yet')}</span
                >
              </p>`
        }
      </div>
      ${
        reported
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
              ${heading(this.sectionLevel, msg('Milestones'), 'subheading')}
              ${this.renderMilestoneProgress([commitment])}
              <ol class="milestone-timeline">
                ${[...milestones].sort((a, b) => (endKey(a) < endKey(b) ? -1 : endKey(a) > endKey(b) ? 1 : 0)).map((m) => this.renderMilestone(m))}
              </ol>
            </section>`
          : nothing
      }
      ${this.renderTimeline(commitment.period ?? plan.period, commitment.period ? 'commitment' : 'plan')}
    </div>`;
  }

  private renderMilestone(milestone: Milestone): TemplateResult {
    const {msg, locale} = this.tracker.i18n;
    const overdue = isOverdue(milestone, this.todayDate);
    return html`<li
      class="milestone"
      data-status=${milestone.status}
      ?data-overdue=${overdue}
    >
      <span class="milestone-date num"
        >${milestone.end ? formatDate(milestone.end, locale) : msg('No end date')}</span
      >
      <span class="milestone-status" data-status=${milestone.status}>
        ${statusIcon(milestone.status)}<span class="label"
          >${milestoneLabel(milestone.status, msg)}</span
        >
      </span>
      <span class="milestone-title">
        ${this.tracker.text(milestone.title)}
        ${overdue ? html`<strong class="overdue">${msg('Overdue')}</strong>` : nothing}
      </span>
    </li>`;
  }
}

export const styles = [progressTrackerStyles];
export const createView = (tracker: OgpProgressTracker): ElementView => new ProgressTrackerView(tracker);
export {templates as zhTW} from '../../i18n/generated/zh-TW-views.js';
