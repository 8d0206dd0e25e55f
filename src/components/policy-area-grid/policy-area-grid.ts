import {html, nothing, type SVGTemplateResult, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {heading} from '../../base/heading.js';
import {commitmentCount} from '../../base/labels.js';
import {LinkController} from '../../base/linking.js';
import {OgpElement} from '../../base/ogp-element.js';
import {selectableStyles, selectionCue} from '../../base/selectable.js';
import {paddedPanel} from '../../base/styles.js';
import {commitmentsByArea} from '../../data/progress.js';
import type {ActionPlan, Commitment, PolicyArea} from '../../data/types.js';
import {AREA_ICONS, FALLBACK_ICON} from './icons.js';
import {policyAreaGridStyles} from './policy-area-grid.styles.js';

/** A policy area may name its own icon (a key of `AREA_ICONS`) with an optional `icon` field. */
type AreaWithIcon = PolicyArea & {icon?: unknown};

const hasIcon = (key: unknown): key is string => typeof key === 'string' && Object.hasOwn(AREA_ICONS, key);

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
 * @csspart problems - Problems found in the data: one quiet line at the end, or with `debug` the list at the top.
 * @csspart stage-notice - For a draft or adopted plan, the notice that progress is tracked once it is being implemented.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --ogp-color-primary - Icons, the selected tile.
 * @cssprop --ogp-color-focus - The keyboard focus ring, drawn around a dark inner ring (light and dark default: `#ffdd00`).
 * @cssprop --ogp-color-text - Body text.
 * @cssprop --ogp-color-muted - Counts, topics and areas without commitments.
 * @cssprop --ogp-color-surface - Background and tiles.
 * @cssprop --ogp-color-surface-alt - Topic chips and the badge of empty areas.
 * @cssprop --ogp-color-border - Tile borders.
 * @cssprop --ogp-font-family - Font; inherits the page's by default.
 * @cssprop --ogp-radius - Corner radius.
 * @cssprop --ogp-space - Base spacing.
 */
export class OgpPolicyAreaGrid extends OgpElement {
  static override styles = [OgpElement.styles, paddedPanel, policyAreaGridStyles, selectableStyles];

  /** Tiles become toggle buttons that fire `ogp-select`. */
  @property({type: Boolean, reflect: true}) selectable = false;

  /** Id of the selected policy area; `undefined` or `""` for none. */
  @property({reflect: true}) selected?: string;

  /** Id of a commitment list that this widget's selection filters; kept in step with its filters. */
  @property() for?: string;

  /** Leave out the widget's heading. */
  @property({type: Boolean, reflect: true, attribute: 'no-heading'})
  noHeading = false;

  /** Sends selections to the `for` list and follows its filters. */
  private readonly link = new LinkController(this, (filters) => {
    this.selected = filters.policyArea || undefined;
  });

  /** The tile that holds the roving tab stop while focus is inside the grid. */
  @state() private focusId?: string;
  /** Warnings already given, so each unknown icon is reported once. */
  private readonly warned = new Set<string>();

  protected override renderPlan(plan: ActionPlan): unknown {
    const {msg} = this.i18n;
    const areas = plan.policyAreas;
    const byArea = commitmentsByArea(plan);
    return html`<section class="areas">
      ${this.noHeading ? nothing : heading(this.level(), msg('Policy areas'), 'heading', 'heading')}
      ${this.renderStageNotice(plan)}
      ${
        areas.length
          ? this.selectable
            ? this.renderButtons(areas, byArea)
            : this.renderList(areas, byArea)
          : html`<div class="notice" part="notice">
              <p>${msg('This action plan lists no policy areas.')}</p>
            </div>`
      }
    </section>`;
  }

  private renderList(areas: PolicyArea[], byArea: Map<PolicyArea, Commitment[]>): TemplateResult {
    const {msg} = this.i18n;
    return html`<ul
      class="grid grid-layout"
      part="grid"
      role="list"
      aria-label=${msg('Policy areas')}
    >
      ${areas.map((area) => {
        const count = byArea.get(area)?.length ?? 0;
        return html`<li
          class="tile"
          part="tile"
          data-area=${area.id}
          ?data-empty=${count === 0}
        >
          <div class="head">
            ${this.renderIcon(area)}
            <div class="titles">
              ${heading(this.level(1), this.text(area.title), 'name', 'name')}
              <p class="count num" part="count">${this.countLabel(count)}</p>
            </div>
          </div>
          ${
            area.topics.length
              ? html`<ul
                  class="topics"
                  part="topics"
                  role="list"
                  aria-label=${msg('Topics')}
                >
                  ${area.topics.map((topic) => html`<li class="topic">${this.text(topic)}</li>`)}
                </ul>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }

  private renderButtons(areas: PolicyArea[], byArea: Map<PolicyArea, Commitment[]>): TemplateResult {
    const {msg, locale} = this.i18n;
    const ids = areas.map((area) => area.id);
    const stop = [this.focusId, this.selected].find((id) => id && ids.includes(id)) ?? ids[0];
    // Read-aloud pauses in the buttons' names (visually hidden): after the name and count, and
    // between topics.
    const pause = locale === 'zh-TW' ? '，' : ', ';
    const separator = locale === 'zh-TW' ? '、' : ', ';
    return html`<div
      class="grid grid-layout"
      part="grid"
      role="group"
      aria-label=${msg('Policy areas')}
      @keydown=${this.onKeyDown}
      @focusin=${this.onFocusIn}
      @focusout=${this.onFocusOut}
    >
      ${areas.map((area) => {
        const count = byArea.get(area)?.length ?? 0;
        const pressed = area.id === this.selected;
        return html`<button
          type="button"
          class="tile selectable"
          part=${pressed ? 'tile tile-selected' : 'tile'}
          data-area=${area.id}
          ?data-empty=${count === 0}
          aria-pressed=${pressed ? 'true' : 'false'}
          tabindex=${area.id === stop ? '0' : '-1'}
          @click=${() => this.toggle(area.id)}
        >
          <span class="head"
            >${this.renderIcon(area)}<span class="titles"
              ><span class="name" part="name"
                >${this.text(area.title)}</span
              ><span class="count num" part="count"
                ><span class="visually-hidden">${pause}</span
                >${this.countLabel(count)}</span
              ></span
            ></span
          >${selectionCue()}${
            area.topics.length
              ? html`<span class="topics" part="topics"
                  >${area.topics.map(
                    (topic, i) =>
                      html`<span class="visually-hidden"
                          >${i ? separator : pause}</span
                        ><span class="topic">${this.text(topic)}</span>`,
                  )}</span
                >`
              : nothing
          }
        </button>`;
      })}
    </div>`;
  }

  private renderIcon(area: AreaWithIcon): TemplateResult {
    return html`<span class="badge" part="icon"
      ><svg
        class="area-icon"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        ${this.iconOf(area)}
      </svg></span
    >`;
  }

  /** The area's own `icon` when it names a known one, else its id's icon, else the fallback. */
  private iconOf(area: AreaWithIcon): SVGTemplateResult {
    if (area.icon !== undefined) {
      if (hasIcon(area.icon)) return AREA_ICONS[area.icon];
      const warning = `<ogp-policy-area-grid>: policy area "${area.id}" has an unknown icon ${JSON.stringify(area.icon)}; known icons: ${Object.keys(AREA_ICONS).join(', ')}`;
      if (!this.warned.has(warning)) {
        this.warned.add(warning);
        console.warn(warning);
      }
      return FALLBACK_ICON;
    }
    return hasIcon(area.id) ? AREA_ICONS[area.id] : FALLBACK_ICON;
  }

  private countLabel(count: number): string {
    const {msg, locale} = this.i18n;
    return count ? commitmentCount(count, msg, locale) : msg('No commitments');
  }

  /** Single selection: the chosen tile, or none when the selected tile is chosen again. */
  private toggle(id: string): void {
    this.focusId = id;
    this.link.toggle('policy-area', id);
  }

  private tiles(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.tile')];
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const tiles = this.tiles();
    const current = tiles.indexOf((event.target as Element).closest('button.tile') as HTMLButtonElement);
    if (current < 0) return;
    const grid = event.currentTarget as HTMLElement;
    const rtl = getComputedStyle(grid).direction === 'rtl';
    const columns = Math.max(1, getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean).length);
    const last = tiles.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = rtl ? current - 1 : current + 1;
        break;
      case 'ArrowLeft':
        next = rtl ? current + 1 : current - 1;
        break;
      case 'ArrowDown':
        // To the tile below; from a full row above a shorter last row, to the last tile.
        next = Math.floor(current / columns) < Math.floor(last / columns) ? Math.min(current + columns, last) : current;
        break;
      case 'ArrowUp':
        next = current >= columns ? current - columns : current;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    next = Math.min(last, Math.max(0, next));
    if (next === current) return;
    this.focusId = tiles[next].dataset.area;
    tiles[next].focus();
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const tile = (event.target as Element).closest<HTMLElement>('button.tile');
    if (tile?.dataset.area) this.focusId = tile.dataset.area;
  };

  /** Leaving the grid resets the tab stop to the selected tile (else the first). */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const grid = event.currentTarget as HTMLElement;
    if (!grid.contains(event.relatedTarget as Node | null)) this.focusId = undefined;
  };

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
