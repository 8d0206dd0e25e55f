// A tiny static server for the node:test browser tests: the repository's files (nothing outside it)
// on a free port of 127.0.0.1, with optional in-memory files and per-path response headers.
import {createServer} from 'node:http';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The repository root (where package.json is). */
export const root = fileURLToPath(new URL('../../..', import.meta.url));

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Sends a whole response, never cached. */
export function send(response, status, type, body, headers = {}) {
  response.writeHead(status, {'content-type': type, 'cache-control': 'no-store', ...headers});
  response.end(body);
}

/**
 * Starts a server on a free port of 127.0.0.1 that hands each request, as a URL, to
 * `handler(url, response, request)`; resolves to `{origin, close}`.
 */
export function listen(handler) {
  const server = createServer((request, response) => {
    Promise.resolve(handler(new URL(request.url, 'http://127.0.0.1'), response, request)).catch((error) => {
      response.writeHead(500, {'content-type': 'text/plain'});
      response.end(String(error));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

/**
 * A handler serving the repository as static files. `files` maps paths to in-memory bodies
 * (served as JavaScript unless the path says otherwise); `headers(pathname)` returns extra
 * response headers for a path (e.g. a Content-Security-Policy for one page).
 */
export function serveRepository({files = new Map(), headers = () => ({})} = {}) {
  const top = root.endsWith(sep) ? root : root + sep;
  return async (url, response) => {
    // Browsers ask for it when a page has no icon.
    if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    const extra = headers(url.pathname) ?? {};
    if (files.has(url.pathname)) {
      return send(response, 200, TYPES[extname(url.pathname)] ?? TYPES['.js'], files.get(url.pathname), extra);
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(top) || !existsSync(file)) return send(response, 404, 'text/plain', 'Not found');
    try {
      send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), extra);
    } catch {
      send(response, 404, 'text/plain', 'Not found');
    }
  };
}
