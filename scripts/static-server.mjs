// A static file server for a built folder, shared by `node scripts/serve.mjs` (trying dist/site/
// as a CDN serves it) and the Storybook accessibility run (storybook-static/). No dependencies.
import {createServer} from 'node:http';
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {extname, join, resolve, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * An http.Server (not yet listening) for the files in `folder`: GET and HEAD, a folder's
 * index.html, nothing outside the folder, `headers` on every response.
 */
export function createStaticServer(folder, {headers = {}} = {}) {
  const rootDir = resolve(folder);

  /** The file a URL path names inside the folder (a folder's index.html), or null. */
  async function fileFor(pathname) {
    let path;
    try {
      path = resolve(join(rootDir, decodeURIComponent(pathname)));
    } catch {
      return null; // malformed percent-encoding
    }
    if (path !== rootDir && !path.startsWith(rootDir + sep)) return null;
    const found = await stat(path).catch(() => null);
    if (found?.isDirectory()) return fileFor(join(pathname, 'index.html'));
    return found?.isFile() ? {path, size: found.size} : null;
  }

  return createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {...headers, allow: 'GET, HEAD'}).end();
      return;
    }
    const pathname = new URL(request.url, 'http://localhost').pathname;
    const file = await fileFor(pathname);
    if (!file && pathname === '/favicon.ico') {
      response.writeHead(204, headers).end(); // asked for by the browser, not by a page
      return;
    }
    if (!file) {
      response.writeHead(404, {...headers, 'content-type': 'text/plain; charset=utf-8'}).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
      'content-length': file.size,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file.path).pipe(response);
  });
}
