import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {repeat} from 'lit/directives/repeat.js';
import {str} from '@lit/localize';
import {OgpElement} from '../../base/ogp-element.js';
import {paddedPanel} from '../../base/styles.js';
import {emit, type OgpFilterDetail, type OgpSelectDetail} from '../../base/events.js';
import {HashController, readHash, writeHash} from '../../base/hash.js';
import {heading} from '../../base/heading.js';
import {ogpValueLabel} from '../../base/labels.js';
import {reportedStatusLabel} from '../../base/status.js';
import {
  chipsPart,
  lastReportPart,
  numberPart,
  overduePart,
  progressPart,
  staleMark,
  statusPart,
  type PartsContext,
} from '../../base/commitment-parts.js';
import {commitmentPartsStyles} from '../../base/commitment-parts.styles.js';
import {beforeImplementation, countMilestones} from '../../data/progress.js';
import {lastReportDate, tracksReports} from '../../data/reports.js';
import {OGP_VALUES, REPORTED_STATUSES, type ActionPlan, type Commitment} from '../../data/types.js';
import type {DownloadFormat} from '../../data/export.js';
import {formatDate, formatNumber} from '../../i18n/format.js';
import {commitmentListStyles} from './commitment-list.styles.js';
import {
  facetsOf,
  filterCommitments,
  passesReportFilter,
  REPORT_FILTERS,
  SORTS,
  type CommitmentSort,
  type Option,
  type ReportFilter,
} from './filter.js';

export {SORTS, type CommitmentSort} from './filter.js';

export interface ListState extends Required<OgpFilterDetail> {
  sort: CommitmentSort;
}

/** The filters that hold text (`''` means any). */
const TEXT_KEYS = ['policyArea', 'ogpValue', 'status', 'agency', 'query'] as const;
/** Every filter: the text ones, then the report ones (on or off). */
const FILTER_KEYS = [...TEXT_KEYS, ...REPORT_FILTERS] as const;
/** The filters that attributes can set from the start. */
const PRESET_KEYS = ['policyArea', 'status'] as const;
const EMPTY: Required<OgpFilterDetail> = {
  policyArea: '',
  ogpValue: '',
  status: '',
  agency: '',
  query: '',
  changed: false,
  stale: false,
  lateWithChallenges: false,
};

/** The URL hash parameter of each part of the state (with `sync-url`). */
const HASH_KEYS: Record<keyof ListState, string> = {
  policyArea: 'area',
  ogpValue: 'value',
  status: 'status',
  agency: 'agency',
  query: 'q',
  changed: 'changed',
  stale: 'stale',
  lateWithChallenges: 'late',
  sort: 'sort',
};

const downloadIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 15V3"/><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m7 10 5 5 5-5"/></svg>`;
const chevronIcon = html`<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m6 9 6 6 6-6"/></svg>`;

/** A column of the rows layout: its key (class names), header, and cell content. */
interface Column {
  key: 'number' | 'title' | 'status' | 'report' | 'milestones' | 'end' | 'areas';
  label: string;
  cell: (commitment: Commitment) => unknown;
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
 * @attr sync-url - Keeps the filters in the page URL's hash (`#area=…&status=…&q=…&stale=1`), so a filtered
 *   view can be bookmarked and shared and Back/Forward step through filter changes. Other hash
 *   parameters (e.g. `commitment=3`) are kept.
 * @attr page-size - How many commitments show before a "Show more" button (default 20; 0 shows all).
 *   Printed, and in server-rendered HTML read without JavaScript, the list holds every commitment.
 * @attr policy-area - A policy-area id to filter by from the start.
 * @attr status - A status to filter by from the start (`not-started`, `limited`, `substantial`,
 *   `complete`, `withdrawn` or `not-reported`).
 * @attr selectable - Makes each title a button that fires `ogp-select` with `{kind: 'commitment', id}`
 *   (a dashboard opens the full card on it).
 * @attr today - The date overdue milestones and stale reports are measured against (`YYYY-MM-DD`);
 *   defaults to today.
 * @attr stale-after - Months without a progress report after which a commitment is stale (a
 *   positive whole number); by default the plan's `reportingIntervalMonths`, else 6.
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
 *   `query`; `''` means any; and, on or off, `changed` (in the latest reporting period), `stale` and
 *   `lateWithChallenges`). Setting it replaces them all.
 * @prop {'number' | 'status' | 'end' | 'report'} sort - The order: by number, by status, by end date
 *   or by last progress report (newest first, commitments never reported last).
 * @prop {Commitment[]} matchingCommitments - Read-only: the commitments that pass the filters, in order.
 *
 * @slot - An optional `<script type="application/json">` holding the plan inline.
 *
 * @event ogp-load - The plan loaded; `detail` is the validated plan.
 * @event ogp-error - Loading failed; `detail` is `{kind, message, problems, url, status}`.
 * @event ogp-filter-change - The filters changed (by the reader, a linked widget, the URL or a
 *   script); `detail` is `{policyArea, ogpValue, status, agency, query, changed, stale, lateWithChallenges}`.
 * @event ogp-select - With `selectable`, the reader chose a commitment: `{kind: 'commitment', id}`.
 *
 * @csspart base - The widget's root box.
 * @csspart heading - The "Commitments" heading.
 * @csspart filters - The search box and filter menus.
 * @csspart filters-toggle - The "Filters" button that shows and hides the filters in narrow
 *   columns (below 36em), where the count comes first and the filters are folded away.
 * @csspart search - The search box.
 * @csspart select - A filter or sort menu.
 * @csspart report-filters - The group of progress-report filters (changed in the latest period,
 *   stale, late with challenges), shown when the plan has progress reports.
 * @csspart checkbox - One of those filters' checkboxes.
 * @csspart count - The live count of commitments.
 * @csspart items - The list of cards (`layout="cards"`).
 * @csspart item - One commitment's card.
 * @csspart table - The table (`layout="rows"`).
 * @csspart row - One commitment's table row.
 * @csspart number - A commitment number.
 * @csspart title - A commitment title.
 * @csspart title-button - A title's button, with `selectable`.
 * @csspart status - A self-reported status.
 * @csspart last-report - "Last report: 4 months ago" on a card, or the date in the rows' "Last report" column.
 * @csspart stale-mark - "No report for 10 months" on a stale commitment.
 * @csspart chip - A tag naming one of the commitment's policy areas or OGP values (under the term "Policy areas" or "OGP values").
 * @csspart progress - A milestone progress bar.
 * @csspart summary - A card's summary (three lines at most).
 * @csspart more-button - The "Show more" button.
 * @csspart empty - The message when no commitment matches.
 * @csspart clear-button - A "Clear filters" button.
 * @csspart download - The "Download data" disclosure.
 * @csspart download-summary - The "Download data" toggle.
 * @csspart download-button - A download button (JSON, commitments CSV, milestones CSV, and, when
 *   the plan has progress reports, updates CSV).
 * @csspart notice - A message box (no data, error).
 * @csspart retry-button - The retry button after a failed load.
 * @csspart problems - Problems found in the data: one quiet line at the end, or with `debug` the list at the top.
 * @csspart stage-notice - For a draft or adopted plan, the notice that progress is tracked once it is being implemented.
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --ogp-color-primary - Links, buttons.
 * @cssprop --ogp-color-focus - The keyboard focus ring, drawn around a dark inner ring (light and dark default: `#ffdd00`).
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
  static override styles = [OgpElement.styles, paddedPanel, commitmentPartsStyles, commitmentListStyles];

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


  /**
   * Months without a progress report after which a commitment is stale (a positive whole number);
   * by default the plan's `reportingIntervalMonths`, else 6.
   */
  @property({attribute: 'stale-after', type: Number}) staleAfter?: number;

  /** Leave out the "Commitments" heading. */
  @property({attribute: 'no-heading', type: Boolean}) noHeading = false;

  /** Distinguishes this list's search landmark from another list's on the page. */
  @property() label?: string;

  /** The filters and the order; replaced as a whole on every change. */
  @state() private current: ListState = {...EMPTY, sort: 'number'};

  /** How many extra pages "Show more" has added since the last filter change. */
  @state() private extraPages = 0;

  /** The policy-area and status attributes as last seen, so a change to one moves its filter. */
  private lastPresets = {policyArea: '', status: ''};
  /** The last filtering, kept while neither the plan nor the state changes. */
  private memo?: {plan: ActionPlan; state: ListState; today: string; staleAfter?: number; result: Commitment[]};
  /** Index of the first item "Show more" added: it takes keyboard focus after the render that shows it. */
  private focusItemAt?: number;
  /** "Clear filters" was pressed: the search box takes focus after the render. */
  private focusSearch = false;
  /**
   * The address has had its say (with `sync-url`): at the first render in the browser, or, for
   * server-rendered HTML, at the first render after hydration (which draws the server's state).
   */
  private addressRead = false;
  /** In narrow columns, the reader opened the filters with the "Filters" button. */
  @state() private filtersOpen = false;

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
    return plan ? [...this.matching(plan)] : [];
  }

  /** Saves the plan, narrowed to the matching commitments (in the plan's order), as a file. */
  async download(format: DownloadFormat): Promise<void> {
    const plan = this.loadedPlan;
    if (!plan) return;
    const {download} = await import('../../data/export.js');
    download(plan, this.matchingCommitments, format, this.filtered, this.i18n.locale, this.fixedDay, this.staleAfter);
  }

  // -------------------------------------------------------------------------------------------
  // State and the URL

  /** @internal Back/Forward and hash links bring the hash's state in (with `sync-url`). */
  protected readonly hash = new HashController(this, () => {
    if (this.syncUrl) this.setState(this.readHash() ?? this.presetState(), 'none');
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const presets = {policyArea: this.policyArea ?? '', status: this.status ?? ''};
    if (!this.hasUpdated) {
      // The first state: the attributes' filters over anything a script set, unless the URL has one.
      const next = {...this.current};
      for (const key of PRESET_KEYS) if (presets[key]) next[key] = presets[key];
      this.current = next;
    } else {
      // An attribute changed since: that filter follows it (nothing happens when none did).
      const next: Partial<ListState> = {};
      for (const key of PRESET_KEYS) if (presets[key] !== this.lastPresets[key]) next[key] = presets[key];
      this.setState(next, 'replace');
    }
    this.lastPresets = presets;
    if (!this.addressRead && !this.drawingServerHtml) {
      // The URL's state, when it has one, wins over the attributes'.
      this.addressRead = true;
      const fromHash = this.syncUrl ? this.readHash() : undefined;
      if (fromHash && !this.hasUpdated) this.current = fromHash;
      else if (fromHash) this.setState(fromHash, 'none');
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Linked widgets attach their listeners in a microtask after connecting: tell them later.
    if (this.filtered) setTimeout(() => emit(this, 'ogp-filter-change', this.filters));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusItemAt !== undefined) {
      const item = this.renderRoot.querySelectorAll<HTMLElement>('[data-commitment]')[this.focusItemAt];
      (item?.querySelector<HTMLElement>('.title-button') ?? item)?.focus();
      this.focusItemAt = undefined;
    }
    if (this.focusSearch) {
      const search = this.renderRoot.querySelector<HTMLElement>('#q');
      search?.focus();
      // In a narrow column with the filters folded away, the "Filters" button takes focus instead.
      if (search && (this.renderRoot as ShadowRoot).activeElement !== search) {
        this.renderRoot.querySelector<HTMLElement>('.filters-toggle')?.focus();
      }
      this.focusSearch = false;
    }
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
      keys.map(([field, key]) => [
        field,
        (REPORT_FILTERS as readonly string[]).includes(field) ? params.has(key) && params.get(key) !== '0' : (params.get(key) ?? ''),
      ]),
    ) as unknown as ListState;
    if (!SORTS.includes(state.sort)) state.sort = 'number';
    return state;
  }

  /** Writes the state into the hash; parameters that are not the list's stay as they are. */
  private writeHash(mode: 'push' | 'replace'): void {
    const changes: Record<string, string> = {};
    for (const [field, key] of Object.entries(HASH_KEYS) as [keyof ListState, string][]) {
      const value = this.current[field];
      changes[key] = typeof value === 'boolean' ? (value ? '1' : '') : field === 'sort' && value === 'number' ? '' : value;
    }
    writeHash(changes, mode);
  }

  /**
   * Every change of filters or order goes through here: it starts again from one page, writes the
   * URL (with `sync-url`; `none` when the change came from the URL) and announces new filters.
   */
  private setState(next: Partial<ListState>, historyMode: 'push' | 'replace' | 'none'): void {
    const merged: ListState = {...this.current, ...next};
    const filtersChanged = FILTER_KEYS.some((key) => merged[key] !== this.current[key]);
    if (!filtersChanged && merged.sort === this.current.sort) return;
    this.current = merged;
    this.extraPages = 0;
    if (this.syncUrl && historyMode !== 'none') this.writeHash(historyMode);
    if (filtersChanged) emit(this, 'ogp-filter-change', this.filters);
  }

  /** True when some filter or a search narrows the list. */
  private get filtered(): boolean {
    return FILTER_KEYS.some((key) => this.current[key]);
  }

  /** The commitments that pass the filters, in the list's order (kept until the plan, the state, `today` or `stale-after` changes). */
  private matching(plan: ActionPlan): Commitment[] {
    const {today, staleAfter} = this.parts;
    const memo = this.memo;
    if (memo?.plan === plan && memo.state === this.current && memo.today === today && memo.staleAfter === staleAfter) {
      return memo.result;
    }
    const result = filterCommitments(plan, this.current, this.current.sort, {today, staleAfter});
    this.memo = {plan, state: this.current, today, staleAfter, result};
    return result;
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override renderSkeleton(): TemplateResult {
    return html`<span class="sk-title"></span><span class="sk-short"></span><span></span><span></span><span></span
      ><span class="sk-short"></span>`;
  }

  protected override renderPlan(plan: ActionPlan): unknown {
    const {msg, locale} = this.i18n;
    const top = this.noHeading ? nothing : heading(this.level(), msg('Commitments'), 'list-heading', 'heading');
    if (!plan.commitments.length) {
      return html`${top}
        <div class="notice" part="notice"><p>${msg('This action plan has no commitments yet.')}</p></div>`;
    }
    const found = this.matching(plan);
    const limit = this.pageSize > 0 ? this.pageSize * (1 + this.extraPages) : Infinity;
    const shown = found.slice(0, limit);
    const left = found.length - shown.length;
    // Server-rendered HTML and print hold every commitment: those a screen pages away are drawn
    // too, marked `beyond-page` and hidden by the stylesheet where a script runs (it pages them
    // away after hydration, with nothing moving on screen).
    const drawn = this.showEverything ? found : shown;
    // The count comes before the filters, so in a narrow column, where the filters fold away
    // behind the "Filters" button at the end of its row, the reader sees it first.
    return html`<div class="list">
      <div class="top">${top} ${this.renderDownload(plan, found.length)}</div>
      ${this.renderStageNotice(plan)}
      <div class="count-row">
        <div class="count num" part="count" role="status">${this.countText(found.length, plan.commitments.length)}</div>
        ${
          this.filtered && found.length
            ? html`<button type="button" class="link-button" part="clear-button" @click=${this.onClear}>
                ${msg('Clear filters')}
              </button>`
            : nothing
        }
        ${this.renderFiltersToggle()}
      </div>
      ${this.renderFilters(plan)}
      ${
        found.length
          ? this.layout === 'rows'
            ? this.renderRows(plan, drawn, shown.length)
            : this.renderCards(plan, drawn, shown.length)
          : this.renderEmpty()
      }
      ${
        left > 0
          ? html`<div class="more">
              <button type="button" class="button secondary" part="more-button" @click=${() => this.showMore(shown.length)}>
                ${msg(str`Show ${formatNumber(Math.min(left, this.pageSize), locale)} more (${formatNumber(left, locale)} left)`)}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  /** What the shared status, chip, progress and report parts need. */
  private get parts(): PartsContext {
    return {...this.renderContext, today: this.day, staleAfter: this.staleAfter};
  }

  private countText(found: number, total: number): string {
    const {msg, locale} = this.i18n;
    const all = formatNumber(total, locale);
    const n = formatNumber(found, locale);
    if (!this.filtered) {
      return total === 1
        ? msg('1 commitment', {id: 'list-count-one'})
        : msg(str`${all} commitments`, {id: 'list-count'});
    }
    return total === 1 ? msg(str`Showing ${n} of 1 commitment`) : msg(str`Showing ${n} of ${all} commitments`);
  }

  // -------------------------------------------------------------------------------------------
  // Filters

  /**
   * The "Filters" button (a disclosure): shown only in narrow columns (CSS), where the filters are
   * hidden until it opens them. It says how many filters are active.
   */
  private renderFiltersToggle(): TemplateResult {
    const {msg, locale} = this.i18n;
    const active = FILTER_KEYS.filter((key) => this.current[key]).length;
    return html`<button
      type="button"
      class="filters-toggle"
      part="filters-toggle"
      aria-expanded=${this.filtersOpen ? 'true' : 'false'}
      aria-controls="filters"
      @click=${() => (this.filtersOpen = !this.filtersOpen)}
    >
      <span>${active ? msg(str`Filters (${formatNumber(active, locale)}\u00a0active)`) : msg('Filters')}</span>${chevronIcon}
    </button>`;
  }

  private renderFilters(plan: ActionPlan): TemplateResult {
    const {msg, locale} = this.i18n;
    const facets = facetsOf(plan);
    const state = this.current;
    const areas = plan.policyAreas.map((area) => ({
      value: area.id,
      label: this.plain(area.title),
      count: facets.areas.get(area.id) ?? 0,
    }));
    const values = OGP_VALUES.filter((value) => facets.values.has(value)).map((value) => ({
      value,
      label: ogpValueLabel(value, msg),
      count: facets.values.get(value)!,
    }));
    const statuses = REPORTED_STATUSES.filter((status) => facets.statuses.has(status)).map((status) => ({
      value: status,
      label: reportedStatusLabel(status, msg),
      count: facets.statuses.get(status)!,
    }));
    const collator = new Intl.Collator(locale);
    const agencies = [...facets.agencies].map(([key, {text, count}]) => ({
      value: key,
      label: this.plain(text),
      count,
    }));
    agencies.sort((a, b) => collator.compare(a.label, b.label));
    const label = this.label?.trim();
    const reported = tracksReports(plan);
    // "Last report" is an order only for a plan with progress reports (or when the state asks for it).
    const sorts = SORTS.filter((sort) => sort !== 'report' || reported || state.sort === 'report');
    const sortLabels: Record<CommitmentSort, string> = {
      number: msg('Number'),
      status: msg('Status'),
      end: msg('End date'),
      report: msg('Last report'),
    };
    return html`<div
      id="filters"
      class=${this.filtersOpen ? 'filters open' : 'filters'}
      part="filters"
      role="search"
      aria-label=${label ? msg(str`Filter commitments: ${label}`) : msg('Filter commitments')}
    >
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
      ${this.renderReportFilters(plan, reported)}
      <div class="field">
        <label for="sort">${msg('Sort by')}</label>
        <select
          id="sort"
          part="select"
          @change=${(e: Event) => this.setState({sort: (e.target as HTMLSelectElement).value as CommitmentSort}, 'push')}
        >
          ${sorts.map(
            (sort) =>
              html`<option value=${sort} .selected=${live(sort === state.sort)}>
                ${sortLabels[sort]}
              </option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  /**
   * The progress-report filters, as checkboxes in a fieldset: "Changed in the latest period",
   * "Stale" (a plan being implemented only) and "Late with challenges", each with how many
   * commitments it keeps. Only for a plan with progress reports; a filter that is on always shows,
   * so it can be turned off.
   */
  private renderReportFilters(plan: ActionPlan, reported: boolean): TemplateResult | typeof nothing {
    const {msg, locale} = this.i18n;
    const state = this.current;
    const parts = this.parts;
    const labels: Record<ReportFilter, string> = {
      changed: msg('Changed in the latest period'),
      stale: msg('No recent report'),
      lateWithChallenges: msg('Late, with challenges'),
    };
    const shown = REPORT_FILTERS.filter(
      (filter) => state[filter] || (reported && (filter !== 'stale' || plan.stage === 'implementing')),
    );
    if (!shown.length) return nothing;
    return html`<fieldset class="report-filters" part="report-filters">
      <legend>${msg('Progress reports')}</legend>
      ${shown.map((filter) => {
        const count = plan.commitments.filter((c) => passesReportFilter(plan, c, filter, parts)).length;
        return html`<label class="check">
          <input
            type="checkbox"
            part="checkbox"
            name=${filter}
            .checked=${live(state[filter])}
            @change=${(e: Event) => this.setState({[filter]: (e.target as HTMLInputElement).checked}, 'push')}
          /><span>${msg(str`${labels[filter]} (${formatNumber(count, locale)})`)}</span>
        </label>`;
      })}
    </fieldset>`;
  }

  private renderSelect(
    id: string,
    label: string,
    anyLabel: string,
    value: string,
    options: Option[],
    field: keyof OgpFilterDetail,
  ): TemplateResult | typeof nothing {
    // A menu with one choice filters nothing: leave it out unless it holds the current filter.
    if (options.length < 2 && !value) return nothing;
    if (value && !options.some((option) => option.value === value)) {
      options = [...options, {value, label: value, count: 0}];
    }
    const {msg, locale} = this.i18n;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} part="select" @change=${(e: Event) => this.setState({[field]: (e.target as HTMLSelectElement).value}, 'push')}>
        <option value="" .selected=${live(!value)}>${anyLabel}</option>
        ${options.map(
          (option) =>
            html`<option value=${option.value} .selected=${live(option.value === value)}>${msg(str`${option.label} (${formatNumber(option.count, locale)})`)}</option>`,
        )}
      </select>
    </div>`;
  }

  private readonly onSearch = (event: InputEvent): void => {
    if (event.isComposing) return; // wait for the input method to finish a Chinese word
    const query = (event.target as HTMLInputElement).value;
    // The first keystroke makes a history entry; the rest of the typing replaces it.
    this.setState({query}, this.current.query ? 'replace' : 'push');
  };

  private readonly onClear = (): void => {
    this.focusSearch = true;
    this.clearFilters();
  };

  private showMore(shownBefore: number): void {
    this.focusItemAt = shownBefore;
    this.extraPages++;
  }

  // -------------------------------------------------------------------------------------------
  // The commitments

  /**
   * A commitment's title, the same in both layouts: its text, or with `selectable` a button that
   * fires `ogp-select` for it.
   */
  private renderTitle(commitment: Commitment): unknown {
    const title = this.text(commitment.title);
    if (!this.selectable) return title;
    return html`<button
      type="button"
      class="title-button"
      part="title-button"
      @click=${() => emit(this, 'ogp-select', {kind: 'commitment', id: commitment.id})}
    >${title}</button>`;
  }

  /**
   * Cards. `repeat` keeps each commitment's element while it stays in the list, so filtering and
   * sorting move elements rather than redraw them, and "Show more" only adds after the shown ones
   * (focus and the reader's place stay where they are).
   */
  private renderCards(plan: ActionPlan, commitments: Commitment[], paged: number): TemplateResult {
    const parts = this.parts;
    const level = this.level(this.noHeading ? 0 : 1);
    const reported = tracksReports(plan);
    return html`<ol class="items" part="items" role="list">
      ${repeat(
        commitments,
        (c) => c.id,
        (c, index) => this.renderCard(plan, c, parts, level, reported, index >= paged),
      )}
    </ol>`;
  }

  /**
   * One card. In a plan with progress reports, "Last report: 4 months ago" and the stale mark
   * follow the status; a plan without reports shows neither (not every commitment as stale).
   * `beyondPage`: a commitment a screen pages away, drawn for server-rendered HTML and print.
   */
  private renderCard(
    plan: ActionPlan,
    c: Commitment,
    parts: PartsContext,
    level: number,
    reported: boolean,
    beyondPage: boolean,
  ): TemplateResult {
    const summary = this.text(c.summary);
    return html`<li
      class=${beyondPage ? 'item beyond-page' : 'item'}
      part="item"
      id=${`commitment-${c.id}`}
      data-commitment=${c.id}
      tabindex="-1"
    >
      ${numberPart(parts, c)} ${heading(level, this.renderTitle(c), 'title', 'title')} ${statusPart(parts, plan, c)}
      ${reported ? html`${lastReportPart(parts, c)}${staleMark(parts, plan, c)}` : nothing}
      ${progressPart(parts, c)} ${chipsPart(parts, plan, c)}
      ${summary === nothing ? nothing : html`<p class="summary" part="summary">${summary}</p>`}
    </li>`;
  }

  /** Rows: a table, one row per commitment (kept by `repeat` as the cards are); rows from `paged` on are beyond the page. */
  private renderRows(plan: ActionPlan, commitments: Commitment[], paged: number): TemplateResult {
    const {msg} = this.i18n;
    const columns = this.columns(plan);
    return html`<div class="table-box">
      <table class=${columns.some((column) => column.key === 'report') ? 'rows stacked with-report' : 'rows stacked'} part="table" role="table">
        <caption class="visually-hidden">${msg('Commitments')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            ${columns.map((column) => html`<th scope="col" role="columnheader" class=${`col-${column.key}`}>${column.label}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${repeat(
            commitments,
            (c) => c.id,
            (c, index) =>
              html`<tr
                role="row"
                part="row"
                class=${index >= paged ? 'beyond-page' : nothing}
                id=${`commitment-${c.id}`}
                data-commitment=${c.id}
                tabindex="-1"
              >
                ${columns.map((column) => this.renderCell(column, c))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** The table's columns; those the plan has no data for at all (Taiwan's draft: milestones, dates) are left out. */
  private columns(plan: ActionPlan): Column[] {
    const {msg, locale} = this.i18n;
    const parts = this.parts;
    const none = (label: string) => html`<span aria-hidden="true">–</span><span class="visually-hidden">${label}</span>`;
    const columns: Column[] = [
      {key: 'number', label: msg('No.'), cell: (c) => html`<span>${c.number}</span>`},
      {key: 'title', label: msg('Title'), cell: (c) => html`<span>${this.renderTitle(c)}</span>`},
    ];
    // A draft or adopted plan has no statuses yet: the stage notice says so once, not each row.
    if (!beforeImplementation(plan) || plan.commitments.some((c) => c.status)) {
      columns.push({key: 'status', label: msg('Status'), cell: (c) => statusPart(parts, plan, c)});
    }
    // "Last report": the date of the latest progress report, and the stale mark where stale; only
    // for a plan with progress reports.
    if (tracksReports(plan)) {
      columns.push({
        key: 'report',
        label: msg('Last report'),
        cell: (c) => {
          const date = lastReportDate(c);
          return html`<div class="report-cell">
            ${
              date
                ? html`<time class="last-report" part="last-report" datetime=${date}>${formatDate(date, locale)}</time>`
                : none(msg('No report yet'))
            }${staleMark(parts, plan, c)}
          </div>`;
        },
      });
    }
    if (plan.commitments.some((c) => c.milestones?.length)) {
      columns.push({
        key: 'milestones',
        label: msg('Milestones'),
        cell: (c) => {
          const count = countMilestones([c], parts.today);
          return html`<span>
            ${
              count.total
                ? html`${
                    count.withdrawn
                      ? msg(
                          str`${formatNumber(count.complete, locale)} of ${formatNumber(count.total, locale)}, ${formatNumber(count.withdrawn, locale)} withdrawn`,
                        )
                      : msg(str`${formatNumber(count.complete, locale)} of ${formatNumber(count.total, locale)}`)
                  }${overduePart(parts, count.overdue)}`
                : none(msg('No milestones recorded'))
            }
          </span>`;
        },
      });
    }
    if (plan.commitments.some((c) => c.period?.end)) {
      columns.push({
        key: 'end',
        label: msg('End date'),
        cell: (c) => html`<span>${c.period?.end ? formatDate(c.period.end, locale) : none(msg('No end date'))}</span>`,
      });
    }
    const areaTitle = new Map(plan.policyAreas.map((area) => [area.id, area.title]));
    columns.push({
      key: 'areas',
      label: msg('Policy areas'),
      cell: (c) => html`<ul class="area-list">
        ${c.policyAreas.map((id) => (areaTitle.has(id) ? html`<li>${this.text(areaTitle.get(id))}</li>` : nothing))}
      </ul>`,
    });
    return columns;
  }

  private renderCell(column: Column, c: Commitment): TemplateResult {
    if (column.key === 'title') {
      return html`<th role="rowheader" scope="row" class="title" part="title" data-label=${column.label}>${column.cell(c)}</th>`;
    }
    return html`<td
      role="cell"
      class=${column.key === 'number' ? 'number num' : column.key === 'milestones' || column.key === 'end' || column.key === 'report' ? 'num' : ''}
      part=${column.key === 'number' ? 'number' : nothing}
      data-label=${column.label}
    >
      ${column.cell(c)}
    </td>`;
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

  private renderDownload(plan: ActionPlan, found: number): TemplateResult {
    const {msg, locale} = this.i18n;
    const button = (format: DownloadFormat, label: string) =>
      html`<li>
        <button type="button" class="button secondary" part="download-button" data-format=${format} @click=${() => this.download(format)}>
          ${label}
        </button>
      </li>`;
    return html`<details class="download" part="download">
      <summary part="download-summary">${downloadIcon}<span>${msg('Download data')}</span>${chevronIcon}</summary>
      <div class="download-panel">
        <p class="muted">
          ${
            this.filtered
              ? msg(str`The files hold the ${formatNumber(found, locale)} commitments that match the filters.`)
              : msg('The files hold every commitment of the plan.')
          }
        </p>
        <ul class="download-buttons">
          ${button('json', 'JSON')} ${button('commitments', msg('Commitments (CSV)'))}
          ${button('milestones', msg('Milestones (CSV)'))}
          ${plan.commitments.some((c) => c.updates?.length) ? button('updates', msg('Progress reports (CSV)')) : nothing}
        </ul>
      </div>
    </details>`;
  }
}

function pickFilters(value: Partial<OgpFilterDetail> | null | undefined): Partial<OgpFilterDetail> {
  const picked: Partial<OgpFilterDetail> = {};
  for (const key of TEXT_KEYS) {
    const v = value?.[key];
    if (typeof v === 'string') picked[key] = v;
  }
  for (const key of REPORT_FILTERS) {
    const v = value?.[key];
    if (typeof v === 'boolean') picked[key] = v;
  }
  return picked;
}

declare global {
  interface HTMLElementTagNameMap {
    'ogp-commitment-list': OgpCommitmentList;
  }
}
