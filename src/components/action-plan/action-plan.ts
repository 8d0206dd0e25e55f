import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {OgpElement} from '../../base/ogp-element.js';
import {paddedPanel} from '../../base/styles.js';
import type {OgpSelectDetail} from '../../base/events.js';
import {HashController, readHash, writeHash} from '../../base/hash.js';
import {heading} from '../../base/heading.js';
import {stageLabel} from '../../base/labels.js';
import type {ActionPlan} from '../../data/types.js';
import {formatDate, formatDateRange} from '../../i18n/format.js';
import {actionPlanStyles} from './action-plan.styles.js';

/**
 * The whole action plan on one tag: a header, the progress tracker (its reporting periods first,
 * when the plan has progress reports), the policy-area grid and the commitment list, linked so that selecting an area or a status filters the list, and a deep link
 * (`#commitment=ID`) that opens one commitment's full card, with its progress reports.
 *
 * The deep link reads the page's URL hash, so use one dashboard per page.
 *
 * Printed, and where no script runs (server-rendered HTML, `ogp-widgets/ssr`), it reads as a
 * report: the header, the progress, the policy areas, then every commitment's full card in place
 * of the list (part `cards`), with no filters or buttons.
 *
 * It renders the other ogp- elements by their standard tags: `ogp-widgets/action-plan` defines
 * them all; a page that imports the class alone must define those tags itself.
 *
 * @tagname ogp-action-plan
 * @summary A dashboard of an action plan: header, progress, policy areas and the commitment list.
 *
 * @attr src - URL of the action plan JSON (or CSV).
 * @attr sync-url - Keep the list's filters in the URL hash (bookmarkable, Back/Forward).
 * @attr today - The date progress is measured against (`YYYY-MM-DD`); defaults to today.
 * @attr stale-after - Months without a progress report after which a commitment counts as stale;
 *   passed to the list and the card (by default the plan's `reportingIntervalMonths`, else 6).
 * @attr heading-level - Level (1–6) of the plan title; each section heading goes one deeper.
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
 * @csspart header - The plan header.
 * @csspart title - The plan title.
 * @csspart meta - The stage, period, update date and source.
 * @csspart tracker - The progress tracker.
 * @csspart grid - The policy-area grid.
 * @csspart list - The commitment list.
 * @csspart cards - Every commitment's full card, in the plan's order: drawn in server-rendered HTML
 *   and while the page prints, shown on paper and where scripting is off (the list is hidden there).
 * @csspart dialog - The dialog that shows one commitment's card.
 * @csspart close-button - The dialog's close button.
 * @csspart notice - A message box (no data, error).
 * @csspart retry-button - The retry button after a failed load.
 * @csspart problems - Problems found in the data: one quiet line at the end, or with `debug` the list at the top.
 * @csspart stage-notice - For a draft or adopted plan, the notice that progress is tracked once it is being implemented.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --ogp-color-primary - Links, buttons, selections.
 * @cssprop --ogp-color-focus - The keyboard focus ring, drawn around a dark inner ring (light and dark default: `#ffdd00`).
 * @cssprop --ogp-color-text - Body text.
 * @cssprop --ogp-color-muted - Secondary text.
 * @cssprop --ogp-color-surface - Background.
 * @cssprop --ogp-color-border - Borders.
 * @cssprop --ogp-font-family - Font; inherits the page's by default.
 * @cssprop --ogp-radius - Corner radius.
 * @cssprop --ogp-space - Base spacing.
 * @cssprop --ogp-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --ogp-color-danger - Errors and overdue markers.
 * @cssprop --ogp-status-in-progress - Colour of milestones "in progress".
 * @cssprop --ogp-font-size - The widget's base size; everything inside is in em.
 */
export class OgpActionPlan extends OgpElement {
  static override styles = [OgpElement.styles, paddedPanel, actionPlanStyles];

  /** Keep the list's filters in the URL hash. */
  @property({type: Boolean, attribute: 'sync-url'}) syncUrl = false;


  /** Months without a report after which a commitment is stale; passed to the list and the card. */
  @property({type: Number, attribute: 'stale-after'}) staleAfter?: number;

  /** The commitment whose card is open, from `#commitment=ID` or a click in the list. */
  @state() private openCommitment = '';

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** The element that had focus before the dialog opened, to return to it. */
  private opener?: Element | null;

  private readonly onHashChange = () => (this.openCommitment = readHash().get('commitment') ?? '');

  /** Back/Forward and hash links open and close the card. */
  protected readonly hash = new HashController(this, this.onHashChange);

  override connectedCallback(): void {
    super.connectedCallback();
    this.onHashChange();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The render that hydrated server HTML drew no card: `#commitment=` opens it after the next.
    const hydrated = this.drawingServerHtml;
    super.updated(changed);
    const dialog = this.dialog;
    if (!dialog || hydrated) return;
    const exists = this.loadedPlan?.commitments.some((c) => c.id === this.openCommitment);
    if (this.openCommitment && exists && !dialog.open) {
      this.opener ??= document.activeElement;
      dialog.showModal();
    } else if ((!this.openCommitment || !exists) && dialog.open) {
      dialog.close();
    }
  }

  /** Opens one commitment's card, as `#commitment=ID` would. */
  showCommitment(id: string): void {
    this.opener = document.activeElement;
    writeHash({commitment: id}, 'push');
    this.openCommitment = id;
  }

  private closeCommitment(): void {
    if (!this.openCommitment) return;
    writeHash({commitment: ''}, 'push');
    this.openCommitment = '';
    const opener = this.opener as HTMLElement | null | undefined;
    this.opener = undefined;
    opener?.focus?.();
  }

  private onSelect(event: CustomEvent<OgpSelectDetail>): void {
    if (event.detail.kind === 'commitment' && event.detail.id) this.showCommitment(event.detail.id);
  }

  private renderHeader(plan: ActionPlan): TemplateResult {
    const {msg, locale} = this.i18n;
    const source = plan.source;
    const sourceTitle = source ? this.text(source.title) : nothing;
    const meta: [string, unknown][] = [];
    if (plan.stage) meta.push([msg('Stage'), stageLabel(plan.stage, msg)]);
    if (plan.period) meta.push([msg('Period'), formatDateRange(plan.period.start, plan.period.end, this.i18n)]);
    if (plan.updated) meta.push([msg('Last updated'), formatDate(plan.updated, locale)]);
    if (source) {
      const title = source.url
        ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${sourceTitle}<span class="visually-hidden">
            ${msg('(opens in a new tab)')}</span></a>`
        : sourceTitle;
      meta.push([
        msg('Source'),
        source.publisher ? msg(html`${title}\u00a0· ${this.text(source.publisher)}`) : title,
      ]);
    }
    // A <div>, not <header>: inside the host page a <header> here would be a second banner landmark.
    return html`<div class="header" part="header">
      ${plan.government ? html`<p class="government">${this.text(plan.government)}</p>` : nothing}
      ${heading(this.level(), this.text(plan.title), 'title', 'title')}
      ${
        meta.length
          ? html`<dl class="meta" part="meta">
            ${meta.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
          </dl>`
          : nothing
      }
      ${this.renderStageNotice(plan)}
    </div>`;
  }

  protected override renderPlan(plan: ActionPlan): unknown {
    const {msg} = this.i18n;
    const level = this.level(1);
    const theme = this.theme ?? nothing;
    const today = this.fixedDay ?? nothing;
    const staleAfter = this.staleAfter ?? nothing;
    // Server HTML (and the render that hydrates it) reads nothing from the address: the card of
    // `#commitment=` opens in the next render.
    const open = this.drawingServerHtml ? undefined : plan.commitments.find((c) => c.id === this.openCommitment);
    return html`<section class="dashboard" aria-label=${this.plain(plan.title) || msg('Action plan')} @ogp-select=${this.onSelect}>
      ${this.renderHeader(plan)}
      <ogp-progress-tracker
        no-stage-notice
        part="tracker"
        .plan=${plan}
        heading-level=${level}
        today=${today}
        theme=${theme}
        selectable
        for="commitments"
      ></ogp-progress-tracker>
      <ogp-policy-area-grid
        no-stage-notice
        part="grid"
        .plan=${plan}
        heading-level=${level}
        theme=${theme}
        selectable
        for="commitments"
      ></ogp-policy-area-grid>
      <ogp-commitment-list
        no-stage-notice
        id="commitments"
        part="list"
        .plan=${plan}
        heading-level=${level}
        today=${today}
        stale-after=${staleAfter}
        theme=${theme}
        ?sync-url=${this.syncUrl}
        label=${this.plain(plan.title) || nothing}
        selectable
      ></ogp-commitment-list>
      <dialog part="dialog" aria-label=${open ? msg(str`Commitment ${open.number}`) : msg('Commitment')} @close=${this.closeCommitment}>
        <div class="dialog-bar">
          <button type="button" class="button" part="close-button" @click=${this.closeCommitment}>${msg('Close')}</button>
        </div>
        ${
          open
            ? html`<ogp-commitment-card .plan=${plan} commitment=${open.id} heading-level="2" today=${today} stale-after=${staleAfter} theme=${theme}></ogp-commitment-card>`
            : nothing
        }
      </dialog>
      ${this.showEverything ? this.renderCards(plan) : nothing}
    </section>`;
  }

  /**
   * Every commitment's full card, one after another, in the plan's order: the report that prints,
   * and what readers without JavaScript get in place of the list. Drawn only when everything is
   * shown (server HTML, the render that hydrates it, printing); on a screen where scripts run the
   * stylesheet hides it (the list and its dialog are there), so hydration keeps the server's DOM
   * and nothing moves, and the next render leaves it out.
   */
  private renderCards(plan: ActionPlan): TemplateResult {
    const {msg} = this.i18n;
    const theme = this.theme ?? nothing;
    const today = this.fixedDay ?? nothing;
    const staleAfter = this.staleAfter ?? nothing;
    return html`<section class="cards" part="cards">
      ${heading(this.level(1), msg('Commitments'), 'cards-heading')}
      ${plan.commitments.map(
        (c) => html`<ogp-commitment-card
          no-stage-notice
          .plan=${plan}
          commitment=${c.id}
          heading-level=${this.level(2)}
          today=${today}
          stale-after=${staleAfter}
          theme=${theme}
        ></ogp-commitment-card>`,
      )}
    </section>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="sk-short"></span><span class="sk-title"></span><span class="sk-short"></span>
      <span class="sk-block"></span><span class="sk-block"></span><span></span><span></span><span></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ogp-action-plan': OgpActionPlan;
  }
}
