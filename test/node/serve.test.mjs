// scripts/serve.mjs, the one-line static server the README gives for trying dist/site/: it sends
// Access-Control-Allow-Origin and the right content types, serves a folder's index.html, keeps
// requests inside the folder, and a page on another origin shows a widget from it.
// Needs `npm run build` first (dist/site/).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {once} from 'node:events';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, send, TYPES} from './support/static-server.mjs';
import {until} from './support/until.mjs';

let child;
let origin;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/site/builder.html')), 'dist/site/ is missing: run `npm run build` first');
  // Port 0: any free port; the server prints its address.
  child = spawn(process.execPath, ['scripts/serve.mjs', 'dist/site', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await once(child.stdout, 'data');
  origin = /http:\/\/127\.0\.0\.1:\d+/.exec(String(line))?.[0];
  assert.ok(origin, `no address printed: ${line}`);
});

after(() => child?.kill());

test('CORS header and content type on every kind of file', async () => {
  const expected = {
    '/': /^text\/html/,
    '/builder.html': /^text\/html/,
    '/ogp-widgets.js': /^text\/javascript/,
    '/embed.css': /^text\/css/,
    '/data/taiwan/action-plan.json': /^application\/json/,
    '/data/examples/illustrative-plan.csv': /^text\/csv/,
  };
  for (const [path, type] of Object.entries(expected)) {
    const response = await fetch(origin + path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type'), type, path);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
    assert.ok((await response.arrayBuffer()).byteLength > 0, path);
  }
  const head = await fetch(`${origin}/ogp-widgets.js`, {method: 'HEAD'});
  assert.equal(head.status, 200);
  assert.match(head.headers.get('content-type'), /javascript/);
});

test('nothing outside the folder, and 404 for what is not there', async () => {
  for (const path of ['/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/no-such-file.js', '/%E0%A4%A']) {
    const response = await fetch(origin + path);
    assert.equal(response.status, 404, path);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', path);
  }
});

test('a page on another origin shows a widget from the served folder', async () => {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title><link rel="icon" href="data:,"></head><body>
    <script type="module" src="${origin}/ogp-widgets.js"></script>
    <ogp-commitment-card src="${origin}/data/taiwan/action-plan.json" commitment="4" lang="en"></ogp-commitment-card>
  </body></html>`;
  const other = await listen((url, response) =>
    url.pathname === '/' ? send(response, 200, TYPES['.html'], page) : send(response, 404, 'text/plain', ''),
  );
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(other.origin);
    await until(() => tab.locator('ogp-commitment-card .title').count(), 10_000, `no card; errors: ${errors}`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await other.close();
  }
});
