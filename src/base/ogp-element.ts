import {LitElement, adoptStyles, html, isServer, nothing, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {str} from '@lit/localize';
import {emit} from './events.js';
import {host, states, tokens} from './styles.js';
import {clampLevel} from './heading-level.js';
import type {LoadError} from '../data/fetch.js';
import {PlanController, type LoadState, type PlanSource} from '../data/plan-controller.js';
import {beforeImplementation, resolveToday} from '../data/progress.js';
import {isError} from '../data/validate.js';
import type {ActionPlan, PlanStage, Problem, Text} from '../data/types.js';
import {LocaleController} from '../i18n/locale-controller.js';
import {formatDate, formatNumber} from '../i18n/format.js';
import type {Locale} from '../i18n/locale.js';
import type {MsgFn} from '../i18n/msg.js';
import {pickText} from '../i18n/text.js';
import {RENDERED_BY} from '../version.js';

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

  /**
   * For page authors: lists every problem found in the data at the top of the widget, with the
   * exact field. Without it readers see one quiet line at the end, and the list goes to the
   * console only.
   */
  @property({type: Boolean}) debug = false;

  /**
   * Leaves out the notice that a draft or adopted plan's progress is tracked once it is being
   * implemented (for a page that says so itself; the dashboard shows it once for its parts).
   */
  @property({type: Boolean, attribute: 'no-stage-notice'}) noStageNotice = false;

  /**
   * The day progress is measured against (`YYYY-MM-DD`): overdue milestones, "last report N
   * months ago", stale reports. Without it, the reader's today.
   */
  @property() today?: string;

  /**
   * Written by the server renderer (`ogp-widgets/ssr`): the day the HTML was rendered for. The
   * first render in the browser uses it, so that it draws exactly what the server did; the next
   * moves to the reader's today. The widget then ends with "As of <date>".
   */
  @property({attribute: 'rendered-on'}) renderedOn?: string;

  /** The widget's language and its `msg` function. */
  protected readonly i18n = new LocaleController(this);
  /** The widget's data: the given plan, or the request for `src`. */
  protected readonly data = new PlanController(this);

  /**
   * True from the moment this element takes over server-rendered HTML until its first render in
   * the browser is done: that render must draw with the server's inputs only (the rendered-on day,
   * no state from the address, every item), or hydration would not match the HTML.
   */
  private hydrating = false;

  /** True while the page prints (between `beforeprint` and `afterprint`). */
  @state() private printing = false;

  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  /** The validated plan, once loaded. */
  get loadedPlan(): ActionPlan | undefined {
    return this.data.plan;
  }

  /** Problems the validator found in the data (the valid parts are shown). */
  get problems(): Problem[] {
    const state = this.data.state;
    return state.status === 'loaded' || state.status === 'error' ? state.problems : [];
  }

  /**
   * Draws what the server drew: on a server, and in the browser's first render of server-rendered
   * HTML (hydration). Then a widget reads no state from the address and nothing from the page.
   */
  protected get drawingServerHtml(): boolean {
    return isServer || this.hydrating;
  }

  /**
   * Every item and every long text in full, nothing behind a "Show more": in server-rendered
   * HTML (which readers without JavaScript, search engines and printers get) and while the page
   * prints. Items a screen would page away are then drawn too, and hidden by the stylesheet only
   * where scripts run (`@media screen and (scripting: enabled)`), so hydration keeps the DOM.
   */
  protected get showEverything(): boolean {
    return this.drawingServerHtml || this.printing;
  }

  /**
   * The day fixed for this render, if any: the `today` attribute, else (for server-rendered HTML
   * until it has hydrated) the day it was rendered for. Elements pass it on to the elements they
   * contain.
   */
  protected get fixedDay(): string | undefined {
    return this.today ?? (this.drawingServerHtml ? this.renderedOn : undefined);
  }

  /** The day overdue, stale and "N months ago" are measured against (`YYYY-MM-DD`). */
  protected get day(): string {
    return resolveToday(this.fixedDay);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /**
   * Takes over a declarative shadow root the server rendered (Lit's hydration), when the same
   * version of this library rendered it. HTML from another version may hold other templates,
   * which hydration would reject: that element is drawn afresh instead.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const rendered = isServer ? null : this.shadowRoot;
    if (!rendered) return super.createRenderRoot();
    // Elements inside another widget's shadow root hydrate with it: only the outermost says
    // which version rendered it.
    const outermost = !(this.getRootNode() instanceof ShadowRoot);
    if (outermost && this.getAttribute('rendered-by') !== RENDERED_BY) {
      console.warn(
        `<${this.localName}>: this HTML was rendered by ${this.getAttribute('rendered-by') ?? 'an unknown version'}, ` +
          `but the page loads ${RENDERED_BY}; drawing it afresh.`,
      );
      this.drawAfresh(rendered);
      return rendered;
    }
    this.hydrating = true;
    const root = super.createRenderRoot();
    // Lit's hydration keeps the server's <style> blocks and adopts no styles of its own. Adopting
    // them too changes nothing where those blocks apply (the same rules), and styles the widget
    // where a page's Content-Security-Policy refused them (docs/security.md).
    adoptStyles(rendered, this.elementStyles);
    return root;
  }

  /**
   * Hydration throws when the HTML does not match this build's templates (HTML edited by a CMS, a
   * build whose templates differ under the same version): then the element draws afresh, as
   * one that was not pre-rendered, instead of breaking.
   */
  protected override update(changed: PropertyValues): void {
    if (!this.hydrating) return super.update(changed);
    try {
      super.update(changed);
    } catch (error) {
      console.warn(`<${this.localName}>: the server-rendered HTML does not match this script's templates; drawing it afresh.`, error);
      this.hydrating = false;
      this.drawAfresh(this.renderRoot as ShadowRoot);
      super.update(changed);
    }
  }

  /** Empties a server-rendered shadow root and gives it this element's styles, to draw in it as in a new one. */
  private drawAfresh(root: ShadowRoot): void {
    root.replaceChildren();
    adoptStyles(root, this.elementStyles);
  }

  /** This element's styles as Lit prepared them (what a new shadow root is given). */
  private get elementStyles(): CSSResultOrNative[] {
    return (this.constructor as typeof LitElement).elementStyles;
  }

  /**
   * Server-rendered HTML stays as it is until the strings of its language are here (the Chinese
   * table loads on demand), so that the first render in the browser matches it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hydrating && !this.i18n.ready) return this.i18n.whenReady().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
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
    // A server never connects elements, where the language is resolved in the browser.
    if (isServer) this.i18n.resolveOnServer();
    this.data.update();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.hydrating) {
      // Hydrated: now move to the reader's today and the state in the address.
      this.hydrating = false;
      this.requestUpdate();
    }
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

  /**
   * For a draft or adopted plan, one short notice that progress is tracked once the plan is being
   * implemented; nothing for other plans or with `no-stage-notice`. Each element puts it under its
   * heading.
   */
  protected renderStageNotice(plan: ActionPlan): TemplateResult | typeof nothing {
    if (this.noStageNotice || !beforeImplementation(plan)) return nothing;
    const {msg} = this.i18n;
    const stage = plan.stage as Extract<PlanStage, 'draft' | 'adopted'>;
    return html`<p class="stage-notice" part="stage-notice" data-stage=${stage}>
      ${
        stage === 'draft'
          ? msg('This plan is a draft. Its progress will be tracked once it is being implemented.')
          : msg('This plan has been adopted. Its progress will be tracked once it is being implemented.')
      }
    </p>`;
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
      body = [
        this.debug ? this.renderProblems(state.problems) : nothing,
        this.renderPlan(state.plan),
        this.debug ? nothing : this.renderProblemsNote(state.problems),
        this.renderAsOf(),
      ];
    } else {
      body = html`<div class="notice" part="notice">
        <p>${msg('No action plan data yet. Give this element a src URL, inline JSON or a plan property.')}</p>
      </div>`;
    }
    return html`<div class="root" part="base" lang=${locale}>${body}</div>`;
  }

  /**
   * Server-rendered HTML says which day its overdue marks and "N months ago" were measured
   * against; in the browser the line then gives the day the widget measures against.
   */
  private renderAsOf(): TemplateResult | typeof nothing {
    if (!this.renderedOn) return nothing;
    const {msg, locale} = this.i18n;
    const day = this.day;
    return html`<p class="as-of muted" part="as-of">
      ${msg(html`As of ${html`<time datetime=${day}>${formatDate(day, locale)}</time>`}`)}
    </p>`;
  }

  /**
   * What went wrong, for developers (the `ogp-error` event's message and the technical details):
   * the HTTP status, the timeout, what the page's server must allow.
   */
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

  /** True for failures that asking again can fix: the network, a timeout, a server error (5xx). */
  private static canRetry(error: LoadError): boolean {
    if (error.kind === 'network' || error.kind === 'timeout') return true;
    return error.kind === 'http' && (error.details.status ?? 0) >= 500;
  }

  /** What happened and what the reader can do, in one plain sentence (the details are for developers). */
  private readerMessage(error: LoadError, retry: boolean): string {
    const {msg} = this.i18n;
    if (retry) {
      return error.kind === 'http'
        ? msg('The action plan cannot be shown because of a problem on the server. Try again in a few minutes.')
        : msg('The action plan cannot be shown because it did not arrive. Check your connection and try again.');
    }
    return error.kind === 'http'
      ? msg('The action plan cannot be shown because it was not found. Please tell the owner of this page.')
      : msg('The action plan cannot be shown because its data cannot be read. Please tell the owner of this page.');
  }

  /**
   * A problem that stops the widget, the same in every element (GOV.UK's "There is a problem"):
   * a short title, one plain sentence, optional actions, and details for developers behind a
   * disclosure. Text at body size; elements use it for their own failures too (an unknown id).
   */
  protected renderFailure(sentence: unknown, details: unknown = nothing, actions: unknown = nothing): TemplateResult {
    const {msg} = this.i18n;
    return html`<div class="notice error" part="notice error" role="alert">
      <p class="notice-title">${msg('There is a problem')}</p>
      <p>${sentence}</p>
      ${actions === nothing ? nothing : html`<div class="actions">${actions}</div>`}
      ${
        details === nothing
          ? nothing
          : html`<details>
              <summary>${msg('Technical details')}</summary>
              ${details}
            </details>`
      }
    </div>`;
  }

  private renderError(error: LoadError, problems: Problem[]): TemplateResult {
    const {msg} = this.i18n;
    const retry = Boolean(this.src) && !this.plan && OgpElement.canRetry(error);
    return this.renderFailure(
      this.readerMessage(error, retry),
      html`<ul class="technical">
        <li>${this.errorMessage(error)}</li>
        ${error.details.url ? html`<li><code>${error.details.url}</code></li>` : nothing}
        <li><code>${error.kind}: ${error.message}</code></li>
        ${problems.map((p) => html`<li>${this.problemItem(p)}</li>`)}
      </ul>`,
      retry
        ? html`<button type="button" class="button" part="retry-button" @click=${() => this.reload()}>
            ${msg('Try again')}
          </button>`
        : nothing,
    );
  }

  /**
   * The count of errors as one sentence ("3 problems in the data: some items may be missing.").
   * Warnings left nothing out, so readers are not told about them.
   */
  private problemsSentence(errors: number): string {
    const {msg, locale} = this.i18n;
    const count = formatNumber(errors, locale);
    return errors === 1
      ? msg('1 problem in the data: some items may be missing.')
      : msg(str`${count} problems in the data: some items may be missing.`);
  }

  /** For readers: one quiet line at the end of the widget when something was left out (the list is in the console, or at the top with `debug`). */
  private renderProblemsNote(problems: Problem[]): TemplateResult | typeof nothing {
    const errors = problems.filter(isError).length;
    if (!errors) return nothing;
    return html`<p class="problems-note muted" part="problems">${this.problemsSentence(errors)}</p>`;
  }

  /** With `debug`: every problem, with its exact field, at the top; warnings marked as such. */
  private renderProblems(problems: Problem[]): TemplateResult | typeof nothing {
    if (!problems.length) return nothing;
    const {msg, locale} = this.i18n;
    const errors = problems.filter(isError).length;
    const warnings = problems.length - errors;
    const summary = errors
      ? this.problemsSentence(errors)
      : warnings === 1
        ? msg('1 warning about the data: nothing was left out.')
        : msg(str`${formatNumber(warnings, locale)} warnings about the data: nothing was left out.`);
    return html`<details class="notice problems" part="problems" open>
      <summary>${summary}</summary>
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
        // Updates name milestones (`updates[0].milestones[1]`, or its column in a spreadsheet).
        what = /\.milestones\[\d+\]$/.test(problem.path)
          ? msg(str`unknown milestone ${value}; the entry was left out`)
          : msg(str`unknown policy area ${value}`);
        break;
      case 'future':
        what = msg(str`dated ${value}, after the date the data was last updated; the update was left out`);
        break;
      case 'disagreement':
        what = msg('differs from the latest progress report, which is shown instead');
        break;
      case 'no-challenge':
        what = msg('behind schedule, but gives no challenge to explain why');
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
    // Warnings left nothing out: marked, so the debug list tells them from errors.
    const mark = isError(problem) ? nothing : html`<strong class="severity">${msg('Warning')}</strong> `;
    // Spreadsheet problems name the row and column a person can find; others the exact path.
    return place === undefined
      ? html`${mark}<code>${problem.path || '/'}</code>: ${what}`
      : html`${mark}<span class="place">${place}</span>: ${what}`;
  }
}
