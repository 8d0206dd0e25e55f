import {LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {emit} from './events.js';
import {host, states, tokens} from './styles.js';
import {clampLevel} from './heading-level.js';
import type {LoadError} from '../data/fetch.js';
import {PlanController, type LoadState, type PlanSource} from '../data/plan-controller.js';
import type {ActionPlan, Problem, Text} from '../data/types.js';
import {LocaleController} from '../i18n/locale-controller.js';
import {formatNumber} from '../i18n/format.js';
import type {Locale} from '../i18n/locale.js';
import type {MsgFn} from '../i18n/msg.js';
import {pickText} from '../i18n/text.js';

/** Language, messages and data text: what render functions shared between elements need. */
export interface RenderContext {
  msg: MsgFn;
  locale: Locale;
  text(value: Text | undefined): TemplateResult | string | typeof nothing;
  plain(value: Text | undefined): string;
}

/**
 * What every ogp- element shares: where its data comes from (`plan`, inline JSON, `src`), which
 * language it speaks, theme and heading level, and the states before a plan can be drawn
 * (loading, error, no data), rendered here in one place. A subclass declares its attributes and
 * properties, draws a loaded plan in `renderPlan`, and may shape its loading skeleton.
 */
export abstract class OgpElement extends LitElement implements PlanSource {
  static override styles: CSSResultGroup = [tokens, host, states];

  /** The action plan as an object (wins over inline JSON and `src`). Validated on arrival. */
  @property({attribute: false}) plan?: unknown;

  /** URL of the action plan JSON or CSV. Requests for one URL are shared by every widget on the page. */
  @property() src?: string;

  /**
   * How to read `src`: `json` or `csv` (a spreadsheet, see docs/spreadsheets.md). Unset, a URL
   * ending in `.csv` or a `text/csv` response is read as CSV, anything else as JSON.
   */
  @property() format?: 'json' | 'csv';

  /** Milliseconds before loading `src` gives up with a timeout message. */
  @property({type: Number}) timeout = 15_000;

  /** Turns a response of another shape into an action plan. */
  @property({attribute: false}) transform?: (raw: unknown) => unknown;

  /** `light` or `dark`; without it the page's `prefers-color-scheme` decides. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /** Level (1–6) of the widget's top heading, so it fits the host page's outline. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** The widget's language and its `msg` function. */
  protected readonly i18n = new LocaleController(this);
  /** The widget's data: the given plan, or the request for `src`. */
  protected readonly data = new PlanController(this);

  /** The validated plan, once loaded. */
  get loadedPlan(): ActionPlan | undefined {
    return this.data.plan;
  }

  /** Problems the validator found in the data (the valid parts are shown). */
  get problems(): Problem[] {
    const state = this.data.state;
    return state.status === 'loaded' || state.status === 'error' ? state.problems : [];
  }

  /** Loads the data again from the network. */
  reload(): void {
    // A retry from the retry button replaces it: keep keyboard focus in the widget meanwhile.
    this.keepRetryFocus = this.shadowRoot?.activeElement?.matches('[part~="retry-button"]') ?? false;
    this.data.retry();
  }

  /** Draws the loaded plan: the element's own content. */
  protected abstract renderPlan(plan: ActionPlan): unknown;

  /** Set while a retry started from a focused retry button is pending (see `updated`). */
  private keepRetryFocus = false;
  /** The last state `ogp-load` or `ogp-error` told the page about. */
  private announced?: LoadState;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.data.update();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.announce();
    if (this.keepRetryFocus) this.restoreRetryFocus();
  }

  /**
   * Tells the page, after the render that shows it, that a plan loaded or failed to. The event
   * leaves after this update has finished, so a listener may set the widget's properties.
   */
  private announce(): void {
    const state = this.data.state;
    if (state === this.announced || (state.status !== 'loaded' && state.status !== 'error')) return;
    this.announced = state;
    queueMicrotask(() => this.send(state));
  }

  private send(state: LoadState): void {
    if (state.status === 'loaded') {
      emit(this, 'ogp-load', state.plan);
    } else if (state.status === 'error') {
      const {error, problems} = state;
      emit(this, 'ogp-error', {
        kind: error.kind,
        message: this.errorMessage(error),
        problems,
        url: error.details.url,
        status: error.details.status,
      });
    }
  }

  private restoreRetryFocus(): void {
    const status = this.data.state.status;
    if (status === 'loading') {
      // The status placeholder holds focus while the retry runs.
      this.renderRoot.querySelector<HTMLElement>('[part="skeleton"]')?.focus();
      return;
    }
    this.keepRetryFocus = false;
    if (status === 'error') {
      // Failed again: the new retry button gets focus back.
      this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
    } else {
      // Loaded: focus the widget itself, so keyboard users carry on from here, not from <body>.
      const root = this.renderRoot.querySelector<HTMLElement>('.root');
      if (!root) return;
      root.tabIndex = -1;
      root.addEventListener('blur', () => root.removeAttribute('tabindex'), {once: true});
      root.focus();
    }
  }

  /** The heading level for a sub-heading `depth` levels below the widget's top heading. */
  protected level(depth = 0): number {
    return clampLevel(clampLevel(this.headingLevel) + depth);
  }

  /**
   * Data text in the widget's language. Text in another language (a fallback) gets its own `lang`
   * for screen readers; text in the widget's language is a plain string (it inherits the root's
   * `lang`).
   */
  protected text(value: Text | undefined): TemplateResult | string | typeof nothing {
    const picked = pickText(value, this.i18n.locale);
    if (!picked.value) return nothing;
    if (picked.lang === undefined || picked.lang === this.i18n.locale) return picked.value;
    return html`<span lang=${picked.lang}>${picked.value}</span>`;
  }

  /** Data text as a plain string (for attributes such as aria-label). */
  protected plain(value: Text | undefined): string {
    return pickText(value, this.i18n.locale).value;
  }

  /** The widget's language, messages and data-text helpers, for shared render functions. */
  protected get renderContext(): RenderContext {
    const {msg, locale} = this.i18n;
    return {msg, locale, text: (value) => this.text(value), plain: (value) => this.plain(value)};
  }

  /** A placeholder of the loaded shape and about its size, so the page does not jump. */
  protected renderSkeleton(): TemplateResult {
    return html`<span class="sk-title"></span><span></span><span></span><span class="sk-short"></span>`;
  }

  private renderLoading(): TemplateResult {
    return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true" tabindex="-1">
      <span class="visually-hidden">${this.i18n.msg('Loading the action plan…')}</span>
      ${this.renderSkeleton()}
    </div>`;
  }

  protected override render(): TemplateResult {
    const {locale, msg, ready} = this.i18n;
    const state = this.data.state;
    let body: unknown;
    if (!ready) {
      // The language's strings are on their way (once per page).
      body = this.renderLoading();
    } else if (state.status === 'loading') {
      body = this.renderLoading();
    } else if (state.status === 'error') {
      body = this.renderError(state.error, state.problems);
    } else if (state.status === 'loaded') {
      body = [this.renderProblems(state.problems), this.renderPlan(state.plan)];
    } else {
      body = html`<div class="notice" part="notice">
        <p>${msg('No action plan data yet. Give this element a src URL, inline JSON or a plan property.')}</p>
      </div>`;
    }
    return html`<div class="root" part="base" lang=${locale}>${body}</div>`;
  }

  protected errorMessage(error: LoadError): string {
    const {msg} = this.i18n;
    switch (error.kind) {
      case 'http':
        return msg(
          str`The action plan could not be loaded: the server answered with error ${error.details.status ?? ''}.`,
        );
      case 'invalid-json':
        return msg('The action plan file is not valid JSON, so it cannot be read.');
      case 'not-json':
        return msg('The data address returned a web page instead of action plan data. Check the address.');
      case 'timeout':
        return msg(
          str`The action plan took too long to arrive (more than ${formatNumber(this.timeout / 1000, this.i18n.locale)} seconds).`,
        );
      case 'network':
        return msg(
          'The action plan could not be reached. Check the connection; data on another site must allow cross-origin requests (CORS).',
        );
      default:
        return msg('The data does not contain a usable action plan.');
    }
  }

  private renderError(error: LoadError, problems: Problem[]): TemplateResult {
    const {msg} = this.i18n;
    const retryable = Boolean(this.src) && error.kind !== 'invalid-data' && !this.plan;
    return html`<div class="notice error" part="notice error" role="alert">
      <p class="title">${this.errorMessage(error)}</p>
      ${
        retryable
          ? html`<div class="actions">
              <button
                type="button"
                class="button"
                part="retry-button"
                @click=${() => this.reload()}
              >
                ${msg('Try again')}
              </button>
            </div>`
          : nothing
      }
      <details>
        <summary>${msg('Technical details')}</summary>
        <ul class="technical">
          ${error.details.url ? html`<li><code>${error.details.url}</code></li>` : nothing}
          <li><code>${error.kind}: ${error.message}</code></li>
          ${problems.map((p) => html`<li>${this.problemItem(p)}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  private renderProblems(problems: Problem[]): TemplateResult | typeof nothing {
    if (!problems.length) return nothing;
    const {msg, locale} = this.i18n;
    const count = formatNumber(problems.length, locale);
    return html`<details class="notice problems" part="problems">
      <summary>
        ${
          problems.length === 1
            ? msg('1 problem in the data: some items may be missing.')
            : msg(str`${count} problems in the data: some items may be missing.`)
        }
      </summary>
      <ul class="technical">
        ${problems.slice(0, 50).map((p) => html`<li>${this.problemItem(p)}</li>`)}
        ${problems.length > 50 ? html`<li>${msg(str`and ${formatNumber(problems.length - 50, locale)} more`)}</li>` : nothing}
      </ul>
    </details>`;
  }

  /** A validation problem in the widget's language: the exact path (or row and column), then what is wrong. */
  protected problemItem(problem: Problem): TemplateResult {
    const {msg} = this.i18n;
    const value = problem.value ?? '';
    let what: string;
    switch (problem.code) {
      case 'missing':
        what = msg('required but missing');
        break;
      case 'type':
        what = msg('wrong kind of value');
        break;
      case 'unknown-value':
        what = msg(str`unknown value ${value}`);
        break;
      case 'format':
        what = msg(str`badly formatted value ${value}`);
        break;
      case 'duplicate':
        what = msg(str`duplicate id ${value}; only the first is shown`);
        break;
      case 'reference':
        what = msg(str`unknown policy area ${value}`);
        break;
      case 'range':
        what = msg('ends before it starts');
        break;
      case 'ignored':
        what = msg('not used here, so it was ignored');
        break;
      case 'unknown-commitment':
        what = msg(str`unknown commitment ${value}; the row was left out`);
        break;
      case 'mismatch':
        what = msg('the languages list different numbers of items');
        break;
      default:
        what = msg(str`unsupported schema version ${value}`);
    }
    const {row, column} = problem;
    const place =
      row !== undefined && column !== undefined
        ? msg(str`row ${String(row)}, column ${column}`)
        : row !== undefined
          ? msg(str`row ${String(row)}`)
          : column !== undefined
            ? msg(str`column ${column}`)
            : undefined;
    // Spreadsheet problems name the row and column a person can find; others the exact path.
    return place === undefined
      ? html`<code>${problem.path || '/'}</code>: ${what}`
      : html`<span class="place">${place}</span>: ${what}`;
  }
}
