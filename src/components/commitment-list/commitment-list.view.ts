import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {str} from '@lit/localize';
import {emit, type OgpFilterDetail} from '../../base/events.js';
import {heading} from '../../base/heading.js';
import {ogpValueLabel} from '../../base/labels.js';
import {reportedStatusLabel} from '../../base/status.js';
import {
  chipsElement,
  numberElement,
  overdueElement,
  progressElement,
  statusElement,
  type PartsContext,
} from '../../base/commitment-parts.js';
import {childElements, element, setText} from '../../base/dom.js';
import {pickText} from '../../i18n/text.js';
import {commitmentPartsStyles} from '../../base/commitment-parts.styles.js';
import {countMilestones, resolveToday} from '../../data/progress.js';
import {OGP_VALUES, REPORTED_STATUSES, type ActionPlan, type Commitment} from '../../data/types.js';
import {formatDate, formatNumber} from '../../i18n/format.js';
import {commitmentListStyles} from './commitment-list.styles.js';
import type {ElementView} from '../../base/ogp-element.js';
import {facetsOf, filterCommitments, type Option} from './filter.js';
import {SORTS, type CommitmentSort, type OgpCommitmentList} from './commitment-list.js';

const downloadIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 15V3"/><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"/><path d="m7 10 5 5 5-5"/></svg>`;
const chevronIcon = html`<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m6 9 6 6 6-6"/></svg>`;

/** How <ogp-commitment-list> draws a loaded plan (loaded on first use; see ElementView). */
export class CommitmentListView implements ElementView {
  private memo?: {plan: ActionPlan; key: string; result: Commitment[]};

  constructor(private readonly list: OgpCommitmentList) {}

  /** The commitments that pass the list's filters, in its order (kept until either changes). */
  matching(plan: ActionPlan): Commitment[] {
    const current = this.list.current;
    const key = JSON.stringify(current);
    if (this.memo?.plan !== plan || this.memo.key !== key) {
      this.memo = {plan, key, result: filterCommitments(plan, current, current.sort)};
    }
    return this.memo.result;
  }

  private get parts(): PartsContext {
    return {...this.list.renderContext, today: resolveToday(this.list.today)};
  }

  renderPlan(plan: ActionPlan): unknown {
    const {msg} = this.list.i18n;
    const top = this.list.noHeading
      ? nothing
      : heading(this.list.level(), msg('Commitments'), 'list-heading', 'heading');
    if (!plan.commitments.length) {
      return html`${top}
        <div class="notice" part="notice"><p>${msg('This action plan has no commitments yet.')}</p></div>`;
    }
    const found = this.matching(plan);
    const limit = this.list.pageSize > 0 ? this.list.pageSize * (1 + this.list.extraPages) : Infinity;
    const shown = found.slice(0, limit);
    const left = found.length - shown.length;
    const parts = this.parts;
    return html`<div class="list">
      <div class="top">${top} ${this.renderDownload(found.length)}</div>
      ${this.renderFilters(plan)}
      <div class="count-row">
        <div class="count num" part="count" role="status">${this.countText(found.length, plan.commitments.length)}</div>
        ${
          this.list.filtered && found.length
            ? html`<button type="button" class="link-button" part="clear-button" @click=${this.onClear}>
              ${msg('Clear filters')}
            </button>`
            : nothing
        }
      </div>
      ${
        found.length
          ? this.list.layout === 'rows'
            ? this.renderTable(plan, shown, parts)
            : this.renderCards(plan, shown, parts)
          : this.renderEmpty()
      }
      ${
        left > 0
          ? html`<div class="more">
            <button type="button" class="button secondary" part="more-button" @click=${() => this.showMore(shown.length)}>
              ${msg(str`Show ${formatNumber(Math.min(left, this.list.pageSize), this.list.i18n.locale)} more (${formatNumber(left, this.list.i18n.locale)} left)`)}
            </button>
          </div>`
          : nothing
      }
    </div>`;
  }

  private countText(found: number, total: number): string {
    const {msg, locale} = this.list.i18n;
    const all = formatNumber(total, locale);
    const n = formatNumber(found, locale);
    if (!this.list.filtered) {
      return total === 1
        ? msg('1 commitment', {id: 'list-count-one'})
        : msg(str`${all} commitments`, {id: 'list-count'});
    }
    return total === 1 ? msg(str`Showing ${n} of 1 commitment`) : msg(str`Showing ${n} of ${all} commitments`);
  }

  private optionLabel(label: string, count: number): string {
    return this.list.i18n.msg(str`${label} (${formatNumber(count, this.list.i18n.locale)})`);
  }

  private renderSelect(
    id: string,
    label: string,
    anyLabel: string,
    value: string,
    options: Option[],
    field: keyof OgpFilterDetail,
  ) {
    // A menu with one choice filters nothing: leave it out unless it holds the current filter.
    if (options.length < 2 && !value) return nothing;
    if (value && !options.some((option) => option.value === value))
      options = [...options, {value, label: value, count: 0}];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} part="select" @change=${(e: Event) => this.list.setState({[field]: (e.target as HTMLSelectElement).value}, 'push')}>
        <option value="" .selected=${live(!value)}>${anyLabel}</option>
        ${options.map(
          (option) =>
            html`<option value=${option.value} .selected=${live(option.value === value)}>${this.optionLabel(option.label, option.count)}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderFilters(plan: ActionPlan): TemplateResult {
    const {msg, locale} = this.list.i18n;
    const facets = facetsOf(plan);
    const state = this.list.current;
    const areas = plan.policyAreas.map((area) => ({
      value: area.id,
      label: this.list.plain(area.title),
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
      label: this.list.plain(text),
      count,
    }));
    agencies.sort((a, b) => collator.compare(a.label, b.label));
    const label = this.list.label?.trim();
    return html`<div
      class="filters"
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
      <div class="field">
        <label for="sort">${msg('Sort by')}</label>
        <select
          id="sort"
          part="select"
          @change=${(e: Event) => this.list.setState({sort: (e.target as HTMLSelectElement).value as CommitmentSort}, 'push')}
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
    this.list.setState({query}, this.list.current.query ? 'replace' : 'push');
  };

  private readonly onClear = (): void => {
    this.list.clearFilters();
    void this.list.updateComplete.then(() => this.list.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  };

  private readonly onSelectTitle = (event: Event): void => {
    const button = (event.target as Element).closest?.('.title-button');
    const id = button?.closest<HTMLElement>('[data-commitment]')?.dataset.commitment;
    if (id) emit(this.list, 'ogp-select', {kind: 'commitment', id});
  };

  private async showMore(from: number): Promise<void> {
    this.list.extraPages++;
    await this.list.updateComplete;
    const first = this.list.renderRoot.querySelectorAll<HTMLElement>('[data-commitment]')[from];
    (first?.querySelector<HTMLElement>('.title-button') ?? first)?.focus();
  }

  private renderTitle(commitment: Commitment): unknown {
    const title = this.list.text(commitment.title);
    return this.list.selectable
      ? html`<button type="button" class="title-button" part="title-button">${title}</button>`
      : title;
  }

  private renderCards(plan: ActionPlan, commitments: Commitment[], parts: PartsContext): TemplateResult {
    const level = this.list.level(this.list.noHeading ? 0 : 1);
    const {selectable} = this.list;
    // Items are plain elements (base/dom.ts), made once per commitment and kept while what they
    // show stays the same, so filtering and sorting only reorder them.
    return html`<ol
      class="items"
      part="items"
      role="list"
      @click=${this.onSelectTitle}
      ${childElements(commitments, (c) => this.item(plan, c, parts, level), [plan, parts.locale, parts.today, level, selectable])}
    ></ol>`;
  }

  /** One commitment in the cards layout. */
  private item(plan: ActionPlan, c: Commitment, parts: PartsContext, level: number): HTMLElement {
    const {locale} = parts;
    const title = element(`h${level}` as 'h2', 'title', 'title');
    if (this.list.selectable) {
      const button = element('button', 'title-button', 'title-button');
      button.type = 'button';
      title.append(setText(button, pickText(c.title, locale), locale));
    } else setText(title, pickText(c.title, locale), locale);
    const summary = pickText(c.summary, locale);
    const item = element('li', 'item', 'item');
    item.id = `commitment-${c.id}`;
    item.dataset.commitment = c.id;
    item.tabIndex = -1;
    const children = [
      numberElement(parts, c),
      title,
      statusElement(parts, c),
      progressElement(parts, c),
      chipsElement(parts, plan, c),
      summary.value ? setText(element('p', 'summary', 'summary'), summary, locale) : undefined,
    ];
    item.append(...children.filter((child) => child !== undefined));
    return item;
  }

  private renderTable(plan: ActionPlan, commitments: Commitment[], parts: PartsContext): TemplateResult {
    const {msg, locale} = this.list.i18n;
    // Columns the plan has no data for at all (Taiwan's draft: milestones, dates) are left out.
    const hasMilestones = plan.commitments.some((c) => c.milestones?.length);
    const hasEnd = plan.commitments.some((c) => c.period?.end);
    const areaTitle = new Map(plan.policyAreas.map((area) => [area.id, area.title]));
    const columns: {key: string; label: string; cell: (c: Commitment) => unknown}[] = [
      {key: 'number', label: msg('No.'), cell: (c) => html`<span>${c.number}</span>`},
      {key: 'title', label: msg('Title'), cell: (c) => html`<span>${this.renderTitle(c)}</span>`},
      {key: 'status', label: msg('Status'), cell: (c) => statusElement(parts, c)},
    ];
    if (hasMilestones) {
      columns.push({
        key: 'milestones',
        label: msg('Milestones'),
        cell: (c) => {
          const count = countMilestones([c], parts.today);
          return html`<span>
            ${
              count.total
                ? html`${msg(str`${formatNumber(count.complete, locale)} of ${formatNumber(count.total, locale)}`)}
                ${overdueElement(parts, count.overdue)}`
                : html`<span aria-hidden="true">–</span><span class="visually-hidden">${msg('No milestones recorded')}</span>`
            }
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
            ${
              c.period?.end
                ? formatDate(c.period.end, locale)
                : html`<span aria-hidden="true">–</span><span class="visually-hidden">${msg('No end date')}</span>`
            }
          </span>`,
      });
    }
    columns.push({
      key: 'areas',
      label: msg('Policy areas'),
      cell: (c) => html`<ul class="area-list">
        ${c.policyAreas.map((id) => (areaTitle.has(id) ? html`<li>${this.list.text(areaTitle.get(id))}</li>` : nothing))}
      </ul>`,
    });
    return html`<div class="table-box">
      <table class="rows stacked" part="table" role="table" @click=${this.onSelectTitle}>
        <caption class="visually-hidden">${msg('Commitments')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            ${columns.map((column) => html`<th scope="col" role="columnheader" class=${`col-${column.key}`}>${column.label}</th>`)}
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
    const {msg} = this.list.i18n;
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
    const {msg, locale} = this.list.i18n;
    return html`<details class="download" part="download">
      <summary part="download-summary">${downloadIcon}<span>${msg('Download data')}</span>${chevronIcon}</summary>
      <div class="download-panel">
        <p class="muted">
          ${
            this.list.filtered
              ? msg(str`The files hold the ${formatNumber(found, locale)} commitments that match the filters.`)
              : msg('The files hold every commitment of the plan.')
          }
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
    await this.list.download(format as 'json' | 'commitments' | 'milestones');
  };
}

export const styles = [commitmentPartsStyles, commitmentListStyles];
export const createView = (list: OgpCommitmentList): ElementView => new CommitmentListView(list);
export {templates as zhTW} from '../../i18n/generated/zh-TW-views.js';
