/**
 * Fetching plan documents by URL, shared by every widget on the page.
 *
 * One request per URL per page: widgets asking for the same URL while it is in flight share it,
 * and a successful response is kept for the page's lifetime. Each caller has its own AbortSignal
 * and timeout; the underlying request is aborted only when every caller has gone. Failures are
 * not kept, so a retry asks the network again.
 */

import type {CsvResult} from './csv.js';

export type LoadErrorKind =
  /** The server answered with an HTTP error status. */
  | 'http'
  /** The response claimed or looked like JSON but did not parse. (CSV always parses.) */
  | 'invalid-json'
  /** The response was something else, typically an HTML page (a 404 page, a login wall). */
  | 'not-json'
  /** No answer within the timeout. */
  | 'timeout'
  /** The request failed: offline, DNS, CORS, a refused connection. */
  | 'network'
  /** The data parsed but holds no usable action plan (a CSV without the sheet layout; or `transform` threw). */
  | 'invalid-data';

/** How to read a response: `json`, `csv`, or (undefined) by its URL and content type. */
export type DataFormat = 'json' | 'csv';

/**
 * A spreadsheet (CSV) response, converted to a plan object that still needs validating, with the
 * sheet's own problems and where each part came from (see csv.ts).
 */
export class CsvDocument {
  constructor(readonly csv: CsvResult) {}
}

/** True for a URL whose path ends in `.csv`. */
export const isCsvUrl = (url: string): boolean => /\.csv$/i.test(new URL(url, 'http://localhost/').pathname);

/**
 * Converts CSV text. The converter and its CSV parser are loaded on first use, so pages whose
 * data is JSON never download them.
 */
export async function readCsv(text: string, url?: string): Promise<CsvDocument> {
  let csv: typeof import('./csv.js');
  try {
    csv = await import('./csv.js');
  } catch (error) {
    throw new LoadError('network', `could not load the CSV reader: ${(error as Error)?.message ?? error}`, {url});
  }
  return new CsvDocument(csv.csvToPlan(text));
}

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
const requestKey = (url: string, format?: DataFormat): string => (format ? `${format} ${url}` : url);

/** Parses a response body, telling HTML pages and broken JSON apart. */
export function readJson(response: Response, url: string): Promise<unknown> {
  return readData(response, url, 'json');
}

/**
 * Reads a response as JSON or, when `format` is `csv` or (without a format) the URL ends in
 * `.csv` or the content type is `text/csv`, as a spreadsheet: a `CsvDocument`.
 */
export async function readData(response: Response, url: string, format?: DataFormat): Promise<unknown> {
  if (!response.ok) {
    throw new LoadError('http', `HTTP ${response.status} ${response.statusText}`.trim(), {url, status: response.status});
  }
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const csv = format === 'csv' || (format === undefined && (/\btext\/(csv|comma-separated-values)\b/i.test(type) || isCsvUrl(url)));
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (/html|xml/i.test(type) || body.startsWith('<')) {
    throw new LoadError('not-json', `expected ${csv ? 'CSV' : 'JSON'}, got ${type || 'a document starting with "<"'}`, {url});
  }
  if (csv) return readCsv(text, url);
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new LoadError('invalid-json', (error as Error).message, {url});
  }
}

function startRequest(url: string, fresh: boolean, format?: DataFormat): SharedRequest {
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
      headers: {
        accept: format === 'csv' || (format === undefined && isCsvUrl(url)) ? 'text/csv, */*;q=0.5' : 'application/json',
      },
    })
      .then(
        (response) => readData(response, url, format),
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
          if (requests.get(requestKey(url, format)) === request) requests.delete(requestKey(url, format));
          throw error;
        },
      ),
  };
  requests.set(requestKey(url, format), request);
  return request;
}

export interface FetchOptions {
  signal: AbortSignal;
  /** Milliseconds before this caller gives up with a `timeout` error. */
  timeout: number;
  /** Ask the network again even when a response is kept (a retry). */
  fresh?: boolean;
  /** Read the response as this format; by default JSON, or CSV for `.csv` URLs and `text/csv`. */
  format?: DataFormat;
}

/**
 * The parsed JSON at `url` (or a `CsvDocument` for a spreadsheet), shared with every other caller
 * on the page. Rejects with a `LoadError`, or with an `AbortError` DOMException when `signal` aborts.
 */
export function fetchJson(url: string, {signal, timeout, fresh = false, format}: FetchOptions): Promise<unknown> {
  const absolute = new URL(url, document.baseURI).href;
  const key = requestKey(absolute, format);
  let request = requests.get(key);
  if (!request || (fresh && request.settled)) request = startRequest(absolute, fresh, format);
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
        if (requests.get(key) === shared) requests.delete(key);
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
