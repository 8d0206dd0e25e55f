import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {CsvDocument, fetchJson, LoadError, readCsv, type DataFormat} from './fetch.js';
import type {ActionPlan, Problem, ValidationResult} from './types.js';
import type * as Validation from './validate.js';

/** What a widget exposes to configure its data. */
export interface PlanSource {
  /** An action plan object; wins over inline JSON and `src`. */
  plan?: unknown;
  /** URL of a JSON document or a CSV spreadsheet. */
  src?: string;
  /** How to read `src`: `json`, `csv`, or (unset) by its URL ending and content type. */
  format?: DataFormat;
  /** Milliseconds before a `src` request gives up. */
  timeout: number;
  /** Turns a response of another shape into an action plan. */
  transform?: (raw: unknown) => unknown;
}

type Host = ReactiveControllerHost & HTMLElement & PlanSource;

export interface PlanCallbacks {
  /** Called after the render that shows a newly loaded plan. */
  onLoad(plan: ActionPlan): void;
  /** Called after the render that shows a load error. */
  onError(error: LoadError, problems: Problem[]): void;
}

export type LoadState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'loaded'; plan: ActionPlan; problems: Problem[]}
  | {status: 'error'; error: LoadError; problems: Problem[]};

/** The validator: most of the data code, so it loads (once) when a widget first needs it. */
let validation: typeof Validation | undefined;
let validationLoading: Promise<typeof Validation> | undefined;

/** Loads the validator; a rejected load is forgotten, so a retry tries again. */
function loadValidation(): Promise<typeof Validation> {
  validationLoading ??= import('./validate.js').then(
    (module) => (validation = module),
    (error: unknown) => {
      validationLoading = undefined;
      throw error;
    },
  );
  return validationLoading;
}

/** Plans already validated, by the object they came from (widgets sharing a response share this). */
const validated = new WeakMap<object, ValidationResult>();
/** Results whose problems were already printed, so N widgets on one URL warn once. */
const warned = new WeakSet<ValidationResult>();

function validateOnce(raw: unknown): ValidationResult {
  const {validatePlan} = validation!;
  if (typeof raw !== 'object' || raw === null) return validatePlan(raw);
  let result = validated.get(raw);
  if (!result) {
    result = validatePlan(raw);
    validated.set(raw, result);
    // A validated plan re-validates to itself, with nothing left to report.
    if (result.plan) validated.set(result.plan, {plan: result.plan, problems: []});
  }
  return result;
}

/** Sheets already converted and validated, by the response they came from. */
const checkedCsv = new WeakMap<CsvDocument, ValidationResult>();

function validateCsv(document: CsvDocument, input: unknown, transformed: boolean): ValidationResult {
  const {csv} = document;
  if (csv.plan === null) return {plan: null, problems: csv.problems};
  if (transformed) {
    // The transform may reshape the plan, so its paths no longer match the sheet's rows.
    const result = validateOnce(input);
    return {plan: result.plan, problems: [...csv.problems, ...result.problems]};
  }
  let result = checkedCsv.get(document);
  if (!result) {
    const checked = validation!.validatePlan(csv.plan);
    result = {plan: checked.plan, problems: csv.withValidation(checked.problems)};
    checkedCsv.set(document, result);
    if (result.plan) validated.set(result.plan, {plan: result.plan, problems: []});
  }
  return result;
}

/** A thrown value as text, even when reading its message throws too. */
function describeError(error: unknown): string {
  try {
    return String((error as Error)?.message ?? error);
  } catch {
    return 'unknown error';
  }
}

/** `row 7, column status: unknown value "done" …` for spreadsheet problems, else the path form. */
function describeProblem(problem: Problem): string {
  const place = [
    problem.row === undefined ? '' : `row ${problem.row}`,
    problem.column === undefined ? '' : `column ${problem.column}`,
  ].filter(Boolean);
  return place.length ? `${place.join(', ')}: ${problem.message}` : validation!.formatProblem(problem);
}

/**
 * Removes the blank lines and indentation HTML authors put around a script's content, so that the
 * header is row 1 in problems (CSV cells are trimmed anyway).
 */
function dedent(text: string): string {
  const lines = text.replace(/^(?:[ \t]*\r?\n)+/, '').split(/\r?\n/);
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut)).join('\n');
}

const INLINE_SELECTOR = ':scope > script[type="application/json"], :scope > script[type="text/csv"]';

/**
 * Gets a widget its plan from the first source present: the `plan` property, a child
 * `<script type="application/json">`, or the `src` URL. The latest source always wins: a response
 * for a source that was replaced is dropped and its request aborted.
 */
export class PlanController implements ReactiveController {
  state: LoadState = {status: 'idle'};
  private sourceKey: unknown[] = [];
  private abort?: AbortController;
  private inlineObserver?: MutationObserver;
  private pendingEvent?: () => void;

  constructor(
    private readonly host: Host,
    private readonly callbacks: PlanCallbacks,
  ) {
    host.addController(this);
  }

  get plan(): ActionPlan | undefined {
    return this.state.status === 'loaded' ? this.state.plan : undefined;
  }

  hostConnected(): void {
    // Inline JSON may arrive after the element (streamed HTML, a CMS that adds it later).
    this.inlineObserver = new MutationObserver(() => this.host.requestUpdate());
    this.inlineObserver.observe(this.host, {childList: true, subtree: true, characterData: true});
  }

  hostDisconnected(): void {
    this.inlineObserver?.disconnect();
    // Leaving the page mid-fetch aborts it; reconnecting loads again.
    if (this.state.status === 'loading') {
      this.abort?.abort();
      this.sourceKey = [];
    }
  }

  hostUpdate(): void {
    const {plan, src, transform, format} = this.host;
    const script = plan === undefined || plan === null ? this.inlineScript() : undefined;
    const inline = script ? (script.textContent ?? '') : undefined;
    const remote = plan || inline !== undefined ? undefined : src;
    const key = [plan, inline, script?.type, remote, remote && format, transform];
    if (key.every((part, i) => part === this.sourceKey[i])) return;
    this.sourceKey = key;
    this.load(false);
  }

  hostUpdated(): void {
    const send = this.pendingEvent;
    this.pendingEvent = undefined;
    send?.();
  }

  /** Loads the current source again, asking the network anew (the retry button). */
  retry(): void {
    this.load(true);
    this.host.requestUpdate();
  }

  private inlineScript(): HTMLScriptElement | undefined {
    return this.host.querySelector<HTMLScriptElement>(INLINE_SELECTOR) ?? undefined;
  }

  private load(fresh: boolean): void {
    // Fetch the validator alongside the data, not after it.
    loadValidation().catch(() => {});
    this.abort?.abort();
    this.abort = undefined;
    const {plan, src, transform, format} = this.host;
    if (plan !== undefined && plan !== null) return this.accept(plan, false);
    const script = this.inlineScript();
    const inline = script ? (script.textContent ?? '') : undefined;
    if (inline !== undefined && script?.type === 'text/csv') {
      const signal = this.startLoading();
      return this.await(readCsv(dedent(inline)), signal);
    }
    if (inline !== undefined) {
      let raw: unknown;
      try {
        raw = JSON.parse(inline);
      } catch (error) {
        return this.fail(
          new LoadError('invalid-json', `inline <script type="application/json">: ${(error as Error).message}`),
        );
      }
      return this.accept(raw, Boolean(transform));
    }
    if (!src) {
      this.state = {status: 'idle'};
      return;
    }
    const signal = this.startLoading();
    this.await(fetchJson(src, {signal, timeout: this.host.timeout, fresh, format}), signal);
  }

  private startLoading(): AbortSignal {
    const abort = new AbortController();
    this.abort = abort;
    this.state = {status: 'loading'};
    return abort.signal;
  }

  /** Shows the loading state until `loading` settles, unless another source replaced it by then. */
  private await(loading: Promise<unknown>, signal: AbortSignal): void {
    loading.then(
      (raw) => {
        if (signal.aborted) return;
        this.accept(raw, Boolean(this.host.transform));
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (signal.aborted || (error as Error)?.name === 'AbortError') return;
        this.fail(error instanceof LoadError ? error : new LoadError('network', String(error)));
        this.host.requestUpdate();
      },
    );
  }

  /** Set while the first plan waits for the validator to load. */
  waiting?: Promise<unknown>;

  private accept(raw: unknown, transformed: boolean): void {
    if (!validation) {
      const signal = this.startLoading();
      const waiting = (this.waiting = loadValidation().then(
        () => !signal.aborted && this.accept(raw, transformed),
        (error: unknown) =>
          !signal.aborted &&
          this.fail(new LoadError('network', `the validator could not be loaded: ${describeError(error)}`)),
      ));
      void waiting.finally(() => {
        if (this.waiting === waiting) this.waiting = undefined;
        this.host.requestUpdate();
      });
      return;
    }
    const csv = raw instanceof CsvDocument ? raw : undefined;
    let input = csv ? csv.csv.plan : raw;
    if (transformed && input !== null) {
      try {
        input = this.host.transform!(input);
      } catch (error) {
        return this.fail(new LoadError('invalid-data', `transform threw: ${describeError(error)}`));
      }
    }
    let result: ValidationResult;
    try {
      result = csv ? validateCsv(csv, input, transformed) : validateOnce(input);
    } catch (error) {
      // JSON never makes validatePlan throw, but a plan object can: getters or a Proxy that throw.
      return this.fail(new LoadError('invalid-data', `the data could not be read: ${describeError(error)}`));
    }
    if (result.problems.length && !warned.has(result)) {
      warned.add(result);
      console.warn(
        `<${this.host.localName}>: ${result.problems.length} problem(s) in the action plan ${csv ? 'spreadsheet' : 'data'}; ` +
          `valid parts are shown.\n${result.problems.map(describeProblem).join('\n')}`,
      );
    }
    if (!result.plan) {
      return this.fail(new LoadError('invalid-data', 'no action plan found in the data'), result.problems);
    }
    const loaded = result.plan;
    this.state = {status: 'loaded', plan: loaded, problems: result.problems};
    this.pendingEvent = () => this.callbacks.onLoad(loaded);
  }

  private fail(error: LoadError, problems: Problem[] = []): void {
    this.state = {status: 'error', error, problems};
    if (!problems.length)
      console.warn(`<${this.host.localName}>: could not load the action plan: ${error.kind}: ${error.message}`);
    this.pendingEvent = () => this.callbacks.onError(error, problems);
  }
}
