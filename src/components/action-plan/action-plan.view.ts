import {html, nothing, type TemplateResult} from 'lit';
import {str} from '@lit/localize';
import {heading} from '../../base/heading.js';
import {stageLabel} from '../../base/labels.js';
import type {ActionPlan} from '../../data/types.js';
import {formatDate, formatDateRange} from '../../i18n/format.js';
import {actionPlanStyles} from './action-plan.styles.js';
import type {ElementView} from '../../base/ogp-element.js';
import type {OgpActionPlan} from './action-plan.js';

/** How <ogp-action-plan> draws a loaded plan (loaded on first use; see ElementView). */
export class ActionPlanView implements ElementView {
  constructor(private readonly dashboard: OgpActionPlan) {}

  private renderHeader(plan: ActionPlan): TemplateResult {
    const {msg, locale} = this.dashboard.i18n;
    const source = plan.source;
    const sourceTitle = source ? this.dashboard.text(source.title) : nothing;
    const meta: [string, unknown][] = [];
    if (plan.stage) meta.push([msg('Stage'), stageLabel(plan.stage, msg)]);
    if (plan.period) meta.push([msg('Period'), formatDateRange(plan.period.start, plan.period.end, locale)]);
    if (plan.updated) meta.push([msg('Last updated'), formatDate(plan.updated, locale)]);
    if (source) {
      meta.push([
        msg('Source'),
        html`${
          source.url
            ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${sourceTitle}<span class="visually-hidden">
                ${msg('(opens in a new tab)')}</span></a>`
            : sourceTitle
        }${source.publisher ? html` · ${this.dashboard.text(source.publisher)}` : nothing}`,
      ]);
    }
    // A <div>, not <header>: inside the host page a <header> here would be a second banner landmark.
    return html`<div class="header" part="header">
      ${plan.government ? html`<p class="government">${this.dashboard.text(plan.government)}</p>` : nothing}
      ${heading(this.dashboard.level(), this.dashboard.text(plan.title), 'title', 'title')}
      ${
        meta.length
          ? html`<dl class="meta" part="meta">
            ${meta.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
          </dl>`
          : nothing
      }
    </div>`;
  }

  renderPlan(plan: ActionPlan): unknown {
    const {msg} = this.dashboard.i18n;
    const level = this.dashboard.level(1);
    const theme = this.dashboard.theme ?? nothing;
    const today = this.dashboard.today ?? nothing;
    const open = plan.commitments.find((c) => c.id === this.dashboard.openCommitment);
    return html`<section class="dashboard" aria-label=${this.dashboard.plain(plan.title) || msg('Action plan')} @ogp-select=${this.dashboard.onSelect}>
      ${this.renderHeader(plan)}
      <ogp-progress-tracker
        part="tracker"
        .plan=${plan}
        heading-level=${level}
        today=${today}
        theme=${theme}
        selectable
        for="commitments"
      ></ogp-progress-tracker>
      <ogp-policy-area-grid
        part="grid"
        .plan=${plan}
        heading-level=${level}
        theme=${theme}
        selectable
        for="commitments"
      ></ogp-policy-area-grid>
      <ogp-commitment-list
        id="commitments"
        part="list"
        .plan=${plan}
        heading-level=${level}
        today=${today}
        theme=${theme}
        ?sync-url=${this.dashboard.syncUrl}
        label=${this.dashboard.plain(plan.title) || nothing}
        selectable
      ></ogp-commitment-list>
      <dialog part="dialog" aria-label=${open ? msg(str`Commitment ${open.number}`) : msg('Commitment')} @close=${this.dashboard.closeCommitment}>
        <div class="dialog-bar">
          <button type="button" class="button" part="close-button" @click=${this.dashboard.closeCommitment}>${msg('Close')}</button>
        </div>
        ${
          open
            ? html`<ogp-commitment-card .plan=${plan} commitment=${open.id} heading-level="2" today=${today} theme=${theme}></ogp-commitment-card>`
            : nothing
        }
      </dialog>
    </section>`;
  }
}

export const styles = [actionPlanStyles];
export const createView = (dashboard: OgpActionPlan): ElementView => new ActionPlanView(dashboard);
export {templates as zhTW} from '../../i18n/generated/zh-TW-views.js';
