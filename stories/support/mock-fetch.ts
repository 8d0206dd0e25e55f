/**
 * Deterministic network for the stories. `window.fetch` is wrapped once, in the preview: a URL
 * whose path contains `/mock/<case>` never reaches the network and gets the misbehaviour named by
 * `<case>`; every other URL (the real plans under `data/`) goes to the real fetch.
 *
 * Designers can type these URLs into a widget's `src` control or the Playground too.
 */

/** The mock URLs, relative to iframe.html so a Storybook deployed in a sub-folder works. */
export const MOCK = {
  /** Never answers (until the widget gives up or goes away): the loading skeleton. */
  never: 'mock/never',
  /** Never answers, for the timeout story (a separate URL so it does not share the loading one). */
  timeout: 'mock/never?for=timeout',
  /** HTTP 404 with an HTML error page. */
  http404: 'mock/404',
  /** HTTP 500 with an HTML error page. */
  http500: 'mock/500',
  /** 200, `application/json`, but the body is cut off mid-document. */
  invalidJson: 'mock/invalid-json',
  /** 200 with a web page (a CMS's "page not found" served as 200, a login wall). */
  html: 'mock/html',
  /** The request fails: offline, DNS, CORS. */
  network: 'mock/network',
  /** Valid JSON that is not an action plan at all. */
  invalidData: 'mock/invalid-data',
  /** The illustrative plan, after a 1.5 second delay (to watch the skeleton turn into the widget). */
  slow: 'mock/slow',
} as const;

const BROKEN_JSON = '{"schemaVersion": 1, "id": "cut-off", "commitments": [{"id": "1", "title": ';
const HTML_PAGE =
  '<!doctype html><html lang="en"><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>';

const json = (body: string, status = 200): Response =>
  new Response(body, {status, headers: {'content-type': 'application/json; charset=utf-8'}});
const html = (status: number, statusText: string): Response =>
  new Response(HTML_PAGE, {status, statusText, headers: {'content-type': 'text/html; charset=utf-8'}});

/** Resolves after `ms`, or rejects like fetch does when the request is aborted. */
function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new DOMException('The operation was aborted.', 'AbortError'));
    };
    const timer = ms === Infinity ? undefined : setTimeout(resolve, ms);
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, {once: true});
  });
}

type Fetch = typeof window.fetch;

function mockResponse(kind: string, signal: AbortSignal | null | undefined, realFetch: Fetch, base: string): Promise<Response> {
  switch (kind) {
    case 'never':
      return wait(Infinity, signal).then(() => json('{}'));
    case '404':
      return Promise.resolve(html(404, 'Not Found'));
    case '500':
      return Promise.resolve(html(500, 'Internal Server Error'));
    case 'invalid-json':
      return Promise.resolve(json(BROKEN_JSON));
    case 'html':
      return Promise.resolve(html(200, 'OK'));
    case 'network':
      return Promise.reject(new TypeError('Failed to fetch'));
    case 'invalid-data':
      return Promise.resolve(json('["this", "is", "not", "an", "action plan"]'));
    case 'slow':
      return wait(1500, signal).then(() => realFetch(new URL('plans/examples/illustrative-plan.json', base), {signal}));
    default:
      return Promise.resolve(html(404, 'Not Found'));
  }
}

/** Wraps `window.fetch` (once per page). */
export function installMockFetch(): void {
  const marked = window as unknown as {__ogpMockFetch?: boolean};
  if (marked.__ogpMockFetch) return;
  marked.__ogpMockFetch = true;
  const realFetch: Fetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const match = /\/mock\/([\w-]+)$/.exec(url.pathname);
    if (url.origin !== location.origin || !match) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (signal?.aborted) return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    return mockResponse(match[1], signal, realFetch, document.baseURI);
  };
}
