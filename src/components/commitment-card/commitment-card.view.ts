import {html, nothing, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import {heading} from '../../base/heading.js';
import {assessmentKindLabel, opennessLabel} from '../../base/labels.js';
import {chipsElement, numberElement, progressElement, statusElement, type PartsContext} from '../../base/commitment-parts.js';
import {commitmentPartsStyles} from '../../base/commitment-parts.styles.js';
import {completionLabel, milestoneLabel, statusIcon} from '../../base/status.js';
import {isOverdue, resolveToday} from '../../data/progress.js';
import type {ActionPlan, Assessment, Commitment, Milestone, Text} from '../../data/types.js';
import {formatDate, formatDateRange} from '../../i18n/format.js';
import {commitmentCardStyles} from './commitment-card.styles.js';
import type {ElementView} from '../../base/ogp-element.js';
import type {OgpCommitmentCard} from './commitment-card.js';

/** Texts wider than this many Latin-letter widths start collapsed behind a "more" toggle. */
const LONG_TEXT = 320;
const WIDE_CHARACTERS = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/g;
/** CJK characters take about two Latin letters' width, so they count twice. */
const visualLength = (text: string): number => text.length + (text.match(WIDE_CHARACTERS)?.length ?? 0);

/** How <ogp-commitment-card> draws a loaded plan (loaded on first use; see ElementView). */
export class CommitmentCardView implements ElementView {
  /** Which long texts the reader expanded. */
  private expanded = new Set<string>();
  private lastWarning?: string;

  constructor(private readonly card: OgpCommitmentCard) {}

  renderPlan(plan: ActionPlan): unknown {
    const {msg} = this.card.i18n;
    if (!plan.commitments.length) {
      return html`<div class="notice" part="notice">
        <p>${msg('This action plan has no commitments yet.')}</p>
      </div>`;
    }
    const commitment = plan.commitments.find((c) => c.id === this.card.commitment);
    if (!commitment) return this.renderUnknown(plan);
    return this.card.compact ? this.renderCompact(plan, commitment) : this.renderFull(plan, commitment);
  }

  private renderUnknown(plan: ActionPlan): TemplateResult {
    const {msg} = this.card.i18n;
    const ids = plan.commitments.map((c) => c.id).join(', ');
    const warning = this.card.commitment
      ? `<ogp-commitment-card>: commitment="${this.card.commitment}" is not in this plan; it has: ${ids}`
      : `<ogp-commitment-card>: no "commitment" attribute; this plan has: ${ids}`;
    if (warning !== this.lastWarning) console.warn((this.lastWarning = warning));
    return html`<div class="notice error" part="notice" role="alert">
      <p class="title">
        ${
          this.card.commitment
            ? msg(str`There is no commitment with the id "${this.card.commitment}" in this action plan.`)
            : msg('Choose a commitment with the commitment attribute.')
        }
      </p>
      <p>${msg(str`Commitment ids in this plan: ${ids}`)}</p>
    </div>`;
  }

  private renderHeader(commitment: Commitment): TemplateResult {
    return html`<header class="header">
      ${numberElement(this.card.renderContext, commitment)}
      ${heading(this.card.level(), this.card.text(commitment.title), 'title', 'title')}
      ${statusElement(this.card.renderContext, commitment)}
    </header>`;
  }

  /** A paragraph that starts collapsed when long, with a toggle the reader controls. */
  private renderLongText(key: string, label: string, text: Text | undefined): TemplateResult | typeof nothing {
    const value = this.card.plain(text);
    if (!value) return nothing;
    const {msg} = this.card.i18n;
    const long = visualLength(value) > LONG_TEXT;
    const open = !long || this.expanded.has(key);
    const id = `text-${key}`;
    return html`<div class="long-text">
      ${label ? heading(this.card.level(1), label, 'subheading') : nothing}
      <p id=${id} class=${open ? 'text' : 'text collapsed'}>
        ${this.card.text(text)}
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
    this.card.requestUpdate();
  }

  private renderFacts(commitment: Commitment): TemplateResult | typeof nothing {
    const {msg} = this.card.i18n;
    const rows: [string, unknown][] = [];
    const list = (items: Text[] | undefined) =>
      items?.length
        ? html`<ul class="inline-list">
            ${items.map((item) => html`<li>${this.card.text(item)}</li>`)}
          </ul>`
        : null;
    const lead = list(commitment.leadAgencies);
    if (lead) rows.push([msg('Lead agencies'), lead]);
    const government = list(commitment.partners?.government);
    if (government) rows.push([msg('Government partners'), government]);
    const civil = list(commitment.partners?.civilSociety);
    if (civil) rows.push([msg('Civil society partners'), civil]);
    if (commitment.period) {
      rows.push([
        msg('Period'),
        formatDateRange(commitment.period.start, commitment.period.end, this.card.i18n.locale),
      ]);
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

  private get todayDate(): string {
    return resolveToday(this.card.today);
  }

  /** What the shared status, chip and progress parts need. */
  private get parts(): PartsContext {
    return {...this.card.renderContext, today: this.todayDate};
  }

  private renderMilestones(commitment: Commitment): TemplateResult | typeof nothing {
    const milestones = commitment.milestones ?? [];
    if (!milestones.length) return nothing;
    const {msg} = this.card.i18n;
    return html`<section class="section">
      ${heading(this.card.level(1), msg('Milestones'), 'subheading')}
      ${progressElement(this.parts, commitment)}
      <ol class="milestones" part="milestones">
        ${milestones.map((m) => this.renderMilestone(m))}
      </ol>
    </section>`;
  }

  private renderMilestone(milestone: Milestone): TemplateResult {
    const {msg, locale} = this.card.i18n;
    const overdue = isOverdue(milestone, this.todayDate);
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
      <span class="milestone-title">${this.card.text(milestone.title)}</span>
      <span class="milestone-date num">
        ${milestone.end ? msg(str`Due ${formatDate(milestone.end, locale)}`) : nothing}
        ${overdue ? html`<strong class="overdue">${msg('Overdue')}</strong>` : nothing}
      </span>
    </li>`;
  }

  private renderAssessments(commitment: Commitment): TemplateResult | typeof nothing {
    const assessments = commitment.assessments ?? [];
    if (!assessments.length) return nothing;
    const {msg} = this.card.i18n;
    return html`<section class="section">
      ${heading(this.card.level(1), assessments.length > 1 ? msg('Assessments compared') : msg('Assessment'), 'subheading')}
      <ul class="assessments" part="assessments">
        ${assessments.map((a) => this.renderAssessment(a))}
      </ul>
    </section>`;
  }

  private renderAssessment(assessment: Assessment): TemplateResult {
    const {msg, locale} = this.card.i18n;
    return html`<li class="assessment" data-kind=${assessment.kind}>
      <p class="assessment-kind">
        ${assessmentKindLabel(assessment.kind, msg)}
      </p>
      <p class="muted">
        ${this.card.text(assessment.by)} ·
        <span class="num">${formatDate(assessment.date, locale)}</span>
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
      ${assessment.note ? html`<p class="note">${this.card.text(assessment.note)}</p>` : nothing}
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
    const {msg} = this.card.i18n;
    return html`<section class="section">
      ${heading(this.card.level(1), msg('Links'), 'subheading')}
      <ul class="links">
        ${links.map(
          (link) =>
            html`<li>
              <a href=${link.url} rel="noopener noreferrer" target="_blank"
                >${this.card.text(link.title)}<span class="visually-hidden">
                  ${msg('(opens in a new tab)')}</span
                ></a
              >
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderFull(plan: ActionPlan, commitment: Commitment): TemplateResult {
    const {msg} = this.card.i18n;
    return html`<article
      class="card"
      part="card"
      data-commitment=${commitment.id}
    >
      ${this.renderHeader(commitment)}
      ${chipsElement(this.parts, plan, commitment)}
      ${this.renderLongText('summary', '', commitment.summary)}
      ${this.renderLongText('problem', msg('The problem it addresses'), commitment.problem)}
      ${this.renderFacts(commitment)} ${this.renderMilestones(commitment)}
      ${this.renderAssessments(commitment)} ${this.renderLinks(commitment)}
    </article>`;
  }

  private renderCompact(plan: ActionPlan, commitment: Commitment): TemplateResult {
    return html`<article
      class="card compact"
      part="card"
      data-commitment=${commitment.id}
    >
      ${this.renderHeader(commitment)} ${progressElement(this.parts, commitment)}
      ${chipsElement(this.parts, plan, commitment)}
    </article>`;
  }
}

export const styles = [commitmentPartsStyles, commitmentCardStyles];
export const createView = (card: OgpCommitmentCard): ElementView => new CommitmentCardView(card);
export {templates as zhTW} from '../../i18n/generated/zh-TW-views.js';
