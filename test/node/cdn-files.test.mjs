// The per-element CDN files (dist/ogp-<element>.js) as webmasters use them, in headless Chromium:
// one file defines its element (the dashboard's, the four it contains) and nothing else; two files
// on one page share their code; two copies of the files (two folders) keep the first definitions
// with one warning. The page is test/pages/two-elements.html. Needs `npm run build` first.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, serveRepository} from './support/static-server.mjs';
import {TAGS} from './support/elements.mjs';

/** An empty page of the server's origin, to load one file into. */
const BLANK = new Map([['/__cdn-files/blank.html', '<!doctype html><title>blank</title>']]);
let browser;
let server;

before(async () => {
  for (const file of ['dist/ogp-commitment-card.js', 'dist/ogp-action-plan.js', 'dist/site/ogp-action-plan.js'])
    assert.ok(existsSync(join(root, file)), `${file} is missing: run \`npm run build\` first`);
  [server, browser] = await Promise.all([listen(serveRepository({files: BLANK})), chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS})]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page that records uncaught errors, console errors and warnings, failed requests and scripts. */
async function open(path) {
  const page = await browser.newPage();
  const log = {pageErrors: [], consoleErrors: [], warnings: [], badRequests: [], scripts: []};
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) log.badRequests.push(`${response.url()}: ${response.status()}`);
    if (response.request().resourceType() === 'script') log.scripts.push(new URL(response.url()).pathname);
  });
  await page.goto(`${server.origin}${path}`);
  return {page, log};
}

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function assertBothRender(page) {
  await page.locator('#dashboard ogp-commitment-list .title').first().waitFor();
  assert.equal(await text(page.locator('#card .title')), '強化政治獻金透明化');
  assert.match(await text(page.locator('#dashboard .root').first()), /Illustrative action plan/);
  assert.match(await text(page.locator('#dashboard ogp-policy-area-grid .root')), /^Policy areas /);
}

test('each element file defines its own element only; the dashboard file defines the four it contains too', async () => {
  for (const tag of TAGS) {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/__cdn-files/blank.html`);
      await page.addScriptTag({url: `${server.origin}/dist/${tag}.js`, type: 'module'});
      await page.waitForFunction((tag) => customElements.get(tag), tag);
      const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
      assert.deepEqual(defined, tag === 'ogp-action-plan' ? TAGS : [tag]);
    } finally {
      await page.close();
    }
  }
});

test('two element files on one page (each self-contained): one warning, both widgets render', async () => {
  const {page, log} = await open('/test/pages/two-elements.html');
  try {
    await assertBothRender(page);
    // The card file came first: its definition stays, the dashboard uses it for its card.
    assert.equal(await page.evaluate(() => customElements.get('ogp-commitment-card') === document.getElementById('card').constructor), true);
    assert.deepEqual(log.scripts.filter((path) => !path.startsWith('/dist/')), []);
    assert.equal(new Set(log.scripts).size, log.scripts.length, `a file loaded twice: ${log.scripts}`);
    assert.deepEqual([log.pageErrors, log.consoleErrors, log.badRequests], [[], [], []]);
    assert.equal(log.warnings.length, 1, JSON.stringify(log.warnings));
    assert.match(log.warnings[0], /^ogp-widgets: <ogp-commitment-card> is already defined on this page.*keeping the first definitions\.$/);
  } finally {
    await page.close();
  }
});

test('element files from two copies of the library on one page: one warning, the first definitions kept', async () => {
  const {page, log} = await open('/test/pages/two-elements.html?copies=2');
  try {
    await assertBothRender(page);
    assert.ok(log.scripts.includes('/dist/site/ogp-action-plan.js'), 'the second copy ran');
    assert.deepEqual([log.pageErrors, log.consoleErrors, log.badRequests], [[], [], []]);
    assert.equal(log.warnings.length, 1, JSON.stringify(log.warnings));
    assert.match(log.warnings[0], /^ogp-widgets: <ogp-commitment-card> is already defined on this page.*keeping the first definitions\.$/);
  } finally {
    await page.close();
  }
});
