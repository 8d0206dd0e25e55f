/**
 * Fetching plan documents by URL, shared by every widget on the page.
 *
 * One request per URL per page: widgets asking for the same URL while it is in flight share it,
 * and a successful response is kept for the page's lifetime. Each caller has its own AbortSignal
 * and timeout; the underlying request is aborted only when every caller has gone. Failures are
 * not kept, so a retry asks the network again.
 */

export type LoadErrorKind =
  /** The server answered with an HTTP error status. */
  | 'http'
  /** The response claimed or looked like JSON but did not parse. */
  | 'invalid-json'
  /** The response was something else, typically an HTML page (a 404 page, a login wall). */
  | 'not-json'
  /** No answer within the timeout. */
  | 'timeout'
  /** The request failed: offline, DNS, CORS, a refused connection. */
  | 'network'
  /** The data parsed but holds no usable action plan (or `transform` threw). */
  | 'invalid-data';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly details: {url?: string; status?: number} = {},
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
  settled: boolean;
}

const requests = new Map<string, SharedRequest>();

/** Parses a response body, telling HTML pages and broken JSON apart. */
export async function readJson(response: Response, url: string): Promise<unknown> {
  if (!response.ok) {
    throw new LoadError('http', `HTTP ${response.status} ${response.statusText}`.trim(), {url, status: response.status});
  }
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (/html|xml/i.test(type) || body.startsWith('<')) {
    throw new LoadError('not-json', `expected JSON, got ${type || 'a document starting with "<"'}`, {url});
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new LoadError('invalid-json', (error as Error).message, {url});
  }
}

function startRequest(url: string, fresh: boolean): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = {
    controller,
    callers: 0,
    settled: false,
    promise: fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      // A retry must reach the server, not a cached error page.
      cache: fresh ? 'reload' : 'default',
      headers: {accept: 'application/json'},
    })
      .then(
        (response) => readJson(response, url),
        (error: unknown) => {
          throw error instanceof LoadError ? error : new LoadError('network', String((error as Error)?.message ?? error), {url});
        },
      )
      .then(
        (value) => {
          request.settled = true;
          return value;
        },
        (error: unknown) => {
          request.settled = true;
          if (requests.get(url) === request) requests.delete(url);
          throw error;
        },
      ),
  };
  requests.set(url, request);
  return request;
}

export interface FetchOptions {
  signal: AbortSignal;
  /** Milliseconds before this caller gives up with a `timeout` error. */
  timeout: number;
  /** Ask the network again even when a response is kept (a retry). */
  fresh?: boolean;
}

/**
 * The parsed JSON at `url`, shared with every other caller on the page. Rejects with a
 * `LoadError`, or with an `AbortError` DOMException when `signal` aborts.
 */
export function fetchJson(url: string, {signal, timeout, fresh = false}: FetchOptions): Promise<unknown> {
  const absolute = new URL(url, document.baseURI).href;
  let request = requests.get(absolute);
  if (!request || (fresh && request.settled)) request = startRequest(absolute, fresh);
  const shared = request;
  shared.callers++;

  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      shared.callers--;
      // Nobody is waiting any more: stop the download, and forget it unless it completed.
      if (shared.callers === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(absolute) === shared) requests.delete(absolute);
      }
    };
    const onAbort = () => {
      if (done) return;
      finish();
      reject(new DOMException('The load was aborted', 'AbortError'));
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      reject(new LoadError('timeout', `no response within ${timeout} ms`, {url: absolute}));
    }, timeout);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort);
    shared.promise.then(
      (value) => {
        if (done) return;
        finish();
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        finish();
        reject(error);
      },
    );
  });
}

/** Forgets every kept response (tests; a host page that knows its data changed). */
export function clearFetchCache(): void {
  requests.clear();
}
