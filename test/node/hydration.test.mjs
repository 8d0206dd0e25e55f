// Hydration: server-rendered widgets (dist/ssr.js, as `ogp-widgets/ssr` and the CLI produce them)
// taken over in the browser by each build a page may load: the CDN file (dist/ogp-widgets.js,
// Lit inside) and the npm build (dist/index.js, bundled by esbuild as an application would). The
// browser must keep the server's DOM (the same nodes, the same text), move nothing (cumulative
// layout shift 0), log no error or warning, and then behave as any widget: move to the reader's
// today, read the address, answer clicks. HTML from another version, or HTML that no longer
// matches the templates, is drawn afresh with one warning. Needs `npm run build`.
import {test, before, after, describe} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, send, serveRepository} from './support/static-server.mjs';
import {prerender} from './support/prerendered.mjs';
import {until} from './support/until.mjs';

/** The widgets, each with the plan and attributes it is drawn with. */
const WIDGETS = {
  card: ['ogp-commitment-card', 'illustrative', {commitment: '1-2'}],
  grid: ['ogp-policy-area-grid', 'taiwan', {}],
  tracker: ['ogp-progress-tracker', 'illustrative', {}],
  list: ['ogp-commitment-list', 'taiwan', {'page-size': '5'}],
  dashboard: ['ogp-action-plan', 'illustrative', {}],
};

/** The builds a page may load, by the URL the test server gives them. */
const BUILDS = {cdn: '/dist/ogp-widgets.js', npm: '/npm-build.js'};

let browser;
let server;
const files = new Map();
let pageCount = 0;

/**
 * A page with server-rendered HTML that loads `build` only after it has recorded what the server
 * drew (each widget's root node and the text of every shadow root inside it) and started counting
 * layout shifts.
 */
function hydrationPage({html, lang, build}) {
  const path = `/page/${pageCount++}.html`;
  files.set(
    path,
    `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Hydration</title>
<!-- The scrollbar always there: its coming and going as the page grows would move things too. -->
<style>html { overflow-y: scroll; } body { margin: 1em; font: 16px/1.5 system-ui, sans-serif; }</style>
<script>
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.shifts.push({value: entry.value, at: entry.startTime});
  }).observe({type: 'layout-shift', buffered: true});
  /**
   * The text a reader sees in a widget: every text of its shadow root and the shadow roots inside
   * it whose element is rendered. The server draws some things only for readers without a script
   * or for paper (the list's items beyond its page, the dashboard's full cards), which a screen
   * where scripts run hides, and which the widget drops once it has taken over.
   */
  window.deepText = (host) => {
    const parts = [];
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.data);
        if (node.nodeType !== Node.ELEMENT_NODE || ['style', 'script', 'template'].includes(node.localName)) continue;
        if (!node.checkVisibility()) continue;
        walk(node.shadowRoot ?? node);
      }
    };
    walk(host.shadowRoot);
    return parts.join(' ').replace(/\\s+/g, ' ').trim();
  };
  addEventListener('DOMContentLoaded', () => {
    const widget = document.querySelector('[rendered-by]');
    window.before = {root: widget.shadowRoot.querySelector('.root'), text: window.deepText(widget)};
    // Two frames: the server's HTML is on screen before the script arrives.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        window.scriptStart = performance.now();
        import(${JSON.stringify(build)});
      }),
    );
  });
</script>
</head>
<body>
<h1>Pre-rendered</h1>
${html}
<p id="after">Text after the widget, which must not move.</p>
</body>
</html>`,
  );
  return path;
}

before(async () => {
  for (const file of ['dist/ssr.js', 'dist/index.js', 'dist/ogp-widgets.js']) {
    assert.ok(existsSync(join(root, file)), `${file} is missing: run \`npm run build\` first`);
  }
  // The npm build as an application bundles it: `import 'ogp-widgets'`, resolved through the
  // package's exports, Lit and the hydration support from node_modules. No minifier: the template
  // strings must reach the browser as the package has them.
  const bundle = await esbuild.build({
    stdin: {contents: "import 'ogp-widgets';", resolveDir: root, loader: 'js'},
    bundle: true,
    format: 'esm',
    splitting: false,
    write: false,
    logLevel: 'silent',
  });
  files.set('/npm-build.js', bundle.outputFiles[0].text);
  const repository = serveRepository({files});
  server = await listen((url, response, request) => repository(url, response, request));
  browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a page and waits until every ogp- element on it (inside shadow roots too) has finished
 * its updates. Returns the tab, its console messages and a closer.
 */
async function open(path, {width = 1000, clock} = {}) {
  const context = await browser.newContext({viewport: {width, height: 800}});
  const tab = await context.newPage();
  if (clock) await tab.clock.setFixedTime(clock);
  const messages = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await tab.goto(`${server.origin}${path}${clock ? '' : ''}`);
  await settle(tab);
  return {tab, messages, close: () => context.close()};
}

/** Until the widget is defined and it and every element inside it have updated. */
async function settle(tab) {
  await until(
    () => tab.evaluate(() => Boolean(customElements.get('ogp-commitment-card'))),
    15_000,
    'the script did not define the elements',
  );
  await tab.evaluate(async () => {
    const all = (node) =>
      [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        all(document)
          .filter((el) => el.updateComplete)
          .map((el) => el.updateComplete),
      );
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
}

describe('pre-rendered widgets hydrate without redrawing', () => {
  for (const [build, script] of Object.entries(BUILDS)) {
    for (const [name, [tag, plan, attributes]] of Object.entries(WIDGETS)) {
      for (const lang of ['en', 'zh-TW']) {
        test(`${name} (${lang}) with the ${build} build: same nodes, same text, no shift, no message`, async () => {
          const {html} = await prerender(tag, {plan, attributes: {...attributes, lang}});
          const {tab, messages, close} = await open(hydrationPage({html, lang: 'en', build: script}));
          try {
            const result = await tab.evaluate(() => {
              const widget = document.querySelector('[rendered-by]');
              return {
                hydrated: widget.hasUpdated === true,
                sameRoot: widget.shadowRoot.querySelector('.root') === window.before.root,
                text: window.deepText(widget),
                before: window.before.text,
                // From the moment the script is asked for: what hydration and the render after it move.
                shift: window.shifts.filter((s) => s.at >= window.scriptStart).reduce((sum, s) => sum + s.value, 0),
                shiftsBefore: window.shifts.filter((s) => s.at < window.scriptStart).map((s) => s.value),
              };
            });
            if (result.shiftsBefore.length)
              console.log(
                `${name} ${lang} ${build}: shifts while the HTML was laid out, before any script: ${result.shiftsBefore.join(', ')}`,
              );
            assert.ok(result.hydrated, 'the element has updated in the browser');
            assert.deepEqual(messages, [], 'no error or warning in the console');
            assert.ok(result.sameRoot, "the server's root node is still in place (not redrawn)");
            assert.equal(result.text, result.before, 'the same text on screen as the server drew');
            assert.equal(result.shift, 0, 'cumulative layout shift');
          } finally {
            await close();
          }
        });
      }
    }
  }
});

describe('after hydration', () => {
  test("the widget moves from the day it was rendered for to the reader's today", async () => {
    const {html, renderedOn} = await prerender('ogp-commitment-card', {
      plan: 'illustrative',
      attributes: {commitment: '1-2', lang: 'en'},
    });
    // The reader opens the page seven months after the server rendered it.
    const later = new Date(`${renderedOn}T12:00:00`);
    later.setMonth(later.getMonth() + 7);
    const readerDay = later.toISOString().slice(0, 10);
    const {tab, messages, close} = await open(hydrationPage({html, lang: 'en', build: BUILDS.cdn}), {clock: later});
    try {
      const asOf = () =>
        tab.evaluate(() =>
          document
            .querySelector('[rendered-by]')
            .shadowRoot.querySelector('[part="as-of"] time')
            .getAttribute('datetime'),
        );
      const before = await tab.evaluate(() => window.before.text);
      assert.match(before, new RegExp(`As of`), 'the server HTML says which day it was rendered for');
      assert.equal(await asOf(), readerDay, 'the widget now measures against the reader’s today');
      const lastReport = await tab.evaluate(
        () => document.querySelector('[rendered-by]').shadowRoot.querySelector('[part~="last-report"]').textContent,
      );
      assert.notEqual(
        lastReport.replace(/\s+/g, ' '),
        before.match(/Last report:[^|]*?ago/)?.[0],
        '"N months ago" moved on',
      );
      assert.deepEqual(messages, [], 'hydrated with the rendered-on day first: no mismatch');
    } finally {
      await close();
    }
  });

  test('the card answers clicks: its earlier reports open', async () => {
    const {html} = await prerender('ogp-commitment-card', {
      plan: 'illustrative',
      attributes: {commitment: '1-2', lang: 'en', today: '2026-12-03'},
    });
    for (const script of Object.values(BUILDS)) {
      const {tab, close} = await open(hydrationPage({html, lang: 'en', build: script}));
      try {
        const toggle = tab.locator('ogp-commitment-card [aria-controls="earlier-reports"]');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        await toggle.click();
        await until(
          async () => (await toggle.getAttribute('aria-expanded')) === 'true',
          5_000,
          'the toggle did not open',
        );
      } finally {
        await close();
      }
    }
  });

  test('the list filters and pages once hydrated', async () => {
    const {html} = await prerender('ogp-commitment-list', {plan: 'taiwan', attributes: {lang: 'en', 'page-size': '5'}});
    const {tab, close} = await open(hydrationPage({html, lang: 'en', build: BUILDS.cdn}));
    try {
      const visibleItems = () =>
        tab.evaluate(() => {
          const root = document.querySelector('ogp-commitment-list').shadowRoot;
          return [...root.querySelectorAll('[part~="item"]')].filter((item) => item.getClientRects().length > 0).length;
        });
      assert.equal(await visibleItems(), 5, 'one page of 5 on screen');
      await tab.locator('ogp-commitment-list input[type="search"]').fill('open data');
      await until(async () => (await visibleItems()) < 5, 5_000, 'the search did not filter the list');
    } finally {
      await close();
    }
  });

  test('the dashboard opens the commitment in the address (#commitment=1-2) after hydrating', async () => {
    const {html} = await prerender('ogp-action-plan', {
      plan: 'illustrative',
      attributes: {lang: 'en', today: '2026-12-03'},
    });
    const path = hydrationPage({html, lang: 'en', build: BUILDS.cdn});
    const {tab, messages, close} = await open(`${path}#commitment=1-2`);
    try {
      const opened = await until(
        () =>
          tab.evaluate(() => {
            const card = document
              .querySelector('ogp-action-plan')
              .shadowRoot.querySelector('[part~="dialog"] ogp-commitment-card');
            return card?.getAttribute('commitment');
          }),
        5_000,
        'the card did not open',
      );
      assert.equal(opened, '1-2');
      assert.deepEqual(messages, []);
    } finally {
      await close();
    }
  });
});

describe('HTML the script cannot take over', () => {
  test('from another version: drawn afresh, with one warning and no error', async () => {
    const {html} = await prerender('ogp-commitment-card', {
      plan: 'illustrative',
      attributes: {commitment: '1-2', lang: 'zh-TW'},
    });
    const other = html.replace(/rendered-by="[^"]*"/, 'rendered-by="ogp-widgets@0.0.1"');
    assert.notEqual(other, html);
    const {tab, messages, close} = await open(hydrationPage({html: other, lang: 'en', build: BUILDS.cdn}));
    try {
      const result = await tab.evaluate(() => {
        const widget = document.querySelector('[rendered-by]');
        const root = widget.shadowRoot.querySelector('.root');
        return {
          redrawn: root !== window.before.root,
          roots: widget.shadowRoot.querySelectorAll('.root').length,
          text: window.deepText(widget),
        };
      });
      assert.ok(result.redrawn, 'a new root');
      assert.equal(result.roots, 1, 'the old HTML is gone');
      assert.match(result.text, /進度報告/, 'drawn in Chinese');
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0], /^warning: .*ogp-widgets@0\.0\.1.*drawing it afresh/);
    } finally {
      await close();
    }
  });

  test('whose templates no longer match (edited by a CMS): drawn afresh, with one warning and no error', async () => {
    const {html} = await prerender('ogp-commitment-card', {
      plan: 'illustrative',
      attributes: {commitment: '1-2', lang: 'en'},
    });
    // The first template marker inside the shadow root, with another digest.
    const edited = html.replace(
      /(<template shadowroot[^>]*>(?:<style>[\s\S]*?<\/style>)?<!--lit-part )[^-]+-->/,
      '$1AAAAAAAAAAA=-->',
    );
    assert.notEqual(edited, html);
    const {tab, messages, close} = await open(hydrationPage({html: edited, lang: 'en', build: BUILDS.cdn}));
    try {
      const result = await tab.evaluate(() => {
        const widget = document.querySelector('[rendered-by]');
        return {
          roots: widget.shadowRoot.querySelectorAll('.root').length,
          title: widget.shadowRoot.querySelector('h2, h3')?.textContent,
        };
      });
      assert.equal(result.roots, 1);
      assert.ok(result.title?.trim(), 'the card is drawn');
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0], /^warning: .*does not match this script's templates/);
    } finally {
      await close();
    }
  });

  test('an element that was not pre-rendered works as before, next to one that was', async () => {
    const {html} = await prerender('ogp-commitment-card', {plan: 'taiwan', attributes: {commitment: '4', lang: 'en'}});
    const plain = `<ogp-commitment-card commitment="5" lang="en"><script type="application/json">${JSON.stringify((await import('./support/prerendered.mjs')).PLANS.taiwan)}</script></ogp-commitment-card>`;
    const {tab, messages, close} = await open(hydrationPage({html: html + plain, lang: 'en', build: BUILDS.npm}));
    try {
      const titles = await tab.evaluate(() =>
        [...document.querySelectorAll('ogp-commitment-card')].map((card) =>
          card.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(),
        ),
      );
      assert.equal(titles.length, 2);
      assert.ok(titles.every(Boolean), JSON.stringify(titles));
      assert.deepEqual(messages, []);
    } finally {
      await close();
    }
  });
});
