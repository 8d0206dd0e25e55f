import {html, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {OgpElement} from '../../base/ogp-element.js';
import {LinkController} from '../../base/linking.js';
import type {Completion} from '../../data/types.js';
import type {ProgressTrackerView} from './progress-tracker.view.js';

/** A legend entry: a level of OGP's completion scale, or commitments that report no status. */
export type TrackerStatus = Completion | 'not-reported';

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
 * @csspart legend - The legend list: icon, label, count and share of each status.
 * @csspart legend-button - A legend entry's toggle button, with `selectable`.
 * @csspart milestones - The milestone summary (text and bar), and in commitment mode the milestone list.
 * @csspart areas - The per-policy-area table.
 * @csspart timeline - The plan (or commitment) period with today's position.
 * @csspart today - The "today" marker on the timeline.
 * @csspart notice - A message box (no progress yet, no commitments, unknown id, error).
 * @csspart retry-button - The retry button after a failed load.
 * @csspart problems - The summary of problems found in the data.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --ogp-color-primary - Focus rings, the selected legend entry, the today marker.
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
export class OgpProgressTracker extends OgpElement<ProgressTrackerView> {
  protected static override loadView = () => import('./progress-tracker.view.js');

  /** Id of one commitment to narrow the overview to. */
  @property() commitment?: string;

  /** The date progress is measured against, `YYYY-MM-DD`. */
  @property() today?: string;

  /** Legend entries become toggle buttons that fire `ogp-select`. */
  @property({type: Boolean, reflect: true}) selectable = false;

  /** The selected legend status, if any. */
  @property({reflect: true}) selected?: string;

  /** Id of a commitment list that this widget's selection filters; kept in step with its filters. */
  @property() for?: string;

  /** @internal */
  readonly link = new LinkController(this, (filters) => {
    this.selected = filters.status || undefined;
  });

  /** Leaves out the top heading. */
  @property({attribute: 'no-heading', type: Boolean}) noHeading = false;

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
