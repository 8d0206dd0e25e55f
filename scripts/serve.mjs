#!/usr/bin/env node
// A static file server for trying a built folder the way a CDN serves it:
//   node scripts/serve.mjs dist/site          http://127.0.0.1:8080/
//   node scripts/serve.mjs dist/site 9000     another port (0: any free one)
// Every response carries `Access-Control-Allow-Origin: *`: a page on another origin loads the
// widget files and the data only with it (`python3 -m http.server` sends none, and the widget
// stays blank with one CORS error in the console). For trying things out, not for production.
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

const [folder = 'dist/site', port = process.env.PORT ?? '8080'] = process.argv.slice(2);
const rootDir = resolve(folder);
if (!(await stat(rootDir).catch(() => null))?.isDirectory()) {
  console.error(`serve: ${folder} is not a folder (run \`npm run build\` first for dist/site)`);
  process.exit(2);
}

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

const server = createServer(async (request, response) => {
  const headers = {'access-control-allow-origin': '*', 'cache-control': 'no-cache'};
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {...headers, allow: 'GET, HEAD'}).end();
    return;
  }
  const file = await fileFor(new URL(request.url, 'http://localhost').pathname);
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

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${folder} at http://127.0.0.1:${server.address().port}/ (Ctrl+C stops)`);
});
