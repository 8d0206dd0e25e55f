/**
 * The Playground: paste an action plan as JSON or as CSV (a spreadsheet, docs/spreadsheets.md), or
 * give a URL; pick an element and a language, and see the element live next to the validator's
 * problems with their exact paths (for CSV, their rows and columns).
 *
 * Rendered in the light DOM, so the story frame's theme and language reach the element inside.
 */
import {LitElement, css, html, nothing} from 'lit';
import {readCsvPlan} from '../../src/data/csv.js';
import {validatePlan} from '../../src/data/validate.js';
import type {Problem} from '../../src/data/types.js';
import {MOCK} from './mock-fetch.js';
import {DATA, TODAY, emptyPlan, illustrativePlan, problemPlan, taiwanPlan} from './plans.js';
import {renderElement, type Args} from './render.js';
import illustrativeCsv from '../../data/examples/illustrative-plan.csv?raw';
import templateCsv from '../../data/templates/action-plan-template.csv?raw';

const ELEMENTS = [
  ['ogp-commitment-card', 'commitment="1-1"'],
  ['ogp-policy-area-grid', 'selectable'],
  ['ogp-progress-tracker', ''],
  ['ogp-commitment-list', ''],
  ['ogp-action-plan', ''],
] as const;

const EXAMPLES: Record<string, () => unknown> = {
  'Illustrative plan': illustrativePlan,
  'Taiwan draft (2019)': taiwanPlan,
  'Illustrative plan with problems': problemPlan,
  'Empty plan': emptyPlan,
};

const CSV_EXAMPLES: Record<string, string> = {
  'Illustrative plan (data/examples/illustrative-plan.csv)': illustrativeCsv,
  'The template (data/templates/action-plan-template.csv)': templateCsv,
};

type Source = 'json' | 'csv' | 'url';

const URLS = [DATA.taiwan, DATA.illustrative, MOCK.slow, MOCK.http404, MOCK.http500, MOCK.invalidJson, MOCK.html, MOCK.network, MOCK.invalidData];

/** `commitment="1-1" compact heading-level=3` → {commitment: '1-1', compact: true, 'heading-level': '3'} */
export function parseAttributes(text: string): Args {
  const args: Args = {};
  for (const match of text.matchAll(/([a-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g)) {
    const [, name, double, single, bare] = match;
    args[name] = double ?? single ?? bare ?? true;
  }
  return args;
}

const styles = css`
  sb-ogp-playground {
    display: grid;
    gap: 1.5em;
  }
  sb-ogp-playground .pg-form {
    display: grid;
    gap: 1em;
    grid-template-columns: repeat(auto-fit, minmax(14em, 1fr));
    align-items: start;
  }
  sb-ogp-playground label,
  sb-ogp-playground legend {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  sb-ogp-playground fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid GrayText;
    border-radius: 0.25em;
  }
  sb-ogp-playground fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: normal;
  }
  sb-ogp-playground input[type='text'],
  sb-ogp-playground input[type='url'],
  sb-ogp-playground select,
  sb-ogp-playground textarea {
    font: inherit;
    font-weight: normal;
    padding: 0.4em 0.5em;
    min-block-size: 2.5em;
    border: 1px solid GrayText;
    border-radius: 0.25em;
    background: Field;
    color: FieldText;
  }
  sb-ogp-playground textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
    min-block-size: 16em;
    resize: vertical;
  }
  sb-ogp-playground .pg-wide {
    grid-column: 1 / -1;
  }
  sb-ogp-playground .pg-hint {
    font-weight: normal;
    font-size: 0.9em;
  }
  sb-ogp-playground .pg-problems {
    padding: 0.75em 1em;
    border: 1px solid GrayText;
    border-inline-start-width: 0.35em;
    border-radius: 0.25em;
  }
  sb-ogp-playground .pg-problems h2 {
    margin: 0 0 0.5em;
    font-size: 1.1em;
  }
  sb-ogp-playground .pg-problems ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  sb-ogp-playground .pg-problems code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-weight: 600;
  }
  sb-ogp-playground .pg-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  sb-ogp-playground button {
    font: inherit;
    padding: 0.4em 0.75em;
    min-block-size: 2.5em;
    border: 1px solid GrayText;
    border-radius: 0.25em;
    background: ButtonFace;
    color: ButtonText;
    cursor: pointer;
  }
  sb-ogp-playground .pg-preview {
    padding-block-start: 1em;
    border-block-start: 1px dashed GrayText;
  }
`;

/** The playground's styles, once per document (it renders in the light DOM). */
function adoptStyles(): void {
  if (document.getElementById('sb-ogp-playground-styles')) return;
  const style = document.createElement('style');
  style.id = 'sb-ogp-playground-styles';
  style.textContent = styles.cssText;
  document.head.append(style);
}

// No decorators here: stories/ is outside tsconfig.json's `include`, so reactive properties are
// declared the plain way (`static properties` and `declare`), which works with any class-field semantics.
export class SbOgpPlayground extends LitElement {
  static override properties = {
    locale: {},
    element: {state: true},
    attrText: {state: true},
    source: {state: true},
    json: {state: true},
    csv: {state: true},
    url: {state: true},
    language: {state: true},
    plan: {state: true},
    parseError: {state: true},
    remote: {state: true},
  };

  /** The toolbar language, the initial choice of the language menu. */
  declare locale: string;
  declare private element: string;
  declare private attrText: string;
  declare private source: Source;
  declare private json: string;
  /** The pasted sheet, as typed. */
  declare private csv: string;
  declare private url: string;
  declare private language: string | undefined;
  /** What the preview shows: the parsed JSON, or undefined (with `parseError`) when it does not parse. */
  declare private plan: unknown;
  declare private parseError: string;
  /** Problems reported for the URL (from the element's ogp-load / ogp-error). */
  declare private remote: {problems: Problem[]; error?: string};

  constructor() {
    super();
    this.locale = 'zh-TW';
    this.element = 'ogp-commitment-card';
    this.attrText = 'commitment="1-1"';
    this.source = 'json';
    this.plan = illustrativePlan();
    this.json = JSON.stringify(this.plan, null, 2);
    this.csv = illustrativeCsv;
    this.csvScript.type = 'text/csv';
    this.csvScript.textContent = this.csv;
    this.url = DATA.taiwan;
    this.language = undefined;
    this.parseError = '';
    this.remote = {problems: []};
  }

  private debounce?: ReturnType<typeof setTimeout>;
  /**
   * The preview element's inline `<script type="text/csv">`, as a page would write it: the widget
   * reads it itself, and reads it again when its text changes.
   */
  private readonly csvScript = document.createElement('script');

  protected override createRenderRoot() {
    adoptStyles();
    return this;
  }

  private get previewLang(): string {
    return this.language ?? this.locale;
  }

  private onJson(event: Event) {
    this.json = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.parse(), 300);
  }

  private parse() {
    try {
      this.plan = JSON.parse(this.json);
      this.parseError = '';
    } catch (error) {
      this.plan = undefined;
      this.parseError = (error as Error).message;
    }
  }

  private onCsv(event: Event) {
    this.csv = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.csvScript.textContent = this.csv;
      this.requestUpdate();
    }, 300);
  }

  private useCsvExample(event: Event) {
    const select = event.target as HTMLSelectElement;
    const text = CSV_EXAMPLES[select.value];
    if (text === undefined) return;
    this.csv = text;
    this.csvScript.textContent = text;
    select.value = '';
  }

  private useExample(event: Event) {
    const select = event.target as HTMLSelectElement;
    const make = EXAMPLES[select.value];
    if (!make) return;
    this.json = JSON.stringify(make(), null, 2);
    this.parse();
    select.value = '';
  }

  private onElement(event: Event) {
    this.element = (event.target as HTMLSelectElement).value;
    this.attrText = ELEMENTS.find(([tag]) => tag === this.element)?.[1] ?? '';
  }

  private onLoaded(event: Event) {
    if (this.source !== 'url') return;
    const target = event.target as HTMLElement & {problems?: Problem[]};
    if (event.type === 'ogp-load') this.remote = {problems: target.problems ?? []};
    else {
      const detail = (event as CustomEvent).detail as {message: string; problems: Problem[]};
      this.remote = {problems: detail.problems ?? [], error: detail.message};
    }
  }

  private renderProblems() {
    if (this.source === 'json' && this.parseError) {
      return html`<section class="pg-problems" aria-labelledby="pg-problems-heading">
        <h2 id="pg-problems-heading">Not valid JSON</h2>
        <p>${this.parseError}</p>
      </section>`;
    }
    const {problems, error} =
      this.source === 'json'
        ? {problems: validatePlan(this.plan).problems, error: undefined}
        : this.source === 'csv'
          ? {problems: readCsvPlan(this.csvScript.textContent ?? '').problems, error: undefined}
          : this.remote;
    const summary = error
      ? 'Loading failed'
      : problems.length === 0
        ? 'The validator found no problems'
        : `The validator found ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    return html`<section class="pg-problems" aria-labelledby="pg-problems-heading">
      <h2 id="pg-problems-heading">${summary}</h2>
      ${error ? html`<p>${error}</p>` : nothing}
      ${problems.length
        ? html`<ul>
            ${problems.map(
              (problem) =>
                html`<li>
                  <code>${problem.path || (problem.row !== undefined ? 'sheet' : '(document)')}</code>: ${problem.message}${problem.row !== undefined
                    ? ` (row ${problem.row}${problem.column ? `, column ${problem.column}` : ''})`
                    : nothing}
                </li>`,
            )}
          </ul>`
        : nothing}
    </section>`;
  }

  protected override render() {
    const data: Record<Source, Args> = {
      json: {plan: this.plan ?? undefined, src: undefined},
      csv: {plan: undefined, src: undefined},
      url: {plan: undefined, src: this.url || undefined},
    };
    const args: Args = {today: TODAY, ...parseAttributes(this.attrText), ...data[this.source]};
    return html`<form class="pg-form" @submit=${(event: Event) => event.preventDefault()}>
        <label
          >Element
          <select @change=${this.onElement}>
            ${ELEMENTS.map(([tag]) => html`<option value=${tag} ?selected=${tag === this.element}>&lt;${tag}&gt;</option>`)}
          </select>
        </label>
        <label
          >Language
          <select @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}>
            <option value="zh-TW" ?selected=${this.previewLang === 'zh-TW'}>繁體中文 (zh-TW)</option>
            <option value="en" ?selected=${this.previewLang === 'en'}>English (en)</option>
          </select>
        </label>
        <label
          >Attributes
          <input
            type="text"
            .value=${this.attrText}
            @change=${(e: Event) => (this.attrText = (e.target as HTMLInputElement).value)}
            aria-describedby="pg-attributes-hint"
          />
          <span class="pg-hint" id="pg-attributes-hint">e.g. <code>commitment="3" compact heading-level=3</code></span>
        </label>
        <fieldset class="pg-wide">
          <legend>Data from</legend>
          <label
            ><input type="radio" name="pg-source" value="json" .checked=${this.source === 'json'} @change=${() => (this.source = 'json')} />
            Pasted JSON</label
          >
          <label
            ><input type="radio" name="pg-source" value="csv" .checked=${this.source === 'csv'} @change=${() => (this.source = 'csv')} />
            Pasted CSV (a spreadsheet)</label
          >
          <label
            ><input type="radio" name="pg-source" value="url" .checked=${this.source === 'url'} @change=${() => (this.source = 'url')} />
            A URL</label
          >
        </fieldset>
        ${this.source === 'json'
          ? html`<label
                >Start from an example
                <select @change=${this.useExample}>
                  <option value="">Choose…</option>
                  ${Object.keys(EXAMPLES).map((name) => html`<option>${name}</option>`)}
                </select>
              </label>
              <label class="pg-wide"
                >Action plan JSON (paste or edit)
                <textarea spellcheck="false" .value=${this.json} @input=${this.onJson}></textarea>
              </label>`
          : this.source === 'csv'
            ? html`<label
                  >Start from an example
                  <select @change=${this.useCsvExample}>
                    <option value="">Choose…</option>
                    ${Object.keys(CSV_EXAMPLES).map((name) => html`<option>${name}</option>`)}
                  </select>
                </label>
                <label class="pg-wide"
                  >Action plan CSV: copy the cells from Google Sheets, Excel or LibreOffice and paste them here (tabs
                  or commas; the layout is in docs/spreadsheets.md)
                  <textarea spellcheck="false" wrap="off" .value=${this.csv} @input=${this.onCsv}></textarea>
                </label>`
            : html`<label class="pg-wide"
              >URL of an action plan (JSON or CSV; another site must allow CORS)
              <input
                type="url"
                list="pg-urls"
                .value=${this.url}
                @change=${(e: Event) => {
                  this.url = (e.target as HTMLInputElement).value.trim();
                  this.remote = {problems: []};
                }}
              />
              <datalist id="pg-urls">${URLS.map((url) => html`<option value=${url}></option>`)}</datalist>
            </label>`}
      </form>
      <div role="status" aria-live="polite">${this.renderProblems()}</div>
      <div class="pg-preview" lang=${this.previewLang} @ogp-load=${this.onLoaded} @ogp-error=${this.onLoaded}>
        ${renderElement(this.element, args, this.source === 'csv' ? this.csvScript : nothing)}
      </div>`;
  }
}

if (!customElements.get('sb-ogp-playground')) customElements.define('sb-ogp-playground', SbOgpPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'sb-ogp-playground': SbOgpPlayground;
  }
}
