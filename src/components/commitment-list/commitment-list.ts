import {html, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {OgpElement} from '../../base/ogp-element.js';
import {emit, type OgpFilterDetail, type OgpSelectDetail} from '../../base/events.js';
import {HashController, readHash, writeHash} from '../../base/hash.js';
import type {Commitment} from '../../data/types.js';
import type {DownloadFormat} from '../../data/export.js';
import type {CommitmentListView} from './commitment-list.view.js';

/** How the list can be ordered. */
export type CommitmentSort = 'number' | 'status' | 'end';
export const SORTS: readonly CommitmentSort[] = ['number', 'status', 'end'];

export interface ListState extends OgpFilterDetail {
  sort: CommitmentSort;
}

const FILTER_KEYS = ['policyArea', 'ogpValue', 'status', 'agency', 'query'] as const;
/** The filters that attributes can set from the start. */
const PRESET_KEYS = ['policyArea', 'status'] as const;
const EMPTY: OgpFilterDetail = {policyArea: '', ogpValue: '', status: '', agency: '', query: ''};

/** The URL hash parameter of each part of the state (with `sync-url`). */
const HASH_KEYS: Record<keyof ListState, string> = {
  policyArea: 'area',
  ogpValue: 'value',
  status: 'status',
  agency: 'agency',
  query: 'q',
  sort: 'sort',
};

/** Status filter values in OGP completion order; commitments without a status come last. */

/**
 * Every commitment of an action plan, filtered, searched and sorted by the reader, as cards or as a
 * table, with the data to take away.
 *
 * @tagname ogp-commitment-list
 * @summary All commitments of a plan with filters, search, sorting, URL state and downloads.
 *
 * @attr src - URL of the action plan JSON.
 * @attr layout - `cards` (default) or `rows` (a table that stacks into blocks in narrow columns).
 * @attr sync-url - Keeps the filters in the page URL's hash (`#area=…&status=…&q=…`), so a filtered
 *   view can be bookmarked and shared and Back/Forward step through filter changes. Other hash
 *   parameters (e.g. `commitment=3`) are kept.
 * @attr page-size - How many commitments show before a "Show more" button (default 20; 0 shows all).
 * @attr policy-area - A policy-area id to filter by from the start.
 * @attr status - A status to filter by from the start (`not-started`, `limited`, `substantial`,
 *   `complete`, `withdrawn` or `not-reported`).
 * @attr selectable - Makes each title a button that fires `ogp-select` with `{kind: 'commitment', id}`
 *   (a dashboard opens the full card on it).
 * @attr today - The date overdue milestones are measured against (`YYYY-MM-DD`); defaults to today.
 * @attr heading-level - Level (1–6) of the list's "Commitments" heading; titles go one deeper.
 * @attr no-heading - Leaves out the "Commitments" heading (titles then take `heading-level`).
 * @attr label - Tells this list's filters apart from another list's on the same page: its search
 *   landmark is then called "Filter commitments: <label>" (landmarks on one page need distinct
 *   names). A dashboard names its own list after the plan.
 * @attr theme - `light` or `dark`; by default the page's colour scheme decides.
 * @attr lang - Language of the widget (`zh-TW` or `en`); inherited from the page when absent.
 * @attr timeout - Milliseconds before loading `src` gives up.
 *
 * @prop {unknown} plan - The action plan as an object; wins over inline JSON and `src`.
 * @prop {(raw: unknown) => unknown} transform - Turns a response of another shape into a plan.
 * @prop {OgpFilterDetail} filters - The current filters (`policyArea`, `ogpValue`, `status`, `agency`,
 *   `query`; `''` means any). Setting it replaces them all.
 * @prop {'number' | 'status' | 'end'} sort - The order: by number, by status or by end date.
 * @prop {Commitment[]} matchingCommitments - Read-only: the commitments that pass the filters, in order.
 *
 * @slot - An optional `<script type="application/json">` holding the plan inline.
 *
 * @event ogp-load - The plan loaded; `detail` is the validated plan.
 * @event ogp-error - Loading failed; `detail` is `{kind, message, problems, url, status}`.
 * @event ogp-filter-change - The filters changed (by the reader, a linked widget, the URL or a
 *   script); `detail` is `{policyArea, ogpValue, status, agency, query}`.
 * @event ogp-select - With `selectable`, the reader chose a commitment: `{kind: 'commitment', id}`.
 *
 * @csspart base - The widget's root box.
 * @csspart heading - The "Commitments" heading.
 * @csspart filters - The search box and filter menus.
 * @csspart search - The search box.
 * @csspart select - A filter or sort menu.
 * @csspart count - The live count of commitments.
 * @csspart items - The list of cards (`layout="cards"`).
 * @csspart item - One commitment's card.
 * @csspart table - The table (`layout="rows"`).
 * @csspart row - One commitment's table row.
 * @csspart number - A commitment number.
 * @csspart title - A commitment title.
 * @csspart title-button - A title's button, with `selectable`.
 * @csspart status - A self-reported status.
 * @csspart chip - A policy-area chip or OGP-value badge.
 * @csspart progress - A milestone progress bar.
 * @csspart summary - A card's summary (three lines at most).
 * @csspart more-button - The "Show more" button.
 * @csspart empty - The message when no commitment matches.
 * @csspart clear-button - A "Clear filters" button.
 * @csspart download - The "Download data" disclosure.
 * @csspart download-summary - The "Download data" toggle.
 * @csspart download-button - A download button (JSON, commitments CSV, milestones CSV).
 * @csspart notice - A message box (no data, error).
 * @csspart retry-button - The retry button after a failed load.
 * @csspart problems - The summary of problems found in the data.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --ogp-color-primary - Links, focus rings, buttons.
 * @cssprop --ogp-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --ogp-color-text - Body text.
 * @cssprop --ogp-color-muted - Secondary text.
 * @cssprop --ogp-color-surface - Background.
 * @cssprop --ogp-color-surface-alt - Background of chips, bars and the filter bar.
 * @cssprop --ogp-color-border - Borders.
 * @cssprop --ogp-color-danger - Overdue counts.
 * @cssprop --ogp-status-not-started - Colour of "not started".
 * @cssprop --ogp-status-limited - Colour of "limited".
 * @cssprop --ogp-status-substantial - Colour of "substantial".
 * @cssprop --ogp-status-complete - Colour of "complete" and of progress bars.
 * @cssprop --ogp-status-withdrawn - Colour of "withdrawn".
 * @cssprop --ogp-font-family - Font; inherits the page's by default.
 * @cssprop --ogp-radius - Corner radius.
 * @cssprop --ogp-space - Base spacing.
 */
export class OgpCommitmentList extends OgpElement<CommitmentListView> {
  protected static override loadView = () => import('./commitment-list.view.js');

  /** `cards` or `rows`. */
  @property({reflect: true}) layout: 'cards' | 'rows' = 'cards';

  /** Keep the filters in the URL hash. */
  @property({attribute: 'sync-url', type: Boolean}) syncUrl = false;

  /** Commitments shown before "Show more"; 0 shows all. */
  @property({attribute: 'page-size', type: Number}) pageSize = 20;

  /** A policy-area id to filter by from the start. */
  @property({attribute: 'policy-area'}) policyArea?: string;

  /** A status to filter by from the start. */
  @property() status?: string;

  /** Titles become buttons that fire `ogp-select`. */
  @property({type: Boolean, reflect: true}) selectable = false;

  /** The date overdue milestones are measured against, `YYYY-MM-DD`. */
  @property() today?: string;

  /** Leave out the "Commitments" heading. */
  @property({attribute: 'no-heading', type: Boolean}) noHeading = false;

  /** Distinguishes this list's search landmark from another list's on the page. */
  @property() label?: string;

  /** @internal */
  @state() current: ListState = {...EMPTY, sort: 'number'};

  /** How many extra pages "Show more" has added since the last filter change. */
  /** @internal */
  @state() extraPages = 0;

  private initialized = false;
  private lastPresets = {policyArea: '', status: ''};

  // -------------------------------------------------------------------------------------------
  // Public API

  /** The current filters; `''` means any. Setting it replaces every filter (missing ones clear). */
  get filters(): OgpFilterDetail {
    return Object.fromEntries(FILTER_KEYS.map((key) => [key, this.current[key]])) as unknown as OgpFilterDetail;
  }

  set filters(value: Partial<OgpFilterDetail>) {
    this.setState({...EMPTY, ...pickFilters(value)}, 'push');
  }

  /** The order of the list. */
  get sort(): CommitmentSort {
    return this.current.sort;
  }

  set sort(value: CommitmentSort) {
    this.setState({sort: SORTS.includes(value) ? value : 'number'}, 'push');
  }

  /** Clears every filter and the search (the order stays). */
  clearFilters(): void {
    this.setState({...EMPTY}, 'push');
  }

  /**
   * Applies a selection from a linked widget (`<ogp-policy-area-grid for=…>`, the tracker's
   * legend): a policy area or a status becomes that filter; an empty id clears it.
   */
  applySelection(selection: OgpSelectDetail): void {
    if (selection.kind === 'policy-area') this.setState({policyArea: selection.id ?? ''}, 'push');
    else if (selection.kind === 'status') this.setState({status: selection.id ?? ''}, 'push');
  }

  /** The commitments that pass the filters, in the list's order. */
  get matchingCommitments(): Commitment[] {
    const plan = this.loadedPlan;
    return plan && this.view ? [...this.view.matching(plan)] : [];
  }

  // -------------------------------------------------------------------------------------------
  // State and the URL

  /** @internal Back/Forward and hash links bring the hash's state in (with `sync-url`). */
  protected readonly hash = new HashController(this, () => {
    if (this.syncUrl) this.setState(this.readHash() ?? this.presetState(), 'none');
  });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate?.(changed);
    const presets = {policyArea: this.policyArea ?? '', status: this.status ?? ''};
    if (!this.initialized) {
      this.initialized = true;
      const next = {...this.current};
      for (const key of PRESET_KEYS) if (presets[key]) next[key] = presets[key];
      this.current = (this.syncUrl && this.readHash()) || next;
      // Linked widgets attach their listeners in a microtask after connecting: tell them later.
      if (this.filtered) setTimeout(() => emit(this, 'ogp-filter-change', this.filters));
    } else {
      // An attribute changed since: that filter follows it (nothing happens when none did).
      const next: Partial<ListState> = {};
      for (const key of PRESET_KEYS) if (presets[key] !== this.lastPresets[key]) next[key] = presets[key];
      this.setState(next, 'replace');
    }
    this.lastPresets = presets;
  }

  /** The state the attributes ask for, before the reader changed anything. */
  private presetState(): ListState {
    return {...EMPTY, policyArea: this.policyArea ?? '', status: this.status ?? '', sort: 'number'};
  }

  /** The list's part of the URL hash, or `undefined` when the hash has none of its keys. */
  private readHash(): ListState | undefined {
    const params = readHash();
    const keys = Object.entries(HASH_KEYS) as [keyof ListState, string][];
    if (!keys.some(([, key]) => params.has(key))) return undefined;
    const state = Object.fromEntries(
      keys.map(([field, key]) => [field, params.get(key) ?? '']),
    ) as unknown as ListState;
    if (!SORTS.includes(state.sort)) state.sort = 'number';
    return state;
  }

  /** Writes the state into the hash; parameters that are not the list's stay as they are. */
  private writeHash(mode: 'push' | 'replace'): void {
    const changes: Record<string, string> = {};
    for (const [field, key] of Object.entries(HASH_KEYS) as [keyof ListState, string][]) {
      const value = this.current[field];
      changes[key] = field === 'sort' && value === 'number' ? '' : value;
    }
    writeHash(changes, mode);
  }

  /** @internal */
  setState(next: Partial<ListState>, historyMode: 'push' | 'replace' | 'none'): void {
    const merged: ListState = {...this.current, ...next};
    const filtersChanged = FILTER_KEYS.some((key) => merged[key] !== this.current[key]);
    if (!filtersChanged && merged.sort === this.current.sort) return;
    this.current = merged;
    this.extraPages = 0;
    if (this.syncUrl && historyMode !== 'none') this.writeHash(historyMode);
    if (filtersChanged) emit(this, 'ogp-filter-change', this.filters);
  }

  /** @internal */
  get filtered(): boolean {
    return FILTER_KEYS.some((key) => this.current[key]);
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="sk-title"></span><span class="sk-short"></span><span></span><span></span><span></span
      ><span class="sk-short"></span>`;
  }

  /** Saves the plan, narrowed to the matching commitments (in the plan's order), as a file. */
  async download(format: DownloadFormat): Promise<void> {
    const plan = this.loadedPlan;
    if (!plan) return;
    const {download} = await import('../../data/export.js');
    download(plan, this.matchingCommitments, format, this.filtered, this.i18n.locale, this.today);
  }
}

function pickFilters(value: Partial<OgpFilterDetail> | null | undefined): Partial<OgpFilterDetail> {
  const picked: Partial<OgpFilterDetail> = {};
  for (const key of FILTER_KEYS) {
    const v = value?.[key];
    if (typeof v === 'string') picked[key] = v;
  }
  return picked;
}

declare global {
  interface HTMLElementTagNameMap {
    'ogp-commitment-list': OgpCommitmentList;
  }
}
