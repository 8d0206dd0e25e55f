// Time to content (issue 15): how long a reader on a slow phone waits before a widget shows its
// first commitment's title, next to three floors timed in the same run:
//   floor-html   the title as plain HTML (the page holds the text)
//   floor-fetch  an inline script that fetches the plan and writes the title
//   floor-lit    a minimal Lit element that fetches the plan and renders title and summary
// The widgets load from their CDN files (card, list, dashboard: measured against floor-lit), or
// come pre-rendered (issue 18: card-ssr, dashboard-ssr, renderWidget's HTML in the page with the
// CDN file that hydrates it: measured against floor-html, the same text as plain HTML). On the
// dashboard pages a second probe (filter-probe.js) also times how long until the list responds to
// a filter: the widgets defined and rendered (hydrated), a click on a policy-area tile, the list's
// count changed.
// Every page loads from one loopback origin; the scripts and the plan (data/taiwan/action-plan.json)
// come from a second one (another port), with CORS headers, as from a CDN. Each run is a fresh
// browser context with the cache off, a slow mobile connection and a 4× slower CPU (CONDITIONS).
// The pages are bench/pages/content/*.html; bench/pages/content/probe.js finds the finish frame.
// Timing only some pages: `timeToContent(browser, {only: ['card-ssr']})` (bench.mjs
// `--content-pages`) also times the floors those pages are compared with.
// bench/bench.mjs runs this (`node bench/bench.mjs --only content`); see bench/README.md.
import {existsSync, readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {listen, root, send, TYPES} from '../test/node/support/static-server.mjs';

/** The emulated phone: connection (CDP Network.emulateNetworkConditions), CPU and screen. */
export const CONDITIONS = {
  latencyMs: 150, // added to every request: its round trip
  downloadBytesPerSecond: 200_000, // 1.6 Mbit/s
  uploadBytesPerSecond: 93_750, // 750 kbit/s
  cpuSlowdown: 4, // Emulation.setCPUThrottlingRate
  viewport: {width: 390, height: 844},
};

/**
 * The pages timed: the widgets (`tag`: the element whose CDN file the page loads; `floor`: the
 * floor page its ratio is taken against; `prerender(values)`: the attributes renderWidget draws
 * it with, for a pre-rendered page; `filter`: also time the list's response to a filter) and the
 * floors.
 */
export const PAGES = [
  {id: 'card', label: 'card', file: 'card.html', tag: 'ogp-commitment-card', floor: 'floor-lit'},
  {id: 'list', label: 'list', file: 'list.html', tag: 'ogp-commitment-list', floor: 'floor-lit'},
  {
    id: 'dashboard',
    label: 'dashboard',
    file: 'dashboard.html',
    tag: 'ogp-action-plan',
    floor: 'floor-lit',
    filter: true,
  },
  {
    id: 'card-ssr',
    label: 'card, pre-rendered',
    file: 'card-ssr.html',
    tag: 'ogp-commitment-card',
    floor: 'floor-html',
    prerender: (values) => ({commitment: values.commitment}),
  },
  {
    id: 'dashboard-ssr',
    label: 'dashboard, pre-rendered',
    file: 'dashboard-ssr.html',
    tag: 'ogp-action-plan',
    floor: 'floor-html',
    prerender: () => ({}),
    // Its filter response is compared with the client-rendered dashboard's.
    filter: true,
    filterFloor: 'dashboard',
  },
  {id: 'floor-html', label: 'floor: plain HTML', file: 'floor-html.html'},
  {id: 'floor-fetch', label: 'floor: inline fetch', file: 'floor-fetch.html'},
  {id: 'floor-lit', label: 'floor: minimal Lit element', file: 'floor-lit.html'},
];

const PAGES_DIR = join(root, 'bench/pages/content');
const PLAN_PATH = 'data/taiwan/action-plan.json';
const PROBE = readFileSync(join(PAGES_DIR, 'probe.js'), 'utf8');
const FILTER_PROBE = readFileSync(join(PAGES_DIR, 'filter-probe.js'), 'utf8');

/**
 * The pages to time for `only` (page ids; all when empty), with the floors they are compared with,
 * in PAGES' order.
 */
export function selectPages(only = []) {
  if (!only.length) return PAGES;
  const wanted = new Set(only);
  for (const id of only) {
    const page = PAGES.find((p) => p.id === id);
    if (!page) throw new Error(`time to content: no page "${id}" (have: ${PAGES.map((p) => p.id).join(', ')})`);
    for (const floor of [page.floor, page.filterFloor]) if (floor) wanted.add(floor);
  }
  return PAGES.filter((p) => wanted.has(p.id));
}

/** The bundled plan as renderWidget draws it on a server (dist/ssr.js), in English, for the reader's today. */
async function prerendered(page, plan, values) {
  const {renderWidget} = await import(pathToFileURL(join(root, 'dist/ssr.js')).href);
  const {html} = await renderWidget(page.tag, {plan, attributes: {lang: 'en', ...page.prerender(values)}});
  return html;
}

/**
 * The CDN file a widget page loads: the element's own file (`dist/<tag>.js`) when the build has
 * one, else the bundle that defines every element.
 */
export function widgetScript(tag) {
  const own = `dist/${tag}.js`;
  return existsSync(join(root, own)) ? own : 'dist/ogp-widgets.js';
}

// ---------------------------------------------------------------------------------------------
// The two origins

const CORS = {'access-control-allow-origin': '*'};

/**
 * A `respond(request, response, path, type, body, headers)` that sends `body` gzip'd when the
 * browser accepts it and it is text, as a CDN would. Each path is compressed once and kept, so
 * the server's own CPU time (on the same cores as the browser) stays out of the figures.
 */
function gzipResponder() {
  const compressed = new Map();
  return (request, response, path, type, body, headers = {}) => {
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && /text|json|javascript/.test(type)) {
      if (!compressed.has(path)) compressed.set(path, gzipSync(body, {level: 9}));
      return send(response, 200, type, compressed.get(path), {...headers, 'content-encoding': 'gzip'});
    }
    send(response, 200, type, body, headers);
  };
}

/**
 * Starts both servers. The page origin serves bench/pages/content/*.html with their placeholders
 * filled in (`{{cdn}}`: the second origin; `{{script}}`: the widget's CDN file; `{{commitment}}`
 * and `{{title}}`: the first commitment's id and English title; `{{prerendered}}`: the widget as
 * renderWidget writes it, drawn once here, not escaped). The second origin serves the
 * repository's files and `files` (in-memory bodies by path, e.g. the Lit floor's bundle), with
 * CORS headers. Resolves to `{pageOrigin, cdnOrigin, close}`.
 */
export async function startServers({files = new Map()} = {}) {
  const plan = JSON.parse(readFileSync(join(root, PLAN_PATH), 'utf8'));
  const first = plan.commitments[0];
  const top = root.endsWith(sep) ? root : root + sep;

  const fromCdn = gzipResponder();
  const cdn = await listen(async (url, response, request) => {
    const path = url.pathname;
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (files.has(path)) return fromCdn(request, response, path, type, files.get(path), CORS);
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(top) || !existsSync(file)) return send(response, 404, 'text/plain', 'Not found', CORS);
    fromCdn(request, response, path, type, await readFile(file), CORS);
  });

  const values = {cdn: cdn.origin, commitment: first.id, title: first.title.en};
  const html = new Map();
  for (const page of PAGES) if (page.prerender) html.set(page.id, await prerendered(page, plan, values));
  const fromPages = gzipResponder();
  const pages = await listen(async (url, response, request) => {
    if (url.pathname === '/')
      return send(response, 200, TYPES['.html'], '<!doctype html><link rel="icon" href="data:,"><title>blank</title>');
    const page = PAGES.find((p) => url.pathname === `/${p.file}`);
    if (!page) return send(response, 404, 'text/plain', 'Not found');
    const template = await readFile(join(PAGES_DIR, page.file), 'utf8');
    const filled = {...values, script: page.tag ? widgetScript(page.tag) : ''};
    const text = template.replaceAll(/\{\{(\w+)\}\}/g, (_, name) =>
      name === 'prerendered' ? html.get(page.id) : escapeHtml(filled[name]),
    );
    fromPages(request, response, url.pathname, TYPES['.html'], text);
  });

  return {
    pageOrigin: pages.origin,
    cdnOrigin: cdn.origin,
    title: first.title.en,
    close: () => Promise.all([pages.close(), cdn.close()]),
  };
}

const escapeHtml = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// ---------------------------------------------------------------------------------------------
// Request rounds

/** The file whose code asked for a request: the page (parser) or the innermost script on the call stack. */
function initiatorOf(initiator) {
  if (initiator.url) return initiator.url;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url);
    if (frame) return frame.url;
  }
  return null;
}

/**
 * Numbers each request with its round: how many responses the page had to wait for, one after
 * the other, before it could send it. The page's own request is round 1. Any other request is one
 * round after the highest round among the responses that had fully arrived when it was sent, and
 * at least round 2 (the page asked for it): HTML (1) → script (2) → its chunks, or its fetch of
 * the plan (3) → … Requests sent together, before any of them has arrived, share a round.
 * Timing decides, not the initiator CDP reports: that names only the innermost script on the
 * stack (the entry that holds the loader, say), not the lazily loaded code whose rendering made
 * the request. `requests` are in the order they were sent, with `sentAt` and `finishedAt` (CDP
 * timestamps, seconds).
 */
export function numberRounds(requests) {
  requests.forEach((request, index) => {
    const arrived = requests.filter(
      (r) => r.round !== undefined && r.finishedAt !== undefined && r.finishedAt <= request.sentAt,
    );
    const after = Math.max(0, ...arrived.map((r) => r.round));
    request.round = index === 0 ? 1 : Math.max(2, after + 1);
  });
  return requests;
}

// ---------------------------------------------------------------------------------------------
// One page load

/**
 * Loads `page` once under CONDITIONS in a fresh context and returns the time to content (ms since
 * navigation start), where the text was found (`host`: the element whose shadow root holds it, or
 * `document`), and the requests: every one until the network is idle, with bytes transferred
 * (CDP `encodedDataLength`, headers included), whether it had arrived before the content showed,
 * and its round. For a page with `filter`, also `filter`: `{readyMs, clickMs, respondedMs}` of
 * filter-probe.js.
 */
export async function loadOnce(browser, servers, page, {timeout = 60_000} = {}) {
  const context = await browser.newContext({viewport: CONDITIONS.viewport});
  try {
    const tab = await context.newPage();
    // The tab is already on the page's site, as when a reader follows a link: the renderer
    // process is up, so its start-up (hundreds of ms here, and noisy) is not timed.
    await tab.goto(`${servers.pageOrigin}/`);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: CONDITIONS.latencyMs,
      downloadThroughput: CONDITIONS.downloadBytesPerSecond,
      uploadThroughput: CONDITIONS.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CONDITIONS.cpuSlowdown});

    const byId = new Map();
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!/^https?:/.test(e.request.url)) return;
      byId.set(e.requestId, {url: e.request.url, initiator: initiatorOf(e.initiator), sentAt: e.timestamp});
    });
    cdp.on('Network.loadingFinished', (e) => {
      const request = byId.get(e.requestId);
      if (request) Object.assign(request, {finishedAt: e.timestamp, bytes: e.encodedDataLength});
    });

    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    let report;
    const shown = new Promise((resolve) => (report = resolve));
    await tab.exposeFunction('__reportContent', (result) => report(result));
    await tab.addInitScript({content: `window.__contentText = ${JSON.stringify(servers.title)};\n${PROBE}`});
    let reportFilter;
    const filtered = new Promise((resolve) => (reportFilter = resolve));
    if (page.filter) {
      await tab.exposeFunction('__reportFilter', (result) => reportFilter(result));
      await tab.addInitScript({content: FILTER_PROBE});
    }

    await tab.goto(`${servers.pageOrigin}/${page.file}`, {waitUntil: 'commit'});
    const content = await within(
      shown,
      timeout,
      () => `${page.file}: no content after ${timeout} ms. ${errors.join('; ')}`,
    );
    const filter = page.filter
      ? await within(
          filtered,
          timeout,
          () => `${page.file}: the list did not respond to a filter after ${timeout} ms. ${errors.join('; ')}`,
        )
      : undefined;
    await tab.waitForLoadState('networkidle');

    const short = (url) => url.replace(servers.pageOrigin, '(page)').replace(servers.cdnOrigin, '(cdn)');
    const requests = numberRounds([...byId.values()].sort((a, b) => a.sentAt - b.sentAt));
    // The content's moment on the CDP clock: the page's request leaves at navigation start.
    const contentAt = requests[0].sentAt + content.ms / 1000;
    const before = requests.filter((r) => r.finishedAt !== undefined && r.finishedAt <= contentAt);
    return {
      ms: content.ms,
      host: content.host,
      requests: requests.length,
      bytes: sum(requests.map((r) => r.bytes ?? 0)),
      requestsBeforeContent: before.length,
      bytesBeforeContent: sum(before.map((r) => r.bytes ?? 0)),
      rounds: Math.max(...before.map((r) => r.round)),
      list: requests.map((r) => ({
        url: short(r.url),
        round: r.round,
        initiator: r.initiator && short(r.initiator),
        bytes: r.bytes ?? null,
        sentMs: +((r.sentAt - requests[0].sentAt) * 1000).toFixed(1),
        finishedMs: r.finishedAt === undefined ? null : +((r.finishedAt - requests[0].sentAt) * 1000).toFixed(1),
        beforeContent: before.includes(r),
      })),
      errors,
      ...(filter ? {filter} : {}),
    };
  } finally {
    await context.close();
  }
}

const sum = (list) => list.reduce((a, b) => a + b, 0);

/** `promise`, or an error with `message()` if it has not settled after `ms`. */
async function within(promise, ms, message) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message())), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// The whole measure

/**
 * Times every page (or those `only` names, with their floors: see selectPages) `iterations` times,
 * round-robin (the order of the pages rotated each round, so drift on a shared machine hits all
 * alike). `bundle(path)` builds a module with Lit, minified, for the Lit floor. Returns, per page
 * id: the runs, the median, min and max (ms), and the requests, bytes and rounds of the run with
 * the fewest rounds; for the dashboard pages also `filter`, the medians and runs of filter-probe.js.
 */
export async function timeToContent(browser, {iterations = 5, bundle, only = [], log = () => {}}) {
  const selected = selectPages(only);
  const files = new Map([['/__bench/lit-element-floor.js', await bundle(join(PAGES_DIR, 'lit-element-floor.js'))]]);
  const servers = await startServers({files});
  const runs = new Map(selected.map((p) => [p.id, []]));
  try {
    for (let i = 0; i < iterations; i++) {
      const order = selected.map((_, k) => selected[(k + i) % selected.length]);
      for (const page of order) {
        const run = await loadOnce(browser, servers, page);
        if (run.errors.length) throw new Error(`${page.file}: page errors: ${run.errors.join('; ')}`);
        runs.get(page.id).push(run);
        const filter = run.filter ? `; list responded to a filter at ${run.filter.respondedMs.toFixed(0)} ms` : '';
        log(
          `${page.id} run ${i + 1}: ${run.ms.toFixed(0)} ms, ${run.requests} requests, ${run.rounds} rounds${filter}`,
        );
      }
    }
  } finally {
    await servers.close();
  }
  const pages = {};
  for (const page of selected) {
    const list = runs.get(page.id);
    const ms = list.map((r) => r.ms);
    // Timing can only add rounds (a slow main thread may send a request after an unrelated
    // response has arrived), never remove one: the run with the fewest is the closest to the
    // page's own dependency depth. Requests and bytes are the same in every run.
    const fewest = list.reduce((best, run) => (run.rounds < best.rounds ? run : best));
    pages[page.id] = {
      label: page.label,
      ...(page.tag ? {script: widgetScript(page.tag)} : {}),
      ms: median(ms),
      min: Math.min(...ms),
      max: Math.max(...ms),
      runs: ms,
      host: fewest.host,
      requests: fewest.requests,
      bytes: fewest.bytes,
      requestsBeforeContent: fewest.requestsBeforeContent,
      bytesBeforeContent: fewest.bytesBeforeContent,
      rounds: fewest.rounds,
      requestList: fewest.list,
      ...(page.floor ? {floor: page.floor} : {}),
      ...(page.filter
        ? {
            filter: filterFigures(
              list.map((r) => r.filter),
              page.filterFloor,
            ),
          }
        : {}),
    };
  }
  return {conditions: CONDITIONS, plan: PLAN_PATH, title: servers.title, iterations, pages};
}

/**
 * The filter probe's runs: medians of when the widgets were ready (defined, rendered, hydrated),
 * when the list responded (both from navigation start), and of the response itself (click to
 * changed list); `floor`: the page whose figures these are compared with.
 */
function filterFigures(runs, floor) {
  return {
    readyMs: median(runs.map((r) => r.readyMs)),
    respondedMs: median(runs.map((r) => r.respondedMs)),
    responseMs: median(runs.map((r) => r.respondedMs - r.clickMs)),
    runs,
    ...(floor ? {floor} : {}),
  };
}

export const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
