// Embedding, as webmasters do it, in headless Chromium: the CDN script on a plain page with no
// build; inside another component's shadow root; the script loaded twice and a second copy of it;
// the npm modules in a React 19 app and in a Vue 3 app; and the iframe embed on a page of another
// origin, resizing itself. The pages are test/pages/*.html. Needs `npm run build` first.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen as listenOn, root, send, serveRepository as repository, TYPES} from './support/static-server.mjs';
import {until} from './support/until.mjs';

const TAIWAN_ID = JSON.parse(readFileSync(join(root, 'data/taiwan/action-plan.json'), 'utf8')).id;
/** Bundles built in `before`, served from memory under /__bundles/. */
const bundles = new Map();
let browser;
let site; // the origin that serves the repository: dist/, data/, test/pages/
let other; // another origin (another port), serving only the iframe's parent page
let servers = [];

/** Starts a server on a free port of 127.0.0.1; resolves to its origin. */
async function listen(handler) {
  const server = await listenOn(handler);
  servers.push(server);
  return server.origin;
}

/** The repository as static files (nothing outside it), plus the in-memory bundles. */
const serveRepository = repository({files: bundles});

/** The other origin: only the iframe's parent page, pointed at the first origin. */
async function serveParentPage(url, response) {
  if (url.pathname !== '/' && url.pathname !== '/iframe-parent.html') return send(response, 404, 'text/plain', 'Not found');
  // (?late runs the page's snippet only after the widget has rendered.)
  const page = await readFile(join(root, 'test/pages/iframe-parent.html'), 'utf8');
  send(response, 200, TYPES['.html'], page.replaceAll('__EMBED_ORIGIN__', site));
}

async function bundle(entry, options = {}) {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    absWorkingDir: root,
    logLevel: 'silent',
    ...options,
    define: {'process.env.NODE_ENV': '"production"', ...options.define},
  });
  return result.outputFiles[0].text;
}

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ogp-widgets.js is missing: run `npm run build` first');
  assert.ok(existsSync(join(root, 'dist/embed.html')), 'dist/embed.html is missing: run `npm run build` first');
  const chromiumPath = findChromium();
  assert.ok(chromiumPath, 'no Chromium found: set CHROME_PATH');
  const [react, vue] = await Promise.all([
    bundle('test/pages/react-app.jsx'),
    bundle('test/pages/vue-app.js', {
      alias: {vue: 'vue/dist/vue.esm-bundler.js'},
      define: {__VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false'},
    }),
  ]);
  bundles.set('/__bundles/react-app.js', react);
  bundles.set('/__bundles/vue-app.js', vue);
  [site, other, browser] = await Promise.all([
    listen(serveRepository),
    listen(serveParentPage),
    chromium.launch({executablePath: chromiumPath, args: CHROMIUM_ARGS}),
  ]);
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

/**
 * A fresh page (own context) that records what went wrong: uncaught errors, console errors and
 * warnings, failed requests and error responses, dialogs (dismissed).
 */
async function open(url, {width = 1000, height = 800, init, onPage} = {}) {
  const context = await browser.newContext({viewport: {width, height}});
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const log = {pageErrors: [], consoleErrors: [], warnings: [], badRequests: [], dialogs: []};
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('requestfailed', (request) => log.badRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.badRequests.push(`${response.url()}: ${response.status()}`);
  });
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  onPage?.(page);
  await page.goto(url);
  const clear = () => Object.values(log).forEach((list) => list.splice(0));
  return {page, log, clear, close: () => context.close()};
}

/** Nothing went wrong; `warnings` lists the console warnings expected (as regular expressions). */
function assertClean(log, warnings = []) {
  assert.deepEqual(log.pageErrors, [], 'uncaught errors');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  assert.deepEqual(log.badRequests, [], 'failed requests');
  assert.deepEqual(log.dialogs, [], 'dialogs');
  assert.equal(log.warnings.length, warnings.length, `console warnings: ${JSON.stringify(log.warnings)}`);
  warnings.forEach((pattern, i) => assert.match(log.warnings[i], pattern));
}

/** Text of a locator, whitespace collapsed (Playwright's CSS locators pierce open shadow roots). */
async function text(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

test('a plain HTML page: one script tag, no build, all five elements render', async () => {
  const {page, log, close} = await open(`${site}/test/pages/plain.html`);
  try {
    await page.locator('#dashboard ogp-commitment-list .title').first().waitFor();
    assert.deepEqual(
      await page.evaluate(() =>
        ['ogp-commitment-card', 'ogp-policy-area-grid', 'ogp-progress-tracker', 'ogp-commitment-list', 'ogp-action-plan'].map(
          (tag) => typeof customElements.get(tag),
        ),
      ),
      Array(5).fill('function'),
    );
    assert.equal(await text(page.locator('#card .title')), '青年政策參與');
    assert.equal(await page.locator('#card .root').getAttribute('lang'), 'zh-TW');
    const grid = await text(page.locator('#grid .root'));
    // Taiwan's plan is a draft: the grid says so once under its heading.
    assert.match(grid, /^Policy areas This plan is a draft\. .*Anti-Corruption 3 commitments/);
    assert.match(grid, /Digital Governance 4 commitments/);
    assert.match(await text(page.locator('#tracker .root')), /^Progress .*This plan is a draft\. .*12 commitments/);
    const list = await text(page.locator('#list .root'));
    assert.match(list, /^Commitments /);
    assert.match(list, /12 commitments/);
    assert.match(list, /Commitment 12 Promote transparency of beneficial owner's information/);
    // The dashboard's parts are widgets in its shadow root, each in its own.
    assert.match(await text(page.locator('#dashboard .root').first()), /Illustrative action plan \(example data, not real progress\)/);
    assert.match(await text(page.locator('#dashboard ogp-progress-tracker .root')), /^Progress /);
    assert.match(await text(page.locator('#dashboard ogp-policy-area-grid .root')), /^Policy areas /);
    const titles = await page.locator('#dashboard ogp-commitment-list .title').allTextContents();
    assert.equal(titles.length, 8);
    assert.equal(titles[2].trim(), 'Open register of lobbying meetings');
    assertClean(log);
  } finally {
    await close();
  }
});

test('the rows layout from the bundle sizes its columns (the minified template keeps the table model)', async () => {
  // The bundle's HTML minifier once wrapped each `<col>` template in a `<colgroup>` of its own, so
  // the widths never applied and every column came out the same width.
  const {page, log, close} = await open(`${site}/test/pages/plain.html`, {width: 1200});
  try {
    await page.locator('#list .title').first().waitFor();
    await page.evaluate(() => document.querySelector('#list').setAttribute('layout', 'rows'));
    await page.locator('#list table.rows').waitFor();
    const share = await page.evaluate(() => {
      const table = document.querySelector('#list').shadowRoot.querySelector('table.rows');
      const width = (selector) => table.querySelector(selector).getBoundingClientRect().width / table.getBoundingClientRect().width;
      return {number: width('thead th:nth-child(1)'), title: width('thead th:nth-child(2)'), status: width('thead th:nth-child(3)')};
    });
    assert.ok(share.number > 0.06 && share.number < 0.1, `number column: ${share.number}`);
    assert.ok(share.status > 0.14 && share.status < 0.18, `status column: ${share.status}`);
    assert.ok(share.title > 0.45, `title column: ${share.title}`);
    assertClean(log);
  } finally {
    await close();
  }
});

test("a page with one card loads the card's own file only; switched to Chinese, the Chinese table besides", async () => {
  const scripts = [];
  const {page, log, close} = await open(`${site}/test/pages/card-only.html`, {
    onPage: (page) =>
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith('.js')) scripts.push(path.replace(/-[\w-]{8}\.js$/, '-*.js'));
      }),
  });
  try {
    await page.locator('#card [part="card"]').waitFor();
    assert.equal(await text(page.locator('#card .title')), 'Youth policy participation');
    assert.deepEqual(scripts, ['/dist/ogp-commitment-card.js']);
    await page.evaluate(() => document.getElementById('card').setAttribute('lang', 'zh-TW'));
    await page.locator('#card .title', {hasText: '青年'}).waitFor();
    assert.deepEqual(scripts, ['/dist/ogp-commitment-card.js', '/dist/ogp-commitment-card-zh-TW-*.js']);
    assertClean(log);
  } finally {
    await close();
  }
});

test("inside another component's shadow root: the host's lang reaches us, its styles do not", async () => {
  const {page, log, close} = await open(`${site}/test/pages/shadow-host.html`);
  try {
    const title = page.locator('host-widget ogp-commitment-card .title');
    await title.waitFor();
    // <html lang="zh-TW">, but the host's <div lang="en"> around us, across its shadow root, wins.
    assert.equal(await text(title), "Promote transparency of beneficial owner's information");
    const styles = await page.evaluate(() => {
      const hostRoot = document.querySelector('host-widget').shadowRoot;
      const card = hostRoot.querySelector('ogp-commitment-card');
      const pick = (element) => {
        const style = getComputedStyle(element);
        return {color: style.color, fontSize: parseFloat(style.fontSize)};
      };
      return {
        lang: card.shadowRoot.querySelector('.root').getAttribute('lang'),
        own: pick(hostRoot.querySelector('#own')),
        card: pick(card),
        title: pick(card.shadowRoot.querySelector('.title')),
        root: pick(card.shadowRoot.querySelector('.root')),
      };
    });
    assert.equal(styles.lang, 'en');
    // The host's `* { color: red !important; font-size: 40px }` is in force in its own tree…
    assert.deepEqual(styles.own, {color: 'rgb(255, 0, 0)', fontSize: 40});
    // …and reaches our host element (the outer scope always styles a shadow host: by design, pages
    // can size a widget), but nothing inside our shadow root: our colours, our relative sizes.
    assert.notEqual(styles.title.color, 'rgb(255, 0, 0)');
    assert.notEqual(styles.root.color, 'rgb(255, 0, 0)');
    assert.notEqual(styles.title.fontSize, 40);
    assert.equal(styles.title.fontSize, styles.card.fontSize * 1.25, 'the title keeps its own 1.25em');
    assertClean(log);
  } finally {
    await close();
  }
});

test('the script twice and a second copy of it on one page: no error, one warning, widgets work', async () => {
  const {page, log, close} = await open(`${site}/test/pages/double.html`);
  try {
    await page.locator('ogp-commitment-card .title').waitFor();
    assert.equal(await text(page.locator('ogp-commitment-card .title')), '強化政治獻金透明化');
    assert.match(await text(page.locator('ogp-policy-area-grid .root')), /^Policy areas This plan is a draft\. .*Anti-Corruption/);
    // Both copies really ran (two module instances): the second one found our tags taken.
    assert.ok(
      await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/dist/site/ogp-widgets.js'))),
    );
    assertClean(log, [/^ogp-widgets: <ogp-commitment-card> is already defined on this page.*keeping the first definitions\.$/]);
  } finally {
    await close();
  }
});

test('a React 19 app: plan as a property, our events through on<event-name> props', async () => {
  const {page, log, close} = await open(`${site}/test/pages/react.html`);
  try {
    const card = page.locator('#card');
    await card.locator('.title').waitFor();
    assert.equal(await text(card.locator('.title')), 'Referendum electronic petition');
    assert.deepEqual(
      await page.evaluate(() => {
        const element = document.getElementById('card');
        return {isPlanObject: element.plan === window.planObject, planAttribute: element.getAttribute('plan'), loads: window.loads};
      }),
      {isPlanObject: true, planAttribute: null, loads: [TAIWAN_ID]},
    );
    const grid = page.locator('#grid');
    assert.equal(await grid.evaluate((element) => element.selectable), true);
    await grid.locator('button.tile[data-area="civic-space"]').click();
    await page.locator('#selected', {hasText: 'React saw: civic-space'}).waitFor();
    assert.deepEqual(await page.evaluate(() => window.selections), [{kind: 'policy-area', id: 'civic-space'}]);
    assert.equal(await page.evaluate(() => window.camelCaseCalls), 0, 'onOgpSelect is not our event');
    // React's re-render after the state change leaves the element's own state alone.
    assert.equal(await grid.locator('button.tile[data-area="civic-space"]').getAttribute('aria-pressed'), 'true');
    await grid.locator('button.tile[data-area="civic-space"]').click();
    await page.locator('#selected', {hasText: 'React saw nothing yet'}).waitFor();
    assert.deepEqual(await page.evaluate(() => window.selections.at(-1)), {kind: 'policy-area', id: ''});
    assertClean(log);
  } finally {
    await close();
  }
});

test('a Vue 3 app: :plan binds the property, @ogp-select listens', async () => {
  const {page, log, close} = await open(`${site}/test/pages/vue.html`);
  try {
    const card = page.locator('#card');
    await card.locator('.title').waitFor();
    assert.equal(await text(card.locator('.title')), '地方創生互動平台機制建置');
    assert.deepEqual(
      await page.evaluate(() => {
        const element = document.getElementById('card');
        return {hasPlan: element.loadedPlan?.commitments.length, planAttribute: element.getAttribute('plan')};
      }),
      {hasPlan: 12, planAttribute: null},
    );
    const grid = page.locator('#grid');
    await grid.locator('button.tile[data-area="anti-corruption"]').click();
    await page.locator('#selected', {hasText: 'Vue saw: anti-corruption'}).waitFor();
    assert.deepEqual(await page.evaluate(() => window.selections), [{kind: 'policy-area', id: 'anti-corruption'}]);
    assert.equal(await grid.locator('button.tile[data-area="anti-corruption"]').getAttribute('aria-pressed'), 'true');
    assertClean(log);
  } finally {
    await close();
  }
});


test('the iframe embed on a page of another origin sets its height, and again when it changes', async () => {
  assert.notEqual(new URL(site).origin, new URL(other).origin);
  // What reaches the parent page, recorded before the page's own snippet runs.
  const init = () => {
    if (window.top !== window) return;
    window.received = [];
    window.addEventListener('message', (event) => window.received.push({origin: event.origin, data: event.data}));
  };
  const {page, log, close} = await open(`${other}/iframe-parent.html`, {init});
  try {
    const frameElement = page.locator('#frame');
    const frame = await until(() => page.frames().find((f) => f.url().startsWith(`${site}/dist/embed.html`)), 10_000, 'no embed frame');
    await frame.locator('ogp-commitment-card .title').waitFor();
    assert.equal(await text(frame.locator('ogp-commitment-card .title')), '以開放資料格式公布中央政府總預算');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'zh-TW');
    // The page's snippet applied the posted height: the frame's whole document, no more, no less.
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const frameHeight = () => frameElement.evaluate((element) => parseFloat(element.style.height));
    let last;
    const settled = () =>
      until(async () => {
        const [content, applied] = await Promise.all([contentHeight(), frameHeight()]);
        last = {content, applied};
        return content === applied && last;
      }, 10_000, 'the iframe height never matched its content').catch((error) => {
        throw new Error(`${error.message}: ${JSON.stringify(last)}`);
      });
    const wide = await settled();
    assert.ok(wide.applied > 600, `height ${wide.applied}px`);
    assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), true, 'no scrolling inside');
    // Narrower: the card wraps and grows; the frame follows.
    await frameElement.evaluate((element) => (element.style.width = '320px'));
    await until(async () => (await frameHeight()) > wide.applied, 10_000, 'the iframe did not grow');
    const narrow = await settled();
    assert.ok(narrow.applied > wide.applied, `${narrow.applied}px after ${wide.applied}px`);
    assert.equal(await frame.evaluate(() => window.innerWidth), 320);
    // Every message came from the embed's origin, in our format; the last one is what was applied.
    const received = await page.evaluate(() => window.received);
    assert.deepEqual([...new Set(received.map((message) => message.origin))], [site]);
    assert.ok(received.every(({data}) => data.type === 'ogp-widgets:height' && Number.isInteger(data.height)), JSON.stringify(received));
    assert.equal(received.at(-1).data.height, narrow.applied);
    assertClean(log);
  } finally {
    await close();
  }
});

test('the iframe embed refuses unsafe src values and unknown widgets, and says so', async () => {
  const cases = [
    {query: 'widget=card&src=javascript:alert(1)', message: 'The src parameter must be an http(s) or relative URL.'},
    {query: 'widget=card&src=%20JavaScript:alert(1)', message: 'The src parameter must be an http(s) or relative URL.'},
    {query: 'widget=card&lang=zh-TW&src=data:application/json,{}', message: 'src 參數必須是 http(s) 或相對網址。'},
    {query: 'widget=nope&src=/data/taiwan/action-plan.json', message: /^Unknown widget "nope"\. Use one of: commitment-card, card, /},
  ];
  const {page, log, clear, close} = await open('about:blank');
  try {
    for (const {query, message} of cases) {
      clear();
      await page.goto(`${site}/dist/embed.html?${query}`);
      const alert = page.locator('main [role="alert"]');
      await alert.waitFor();
      if (typeof message === 'string') assert.equal(await text(alert), message, query);
      else assert.match(await text(alert), message, query);
      // Only the message: no widget, so nothing was fetched or followed.
      assert.deepEqual(await page.evaluate(() => [...document.querySelector('main').children].map((child) => child.localName)), ['p'], query);
      assert.equal(await page.evaluate(() => document.querySelector('ogp-commitment-card')), null);
      await page.waitForTimeout(100);
      assertClean(log, [/^ogp-widgets embed: /]);
    }
  } finally {
    await close();
  }
});

// Browsers drop ASCII tabs and newlines anywhere in a URL, and C0 controls and spaces at its ends,
// before they read the scheme: isSafeUrl refuses such URLs outright.
test('the iframe embed refuses a javascript: src disguised by a tab or a control character', async () => {
  const {page, log, clear, close} = await open('about:blank');
  try {
    for (const query of ['widget=card&src=java%09script:alert(1)', 'widget=card&src=%01javascript:alert(1)']) {
      clear();
      await page.goto(`${site}/dist/embed.html?${query}`);
      await page.locator('main > *').first().waitFor();
      assert.equal(await page.locator('main > p[role="alert"]').count(), 1, `${query}: the rejection message`);
      assert.deepEqual(log.dialogs, []);
    }
  } finally {
    await close();
  }
});

test('the iframe height is set even when the snippet runs after the widget rendered', async () => {
  const {page, close} = await open(`${other}/iframe-parent.html?late`);
  try {
    const frame = await until(() => page.frames().find((f) => f.url().startsWith(`${site}/dist/embed.html`)), 10_000, 'no embed frame');
    await frame.locator('ogp-commitment-card .title').waitFor();
    const frameHeight = () => page.locator('#frame').evaluate((element) => parseFloat(element.style.height));
    assert.equal(await frameHeight(), 150, 'before the snippet runs, the frame keeps its own height');
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await until(async () => (await frameHeight()) === content, 10_000, 'the late snippet never sized the frame');
  } finally {
    await close();
  }
});
