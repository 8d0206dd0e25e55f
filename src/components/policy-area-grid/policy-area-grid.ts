import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {OgpElement} from '../../base/ogp-element.js';
import {LinkController} from '../../base/linking.js';
import type {PolicyAreaGridView} from './policy-area-grid.view.js';

/**
 * The policy areas of an action plan as tiles: an icon, the name, its sub-topics and how many
 * commitments each holds. Areas without commitments are shown muted, never hidden. With
 * `selectable`, the tiles become toggle buttons that filter other widgets through `ogp-select`.
 *
 * Selection is single: choosing a tile selects it (and unselects any other); choosing the selected
 * tile again clears the selection and fires `ogp-select` with `id: ""`. Setting `selected` from
 * the page changes the pressed tile without firing an event.
 *
 * Keyboard (with `selectable`): Tab reaches one tile (the selected one, else the first); the arrow
 * keys move between tiles (Up/Down by a row; Left/Right follow the reading direction), Home/End go
 * to the first/last tile, Enter or Space toggles.
 *
 * Icons: lucide (ISC), inlined; an area's `id` picks its icon, or its optional `icon` field names
 * another key of the same map (`anti-corruption`, `civic-space`, `digital-governance`,
 * `marginalized-communities`, `right-to-information`, `public-service-delivery`,
 * `fiscal-openness`, `justice`, `gender`). Anything else gets a generic landmark icon.
 *
 * @tagname ogp-policy-area-grid
 * @summary Policy areas as tiles with commitment counts; optionally a single-select filter.
 *
 * @attr src - URL of the action plan JSON.
 * @attr selectable - Tiles become toggle buttons (`aria-pressed`) that fire `ogp-select`.
 * @attr for - Id of an `<ogp-commitment-list>` on the page that this widget's selection filters (see docs/linking.md).
 * @attr selected - Id of the selected policy area (reflected); empty or absent: none.
 * @attr no-heading - Leave out the widget's "Policy areas" heading (when the page has its own).
 * @attr heading-level - Level (1–6) of the widget's heading; tile names are headings one deeper
 *   (when not selectable: a button's name cannot be a heading).
 * @attr theme - `light` or `dark`; by default the page's colour scheme decides.
 * @attr lang - Language of the widget (`zh-TW` or `en`); inherited from the page when absent.
 * @attr timeout - Milliseconds before loading `src` gives up.
 *
 * @prop {unknown} plan - The action plan as an object; wins over inline JSON and `src`.
 * @prop {(raw: unknown) => unknown} transform - Turns a response of another shape into a plan.
 * @prop {string | undefined} selected - Id of the selected policy area.
 * @prop {boolean} selectable - Whether the tiles are toggle buttons.
 * @prop {boolean} noHeading - Whether the widget's heading is left out.
 *
 * @slot - An optional `<script type="application/json">` holding the plan inline.
 *
 * @event ogp-load - The plan loaded; `detail` is the validated plan.
 * @event ogp-error - Loading failed; `detail` is `{kind, message, problems, url, status}`.
 * @event ogp-select - The reader selected a tile (`detail`: `{kind: "policy-area", id}`) or
 *   cleared the selection by choosing the selected tile again (`{kind: "policy-area", id: ""}`).
 *
 * @csspart base - The widget's root box.
 * @csspart heading - The widget's "Policy areas" heading.
 * @csspart grid - The container of the tiles (a list, or with `selectable` a group of buttons).
 * @csspart tile - One policy area's tile.
 * @csspart tile-selected - The selected tile (in addition to `tile`).
 * @csspart icon - The round icon badge of a tile.
 * @csspart name - A tile's policy-area name.
 * @csspart topics - A tile's list of sub-topics.
 * @csspart count - A tile's commitment count.
 * @csspart notice - A message box (no data, no policy areas, error).
 * @csspart retry-button - The retry button after a failed load.
 * @csspart problems - The summary of problems found in the data.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --ogp-color-primary - Icons, the selected tile, focus rings.
 * @cssprop --ogp-color-text - Body text.
 * @cssprop --ogp-color-muted - Counts, topics and areas without commitments.
 * @cssprop --ogp-color-surface - Background and tiles.
 * @cssprop --ogp-color-surface-alt - Topic chips and the badge of empty areas.
 * @cssprop --ogp-color-border - Tile borders.
 * @cssprop --ogp-font-family - Font; inherits the page's by default.
 * @cssprop --ogp-radius - Corner radius.
 * @cssprop --ogp-space - Base spacing.
 */
export class OgpPolicyAreaGrid extends OgpElement<PolicyAreaGridView> {
  protected static override loadView = () => import('./policy-area-grid.view.js');

  /** Tiles become toggle buttons that fire `ogp-select`. */
  @property({type: Boolean, reflect: true}) selectable = false;

  /** Id of the selected policy area; `undefined` or `""` for none. */
  @property({reflect: true}) selected?: string;

  /** Id of a commitment list that this widget's selection filters; kept in step with its filters. */
  @property() for?: string;

  /** @internal */
  readonly link = new LinkController(this, (filters) => {
    this.selected = filters.policyArea || undefined;
  });

  /** Leave out the widget's heading. */
  @property({type: Boolean, reflect: true, attribute: 'no-heading'})
  noHeading = false;

  protected override renderSkeleton(): TemplateResult {
    const tile = html`<div class="sk-tile">
      <span class="sk-badge"></span><span class="sk-line sk-name"></span
      ><span class="sk-line sk-count"></span>
      <span class="sk-line sk-topics"></span>
    </div>`;
    return html`${this.noHeading ? nothing : html`<span class="sk-title"></span>`}
      <div class="grid-layout sk-grid">
        ${[1, 2, 3, 4, 5, 6].map(() => tile)}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ogp-policy-area-grid': OgpPolicyAreaGrid;
  }
}
