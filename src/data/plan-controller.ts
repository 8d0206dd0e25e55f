import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {fetchJson, LoadError} from './fetch.js';
import type {ActionPlan, Problem, ValidationResult} from './types.js';
import {formatProblem, validatePlan} from './validate.js';

/** What a widget exposes to configure its data. */
export interface PlanSource {
  /** An action plan object; wins over inline JSON and `src`. */
  plan?: unknown;
  /** URL of a JSON document. */
  src?: string;
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

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

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
    const {plan, src, transform} = this.host;
    const inline = plan === undefined || plan === null ? this.inlineText() : undefined;
    const key = [plan, inline, plan || inline !== undefined ? undefined : src, transform];
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

  private inlineText(): string | undefined {
    return this.host.querySelector(INLINE_SELECTOR)?.textContent ?? undefined;
  }

  private load(fresh: boolean): void {
    this.abort?.abort();
    this.abort = undefined;
    const {plan, src, transform} = this.host;
    if (plan !== undefined && plan !== null) return this.accept(plan, false);
    const inline = this.inlineText();
    if (inline !== undefined) {
      let raw: unknown;
      try {
        raw = JSON.parse(inline);
      } catch (error) {
        return this.fail(new LoadError('invalid-json', `inline <script type="application/json">: ${(error as Error).message}`));
      }
      return this.accept(raw, Boolean(transform));
    }
    if (!src) {
      this.state = {status: 'idle'};
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.state = {status: 'loading'};
    fetchJson(src, {signal: abort.signal, timeout: this.host.timeout, fresh}).then(
      (raw) => {
        if (abort.signal.aborted) return;
        this.accept(raw, Boolean(transform));
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (abort.signal.aborted || (error as Error)?.name === 'AbortError') return;
        this.fail(error instanceof LoadError ? error : new LoadError('network', String(error)));
        this.host.requestUpdate();
      },
    );
  }

  private accept(raw: unknown, transformed: boolean): void {
    let input = raw;
    if (transformed) {
      try {
        input = this.host.transform!(raw);
      } catch (error) {
        return this.fail(new LoadError('invalid-data', `transform threw: ${(error as Error)?.message ?? error}`));
      }
    }
    const result = validateOnce(input);
    if (result.problems.length && !warned.has(result)) {
      warned.add(result);
      console.warn(
        `<${this.host.localName}>: ${result.problems.length} problem(s) in the action plan data; ` +
          `valid parts are shown.\n${result.problems.map(formatProblem).join('\n')}`,
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
    if (!problems.length) console.warn(`<${this.host.localName}>: could not load the action plan: ${error.kind}: ${error.message}`);
    this.pendingEvent = () => this.callbacks.onError(error, problems);
  }
}
