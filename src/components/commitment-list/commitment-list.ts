import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {str} from '@lit/localize';
import {OgpElement} from '../../base/ogp-element.js';
import {emit, type OgpFilterDetail, type OgpSelectDetail} from '../../base/events.js';
import {heading} from '../../base/heading.js';
import {readHash, writeHash} from '../../base/hash.js';
import {ogpValueLabel} from '../../base/labels.js';
import {completionLabel} from '../../base/status.js';
import {renderChips, renderProgress, renderStatus, type PartsContext} from '../../base/commitment-parts.js';
import {commitmentPartsStyles} from '../../base/commitment-parts.styles.js';
import {countMilestones, resolveToday} from '../../data/progress.js';
import {COMPLETION_LEVELS, OGP_VALUES, type ActionPlan, type Commitment, type Text} from '../../data/types.js';
import {formatDate, formatNumber} from '../../i18n/format.js';
import {allTexts, pickText} from '../../i18n/text.js';
import {commitmentListStyles} from './commitment-list.styles.js';

const downloadIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 15V3"/><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m7 10 5 5 5-5"/></svg>`;
const chevronIcon = html`<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m6 9 6 6 6-6"/></svg>`;

/** How the list can be ordered. */
export type CommitmentSort = 'number' | 'status' | 'end';
const SORTS: readonly CommitmentSort[] = ['number', 'status', 'end'];

interface ListState extends OgpFilterDetail {
  sort: CommitmentSort;
}

const FILTER_KEYS = ['policyArea', 'ogpValue', 'status', 'agency', 'query'] as const;
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
const STATUS_ORDER: readonly string[] = [...COMPLETION_LEVELS, 'not-reported'];

// ---------------------------------------------------------------------------------------------
// Search, filters and sorting: plain functions over the data.

/** Search normalization: full-width forms and compatibility characters folded (NFKC), lower case. */
const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Number, title and summary in every language, normalized; computed once per commitment object. */
const haystacks = new WeakMap<Commitment, string>();
function haystackOf(commitment: Commitment): string {
  let haystack = haystacks.get(commitment);
  if (haystack === undefined) {
    haystack = normalize([commitment.number, ...allTexts(commitment.title), ...allTexts(commitment.summary)].join('\n'));
    haystacks.set(commitment, haystack);
  }
  return haystack;
}

/**
 * The search words of a query. Chinese has no spaces between words, so each word is matched as a
 * substring (資料開放 finds 政府資料開放與運用法制化); every word must be found.
 */
export const queryTokens = (query: string): string[] => normalize(query).split(/\s+/).filter(Boolean);

/** A lead agency's identity across languages: its English name, else its first. */
const agencyKey = (agency: Text): string => pickText(agency, 'en').value;

const statusOf = (commitment: Commitment): string => commitment.status ?? 'not-reported';

function matches(commitment: Commitment, filters: OgpFilterDetail, tokens: readonly string[]): boolean {
  if (filters.policyArea && !commitment.policyAreas.includes(filters.policyArea)) return false;
  if (filters.ogpValue && !(commitment.ogpValues as string[] | undefined)?.includes(filters.ogpValue)) return false;
  if (filters.status && statusOf(commitment) !== filters.status) return false;
  if (filters.agency && !commitment.leadAgencies?.some((agency) => agencyKey(agency) === filters.agency)) return false;
  if (tokens.length) {
    const haystack = haystackOf(commitment);
    if (!tokens.every((token) => haystack.includes(token))) return false;
  }
  return true;
}

/** Natural order of published numbers: "1-1" < "1-2" < "2" < "10". */
const numberOrder = new Intl.Collator('en', {numeric: true, sensitivity: 'base'});
/** An end date's last possible day, so "2026" sorts after "2026-06"; no end date sorts last. */
const endKey = (commitment: Commitment): string =>
  commitment.period?.end ? `${commitment.period.end}-99-99`.slice(0, 10) : '~';

const COMPARATORS: Record<CommitmentSort, (a: Commitment, b: Commitment) => number> = {
  number: (a, b) => numberOrder.compare(a.number, b.number),
  status: (a, b) => STATUS_ORDER.indexOf(statusOf(a)) - STATUS_ORDER.indexOf(statusOf(b)) || numberOrder.compare(a.number, b.number),
  end: (a, b) => (endKey(a) < endKey(b) ? -1 : endKey(a) > endKey(b) ? 1 : numberOrder.compare(a.number, b.number)),
};

/** Commitments that pass the filters, in the chosen order (ties keep the plan's order). */
export function filterCommitments(plan: ActionPlan, filters: OgpFilterDetail, sort: CommitmentSort = 'number'): Commitment[] {
  const tokens = queryTokens(filters.query);
  const found = plan.commitments.filter((c) => matches(c, filters, tokens));
  return found.sort(COMPARATORS[sort] ?? COMPARATORS.number);
}

/** How many commitments have each filter value, counted once per plan. */
interface Facets {
  areas: Map<string, number>;
  values: Map<string, number>;
  statuses: Map<string, number>;
  agencies: Map<string, {text: Text; count: number}>;
}
const facetCache = new WeakMap<ActionPlan, Facets>();
function facetsOf(plan: ActionPlan): Facets {
  let facets = facetCache.get(plan);
  if (facets) return facets;
  facets = {areas: new Map(), values: new Map(), statuses: new Map(), agencies: new Map()};
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const c of plan.commitments) {
    for (const id of new Set(c.policyAreas)) add(facets.areas, id);
    for (const value of new Set(c.ogpValues ?? [])) add(facets.values, value);
    add(facets.statuses, statusOf(c));
    const seen = new Set<string>();
    for (const agency of c.leadAgencies ?? []) {
      const key = agencyKey(agency);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = facets.agencies.get(key);
      if (entry) entry.count++;
      else facets.agencies.set(key, {text: agency, count: 1});
    }
  }
  facetCache.set(plan, facets);
  return facets;
}

interface Option {
  value: string;
  label: string;
  count: number;
}

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
export class OgpCommitmentList extends OgpElement {
  static override styles = [...OgpElement.styles, commitmentPartsStyles, commitmentListStyles];

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

  @state() private current: ListState = {...EMPTY, sort: 'number'};

  /** How many extra pages "Show more" has added since the last filter change. */
  @state() private extraPages = 0;

  private initialized = false;
  private lastPresets = {policyArea: '', status: ''};
  private memo?: {plan: ActionPlan; key: string; result: Commitment[]};

  // -------------------------------------------------------------------------------------------
  // Public API

  /** The current filters; `''` means any. Setting it replaces every filter (missing ones clear). */
  get filters(): OgpFilterDetail {
    const {policyArea, ogpValue, status, agency, query} = this.current;
    return {policyArea, ogpValue, status, agency, query};
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
    return plan ? [...this.matching(plan)] : [];
  }

  // -------------------------------------------------------------------------------------------
  // State and the URL

  private readonly onHistory = (): void => {
    if (!this.syncUrl) return;
    this.setState(this.readHash() ?? this.presetState(), 'none');
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onHistory);
    window.addEventListener('hashchange', this.onHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onHistory);
    window.removeEventListener('hashchange', this.onHistory);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate?.(changed);
    const presets = {policyArea: this.policyArea ?? '', status: this.status ?? ''};
    if (!this.initialized) {
      this.initialized = true;
      this.lastPresets = presets;
      const next = {...this.current};
      if (presets.policyArea) next.policyArea = presets.policyArea;
      if (presets.status) next.status = presets.status;
      const fromHash = this.syncUrl ? this.readHash() : undefined;
      this.current = fromHash ?? next;
      // Linked widgets attach their listeners in a microtask after connecting: tell them later.
      if (FILTER_KEYS.some((key) => this.current[key])) setTimeout(() => emit(this, 'ogp-filter-change', this.filters));
    } else if (presets.policyArea !== this.lastPresets.policyArea || presets.status !== this.lastPresets.status) {
      const next: Partial<ListState> = {};
      if (presets.policyArea !== this.lastPresets.policyArea) next.policyArea = presets.policyArea;
      if (presets.status !== this.lastPresets.status) next.status = presets.status;
      this.lastPresets = presets;
      this.setState(next, 'replace');
    }
  }

  /** The state the attributes ask for, before the reader changed anything. */
  private presetState(): ListState {
    return {...EMPTY, policyArea: this.policyArea ?? '', status: this.status ?? '', sort: 'number'};
  }

  /** The list's part of the URL hash, or `undefined` when the hash has none of its keys. */
  private readHash(): ListState | undefined {
    const params = readHash();
    if (!Object.values(HASH_KEYS).some((key) => params.has(key))) return undefined;
    const sort = params.get(HASH_KEYS.sort) as CommitmentSort;
    return {
      policyArea: params.get(HASH_KEYS.policyArea) ?? '',
      ogpValue: params.get(HASH_KEYS.ogpValue) ?? '',
      status: params.get(HASH_KEYS.status) ?? '',
      agency: params.get(HASH_KEYS.agency) ?? '',
      query: params.get(HASH_KEYS.query) ?? '',
      sort: SORTS.includes(sort) ? sort : 'number',
    };
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

  private setState(next: Partial<ListState>, historyMode: 'push' | 'replace' | 'none'): void {
    const merged: ListState = {...this.current, ...next};
    const filtersChanged = FILTER_KEYS.some((key) => merged[key] !== this.current[key]);
    if (!filtersChanged && merged.sort === this.current.sort) return;
    this.current = merged;
    this.extraPages = 0;
    if (this.syncUrl && historyMode !== 'none') this.writeHash(historyMode);
    if (filtersChanged) emit(this, 'ogp-filter-change', this.filters);
  }

  private get filtered(): boolean {
    return FILTER_KEYS.some((key) => this.current[key]);
  }

  private matching(plan: ActionPlan): Commitment[] {
    const key = JSON.stringify(this.current);
    if (this.memo?.plan !== plan || this.memo.key !== key) {
      this.memo = {plan, key, result: filterCommitments(plan, this.current, this.current.sort)};
    }
    return this.memo.result;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private get parts(): PartsContext {
    return {...this.renderContext, today: resolveToday(this.today)};
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="sk-title"></span><span class="sk-short"></span><span></span><span></span><span></span
      ><span class="sk-short"></span>`;
  }

  protected override renderPlan(plan: ActionPlan): unknown {
    const {msg} = this.i18n;
    const top = this.noHeading
      ? nothing
      : heading(this.level(), msg('Commitments'), 'list-heading', 'heading');
    if (!plan.commitments.length) {
      return html`${top}
        <div class="notice" part="notice"><p>${msg('This action plan has no commitments yet.')}</p></div>`;
    }
    const found = this.matching(plan);
    const limit = this.pageSize > 0 ? this.pageSize * (1 + this.extraPages) : Infinity;
    const shown = found.slice(0, limit);
    const left = found.length - shown.length;
    const parts = this.parts;
    return html`<div class="list">
      <div class="top">${top} ${this.renderDownload(found.length)}</div>
      ${this.renderFilters(plan)}
      <div class="count-row">
        <div class="count num" part="count" role="status">${this.countText(found.length, plan.commitments.length)}</div>
        ${this.filtered && found.length
          ? html`<button type="button" class="link-button" part="clear-button" @click=${this.onClear}>
              ${msg('Clear filters')}
            </button>`
          : nothing}
      </div>
      ${found.length
        ? this.layout === 'rows'
          ? this.renderTable(plan, shown, parts)
          : this.renderCards(plan, shown, parts)
        : this.renderEmpty()}
      ${left > 0
        ? html`<div class="more">
            <button type="button" class="button secondary" part="more-button" @click=${() => this.showMore(shown.length)}>
              ${msg(str`Show ${formatNumber(Math.min(left, this.pageSize), this.i18n.locale)} more (${formatNumber(left, this.i18n.locale)} left)`)}
            </button>
          </div>`
        : nothing}
    </div>`;
  }

  private countText(found: number, total: number): string {
    const {msg, locale} = this.i18n;
    const all = formatNumber(total, locale);
    const n = formatNumber(found, locale);
    if (!this.filtered) {
      return total === 1 ? msg('1 commitment', {id: 'list-count-one'}) : msg(str`${all} commitments`, {id: 'list-count'});
    }
    return total === 1 ? msg(str`Showing ${n} of 1 commitment`) : msg(str`Showing ${n} of ${all} commitments`);
  }

  private optionLabel(label: string, count: number): string {
    return this.i18n.msg(str`${label} (${formatNumber(count, this.i18n.locale)})`);
  }

  private renderSelect(id: string, label: string, anyLabel: string, value: string, options: Option[], field: keyof OgpFilterDetail) {
    // A menu with one choice filters nothing: leave it out unless it holds the current filter.
    if (options.length < 2 && !value) return nothing;
    if (value && !options.some((option) => option.value === value)) options = [...options, {value, label: value, count: 0}];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} part="select" @change=${(e: Event) => this.setState({[field]: (e.target as HTMLSelectElement).value}, 'push')}>
        <option value="" .selected=${live(!value)}>${anyLabel}</option>
        ${options.map(
          (option) =>
            html`<option value=${option.value} .selected=${live(option.value === value)}>${this.optionLabel(option.label, option.count)}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderFilters(plan: ActionPlan): TemplateResult {
    const {msg, locale} = this.i18n;
    const facets = facetsOf(plan);
    const state = this.current;
    const areas = plan.policyAreas.map((area) => ({value: area.id, label: this.plain(area.title), count: facets.areas.get(area.id) ?? 0}));
    const values = OGP_VALUES.filter((value) => facets.values.has(value)).map((value) => ({
      value,
      label: ogpValueLabel(value, msg),
      count: facets.values.get(value)!,
    }));
    const statuses = STATUS_ORDER.filter((status) => facets.statuses.has(status)).map((status) => ({
      value: status,
      label: status === 'not-reported' ? msg('Not reported') : completionLabel(status as Commitment['status'] & string, msg),
      count: facets.statuses.get(status)!,
    }));
    const collator = new Intl.Collator(locale);
    const agencies = [...facets.agencies].map(([key, {text, count}]) => ({value: key, label: this.plain(text), count}));
    agencies.sort((a, b) => collator.compare(a.label, b.label));
    return html`<div class="filters" part="filters" role="search" aria-label=${msg('Filter commitments')}>
      <div class="field search">
        <label for="q">${msg('Search titles and summaries')}</label>
        <input
          id="q"
          type="search"
          part="search"
          autocomplete="off"
          .value=${live(state.query)}
          @input=${this.onSearch}
        />
      </div>
      ${this.renderSelect('area', msg('Policy area'), msg('All policy areas'), state.policyArea, areas, 'policyArea')}
      ${this.renderSelect('value', msg('OGP value'), msg('All OGP values'), state.ogpValue, values, 'ogpValue')}
      ${this.renderSelect('status', msg('Status'), msg('All statuses'), state.status, statuses, 'status')}
      ${this.renderSelect('agency', msg('Lead agency'), msg('All lead agencies'), state.agency, agencies, 'agency')}
      <div class="field">
        <label for="sort">${msg('Sort by')}</label>
        <select
          id="sort"
          part="select"
          @change=${(e: Event) => this.setState({sort: (e.target as HTMLSelectElement).value as CommitmentSort}, 'push')}
        >
          ${SORTS.map(
            (sort) =>
              html`<option value=${sort} .selected=${live(sort === state.sort)}>
                ${sort === 'number' ? msg('Number') : sort === 'status' ? msg('Status') : msg('End date')}
              </option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  private readonly onSearch = (event: InputEvent): void => {
    if (event.isComposing) return; // wait for the input method to finish a Chinese word
    const query = (event.target as HTMLInputElement).value;
    // The first keystroke makes a history entry; the rest of the typing replaces it.
    this.setState({query}, this.current.query ? 'replace' : 'push');
  };

  private readonly onClear = (): void => {
    this.clearFilters();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  };

  private readonly onSelectTitle = (event: Event): void => {
    const button = (event.target as Element).closest?.('.title-button');
    const id = button?.closest<HTMLElement>('[data-commitment]')?.dataset.commitment;
    if (id) emit(this, 'ogp-select', {kind: 'commitment', id});
  };

  private async showMore(from: number): Promise<void> {
    this.extraPages++;
    await this.updateComplete;
    const first = this.renderRoot.querySelectorAll<HTMLElement>('[data-commitment]')[from];
    (first?.querySelector<HTMLElement>('.title-button') ?? first)?.focus();
  }

  private renderTitle(commitment: Commitment): unknown {
    const title = this.text(commitment.title);
    return this.selectable ? html`<button type="button" class="title-button" part="title-button">${title}</button>` : title;
  }

  private renderCards(plan: ActionPlan, commitments: Commitment[], parts: PartsContext): TemplateResult {
    const {msg} = this.i18n;
    const level = this.level(this.noHeading ? 0 : 1);
    return html`<ol class="items" part="items" role="list" @click=${this.onSelectTitle}>
      ${commitments.map(
        (c) => html`<li class="item" part="item" id=${`commitment-${c.id}`} data-commitment=${c.id} tabindex="-1">
          ${c.number ? html`<p class="number num" part="number">${msg(str`Commitment ${c.number}`)}</p>` : nothing}
          ${heading(level, this.renderTitle(c), 'title', 'title')} ${renderStatus(parts, c)} ${renderProgress(parts, c)}
          ${renderChips(parts, plan, c)}
          ${c.summary ? html`<p class="summary" part="summary">${this.text(c.summary)}</p>` : nothing}
        </li>`,
      )}
    </ol>`;
  }

  private renderTable(plan: ActionPlan, commitments: Commitment[], parts: PartsContext): TemplateResult {
    const {msg, locale} = this.i18n;
    // Columns the plan has no data for at all (Taiwan's draft: milestones, dates) are left out.
    const hasMilestones = plan.commitments.some((c) => c.milestones?.length);
    const hasEnd = plan.commitments.some((c) => c.period?.end);
    const areaTitle = new Map(plan.policyAreas.map((area) => [area.id, area.title]));
    const columns: {key: string; label: string; cell: (c: Commitment) => TemplateResult}[] = [
      {key: 'number', label: msg('No.'), cell: (c) => html`<span>${c.number}</span>`},
      {key: 'title', label: msg('Title'), cell: (c) => html`<span>${this.renderTitle(c)}</span>`},
      {key: 'status', label: msg('Status'), cell: (c) => renderStatus(parts, c)},
    ];
    if (hasMilestones) {
      columns.push({
        key: 'milestones',
        label: msg('Milestones'),
        cell: (c) => {
          const count = countMilestones([c], parts.today);
          return html`<span>
            ${count.total
              ? html`${msg(str`${formatNumber(count.complete, locale)} of ${formatNumber(count.total, locale)}`)}
                ${count.overdue
                  ? html`<span class="overdue-count">· ${msg(str`${formatNumber(count.overdue, locale)} overdue`)}</span>`
                  : nothing}`
              : html`<span aria-hidden="true">–</span><span class="visually-hidden">${msg('No milestones recorded')}</span>`}
          </span>`;
        },
      });
    }
    if (hasEnd) {
      columns.push({
        key: 'end',
        label: msg('End date'),
        cell: (c) =>
          html`<span>
            ${c.period?.end
              ? formatDate(c.period.end, locale)
              : html`<span aria-hidden="true">–</span><span class="visually-hidden">${msg('No end date')}</span>`}
          </span>`,
      });
    }
    columns.push({
      key: 'areas',
      label: msg('Policy areas'),
      cell: (c) => html`<ul class="area-list">
        ${c.policyAreas.map((id) => (areaTitle.has(id) ? html`<li>${this.text(areaTitle.get(id))}</li>` : nothing))}
      </ul>`,
    });
    return html`<div class="table-box">
      <table class="rows" part="table" role="table" @click=${this.onSelectTitle}>
        <caption class="visually-hidden">${msg('Commitments')}</caption>
        <colgroup>
          ${columns.map((column) => html`<col class=${`col-${column.key}`} />`)}
        </colgroup>
        <thead role="rowgroup">
          <tr role="row">
            ${columns.map((column) => html`<th scope="col" role="columnheader">${column.label}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${commitments.map(
            (c) => html`<tr role="row" part="row" id=${`commitment-${c.id}`} data-commitment=${c.id} tabindex="-1">
              ${columns.map((column) =>
                column.key === 'title'
                  ? html`<th role="rowheader" scope="row" class="title" part="title" data-label=${column.label}>${column.cell(c)}</th>`
                  : html`<td
                      role="cell"
                      class=${column.key === 'number' ? 'number num' : column.key === 'milestones' || column.key === 'end' ? 'num' : ''}
                      part=${column.key === 'number' ? 'number' : nothing}
                      data-label=${column.label}
                    >
                      ${column.cell(c)}
                    </td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const {msg} = this.i18n;
    return html`<div class="notice empty" part="empty">
      <p class="title">${msg('No commitments match these filters.')}</p>
      <div class="actions">
        <button type="button" class="button" part="clear-button" @click=${this.onClear}>${msg('Clear filters')}</button>
      </div>
    </div>`;
  }

  // -------------------------------------------------------------------------------------------
  // Downloads

  private renderDownload(found: number): TemplateResult {
    const {msg, locale} = this.i18n;
    return html`<details class="download" part="download">
      <summary part="download-summary">${downloadIcon}<span>${msg('Download data')}</span>${chevronIcon}</summary>
      <div class="download-panel">
        <p class="muted">
          ${this.filtered
            ? msg(str`The files hold the ${formatNumber(found, locale)} commitments that match the filters.`)
            : msg('The files hold every commitment of the plan.')}
        </p>
        <ul class="download-buttons">
          <li><button type="button" class="button secondary" part="download-button" data-format="json" @click=${this.onDownload}>JSON</button></li>
          <li>
            <button type="button" class="button secondary" part="download-button" data-format="commitments" @click=${this.onDownload}>
              ${msg('Commitments (CSV)')}
            </button>
          </li>
          <li>
            <button type="button" class="button secondary" part="download-button" data-format="milestones" @click=${this.onDownload}>
              ${msg('Milestones (CSV)')}
            </button>
          </li>
        </ul>
      </div>
    </details>`;
  }

  private readonly onDownload = async (event: Event): Promise<void> => {
    const format = (event.currentTarget as HTMLElement).dataset.format;
    await this.download(format as 'json' | 'commitments' | 'milestones');
  };

  /** Saves the plan, narrowed to the matching commitments (in the plan's order), as a file. */
  async download(format: 'json' | 'commitments' | 'milestones'): Promise<void> {
    const plan = this.loadedPlan;
    if (!plan) return;
    const exporter = await import('../../data/export.js');
    const keep = new Set(this.matching(plan));
    const narrowed = exporter.withCommitments(plan, plan.commitments.filter((c) => keep.has(c)));
    const suffix = this.filtered ? '-filtered' : '';
    const locale = this.i18n.locale;
    if (format === 'json') {
      save(exporter.planJson(narrowed), 'application/json;charset=utf-8', `${plan.id}${suffix}.json`);
    } else if (format === 'commitments') {
      save(exporter.commitmentRowsCsv(narrowed, locale), 'text/csv;charset=utf-8', `${plan.id}-commitments${suffix}.csv`);
    } else {
      save(
        exporter.milestoneRowsCsv(narrowed, locale, resolveToday(this.today)),
        'text/csv;charset=utf-8',
        `${plan.id}-milestones${suffix}.csv`,
      );
    }
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

/** Saves text as a file through a temporary download link. */
function save(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

declare global {
  interface HTMLElementTagNameMap {
    'ogp-commitment-list': OgpCommitmentList;
  }
}
