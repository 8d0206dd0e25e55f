import {html, nothing, type SVGTemplateResult, type TemplateResult} from 'lit';
import {heading} from '../../base/heading.js';
import {commitmentCount} from '../../base/labels.js';
import {commitmentsByArea} from '../../data/progress.js';
import type {ActionPlan, Commitment, PolicyArea} from '../../data/types.js';
import {AREA_ICONS, CHECK_ICON, FALLBACK_ICON} from './icons.js';
import {policyAreaGridStyles} from './policy-area-grid.styles.js';
import type {ElementView} from '../../base/ogp-element.js';
import type {OgpPolicyAreaGrid} from './policy-area-grid.js';

/** A policy area may name its own icon (a key of `AREA_ICONS`) with an optional `icon` field. */
type AreaWithIcon = PolicyArea & {icon?: unknown};

const hasIcon = (key: unknown): key is string => typeof key === 'string' && Object.hasOwn(AREA_ICONS, key);

/** How <ogp-policy-area-grid> draws a loaded plan (loaded on first use; see ElementView). */
export class PolicyAreaGridView implements ElementView {
  private focused?: string;
  private warned = new Set<string>();

  constructor(private readonly grid: OgpPolicyAreaGrid) {}

  /** The tile that holds the roving tab stop while focus is inside the grid. */
  private get focusId(): string | undefined {
    return this.focused;
  }
  private set focusId(id: string | undefined) {
    this.focused = id;
    this.grid.requestUpdate();
  }

  renderPlan(plan: ActionPlan): unknown {
    const {msg} = this.grid.i18n;
    const areas = plan.policyAreas;
    const byArea = commitmentsByArea(plan);
    return html`<section class="areas">
      ${this.grid.noHeading ? nothing : heading(this.grid.level(), msg('Policy areas'), 'heading', 'heading')}
      ${
        areas.length
          ? this.grid.selectable
            ? this.renderButtons(areas, byArea)
            : this.renderList(areas, byArea)
          : html`<div class="notice" part="notice">
              <p>${msg('This action plan lists no policy areas.')}</p>
            </div>`
      }
    </section>`;
  }

  private renderList(areas: PolicyArea[], byArea: Map<PolicyArea, Commitment[]>): TemplateResult {
    const {msg} = this.grid.i18n;
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
              ${heading(this.grid.level(1), this.grid.text(area.title), 'name', 'name')}
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
                  ${area.topics.map((topic) => html`<li class="topic">${this.grid.text(topic)}</li>`)}
                </ul>`
              : nothing
          }
        </li>`;
      })}
    </ul>`;
  }

  private renderButtons(areas: PolicyArea[], byArea: Map<PolicyArea, Commitment[]>): TemplateResult {
    const {msg, locale} = this.grid.i18n;
    const ids = areas.map((area) => area.id);
    const stop = [this.focusId, this.grid.selected].find((id) => id && ids.includes(id)) ?? ids[0];
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
        const pressed = area.id === this.grid.selected;
        return html`<button
          type="button"
          class="tile"
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
                >${this.grid.text(area.title)}</span
              ><span class="count num" part="count"
                ><span class="visually-hidden">${pause}</span
                >${this.countLabel(count)}</span
              ></span
            >${pressed ? this.renderSelectedMark() : nothing}</span
          >${
            area.topics.length
              ? html`<span class="topics" part="topics"
                  >${area.topics.map(
                    (topic, i) =>
                      html`<span class="visually-hidden"
                          >${i ? separator : pause}</span
                        ><span class="topic">${this.grid.text(topic)}</span>`,
                  )}</span
                >`
              : nothing
          }
        </button>`;
      })}
    </div>`;
  }

  /** The visible mark of the selected tile (assistive technology hears `aria-pressed`). */
  private renderSelectedMark(): TemplateResult {
    return html`<span class="selected-mark" aria-hidden="true"
      ><svg
        class="check"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="3"
        stroke-linecap="round"
        stroke-linejoin="round"
        focusable="false"
      >
        ${CHECK_ICON}</svg
      >${this.grid.i18n.msg('Selected')}</span
    >`;
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
    const {msg, locale} = this.grid.i18n;
    return count ? commitmentCount(count, msg, locale) : msg('No commitments');
  }

  /** Single selection: the chosen tile, or none when the selected tile is chosen again. */
  private toggle(id: string): void {
    this.focusId = id;
    this.grid.link.toggle('policy-area', id);
  }

  private tiles(): HTMLButtonElement[] {
    return [...(this.grid.renderRoot as ShadowRoot).querySelectorAll<HTMLButtonElement>('button.tile')];
  }

  private onKeyDown = (event: KeyboardEvent): void => {
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

  private onFocusIn = (event: FocusEvent): void => {
    const tile = (event.target as Element).closest<HTMLElement>('button.tile');
    if (tile?.dataset.area) this.focusId = tile.dataset.area;
  };

  /** Leaving the grid resets the tab stop to the selected tile (else the first). */
  private onFocusOut = (event: FocusEvent): void => {
    const grid = event.currentTarget as HTMLElement;
    if (!grid.contains(event.relatedTarget as Node | null)) this.focusId = undefined;
  };
}

export const styles = [policyAreaGridStyles];
export const createView = (grid: OgpPolicyAreaGrid): ElementView => new PolicyAreaGridView(grid);
export {templates as zhTW} from '../../i18n/generated/zh-TW-views.js';
