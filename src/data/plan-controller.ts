/**
 * Every widget's data, loaded once here: from the `plan` property, a child
 * `<script type="application/json">` (or `text/csv`), or the `src` URL, first found wins.
 *
 * A plan given synchronously (the property, inline JSON) is validated while the element prepares
 * its update, so the first render already draws it (also on a server). Anything asynchronous (a
 * URL, inline CSV, whose reader loads on demand) is a `@lit/task`: it gets an AbortSignal, and
 * the latest source wins.
 */
import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {initialState, Task, TaskStatus} from '@lit/task';
import {CsvDocument, fetchJson, LoadError, readCsv, type DataFormat} from './fetch.js';
import type {ActionPlan, Problem, ValidationResult} from './types.js';
import {formatProblem, isError, validatePlan} from './validate.js';

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

export type LoadState =
  | {status: 'idle'}
  | {status: 'loading'}
  | {status: 'loaded'; plan: ActionPlan; problems: Problem[]}
  | {status: 'error'; error: LoadError; problems: Problem[]};

/** Plans already validated, by the object they came from (widgets sharing a response share this). */
const validated = new WeakMap<object, ValidationResult>();
/** Results whose problems were already printed, so N widgets on one URL warn once. */
const warned = new WeakSet<ValidationResult>();

function validateOnce(raw: unknown): ValidationResult {
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
    const checked = validatePlan(csv.plan);
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
  return place.length ? `${place.join(', ')}: ${problem.message}` : formatProblem(problem);
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

const IDLE: LoadState = {status: 'idle'};
const LOADING: LoadState = {status: 'loading'};

const isAbort = (error: unknown): boolean => (error as Error)?.name === 'AbortError';

/** What the task loads: a URL, or inline CSV (its reader loads on demand), or nothing. */
type RemoteArgs = [
  url: string | undefined,
  inlineCsv: string | undefined,
  format: DataFormat | undefined,
  timeout: number,
  transform: ((raw: unknown) => unknown) | undefined,
];

const NOTHING_REMOTE: RemoteArgs = [undefined, undefined, undefined, 0, undefined];

/**
 * Gets a widget its plan from the first source present. The host calls `update()` from
 * `willUpdate`, so `state` is current when it renders.
 */
export class PlanController implements ReactiveController {
  /** The plan from the `plan` property or inline JSON, and what it was made from. */
  private given?: {key: readonly unknown[]; state: LoadState};
  /** Inline CSV text, which goes through the task like a URL. */
  private inlineCsv?: string;
  /** Set by `retry()`: the next request asks the network again instead of reusing a response. */
  private fresh = false;
  /** Set when leaving the page aborted a request, so coming back loads again. */
  private abortedByLeaving = false;
  private inlineObserver?: MutationObserver;
  /** The task's last failure as a state (the task holds one error at a time). */
  private failed?: {error: unknown; state: LoadState};

  private readonly remote: Task<RemoteArgs, LoadState>;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.remote = new Task<RemoteArgs, LoadState>(host, {
      task: (args, {signal}) => this.load(args, signal),
      args: () => {
        const {src, format, timeout, transform} = this.host;
        const url = this.given || this.inlineCsv !== undefined ? undefined : src || undefined;
        return url === undefined && this.inlineCsv === undefined ? NOTHING_REMOTE : [url, this.inlineCsv, format, timeout, transform];
      },
      // Nothing to load until a URL or inline CSV appears: a given plan costs no task run (and
      // no second update).
      initialValue: IDLE,
    });
  }

  /** Where the data stands: idle (no source), loading, loaded (with problems) or failed. */
  get state(): LoadState {
    if (this.given) return this.given.state;
    return this.remote.render({
      initial: () => IDLE,
      pending: () => LOADING,
      complete: (state) => state,
      error: (error) => this.errorState(error),
    });
  }

  get plan(): ActionPlan | undefined {
    const state = this.state;
    return state.status === 'loaded' ? state.plan : undefined;
  }

  hostConnected(): void {
    if (isServer) return;
    // Inline JSON may arrive after the element (streamed HTML, a CMS that adds it later).
    this.inlineObserver = new MutationObserver(() => this.host.requestUpdate());
    this.inlineObserver.observe(this.host, {childList: true, subtree: true, characterData: true});
    if (this.abortedByLeaving) {
      this.abortedByLeaving = false;
      void this.remote.run();
    }
  }

  hostDisconnected(): void {
    this.inlineObserver?.disconnect();
    // Leaving the page mid-request aborts it; coming back loads again.
    if (this.remote.status === TaskStatus.PENDING) {
      this.abortedByLeaving = true;
      this.remote.abort();
    }
  }

  /** Reads the synchronous sources; called from the host's `willUpdate`. */
  update(): void {
    const {plan, transform} = this.host;
    const script = plan === undefined || plan === null ? this.inlineScript() : undefined;
    const inline = script ? (script.textContent ?? '') : undefined;
    const csv = script?.type === 'text/csv';
    this.inlineCsv = csv ? dedent(inline!) : undefined;
    if ((plan === undefined || plan === null) && (inline === undefined || csv)) {
      this.given = undefined;
      return;
    }
    const key = [plan, inline, plan === undefined || plan === null ? transform : undefined];
    if (this.given && key.every((part, i) => part === this.given!.key[i])) return;
    let state: LoadState;
    if (plan !== undefined && plan !== null) {
      // `transform` adapts responses and inline data; a plan property is already in shape.
      state = accept(this.host.localName, plan, undefined);
    } else {
      let raw: unknown;
      try {
        raw = JSON.parse(inline!);
        state = accept(this.host.localName, raw, transform);
      } catch (error) {
        const message = `inline <script type="application/json">: ${(error as Error).message}`;
        state = failure(this.host.localName, new LoadError('invalid-json', message));
      }
    }
    this.given = {key, state};
  }

  /** Loads `src` again, asking the network anew (the retry button). */
  retry(): void {
    this.fresh = true;
    void this.remote.run();
  }

  private inlineScript(): HTMLScriptElement | undefined {
    if (isServer) return undefined;
    return this.host.querySelector<HTMLScriptElement>(INLINE_SELECTOR) ?? undefined;
  }

  private async load(
    [url, inlineCsv, format, timeout, transform]: RemoteArgs,
    signal: AbortSignal,
  ): Promise<LoadState | typeof initialState> {
    if (inlineCsv !== undefined) return accept(this.host.localName, await readCsv(inlineCsv), transform);
    if (!url) return initialState;
    const fresh = this.fresh;
    this.fresh = false;
    const raw = await fetchJson(url, {signal, timeout, fresh, format});
    return accept(this.host.localName, raw, transform);
  }

  /** The failure as a state, made once per error so that `ogp-error` fires once. */
  private errorState(error: unknown): LoadState {
    if (isAbort(error)) return LOADING;
    const last = this.failed;
    if (last && last.error === error) return last.state;
    const loadError = error instanceof LoadError ? error : new LoadError('network', describeError(error));
    const state = failure(this.host.localName, loadError);
    this.failed = {error, state};
    return state;
  }
}

/** Validates data (applying `transform` first) and says what the widget can show of it. */
function accept(tag: string, raw: unknown, transform: ((raw: unknown) => unknown) | undefined): LoadState {
  const csv = raw instanceof CsvDocument ? raw : undefined;
  let input = csv ? csv.csv.plan : raw;
  if (transform && input !== null) {
    try {
      input = transform(input);
    } catch (error) {
      return failure(tag, new LoadError('invalid-data', `transform threw: ${describeError(error)}`));
    }
  }
  let result: ValidationResult;
  try {
    result = csv ? validateCsv(csv, input, Boolean(transform)) : validateOnce(input);
  } catch (error) {
    // JSON never makes validatePlan throw, but a plan object can: getters or a Proxy that throw.
    return failure(tag, new LoadError('invalid-data', `the data could not be read: ${describeError(error)}`));
  }
  if (result.problems.length && !warned.has(result)) {
    warned.add(result);
    const what = csv ? 'spreadsheet' : 'data';
    const errors = result.problems.filter(isError);
    const warnings = result.problems.filter((problem) => !isError(problem));
    if (errors.length) {
      console.warn(
        `<${tag}>: ${errors.length} problem(s) in the action plan ${what}; ` +
          `valid parts are shown.\n${errors.map(describeProblem).join('\n')}`,
      );
    }
    if (warnings.length) {
      // Nothing was left out: the data disagrees with itself, or a delay gives no reason.
      console.warn(
        `<${tag}>: ${warnings.length} warning(s) about the action plan ${what}; nothing was left out.\n` +
          warnings.map((problem) => `warning: ${describeProblem(problem)}`).join('\n'),
      );
    }
  }
  if (!result.plan) return failure(tag, new LoadError('invalid-data', 'no action plan found in the data'), result.problems);
  return {status: 'loaded', plan: result.plan, problems: result.problems};
}

function failure(tag: string, error: LoadError, problems: Problem[] = []): LoadState {
  if (!problems.length) console.warn(`<${tag}>: could not load the action plan: ${error.kind}: ${error.message}`);
  return {status: 'error', error, problems};
}
