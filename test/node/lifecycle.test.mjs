// Lifecycle: 1,000 create / render / remove cycles of every element leave nothing behind. Headless
// Chromium loads the built bundle (dist/ogp-widgets.js, `npm run build` first) on a blank page;
// for each element, 100 warm-up cycles, then a baseline, then 1,000 cycles, then the same figures
// again, each after forced garbage collection through the DevTools protocol:
//   - the JS heap (Runtime.getHeapUsage): grows by less than 1 MB;
//   - DOM nodes and JS event listeners (Memory.getDOMCounters): back to the baseline (± 5 %);
//   - live timers, active MutationObservers and window listeners, counted by wrappers an init
//     script installs before the bundle runs: back to the baseline.
// Once with the `plan` property (no network), once with `src` (the shared, kept response: the fetch
// path's timeout timers and AbortSignal listeners). The figures are printed, not timed.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {existsSync, readdirSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8'};
const ELEMENTS = ['ogp-commitment-card', 'ogp-policy-area-grid', 'ogp-progress-tracker', 'ogp-commitment-list', 'ogp-action-plan'];
const WARM_UP = 100;
const CYCLES = {plan: 1000, src: 1000};
const DATA = '/data/examples/illustrative-plan.json';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lifecycle</title>
<script type="module" src="/dist/ogp-widgets.js"></script></head><body><main></main></body></html>`;

/** Runs in the page before any other script: counts what the widgets could leave behind. */
function instrument() {
  const live = {timers: new Set(), intervals: new Set(), observers: new Set(), windowListeners: new Map(), abortListeners: 0};
  const {setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci} = window;
  window.setTimeout = function (handler, ms, ...args) {
    const id = st.call(window, (...a) => {
      live.timers.delete(id);
      return typeof handler === 'function' ? handler(...a) : undefined;
    }, ms, ...args);
    live.timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    live.timers.delete(id);
    return ct.call(window, id);
  };
  window.setInterval = function (...args) {
    const id = si.apply(window, args);
    live.intervals.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    live.intervals.delete(id);
    return ci.call(window, id);
  };
  const {observe, disconnect} = MutationObserver.prototype;
  MutationObserver.prototype.observe = function (...args) {
    live.observers.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function () {
    live.observers.delete(this);
    return disconnect.call(this);
  };
  const {addEventListener: add, removeEventListener: remove} = EventTarget.prototype;
  const key = (type, listener, options) => `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
  const ids = new WeakMap();
  let next = 0;
  const idOf = (listener) => {
    if (!ids.has(listener)) ids.set(listener, ++next);
    return ids.get(listener);
  };
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (this === window && listener) live.windowListeners.set(`${key(type, listener, options)}|${idOf(listener)}`, type);
    if (this instanceof AbortSignal && listener) live.abortListeners++;
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (this === window && listener) live.windowListeners.delete(`${key(type, listener, options)}|${idOf(listener)}`);
    if (this instanceof AbortSignal && listener) live.abortListeners--;
    return remove.call(this, type, listener, options);
  };
  window.__live = () => {
    const byType = {};
    for (const type of live.windowListeners.values()) byType[type] = (byType[type] ?? 0) + 1;
    return {
      timers: live.timers.size,
      intervals: live.intervals.size,
      observers: live.observers.size,
      windowListeners: live.windowListeners.size,
      windowListenersByType: byType,
      abortListeners: live.abortListeners,
    };
  };
}

/** Runs in the page: `count` cycles of create → data → append → rendered → remove. */
async function cycles({tag, count, mode, data}) {
  window.__plan ??= await (await fetch(data)).json();
  const host = document.querySelector('main');
  const frame = () => new Promise(requestAnimationFrame);
  const rendered = async (element, loaded) => {
    await loaded;
    await element.updateComplete;
    // The dashboard's parts render after it.
    for (const child of element.shadowRoot.querySelectorAll('*')) if (child.updateComplete) await child.updateComplete;
    if (!element.loadedPlan) throw new Error(`<${tag}> did not load: ${element.shadowRoot.textContent.replace(/\s+/g, ' ').slice(0, 200)}`);
  };
  for (let i = 0; i < count; i++) {
    const element = document.createElement(tag);
    if (tag === 'ogp-commitment-card') element.setAttribute('commitment', window.__plan.commitments[0].id);
    if (tag === 'ogp-commitment-list' || tag === 'ogp-action-plan') element.setAttribute('sync-url', '');
    if (mode === 'plan') element.plan = window.__plan;
    else element.src = data;
    const loaded = new Promise((resolve, reject) => {
      element.addEventListener('ogp-load', resolve, {once: true});
      element.addEventListener('ogp-error', (event) => reject(new Error(`<${tag}>: ${event.detail.message}`)), {once: true});
    });
    host.append(element);
    await rendered(element, loaded);
    element.remove();
    if (i % 50 === 49) await frame();
  }
  await frame();
}

let browser;
let server;
let origin;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ogp-widgets.js is missing: run `npm run build` first');
  server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    if (url.pathname === '/') {
      response.writeHead(200, {'content-type': TYPES['.html']});
      return response.end(PAGE);
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(file)) {
      response.writeHead(404, {'content-type': 'text/plain'});
      return response.end('Not found');
    }
    response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
    response.end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({executablePath: findChromium() ?? undefined, headless: true, args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
});

/** Heap, DOM and listener figures after garbage collection, plus the page's own counters. */
async function measure(page, cdp) {
  // Let timers of finished work fire, then collect until the heap settles.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  const {nodes, jsEventListeners, documents} = await cdp.send('Memory.getDOMCounters');
  return {heap: usedSize, nodes, jsEventListeners, documents, ...(await page.evaluate(() => window.__live()))};
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const near = (after, before) => Math.abs(after - before) <= Math.max(5, before * 0.05);

for (const mode of ['plan', 'src']) {
  test(`${CYCLES[mode]} create/remove cycles of each element with ${mode === 'plan' ? 'the plan property' : 'a shared src'} leave nothing behind`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    const requested = new Set();
    page.on('request', (request) => requested.add(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    try {
      await page.addInitScript(instrument);
      await page.goto(`${origin}/`);
      await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), ELEMENTS);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      const rows = [];
      // The counters can see what they count: one of each element on the page, then none.
      const empty = await measure(page, cdp);
      await page.evaluate(async ({tags, plan}) => {
        const data = await (await fetch(plan)).json();
        for (const tag of tags) {
          const element = document.createElement(tag);
          element.plan = data;
          element.className = 'probe';
          document.querySelector('main').append(element);
          await element.updateComplete;
        }
      }, {tags: ELEMENTS, plan: DATA});
      const live = await measure(page, cdp);
      await page.evaluate(() => document.querySelectorAll('.probe').forEach((element) => element.remove()));
      const gone = await measure(page, cdp);
      console.log(
        `[${mode}] one of each element: nodes ${empty.nodes} → ${live.nodes} → ${gone.nodes}; JS listeners ${empty.jsEventListeners} → ${live.jsEventListeners} → ${gone.jsEventListeners}; ` +
          `MutationObservers ${empty.observers} → ${live.observers} → ${gone.observers}; window listeners ${empty.windowListeners} → ${live.windowListeners} → ${gone.windowListeners}`,
      );
      assert.ok(live.nodes > empty.nodes && live.jsEventListeners > empty.jsEventListeners, 'the DevTools counters see widgets and their listeners');
      assert.ok(live.observers > empty.observers && live.windowListeners > empty.windowListeners, 'the page counters see observers and window listeners');
      for (const tag of ELEMENTS) {
        await page.evaluate(cycles, {tag, count: WARM_UP, mode, data: DATA});
        const before = await measure(page, cdp);
        const started = Date.now();
        await page.evaluate(cycles, {tag, count: CYCLES[mode], mode, data: DATA});
        const seconds = (Date.now() - started) / 1000;
        const after = await measure(page, cdp);
        rows.push({tag, before, after});
        console.log(
          `[${mode}] <${tag}> ${CYCLES[mode]} cycles in ${seconds.toFixed(1)} s: ` +
            `heap ${mb(before.heap)} → ${mb(after.heap)} (${after.heap >= before.heap ? '+' : ''}${((after.heap - before.heap) / 1024).toFixed(0)} KB); ` +
            `nodes ${before.nodes} → ${after.nodes}; JS listeners ${before.jsEventListeners} → ${after.jsEventListeners}; ` +
            `documents ${before.documents} → ${after.documents}; timers ${before.timers} → ${after.timers}; ` +
            `intervals ${before.intervals} → ${after.intervals}; MutationObservers ${before.observers} → ${after.observers}; ` +
            `window listeners ${before.windowListeners} → ${after.windowListeners} ${JSON.stringify(after.windowListenersByType)}; ` +
            `AbortSignal listeners ${before.abortListeners} → ${after.abortListeners}`,
        );
      }
      assert.deepEqual(errors, [], 'page errors');
      for (const {tag, before, after} of rows) {
        assert.ok(after.heap - before.heap < 1024 * 1024, `<${tag}>: the heap grew by ${mb(after.heap - before.heap)}`);
        assert.ok(near(after.nodes, before.nodes), `<${tag}>: DOM nodes ${before.nodes} → ${after.nodes}`);
        assert.ok(near(after.jsEventListeners, before.jsEventListeners), `<${tag}>: JS event listeners ${before.jsEventListeners} → ${after.jsEventListeners}`);
        assert.equal(after.documents, before.documents, `<${tag}>: documents`);
        assert.ok(after.timers <= before.timers, `<${tag}>: live timers ${before.timers} → ${after.timers}`);
        assert.ok(after.intervals <= before.intervals, `<${tag}>: live intervals ${before.intervals} → ${after.intervals}`);
        assert.equal(after.observers, before.observers, `<${tag}>: connected MutationObservers`);
        assert.equal(after.windowListeners, before.windowListeners, `<${tag}>: window listeners`);
        assert.equal(after.abortListeners, before.abortListeners, `<${tag}>: AbortSignal listeners`);
      }
      // Nothing stays on the page either: every cycle removed its element.
      assert.equal(await page.evaluate(() => document.querySelector('main').children.length), 0);
      // No request beyond the page, the bundle (not the parts it loads on demand: the Chinese
      // table, on this English page, the CSV reader, downloads) and the data (which this test
      // itself fetches in plan mode), and nothing stored, after thousands of renders of every element.
      const bundle = readdirSync(join(root, 'dist'))
        .filter((file) => /^ogp-widgets(-.+)?\.js$/.test(file) && !/^ogp-widgets-(csv|d3-dsv|export|zh-TW)-/.test(file))
        .map((file) => `/dist/${file}`);
      assert.deepEqual([...requested].sort(), ['/', ...bundle, DATA].sort(), 'requests');
      assert.deepEqual(await context.cookies(), [], 'cookies');
      assert.deepEqual(
        await page.evaluate(async () => ({
          cookie: document.cookie,
          localStorage: localStorage.length,
          sessionStorage: sessionStorage.length,
          indexedDB: (await indexedDB.databases()).length,
          caches: (await caches.keys()).length,
        })),
        {cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0},
        'storage',
      );
    } finally {
      await context.close();
    }
  });
}

test('removing a widget mid-fetch aborts its request, with no timer or listener left', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(instrument);
    // The data never arrives while the widgets live: the request is still open when they go.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const aborted = [];
    await page.route('**/slow-plan.json*', async (route) => {
      await held;
      await route.fulfill({status: 200, contentType: 'application/json', body: '{}'}).catch(() => {});
    });
    page.on('requestfailed', (request) => aborted.push(`${new URL(request.url()).pathname}: ${request.failure()?.errorText}`));
    await page.goto(`${origin}/`);
    await page.evaluate((tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))), ELEMENTS);
    const before = await page.evaluate(() => window.__live());
    const during = await page.evaluate(async (tags) => {
      const elements = tags.map((tag, i) => {
        const element = document.createElement(tag);
        element.src = `/slow-plan.json?n=${i}`;
        document.querySelector('main').append(element);
        return element;
      });
      await Promise.all(elements.map((element) => element.updateComplete));
      const live = window.__live();
      elements.forEach((element) => element.remove());
      return live;
    }, ELEMENTS);
    const after = await page.evaluate(() => window.__live());
    console.log(`[mid-fetch] timers ${before.timers} → ${during.timers} (loading) → ${after.timers}; AbortSignal listeners ${before.abortListeners} → ${during.abortListeners} → ${after.abortListeners}`);
    assert.ok(during.timers >= before.timers + ELEMENTS.length, 'each loading widget has a timeout running');
    assert.equal(after.timers, before.timers, 'timeouts cleared on removal');
    assert.equal(after.abortListeners, before.abortListeners, 'abort listeners removed');
    await page.waitForTimeout(200);
    release();
    assert.equal(aborted.length, ELEMENTS.length, `aborted requests: ${JSON.stringify(aborted)}`);
    for (const line of aborted) assert.match(line, /slow-plan\.json: net::ERR_ABORTED/);
  } finally {
    await context.close();
  }
});
