import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {heading} from '../../base/heading.js';
import {assessmentKindLabel, challengeLabel, opennessLabel} from '../../base/labels.js';
import {
  chipsPart,
  lastReportPart,
  numberPart,
  progressPart,
  staleMark,
  statusPart,
  type PartsContext,
} from '../../base/commitment-parts.js';
import {commitmentPartsStyles} from '../../base/commitment-parts.styles.js';
import {completionLabel, milestoneLabel, overdueIcon, statusIcon} from '../../base/status.js';
import {isOverdue} from '../../data/progress.js';
import {updateKind, updatesByDate} from '../../data/reports.js';
import type {ActionPlan, Assessment, Commitment, Link, Milestone, Problem, Text, Update} from '../../data/types.js';
import {formatProblem, isError} from '../../data/validate.js';
import {formatDate, formatDateRange, formatList, formatNumber} from '../../i18n/format.js';
import {commitmentCardStyles} from './commitment-card.styles.js';
import {OgpElement} from '../../base/ogp-element.js';

/** Texts wider than this many Latin-letter widths start collapsed behind a "more" toggle. */
const LONG_TEXT = 320;
const WIDE_CHARACTERS = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/g;
/** CJK characters take about two Latin letters' width, so they count twice. */
const visualLength = (text: string): number => text.length + (text.match(WIDE_CHARACTERS)?.length ?? 0);

/** How <ogp-commitment-card> draws a loaded plan (loaded on first use; see ElementView). */
/**
 * One commitment of an action plan at a glance, and in depth on demand.
 *
 * @tagname ogp-commitment-card
 * @summary A commitment card: title, status, milestones, progress reports, assessments.
 *
 * @attr commitment - Id of the commitment to show.
 * @attr src - URL of the action plan JSON.
 * @attr compact - A short variant for sidebars: title, status, progress and areas only.
 * @attr today - The date overdue milestones are measured against (`YYYY-MM-DD`); defaults to today.
 * @attr stale-after - Months without a progress report after which the card says "No report for N months"
 *   (a whole number above 0); defaults to the plan's `reportingIntervalMonths`, else 6.
 * @attr heading-level - Level (1–6) of the card's title heading; sub-headings go one deeper.
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
 *
 * @csspart base - The widget's root box.
 * @csspart card - The commitment's `<article>`.
 * @csspart number - The commitment number.
 * @csspart title - The commitment title.
 * @csspart status - The self-reported status badge.
 * @csspart chip - A tag naming one of the commitment's policy areas or OGP values (under the term "Policy areas" or "OGP values").
 * @csspart progress - The milestone progress bar.
 * @csspart milestones - The milestone list.
 * @csspart assessments - The assessments, side by side.
 * @csspart history - The "Progress reports" section: the commitment's reports, newest first.
 * @csspart report - One progress report in the history (its `data-kind` is `self`, `independent` or `civil-society`).
 * @csspart last-report - "Last report: 4 months ago", under the status.
 * @csspart stale-mark - "No report for 10 months", under the status, when the commitment is stale.
 * @csspart toggle - A "show more" button, and the "Show 2 earlier reports" button of the progress reports.
 * @csspart notice - A message box (no data, unknown id, error).
 * @csspart retry-button - The retry button after a failed load.
 * @csspart problems - Problems found in the data: one quiet line at the end, or with `debug` the list at the top.
 * @csspart stage-notice - For a draft or adopted plan, the notice that progress is tracked once it is being implemented.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --ogp-color-primary - Links, buttons.
 * @cssprop --ogp-color-focus - The keyboard focus ring, drawn around a dark inner ring (light and dark default: `#ffdd00`).
 * @cssprop --ogp-color-text - Body text.
 * @cssprop --ogp-color-muted - Secondary text.
 * @cssprop --ogp-color-surface - Background.
 * @cssprop --ogp-color-surface-alt - Background of chips and inner panels.
 * @cssprop --ogp-color-border - Borders.
 * @cssprop --ogp-status-not-started - Colour of "not started".
 * @cssprop --ogp-status-limited - Colour of "limited".
 * @cssprop --ogp-status-substantial - Colour of "substantial".
 * @cssprop --ogp-status-complete - Colour of "complete".
 * @cssprop --ogp-status-withdrawn - Colour of "withdrawn".
 * @cssprop --ogp-font-family - Font; inherits the page's by default.
 * @cssprop --ogp-radius - Corner radius.
 * @cssprop --ogp-space - Base spacing.
 * @cssprop --ogp-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --ogp-color-danger - Errors and overdue markers.
 * @cssprop --ogp-status-in-progress - Colour of milestones "in progress".
 * @cssprop --ogp-font-size - The widget's base size; everything inside is in em.
 */
export class OgpCommitmentCard extends OgpElement {
  static override styles = [OgpElement.styles, commitmentPartsStyles, commitmentCardStyles];

  /** Id of the commitment to show. */
  @property() commitment?: string;

  /** A short variant for sidebars. */
  @property({type: Boolean, reflect: true}) compact = false;


  /**
   * Months without a progress report after which the commitment counts as stale; without it (or
   * when it is not a whole number above 0), the plan's `reportingIntervalMonths`, else 6.
   */
  @property({attribute: 'stale-after', type: Number}) staleAfter?: number;

  /** Which long texts (and the earlier reports, `history`) the reader expanded. */
  @state() private expanded = new Set<string>();
  private lastWarning?: string;

  protected override renderPlan(plan: ActionPlan): unknown {
    const {msg} = this.i18n;
    if (!plan.commitments.length) {
      return html`<div class="notice" part="notice">
        <p>${msg('This action plan has no commitments yet.')}</p>
      </div>`;
    }
    const commitment = plan.commitments.find((c) => c.id === this.commitment);
    if (!commitment) return this.renderUnknown(plan);
    return this.compact ? this.renderCompact(plan, commitment) : this.renderFull(plan, commitment);
  }

  /**
   * Errors the validator found inside the chosen commitment (it may be left out for them).
   * Warnings left nothing out: they are in the console and the `debug` list, not here.
   */
  private get commitmentProblems(): Problem[] {
    return this.commitment === undefined
      ? []
      : this.problems.filter((problem) => problem.commitment === this.commitment && isError(problem));
  }

  private renderUnknown(plan: ActionPlan): TemplateResult {
    const {msg} = this.i18n;
    const ids = formatList(plan.commitments.map((c) => c.id), this.i18n.locale);
    const problems = this.commitmentProblems;
    if (problems.length) {
      // The commitment is in the data, but the validator had to leave it out: say why.
      return this.renderFailure(
        msg(str`Commitment "${this.commitment}" is in the data but could not be shown:`),
        html`<ul class="technical">
          ${problems.map((problem) => html`<li>${this.problemItem(problem)}</li>`)}
        </ul>`,
      );
    }
    return this.renderFailure(
      this.commitment
        ? msg(str`There is no commitment with the id "${this.commitment}" in this action plan.`)
        : msg('Choose a commitment with the commitment attribute.'),
      html`<p>${msg(str`Commitment ids in this plan: ${ids}`)}</p>`,
    );
  }

  /** With `debug`: what the validator refused in a commitment that is shown, named in the card itself. */
  private renderCommitmentProblems(): TemplateResult | typeof nothing {
    const problems = this.commitmentProblems;
    if (!problems.length || !this.debug) return nothing;
    return html`<div class="notice problems" part="notice">
      <p>${this.i18n.msg("Some of this commitment's data could not be read:")}</p>
      <ul class="technical">
        ${problems.map((problem) => html`<li>${this.problemItem(problem)}</li>`)}
      </ul>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.warnAboutChoice();
  }

  /** Names the problem in the console when the card cannot show the commitment asked for. */
  private warnAboutChoice(): void {
    const plan = this.loadedPlan;
    if (!plan?.commitments.length || plan.commitments.some((c) => c.id === this.commitment)) return;
    const ids = plan.commitments.map((c) => c.id).join(', ');
    const problems = this.commitmentProblems;
    const warning = problems.length
      ? `<ogp-commitment-card>: commitment="${this.commitment}" was left out of the plan: ${problems.map(formatProblem).join('; ')}`
      : this.commitment
        ? `<ogp-commitment-card>: commitment="${this.commitment}" is not in this plan; it has: ${ids}`
        : `<ogp-commitment-card>: no "commitment" attribute; this plan has: ${ids}`;
    if (warning !== this.lastWarning) console.warn((this.lastWarning = warning));
  }

  private renderHeader(plan: ActionPlan, commitment: Commitment): TemplateResult {
    return html`<header class="header">
      ${numberPart(this.renderContext, commitment)}
      ${heading(this.level(), this.text(commitment.title), 'title', 'title')}
      ${statusPart(this.renderContext, plan, commitment, this.commitmentProblems.some((p) => p.path.endsWith('.status')))}
      ${lastReportPart(this.parts, commitment)} ${staleMark(this.parts, plan, commitment)}
      ${this.renderStageNotice(plan)}
    </header>`;
  }

  /** A paragraph that starts collapsed when long, with a toggle the reader controls. */
  private renderLongText(key: string, label: string, text: Text | undefined): TemplateResult | typeof nothing {
    const value = this.plain(text);
    if (!value) return nothing;
    const {msg} = this.i18n;
    const long = visualLength(value) > LONG_TEXT;
    const open = !long || this.expanded.has(key);
    const id = `text-${key}`;
    return html`<div class="long-text">
      ${label ? heading(this.level(1), label, 'subheading') : nothing}
      <p id=${id} class=${open ? 'text' : 'text collapsed'}>
        ${this.text(text)}
      </p>
      ${
        long
          ? html`<button
              type="button"
              class="link-button"
              part="toggle"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${id}
              @click=${() => this.toggle(key)}
            >
              ${open ? msg('Show less') : msg('Show more')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private toggle(key: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
  }

  private renderFacts(commitment: Commitment): TemplateResult | typeof nothing {
    const {msg} = this.i18n;
    const rows: [string, unknown][] = [];
    const list = (items: Text[] | undefined) =>
      items?.length
        ? html`<ul class="inline-list">
            ${items.map((item) => html`<li>${this.text(item)}</li>`)}
          </ul>`
        : null;
    const lead = list(commitment.leadAgencies);
    if (lead) rows.push([msg('Lead agencies'), lead]);
    const government = list(commitment.partners?.government);
    if (government) rows.push([msg('Government partners'), government]);
    const civil = list(commitment.partners?.civilSociety);
    if (civil) rows.push([msg('Civil society partners'), civil]);
    if (commitment.period) {
      rows.push([msg('Period'), formatDateRange(commitment.period.start, commitment.period.end, this.i18n)]);
    }
    if (!rows.length) return nothing;
    return html`<dl class="facts">
      ${rows.map(
        ([term, value]) =>
          html`<div>
            <dt>${term}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>`;
  }

  /** What the shared status, chip, progress, last-report and stale parts need. */
  private get parts(): PartsContext {
    return {...this.renderContext, today: this.day, staleAfter: this.staleAfter};
  }

  private renderMilestones(commitment: Commitment): TemplateResult | typeof nothing {
    const milestones = commitment.milestones ?? [];
    if (!milestones.length) return nothing;
    const {msg} = this.i18n;
    return html`<section class="section">
      ${heading(this.level(1), msg('Milestones'), 'subheading')}
      ${progressPart(this.parts, commitment)}
      <ol class="milestones" part="milestones">
        ${milestones.map((m) => this.renderMilestone(m))}
      </ol>
    </section>`;
  }

  private renderMilestone(milestone: Milestone): TemplateResult {
    const {msg, locale} = this.i18n;
    const overdue = isOverdue(milestone, this.day);
    return html`<li
      class="milestone"
      data-status=${milestone.status}
      ?data-overdue=${overdue}
    >
      <span class="milestone-status" data-status=${milestone.status}>
        ${statusIcon(milestone.status)}<span class="label"
          >${milestoneLabel(milestone.status, msg)}</span
        >
      </span>
      <span class="milestone-title">${this.text(milestone.title)}</span>
      <span class="milestone-date num">
        ${milestone.end ? msg(str`Due ${formatDate(milestone.end, locale)}`) : nothing}
        ${milestone.completed ? html`<span class="completed">${msg(str`Completed ${formatDate(milestone.completed, locale)}`)}</span>` : nothing}
        ${overdue ? html`<strong class="overdue">${overdueIcon()}${msg('Overdue')}</strong>` : nothing}
      </span>
      ${milestone.evidence?.length ? html`<dl class="milestone-evidence">${this.renderEvidence(milestone.evidence)}</dl>` : nothing}
    </li>`;
  }

  /** A link that opens in a new tab, as every link of the card does, and says so to screen readers. */
  private renderLink(link: Link): TemplateResult {
    return html`<a href=${link.url} rel="noopener noreferrer" target="_blank"
      >${this.text(link.title)}<span class="visually-hidden"> ${this.i18n.msg('(opens in a new tab)')}</span></a
    >`;
  }

  /** "Evidence" and its links, as one group of a `<dl>`; nothing without links. */
  private renderEvidence(links: readonly Link[] | undefined): TemplateResult | typeof nothing {
    if (!links?.length) return nothing;
    return html`<div>
      <dt>${this.i18n.msg('Evidence')}</dt>
      <dd>
        <ul class="evidence">
          ${links.map((link) => html`<li>${this.renderLink(link)}</li>`)}
        </ul>
      </dd>
    </div>`;
  }

  /**
   * The commitment's progress reports, newest first (same-day reports: the later in the document
   * first). Shown at once: every report down to the government's latest, the one the current
   * status comes from, so a later review by others stands beside it; the older ones wait behind
   * one "Show 2 earlier reports" toggle, which keeps a phone's screen calm. The milestone statuses
   * a report gives are left out here: the milestone list above shows them as they are now, with
   * their completion dates and evidence.
   */
  private renderHistory(commitment: Commitment): TemplateResult | typeof nothing {
    // Newest first; of two on the same day, the later one in the document first.
    const reports = updatesByDate(commitment).reverse();
    if (!reports.length) return nothing;
    const {msg} = this.i18n;
    const latestSelf = reports.findIndex((update) => updateKind(update) === 'self');
    const shown = reports.slice(0, latestSelf + 1 || 1);
    const earlier = reports.slice(shown.length);
    const open = this.expanded.has('history');
    return html`<section class="section history" part="history">
      ${heading(this.level(1), msg('Progress reports'), 'subheading')}
      <ol class="reports">
        ${shown.map((update) => this.renderReport(update))}
      </ol>
      ${
        earlier.length
          ? html`<button
                type="button"
                class="link-button"
                part="toggle"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="earlier-reports"
                @click=${() => this.toggle('history')}
              >
                ${
                  open
                    ? msg('Hide earlier reports')
                    : earlier.length === 1
                      ? msg('Show 1 earlier report')
                      : msg(str`Show ${formatNumber(earlier.length, this.i18n.locale)} earlier reports`)
                }
              </button>
              <ol class="reports earlier" id="earlier-reports" ?hidden=${!open}>
                ${earlier.map((update) => this.renderReport(update))}
              </ol>`
          : nothing
      }
    </section>`;
  }

  /** One report: when, for which period, by whom, its status, what happened, the challenges and the evidence. */
  private renderReport(update: Update): TemplateResult {
    const {msg, locale} = this.i18n;
    const kind = updateKind(update);
    const kindLabel = html`<span class="report-kind">${assessmentKindLabel(kind, msg)}</span>`;
    const challenges = this.renderChallenges(update);
    const evidence = this.renderEvidence(update.evidence);
    return html`<li class="report" part="report" data-kind=${kind}>
      <p class="report-when num">
        <time class="report-date" datetime=${update.date}>${formatDate(update.date, locale)}</time>
        ${
          update.period
            ? html`<span class="muted"
                >${msg(str`Reporting period: ${formatDateRange(update.period.start, update.period.end, this.i18n)}`)}</span
              >`
            : nothing
        }
      </p>
      <p class="report-by">
        ${this.plain(update.by) ? msg(html`${kindLabel} by ${this.text(update.by)}`) : kindLabel}
      </p>
      <p class="report-status" data-status=${update.status}>
        ${statusIcon(update.status)}<span>${completionLabel(update.status, msg)}</span>
      </p>
      ${this.plain(update.progress) ? html`<p class="report-progress">${this.text(update.progress)}</p>` : nothing}
      ${
        challenges !== nothing || evidence !== nothing
          ? html`<dl class="report-facts">${challenges} ${evidence}</dl>`
          : nothing
      }
    </li>`;
  }

  /** "Challenges": the report's challenges in words and its note on them, as one group of a `<dl>`; nothing without either. */
  private renderChallenges(update: Update): TemplateResult | typeof nothing {
    const challenges = update.challenges ?? [];
    const note = this.plain(update.challengesNote);
    if (!challenges.length && !note) return nothing;
    const {msg} = this.i18n;
    return html`<div>
      <dt>${msg('Challenges')}</dt>
      <dd>
        ${
          challenges.length
            ? html`<ul class="challenges">
                ${challenges.map((challenge) => html`<li>${challengeLabel(challenge, msg)}</li>`)}
              </ul>`
            : nothing
        }
        ${note ? html`<p class="note">${this.text(update.challengesNote)}</p>` : nothing}
      </dd>
    </div>`;
  }

  private renderAssessments(commitment: Commitment): TemplateResult | typeof nothing {
    const assessments = commitment.assessments ?? [];
    if (!assessments.length) return nothing;
    const {msg} = this.i18n;
    return html`<section class="section">
      ${heading(this.level(1), assessments.length > 1 ? msg('Assessments compared') : msg('Assessment'), 'subheading')}
      <ul class="assessments" part="assessments">
        ${assessments.map((a) => this.renderAssessment(a))}
      </ul>
    </section>`;
  }

  private renderAssessment(assessment: Assessment): TemplateResult {
    const {msg, locale} = this.i18n;
    const date = html`<span class="num">${formatDate(assessment.date, locale)}</span>`;
    return html`<li class="assessment" data-kind=${assessment.kind}>
      <p class="assessment-kind">
        ${assessmentKindLabel(assessment.kind, msg)}
      </p>
      <p class="muted">
        ${msg(html`${this.text(assessment.by)}\u00a0· ${date}`)}
      </p>
      <dl class="assessment-facts">
        <div>
          <dt>${msg('Completion')}</dt>
          <dd class="status" data-status=${assessment.completion}>
            ${statusIcon(assessment.completion)}
            ${completionLabel(assessment.completion, msg)}
          </dd>
        </div>
        ${
          assessment.didItOpenGovernment
            ? html`<div>
                <dt>${msg('Did it open government?')}</dt>
                <dd>${opennessLabel(assessment.didItOpenGovernment, msg)}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${assessment.note ? html`<p class="note">${this.text(assessment.note)}</p>` : nothing}
      ${
        assessment.url
          ? html`<p>
              <a
                href=${assessment.url}
                rel="noopener noreferrer"
                target="_blank"
                >${msg('Read the assessment')}<span class="visually-hidden">
                  ${msg('(opens in a new tab)')}</span
                ></a
              >
            </p>`
          : nothing
      }
    </li>`;
  }

  private renderLinks(commitment: Commitment): TemplateResult | typeof nothing {
    const links = commitment.links ?? [];
    if (!links.length) return nothing;
    const {msg} = this.i18n;
    return html`<section class="section">
      ${heading(this.level(1), msg('Links'), 'subheading')}
      <ul class="links">
        ${links.map(
          (link) =>
            html`<li>
              <a href=${link.url} rel="noopener noreferrer" target="_blank"
                >${this.text(link.title)}<span class="visually-hidden">
                  ${msg('(opens in a new tab)')}</span
                ></a
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderFull(plan: ActionPlan, commitment: Commitment): TemplateResult {
    const {msg} = this.i18n;
    return html`<article
      class="card"
      part="card"
      data-commitment=${commitment.id}
    >
      ${this.renderHeader(plan, commitment)} ${this.renderCommitmentProblems()}
      ${chipsPart(this.parts, plan, commitment)}
      ${this.renderLongText('summary', '', commitment.summary)}
      ${this.renderLongText('problem', msg('The problem it addresses'), commitment.problem)}
      ${this.renderFacts(commitment)} ${this.renderMilestones(commitment)} ${this.renderHistory(commitment)}
      ${this.renderAssessments(commitment)} ${this.renderLinks(commitment)}
    </article>`;
  }

  private renderCompact(plan: ActionPlan, commitment: Commitment): TemplateResult {
    return html`<article
      class="card compact"
      part="card"
      data-commitment=${commitment.id}
    >
      ${this.renderHeader(plan, commitment)} ${this.renderCommitmentProblems()} ${progressPart(this.parts, commitment)}
      ${chipsPart(this.parts, plan, commitment)}
    </article>`;
  }

  /** The card's shape: number, title, status, chips, then the summary's lines (fewer when compact). */
  protected override renderSkeleton(): TemplateResult {
    return html`<span class="sk-short"></span><span class="sk-title"></span><span class="sk-status"></span
      ><span class="sk-chips"><span></span><span></span></span>${
        this.compact ? nothing : html`<span></span><span></span><span class="sk-short"></span>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ogp-commitment-card': OgpCommitmentCard;
  }
}
