import {html, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {OgpElement} from '../../base/ogp-element.js';
import type {CommitmentCardView} from './commitment-card.view.js';

/**
 * One commitment of an action plan at a glance, and in depth on demand.
 *
 * @tagname ogp-commitment-card
 * @summary A commitment card: title, status, milestones, assessments.
 *
 * @attr commitment - Id of the commitment to show.
 * @attr src - URL of the action plan JSON.
 * @attr compact - A short variant for sidebars: title, status, progress and areas only.
 * @attr today - The date overdue milestones are measured against (`YYYY-MM-DD`); defaults to today.
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
 * @csspart chip - A policy-area chip or OGP-value badge.
 * @csspart progress - The milestone progress bar.
 * @csspart milestones - The milestone list.
 * @csspart assessments - The assessments, side by side.
 * @csspart toggle - A "show more" button.
 * @csspart notice - A message box (no data, unknown id, error).
 * @csspart retry-button - The retry button after a failed load.
 * @csspart problems - The summary of problems found in the data.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --ogp-color-primary - Links, focus rings, buttons.
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
export class OgpCommitmentCard extends OgpElement<CommitmentCardView> {
  protected static override loadView = () => import('./commitment-card.view.js');

  /** Id of the commitment to show. */
  @property() commitment?: string;

  /** A short variant for sidebars. */
  @property({type: Boolean, reflect: true}) compact = false;

  /** The date overdue milestones are measured against, `YYYY-MM-DD`. */
  @property() today?: string;

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="sk-short"></span><span class="sk-title"></span
      ><span></span><span></span><span class="sk-short"></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ogp-commitment-card': OgpCommitmentCard;
  }
}
