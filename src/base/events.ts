import type {ActionPlan, Problem} from '../data/types.js';
import type {LoadErrorKind} from '../data/fetch.js';

export interface OgpErrorDetail {
  kind: LoadErrorKind;
  /** Localized, in the widget's language. */
  message: string;
  /** Validation problems, when the data itself was the trouble. */
  problems: Problem[];
  url?: string;
  status?: number;
}

export interface OgpSelectDetail {
  kind: 'policy-area' | 'status' | 'commitment';
  id: string;
}

/** The filters of a commitment list; empty strings mean "any". */
export interface OgpFilterDetail {
  policyArea: string;
  ogpValue: string;
  /** A completion level, or `not-reported`. */
  status: string;
  agency: string;
  query: string;
  /** Only commitments whose status changed in the plan's latest reporting period. */
  changed?: boolean;
  /** Only stale commitments: no progress report for longer than the plan's reporting interval. */
  stale?: boolean;
  /** Only late commitments whose latest progress report names challenges. */
  lateWithChallenges?: boolean;
}

/** Every event our elements send, with its detail. */
export interface OgpEventMap {
  /** The plan loaded and validated (detail: the plan). */
  'ogp-load': CustomEvent<ActionPlan>;
  /** Loading failed. */
  'ogp-error': CustomEvent<OgpErrorDetail>;
  /** The user selected something (a policy area, a status). */
  'ogp-select': CustomEvent<OgpSelectDetail>;
  /** A list's filters changed (by the reader, a linked widget or the URL). */
  'ogp-filter-change': CustomEvent<OgpFilterDetail>;
}

declare global {
  // Typed `addEventListener('ogp-load', …)` on every element and on window.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends OgpEventMap {}
}

type DetailOf<K extends keyof OgpEventMap> = OgpEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Sends one of our events: bubbling and composed, so it leaves shadow roots. */
export function emit<K extends keyof OgpEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable: false}));
}
