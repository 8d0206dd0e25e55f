import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {str} from '@lit/localize';
import {milestoneBar, milestoneCountLabel, overduePart} from '../../base/commitment-parts.js';
import {milestoneBarStyles} from '../../base/commitment-parts.styles.js';
import {heading} from '../../base/heading.js';
import {commitmentCount, stageLabel} from '../../base/labels.js';
import {LinkController} from '../../base/linking.js';
import {OgpElement} from '../../base/ogp-element.js';
import {selectableStyles, selectionCue} from '../../base/selectable.js';
import {completionLabel, milestoneLabel, overdueIcon, reportedStatusLabel, statusIcon} from '../../base/status.js';
import {
  beforeImplementation,
  commitmentsByArea,
  countMilestones,
  isOverdue,
  percentShares,
  periodProgress,
} from '../../data/progress.js';
import {
  agencyKey,
  agencyRollup,
  reportingPeriods,
  statusAsOf,
  type AgencyRollup,
  type Tally,
} from '../../data/reports.js';
import {
  REPORTED_STATUSES,
  type ActionPlan,
  type Commitment,
  type Completion,
  type Milestone,
  type PolicyArea,
  type Period,
} from '../../data/types.js';
import {formatDate, formatDateRange, formatList, formatNumber, formatPercent} from '../../i18n/format.js';
import {cssomStyle} from '../../base/cssom-style.js';
import {progressTrackerStyles} from './progress-tracker.styles.js';

/** A legend entry: a level of OGP's completion scale, or commitments that report no status. */
export type TrackerStatus = Completion | 'not-reported';

/** How many commitments of a set stand at one status. */
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

/** How many commitments stood at each status at the end of a reporting period (see `statusAsOf`). */
const sharesAsOf = (commitments: readonly Commitment[], period: Period, isLatest: boolean): Share[] => {
  const statuses = commitments.map((commitment) => statusAsOf(commitment, period, isLatest));
  return REPORTED_STATUSES.map((status) => ({status, count: statuses.filter((s) => s === status).length}));
};

/** A column of the per-agency table: the agency's name, or one of its figures. */
export type AgencyColumn = 'agency' | `${'commitments' | 'milestones'}-${'total' | 'done' | 'onTrack' | 'overdue'}`;

/** The figures of each group, in the table's order. */
const TALLY_KEYS = ['total', 'done', 'onTrack', 'overdue'] as const satisfies readonly (keyof Tally)[];

/** The per-agency table's sort: a column and a direction. */
interface AgencySort {
  column: AgencyColumn;
  direction: 'ascending' | 'descending';
}

/**
 * A legend's sample of a status's bar segment: the same colour and the same pattern (decorative:
 * the label beside it names the status).
 */
const swatch = (status: TrackerStatus): TemplateResult => html`<span class="swatch" data-status=${status}></span>`;

/** An agency row's identity, for tests and styling. */
const agencyKeyOf = (row: AgencyRollup): string => (row.agency ? agencyKey(row.agency) : '');

/** Sort key of a milestone's end date (coarse dates at their last possible day; none last). */
const endKey = (milestone: Milestone): string => (milestone.end ? (milestone.end + '-99-99').slice(0, 10) : '~');

/** Milestones in the order they are due. */
const byEndDate = (a: Milestone, b: Milestone): number => {
  const [keyA, keyB] = [endKey(a), endKey(b)];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
};

/**
 * A percentage for a custom property the stylesheet reads (a bar's share, the today label's
 * alignment), set through the CSSOM so that pages with a strict Content-Security-Policy allow it.
 */
const percentStyle = (property: '--_share' | '--_align', ratio: number) => cssomStyle({[property]: `${ratio * 100}%`});

/**
 * How far an action plan has come: the commitments on OGP's completion scale, milestones complete,
 * the same per policy area, and where today falls in the plan period. With `commitment`, the same
 * for one commitment, with its milestones as a short timeline.
 *
 * @tagname ogp-progress-tracker
 * @summary A progress overview: status distribution, milestones, policy areas, plan timeline.
 *
 * @attr src - URL of the action plan JSON.
 * @attr commitment - Id of one commitment to narrow the overview to; the whole plan without it.
 * @attr today - The date progress is measured against (`YYYY-MM-DD`); defaults to today.
 * @attr selectable - Makes the legend entries toggle buttons that fire `ogp-select`.
 * @attr for - Id of an `<ogp-commitment-list>` on the page that this widget's selection filters (see docs/linking.md).
 * @attr selected - The selected legend status (`not-started`, `limited`, `substantial`, `complete`,
 *   `withdrawn` or `not-reported`); reflected, set by the reader's choice when `selectable`.
 * @attr no-heading - Leaves out the top "Progress" heading (sub-headings then take `heading-level`).
 * @attr heading-level - Level (1–6) of the top heading; sub-headings go one deeper.
 * @attr theme - `light` or `dark`; by default the page's colour scheme decides.
 * @attr lang - Language of the widget (`zh-TW` or `en`); inherited from the page when absent.
 * @attr timeout - Milliseconds before loading `src` gives up.
 *
 * @prop {unknown} plan - The action plan as an object; wins over inline JSON and `src`.
 * @prop {(raw: unknown) => unknown} transform - Turns a response of another shape into a plan.
 *
 * @slot - An optional `<script type="application/json">` holding the plan inline.
 *
 * @event ogp-load - The plan loaded; `detail` is the validated plan.
 * @event ogp-error - Loading failed; `detail` is `{kind, message, problems, url, status}`.
 * @event ogp-select - With `selectable`, the reader chose a legend entry: `detail` is
 *   `{kind: 'status', id}` with the status, or `id: ''` when they cleared the choice.
 *
 * @csspart base - The widget's root box.
 * @csspart heading - The top "Progress" heading.
 * @csspart bar - A stacked bar of commitments by status (the big one and each area's small one).
 * @csspart segment - One status's share of a bar; `data-status` names the status.
 * @csspart legend - The legend list: swatch (as drawn in the bar), label, count and share of each status.
 * @csspart legend-button - A legend entry's toggle button, with `selectable`.
 * @csspart milestones - The milestone summary (text and bar), and in commitment mode the milestone list.
 * @csspart areas - The per-policy-area table.
 * @csspart periods - The commitments by status at the end of each reporting period, oldest first
 *   (when the plan's commitments have progress reports): a bar per period and a table twin for screen readers.
 * @csspart period-bar - One reporting period's row: its dates, its stacked bar and its counts.
 * @csspart agencies - The per-lead-agency table: commitments and milestones done, on track and
 *   overdue, sortable by each column (a plan being implemented whose commitments name lead agencies).
 * @csspart sort-button - A column's sort button in the per-agency table; its header carries `aria-sort`.
 * @csspart timeline - The plan (or commitment) period with today's position.
 * @csspart today - The "today" marker on the timeline.
 * @csspart notice - A message box (no progress yet, no commitments, unknown id, error).
 * @csspart retry-button - The retry button after a failed load.
 * @csspart problems - Problems found in the data: one quiet line at the end, or with `debug` the list at the top.
 * @csspart stage-notice - For a draft or adopted plan, the notice that progress is tracked once it is being implemented.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --ogp-color-primary - The selected legend entry, the today marker.
 * @cssprop --ogp-color-focus - The keyboard focus ring, drawn around a dark inner ring (light and dark default: `#ffdd00`).
 * @cssprop --ogp-color-text - Body text.
 * @cssprop --ogp-color-muted - Secondary text, "not reported".
 * @cssprop --ogp-color-surface - Background, and the gaps between bar segments.
 * @cssprop --ogp-color-surface-alt - Background of empty bars and table rows.
 * @cssprop --ogp-color-border - Borders.
 * @cssprop --ogp-color-danger - Overdue counts.
 * @cssprop --ogp-status-not-started - Colour of "not started".
 * @cssprop --ogp-status-limited - Colour of "limited".
 * @cssprop --ogp-status-substantial - Colour of "substantial".
 * @cssprop --ogp-status-complete - Colour of "complete" (also the milestone bars).
 * @cssprop --ogp-status-withdrawn - Colour of "withdrawn".
 * @cssprop --ogp-font-family - Font; inherits the page's by default.
 * @cssprop --ogp-radius - Corner radius.
 * @cssprop --ogp-space - Base spacing.
 */
export class OgpProgressTracker extends OgpElement {
  static override styles = [OgpElement.styles, milestoneBarStyles, progressTrackerStyles, selectableStyles];

  /** Id of one commitment to narrow the overview to. */
  @property() commitment?: string;


  /** Legend entries become toggle buttons that fire `ogp-select`. */
  @property({type: Boolean, reflect: true}) selectable = false;

  /** The selected legend status, if any. */
  @property({reflect: true}) selected?: string;

  /** Id of a commitment list that this widget's selection filters; kept in step with its filters. */
  @property() for?: string;

  /** Leaves out the top heading. */
  @property({attribute: 'no-heading', type: Boolean}) noHeading = false;

  /** How the per-agency table is sorted; the document's order until the reader chooses a column. */
  @state() private agencySort?: AgencySort;

  /** Sends legend choices to the `for` list and shows the list's status filter as the selection. */
  private readonly link = new LinkController(this, (filters) => {
    this.selected = filters.status || undefined;
  });

  /** The last unknown-commitment warning written to the console (each is written once). */
  private lastWarning?: string;

  protected override renderPlan(plan: ActionPlan): unknown {
    let body: unknown;
    if (this.commitment != null) {
      const commitment = plan.commitments.find((c) => c.id === this.commitment);
      body = commitment ? this.renderCommitment(plan, commitment) : this.renderUnknown(plan);
    } else {
      body = this.renderWholePlan(plan);
    }
    return html`<section class="tracker">
      ${this.noHeading ? nothing : heading(this.level(), this.i18n.msg('Progress'), 'heading', 'heading')}
      ${this.renderStageNotice(plan)} ${body}
    </section>`;
  }

  /** A number in the widget's language. */
  private number(n: number): string {
    return formatNumber(n, this.i18n.locale);
  }

  /** A section heading: one below the top heading, or in its place without it. */
  private subheading(content: string): TemplateResult {
    return heading(this.level(this.noHeading ? 0 : 1), content);
  }

  // -----------------------------------------------------------------------------------------------
  // Whole plan

  private renderWholePlan(plan: ActionPlan): unknown {
    const {msg} = this.i18n;
    const commitments = plan.commitments;
    if (!commitments.length) {
      return html`<div class="notice" part="notice">
        <p>${msg('This action plan has no commitments yet.')}</p>
      </div>`;
    }
    // Progress is a reported status or any milestone at all.
    if (!commitments.some((c) => c.status || c.milestones?.length)) return this.renderNoProgress(plan);
    return html`<div class="sections">
      ${this.renderReportingPeriods(plan)} ${this.renderDistribution(commitments)}
      <section class="section" part="milestones">
        ${this.subheading(msg('Milestones'))} ${this.renderMilestoneProgress(commitments)}
      </section>
      ${this.renderPeriod(plan.period)} ${this.renderAreas(plan)} ${this.renderAgencies(plan)}
    </div>`;
  }

  /** A plan with commitments but neither statuses nor milestones (a draft): says so, without bars. */
  private renderNoProgress(plan: ActionPlan): unknown {
    const {msg} = this.i18n;
    const n = plan.commitments.length;
    if (beforeImplementation(plan)) {
      // The stage notice above says why there is no progress yet; no "not reported" here.
      return [
        html`<p class="muted total num">${commitmentCount(n, msg, this.i18n.locale)}</p>`,
        this.renderPeriod(plan.period),
      ];
    }
    const count = n === 1 ? msg('It has 1 commitment.') : msg(str`It has ${this.number(n)} commitments.`);
    // Being implemented, the roll-up still says who leads what and what is overdue by date.
    return [
      html`<div class="notice" part="notice">
        <p class="title">
          ${msg('No progress has been reported for this plan yet.')}
        </p>
        <p>${plan.stage ? msg(str`${count} Stage: ${stageLabel(plan.stage, msg)}`) : count}</p>
      </div>`,
      this.renderPeriod(plan.period),
      this.renderAgencies(plan),
    ];
  }

  /** The commitments by reported status: the total, a stacked bar and the legend. */
  private renderDistribution(commitments: readonly Commitment[]): TemplateResult {
    const {msg, locale} = this.i18n;
    const shares = sharesOf(commitments);
    const total = commitments.length;
    return html`<section class="section distribution">
      ${this.subheading(msg('Commitments by reported status'))}
      <p class="muted total num">
        ${commitmentCount(total, msg, locale)}
      </p>
      ${this.renderStatusBar(shares, total)} ${this.renderLegend(shares)}
    </section>`;
  }

  /** A stacked bar; decorative, since the legend or the text next to it says the same. */
  private renderStatusBar(shares: Share[], total: number, small = false): TemplateResult {
    return html`<div class=${small ? 'bar small' : 'bar'} part="bar" aria-hidden="true">
      ${shares
        .filter((share) => share.count > 0)
        .map(
          (share) =>
            html`<span
              class="segment"
              part="segment"
              data-status=${share.status}
              data-count=${share.count}
              style=${percentStyle('--_share', share.count / total)}
            ></span>`,
        )}
    </div>`;
  }

  private renderLegend(shares: Share[]): TemplateResult {
    // Whole percentages that add up to 100 (largest remainders), computed once for the legend.
    const percents = percentShares(shares.map((share) => share.count));
    const percentOf = new Map(shares.map((share, i) => [share.status, percents[i]]));
    // The five scale levels always (so the scale reads whole); "not reported" only when some are.
    const shown = shares.filter((share) => share.status !== 'not-reported' || share.count > 0);
    // Keyed by status, so a focused legend button stays with its status when entries come and go.
    return html`<ul class="legend" part="legend">
      ${repeat(
        shown,
        (share) => share.status,
        (share) => this.renderLegendEntry(share, percentOf.get(share.status)!),
      )}
    </ul>`;
  }

  private renderLegendEntry({status, count}: Share, percent: number): TemplateResult {
    const {msg, locale} = this.i18n;
    const content = html`${swatch(status)}
      <span class="label">${reportedStatusLabel(status, msg)}</span>
      <span class="figures num">
        <span class="count">${this.number(count)}</span>
        <span class="visually-hidden">${msg('commitments,')}</span>
        <span class="percent">${formatPercent(percent / 100, locale)}</span>
      </span>`;
    return html`<li class="entry" data-status=${status} ?data-empty=${!count}>
      ${
        this.selectable
          ? html`<button
              type="button"
              class="legend-button selectable"
              part="legend-button"
              aria-pressed=${this.selected === status}
              @click=${() => this.link.toggle('status', status)}
            >
              ${content} ${selectionCue()}
            </button>`
          : content
      }
    </li>`;
  }

  /**
   * "3 of 8 milestones complete, 1 withdrawn (38%) · 1 overdue" with a bar, for any set of
   * commitments; withdrawn milestones count in the total, so withdrawing never raises the share.
   */
  private renderMilestoneProgress(commitments: readonly Commitment[]): TemplateResult {
    const {msg, locale} = this.i18n;
    const count = countMilestones(commitments, this.day);
    if (!count.total) return html`<p class="muted">${msg('No milestones recorded')}</p>`;
    const ratio = count.complete / count.total;
    return html`<div
      class="milestone-progress"
      data-complete=${count.complete}
      data-withdrawn=${count.withdrawn}
      data-total=${count.total}
      data-overdue=${count.overdue}
    >
      <p class="num">
        ${milestoneCountLabel(this.renderContext, count)}<span class="muted"
          >${msg(str` (${formatPercent(ratio, locale)})`, {desc: 'A percentage after a milestone count; starts with a space (none in Chinese)'})}</span
        >${overduePart(this.renderContext, count.overdue)}
      </p>
      ${milestoneBar(
        count,
        commitments.every((c) => c.status === 'withdrawn'),
      )}
    </div>`;
  }

  /** A table row per policy area that holds commitments: their statuses and their milestones. */
  private renderAreas(plan: ActionPlan): TemplateResult | typeof nothing {
    const {msg} = this.i18n;
    const rows = [...commitmentsByArea(plan)].filter(([, commitments]) => commitments.length);
    if (!rows.length) return nothing;
    const heads = [msg('Policy area'), msg('Commitments'), msg('Milestones')];
    return html`<section class="section areas-section">
      ${this.subheading(msg('By policy area'))}
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
          ${repeat(
            rows,
            ([area]) => area.id,
            ([area, commitments]) => this.renderArea(area, commitments, heads),
          )}
        </tbody>
      </table>
    </section>`;
  }

  /** One area's row; `heads` label its cells when the narrow layout stacks them. */
  private renderArea(area: PolicyArea, commitments: Commitment[], heads: string[]): TemplateResult {
    const {msg} = this.i18n;
    const shares = sharesOf(commitments);
    const complete = this.number(commitments.filter((c) => c.status === 'complete').length);
    const total = this.number(commitments.length);
    const withdrawn = commitments.filter((c) => c.status === 'withdrawn').length;
    return html`<tr role="row" data-area=${area.id}>
      <th scope="row" role="rowheader">${this.text(area.title)}</th>
      <td role="cell" data-label=${heads[1]}>
        ${this.renderStatusBar(shares, commitments.length, true)}
        <p class="num">
          ${
            withdrawn
              ? msg(str`${complete} of ${total} reported complete, ${this.number(withdrawn)} withdrawn`)
              : msg(str`${complete} of ${total} reported complete`)
          }
        </p>
        ${this.renderMiniLegend(shares)}
      </td>
      <td role="cell" data-label=${heads[2]}>${this.renderMilestoneProgress(commitments)}</td>
    </tr>`;
  }

  /** An area's statuses as icons and counts (the labels for screen readers only). */
  private renderMiniLegend(shares: Share[]): TemplateResult {
    const {msg} = this.i18n;
    return html`<ul class="mini-legend">
      ${shares
        .filter((share) => share.count > 0)
        .map(
          (share) =>
            html`<li data-status=${share.status}>
              ${swatch(share.status)}<span class="visually-hidden"
                >${msg(str`${reportedStatusLabel(share.status, msg)}:`, {desc: 'A status before its count, e.g. "Complete: 2"'})}</span
              >
              <span class="num">${this.number(share.count)}</span>
            </li>`,
        )}
    </ul>`;
  }

  // -----------------------------------------------------------------------------------------------
  // Reporting periods

  /**
   * The commitments by status at the end of each reporting period, oldest first: a bar per period
   * (drawn for the eye, hidden from screen readers) and its twin, a table of the same counts.
   */
  private renderReportingPeriods(plan: ActionPlan): TemplateResult | typeof nothing {
    const periods = reportingPeriods(plan);
    if (!periods.length) return nothing;
    const {msg} = this.i18n;
    const rows = periods.map((period, i) => ({
      period,
      label: formatDateRange(period.start, period.end, this.i18n),
      shares: sharesAsOf(plan.commitments, period, i === periods.length - 1),
    }));
    // The statuses any period counts, in the scale's order: the key, and the table's columns.
    const statuses = REPORTED_STATUSES.filter((status) =>
      rows.some((row) => row.shares.some((s) => s.status === status && s.count)),
    );
    const total = plan.commitments.length;
    return html`<section class="section periods-section" part="periods">
      ${this.subheading(msg('Commitments by reporting period'))}
      <p class="muted note">${msg('Each commitment at its latest reported status at the end of each period, oldest first.')}</p>
      <div class="period-chart" aria-hidden="true">
        <ul class="mini-legend period-key">
          ${statuses.map((status) => html`<li data-status=${status}>${swatch(status)}<span>${reportedStatusLabel(status, msg)}</span></li>`)}
        </ul>
        <ol class="period-bars">
          ${rows.map(
            ({period, label, shares}) =>
              html`<li class="period-bar" part="period-bar" data-period=${`${period.start}/${period.end}`}>
                <span class="period-label num">${label}</span>
                ${this.renderStatusBar(shares, total, true)}
                <span class="period-counts num">
                  ${shares
                    .filter((share) => share.count)
                    .map(
                      (share) =>
                        html`<span data-status=${share.status}>${swatch(share.status)}${this.number(share.count)}</span>`,
                    )}
                </span>
              </li>`,
          )}
        </ol>
      </div>
      <div class="visually-hidden">
      <table class="period-table">
        <caption>
          ${msg('Commitments by status at the end of each reporting period, oldest first')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Reporting period')}</th>
            ${statuses.map((status) => html`<th scope="col" data-status=${status}>${reportedStatusLabel(status, msg)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({label, shares}) =>
              html`<tr>
                <th scope="row">${label}</th>
                ${statuses.map((status) => html`<td>${this.number(shares.find((s) => s.status === status)!.count)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
      </div>
    </section>`;
  }

  // -----------------------------------------------------------------------------------------------
  // Lead agencies

  /**
   * Each lead agency's commitments and milestones: done, on track and overdue, sortable by each
   * column. Only for a plan being implemented whose commitments name lead agencies: before
   * implementation nothing can be done or overdue yet, and a single "no lead agency" row says nothing.
   */
  private renderAgencies(plan: ActionPlan): TemplateResult | typeof nothing {
    if (beforeImplementation(plan)) return nothing;
    if (!plan.commitments.some((c) => c.leadAgencies?.length)) return nothing;
    const {msg} = this.i18n;
    const rows = this.sortedAgencies(agencyRollup(plan, this.day));
    const figureNames: Record<(typeof TALLY_KEYS)[number], string> = {
      total: msg('Total'),
      done: msg('Done'),
      onTrack: msg('On track'),
      overdue: msg('Overdue'),
    };
    const groups = [
      ['commitments', msg('Commitments')],
      ['milestones', msg('Milestones')],
    ] as const;
    const columns = groups.flatMap(([group, groupName]) =>
      TALLY_KEYS.map((key) => ({
        column: `${group}-${key}` as AgencyColumn,
        group,
        key,
        groupName,
        name: figureNames[key],
        // Stacked narrow, each cell says its group and figure: "Commitments · Overdue".
        label: msg(str`${groupName} · ${figureNames[key]}`, {
          desc: 'A column of the per-agency table: its group, then the figure',
        }),
      })),
    );
    const sort = this.agencySort;
    const sortedBy =
      sort && (sort.column === 'agency' ? msg('Lead agency') : columns.find((c) => c.column === sort.column)!.label);
    return html`<section class="section agencies-section">
      ${this.subheading(msg('By lead agency'))}
      <table class="agencies stacked" part="agencies" role="table">
        <caption class="visually-hidden">
          ${msg('Commitments and milestones by lead agency')}
        </caption>
        <thead role="rowgroup">
          <tr role="row" class="groups">
            <td></td>
            ${groups.map(([, name]) => html`<th scope="colgroup" colspan="4" role="columnheader">${name}</th>`)}
          </tr>
          <tr role="row">
            ${this.renderSortHeader('agency', msg('Lead agency'), msg('Lead agency'))}
            ${columns.map(({column, name, label}) => this.renderSortHeader(column, name, label))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map(
            (row) => html`<tr role="row" data-agency=${agencyKeyOf(row)}>
              <th scope="row" role="rowheader">${row.agency ? this.text(row.agency) : msg('No lead agency named')}</th>
              ${columns.map(({group, key, label, column}) => {
                const value = row[group][key];
                return html`<td role="cell" class="num" data-label=${label} data-column=${column} ?data-alert=${key === 'overdue' && value > 0}>
                  ${this.number(value)}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="visually-hidden" role="status">
        ${sort ? (sort.direction === 'ascending' ? msg(str`Sorted by ${sortedBy}, ascending`) : msg(str`Sorted by ${sortedBy}, descending`)) : ''}
      </p>
    </section>`;
  }

  /**
   * A column header whose button sorts the table by it. Its `label` ("Commitments · Done") names
   * it to screen readers and, stacked narrow (no group heads above), to the eye; wide, the eye
   * reads the short `name` under its group head.
   */
  private renderSortHeader(column: AgencyColumn, name: string, label: string): TemplateResult {
    const sort = this.agencySort?.column === column ? this.agencySort.direction : undefined;
    return html`<th scope="col" role="columnheader" aria-sort=${sort ?? 'none'} data-column=${column}>
      <button type="button" class="sort-button" part="sort-button" @click=${() => this.sortAgencies(column)}>
        <span class="full-name">${label}</span><span class="short-name" aria-hidden="true">${name}</span
        ><span class="sort-mark" aria-hidden="true">${sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '⇅'}</span>
      </button>
    </th>`;
  }

  /** A first click sorts names A to Z and figures largest first; a second click reverses. */
  private sortAgencies(column: AgencyColumn): void {
    const current = this.agencySort;
    const first = column === 'agency' ? 'ascending' : 'descending';
    const direction =
      current?.column === column ? (current.direction === 'ascending' ? 'descending' : 'ascending') : first;
    this.agencySort = {column, direction};
  }

  /** The roll-up in the chosen order; ties keep the document's order, and "no lead agency" stays last by name. */
  private sortedAgencies(rows: AgencyRollup[]): AgencyRollup[] {
    const sort = this.agencySort;
    if (!sort) return rows;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(this.i18n.locale);
    const compare = (a: AgencyRollup, b: AgencyRollup): number => {
      if (sort.column === 'agency') {
        if (!a.agency || !b.agency) return (a.agency ? 0 : 1) - (b.agency ? 0 : 1);
        return sign * collator.compare(this.plain(a.agency), this.plain(b.agency));
      }
      const [group, key] = sort.column.split('-') as ['commitments' | 'milestones', keyof Tally];
      return sign * (a[group][key] - b[group][key]);
    };
    return rows
      .map((row, index) => ({row, index}))
      .sort((a, b) => compare(a.row, b.row) || a.index - b.index)
      .map(({row}) => row);
  }

  // -----------------------------------------------------------------------------------------------
  // Timeline

  /** The plan's period, or a commitment's own (`ofPlan` false), with where today falls in it. */
  private renderPeriod(period: Period | undefined, ofPlan = true): TemplateResult | typeof nothing {
    if (!period) return nothing;
    const {msg, locale} = this.i18n;
    const today = this.day;
    const progress = periodProgress(period, today);
    let status: string;
    if (progress.phase === 'before') {
      status = ofPlan ? msg('The plan period has not started yet.') : msg('The commitment period has not started yet.');
    } else if (progress.phase === 'after') {
      status = ofPlan ? msg('The plan period has ended.') : msg('The commitment period has ended.');
    } else {
      status = msg(
        str`${this.number(progress.elapsedMonths)} of ${this.number(progress.totalMonths)}\u00a0months elapsed`,
      );
    }
    return html`<section class="section" part="timeline" data-phase=${progress.phase}>
      ${this.subheading(ofPlan ? msg('Plan period') : msg('Commitment period'))}
      <p class="num">${formatDateRange(period.start, period.end, this.i18n)}</p>
      <p class="num">${msg(str`Today: ${formatDate(today, locale)} — ${status}`)}</p>
      <div class="timeline" aria-hidden="true">
        <div class="track" style=${percentStyle('--_share', progress.fraction)}>
          <span class="elapsed"></span>
          ${progress.phase === 'during' ? this.renderTodayMarker(progress.fraction) : nothing}
        </div>
        <div class="ends num">
          <span>${formatDate(period.start, locale)}</span><span>${formatDate(period.end, locale)}</span>
        </div>
      </div>
    </section>`;
  }

  /** The "Today" marker; its label aligns to the marker's start or end near the track's ends, so it stays in the box. */
  private renderTodayMarker(fraction: number): TemplateResult {
    const align = fraction < 0.12 ? 0 : fraction > 0.88 ? 1 : 0.5;
    return html`<span class="today" part="today" style=${percentStyle('--_align', align)}
      ><span class="today-label">${this.i18n.msg('Today')}</span></span
    >`;
  }

  // -----------------------------------------------------------------------------------------------
  // One commitment

  private renderUnknown(plan: ActionPlan): TemplateResult {
    const {msg} = this.i18n;
    const ids = plan.commitments.map((c) => c.id).join(', ');
    const warning = `<ogp-progress-tracker>: commitment="${this.commitment}" is not in this plan; it has: ${ids}`;
    if (warning !== this.lastWarning) console.warn((this.lastWarning = warning));
    return this.renderFailure(
      msg(str`There is no commitment with the id "${this.commitment}" in this action plan.`),
      html`<p>${msg(
        str`Commitment ids in this plan: ${formatList(
          plan.commitments.map((c) => c.id),
          this.i18n.locale,
        )}`,
      )}</p>`,
    );
  }

  private renderCommitment(plan: ActionPlan, commitment: Commitment): TemplateResult {
    const {msg} = this.i18n;
    const {status, period} = commitment;
    const milestones = commitment.milestones ?? [];
    return html`<div class="sections commitment" data-commitment=${commitment.id}>
      <div class="commitment-head">
        ${commitment.number ? html`<p class="number num">${msg(str`Commitment ${commitment.number}`)}</p>` : nothing}
        <p class="commitment-title">${this.text(commitment.title)}</p>
        ${status || !beforeImplementation(plan) ? this.renderOwnStatus(commitment) : nothing}
      </div>
      ${
        status !== undefined || milestones.length || beforeImplementation(plan)
          ? nothing
          : html`<div class="notice" part="notice">
              <p>
                ${msg('No progress has been reported for this commitment yet.')}
              </p>
            </div>`
      }
      ${milestones.length ? this.renderMilestoneTimeline(commitment, milestones) : nothing}
      ${this.renderPeriod(period ?? plan.period, !period)}
    </div>`;
  }

  /** The commitment's reported status, or that it has none. */
  private renderOwnStatus({status}: Commitment): TemplateResult {
    const {msg} = this.i18n;
    return html`<p class=${status ? 'own-status' : 'own-status muted'} data-status=${status ?? 'not-reported'}>
      ${statusIcon(status ?? 'not-reported')}<span
        >${
          status
            ? html`<span class="visually-hidden">${`${msg('Reported status:')} `}</span>${completionLabel(status, msg)}`
            : msg('No progress reported yet')
        }</span
      >
    </p>`;
  }

  /** The commitment's milestone count and its milestones in the order they are due. */
  private renderMilestoneTimeline(commitment: Commitment, milestones: Milestone[]): TemplateResult {
    return html`<section class="section" part="milestones">
      ${this.subheading(this.i18n.msg('Milestones'))} ${this.renderMilestoneProgress([commitment])}
      <ol class="milestone-timeline">
        ${[...milestones].sort(byEndDate).map((milestone) => this.renderMilestone(milestone))}
      </ol>
    </section>`;
  }

  private renderMilestone(milestone: Milestone): TemplateResult {
    const {msg, locale} = this.i18n;
    const overdue = isOverdue(milestone, this.day);
    return html`<li class="milestone" data-status=${milestone.status} ?data-overdue=${overdue}>
      <span class="milestone-date num">${milestone.end ? formatDate(milestone.end, locale) : msg('No end date')}</span>
      <span class="milestone-status">
        ${statusIcon(milestone.status)}<span class="label">${milestoneLabel(milestone.status, msg)}</span>
      </span>
      <span>
        ${this.text(milestone.title)} ${overdue ? html`<strong class="overdue">${overdueIcon()}${msg('Overdue')}</strong>` : nothing}
      </span>
    </li>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="sk-title"></span><span class="sk-short"></span
      ><span class="sk-bar"></span
      ><span class="sk-legend"
        ><span></span><span></span><span></span><span></span><span></span
        ><span></span></span
      ><span class="sk-short"></span><span class="sk-thin"></span><span></span
      ><span></span><span class="sk-thin"></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ogp-progress-tracker': OgpProgressTracker;
  }
}
