// Security of server-rendered HTML (issue 18, item 8). The hostile-data corpus of the browser's
// hardening test (test/hardening/hostile-corpus.js: script payloads in every text, every dangerous
// link scheme, an id made to break out of an attribute, and text made to break out of an inline
// script) goes through renderWidget for every element, in both languages. Its HTML is loaded in
// headless Chromium, on a plain page:
//   - with no widget script (what a reader without the library's script gets: the declarative
//     shadow roots are live, nothing defines the elements), and
//   - with the CDN file (dist/ogp-widgets.js), which hydrates the HTML and then redraws for the
//     reader's today.
// Either way no script runs (a `window.__pwned` trap, dialogs, page errors, no request for the
// payload's image), no element or shadow root holds an `on*` attribute or a URL other than http(s)
// or relative, every `<style>` is one of the renderer's own (its text hashes to one of
// `styleHashes`), the inline plan reads back as exactly the plan given, and the server's HTML
// holds no element that the browser path does not create itself: the element names found in the
// server-rendered widgets (the widget, its light DOM and every nested shadow root) must be among
// those the same widgets create when a script renders them from the same data, on screen and while
// printing (when they too show everything), plus the two the renderer adds by design, `style`
// (its declarative shadow roots' styles, which the browser path adopts as constructed sheets) and
// the light-DOM `script type="application/json"` (the inline plan). An allow-list of names would
// not notice a new element that data could cause; the comparison does.
// The second part loads pre-rendered widgets under a strict Content Security Policy (see there).
// Needs `npm run build` (dist/ssr.js and dist/ogp-widgets.js).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, send, serveRepository} from './support/static-server.mjs';
import {PLANS, prerender} from './support/prerendered.mjs';
import {hostilePlan, INLINE_BREAKOUTS} from '../hardening/hostile-corpus.js';

const TODAY = '2026-12-03';
const LANGS = ['en', 'zh-TW'];

/** The corpus's plan, with text that would end an inline script in a title and in a key no widget reads. */
function hostile() {
  const plan = hostilePlan(PLANS.illustrative);
  plan.title.en += INLINE_BREAKOUTS;
  plan.commitments[2].summary = {en: `summary ${INLINE_BREAKOUTS}`, 'zh-TW': `摘要 ${INLINE_BREAKOUTS}`};
  plan.notes = INLINE_BREAKOUTS;
  return plan;
}
const PLAN = hostile();
const FIRST = PLAN.commitments[0].id; // every dangerous link, assessment and evidence URL
const BREAKOUT_ID = PLAN.commitments[1].id; // `"><img src=x onerror=…>`

/** The widgets of each page: every element, and the card twice (dangerous links; the hostile id). */
const WIDGETS = [
  ['ogp-commitment-card', {commitment: FIRST}],
  ['ogp-commitment-card', {commitment: BREAKOUT_ID}],
  ['ogp-policy-area-grid', {}],
  ['ogp-progress-tracker', {}],
  ['ogp-commitment-list', {}],
  ['ogp-action-plan', {}],
];

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

let browser;
let server;
const files = new Map();
/** Content-Security-Policy headers by page path. */
const policies = new Map();

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ssr.js')), 'dist/ssr.js is missing: run `npm run build` first');
  const repository = serveRepository({files});
  server = await listen(async (url, response, request) => {
    if (files.has(url.pathname) && url.pathname.endsWith('.html')) {
      const policy = policies.get(url.pathname);
      return send(
        response,
        200,
        'text/html; charset=utf-8',
        files.get(url.pathname),
        policy ? {'content-security-policy': policy} : {},
      );
    }
    return repository(url, response, request);
  });
  browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A plain page with `body`, and the widget script or none. No inline script or style of its own. */
const pageHtml = ({lang, body, script}) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Server-rendered hostile data</title>
${script ? `<script type="module" src="${script}"></script>` : ''}
</head>
<body>
${body}
</body>
</html>`;

/**
 * Opens `path` with the trap set before anything on the page runs: `window.__pwned`, and records
 * of dialogs, page errors, console errors and every request.
 */
async function open(path) {
  const context = await browser.newContext({viewport: {width: 1000, height: 800}});
  const page = await context.newPage();
  const log = {dialogs: [], pageErrors: [], consoleErrors: [], requests: []};
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('console', (message) => {
    // Warnings are expected: the widgets name each refused link of the data in the console.
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('request', (request) => log.requests.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    window.__pwned = [];
  });
  // Not 'load': a broken-out payload (the test's control) holds frames that may never finish.
  await page.goto(`${server.origin}${path}`, {waitUntil: 'domcontentloaded'});
  await page.waitForTimeout(300); // image errors and frame loads are asynchronous
  return {page, log, close: () => context.close()};
}

/**
 * In the page: for each widget (the page's top-level `ogp-*` elements, in order), what it holds,
 * through its light DOM and every shadow root under it: the element names, attributes named `on…`,
 * URL attributes that are not http(s) (resolved against the page), the texts of `<style>`
 * elements, the inline plans, whether its shadow root holds the commitment's text, and its text.
 */
function inspect(page) {
  return page.evaluate(() => {
    const URL_ATTRIBUTES = [
      'href',
      'xlink:href',
      'src',
      'srcset',
      'action',
      'formaction',
      'poster',
      'data',
      'ping',
      'background',
      'cite',
    ];
    return [...document.body.children]
      .filter((element) => element.localName.startsWith('ogp-'))
      .map((widget) => {
        const names = new Set();
        const handlers = [];
        const badUrls = [];
        const styles = [];
        const scripts = [];
        const texts = [];
        const look = (element) => {
          names.add(element.localName);
          for (const name of element.getAttributeNames()) {
            const value = element.getAttribute(name);
            if (name.startsWith('on')) handlers.push(`<${element.localName} ${name}>`);
            if (URL_ATTRIBUTES.includes(name)) {
              // eslint-disable-next-line no-control-regex
              const bad =
                /[\u0000-\u001F\u007F]/.test(value) ||
                !['http:', 'https:'].includes(new URL(value, location.href).protocol);
              if (bad) badUrls.push(`<${element.localName} ${name}=${JSON.stringify(value)}>`);
            }
          }
          if (element.localName === 'style') styles.push(element.textContent);
          if (element.localName === 'script')
            scripts.push({type: element.type, text: element.textContent, inLight: element.parentElement === widget});
          if (element.shadowRoot) visit(element.shadowRoot);
        };
        const visit = (node) => {
          if (node instanceof ShadowRoot) texts.push(node.textContent);
          for (const element of node.querySelectorAll('*')) look(element);
        };
        look(widget);
        visit(widget);
        return {
          tag: widget.localName,
          names: [...names].sort(),
          handlers,
          badUrls,
          styles,
          scripts,
          hasShadowRoot: Boolean(widget.shadowRoot),
          text: texts.join('\n'),
        };
      });
  });
}

/** Waits until every widget on the page is defined, has hydrated (its first update) and settled. */
async function hydrated(page) {
  await page.waitForFunction(
    () =>
      [...document.body.children]
        .filter((e) => e.localName.startsWith('ogp-'))
        .every((e) => customElements.get(e.localName) && e.hasUpdated),
    null,
    {timeout: 20_000},
  );
  await page.evaluate(async () => {
    for (const element of document.body.children) if (element.updateComplete) await element.updateComplete;
    // The nested widgets (the dashboard's) and the update after hydration.
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
}

/** Clicks and hovers every element showing the payload's text, as the browser path's test does: it must be inert. */
async function poke(page) {
  await page.evaluate(() => {
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (/onerror|dangerous link|危險連結/.test(element.textContent ?? '') && element.children.length === 0) {
          element.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, composed: true}));
        }
      }
    };
    visit(document);
  });
  await page.waitForTimeout(200);
}

/**
 * The names the browser path creates: the same widgets with the same attributes, rendered by the
 * script from the same data, on screen and printing.
 */
async function clientNames(lang) {
  const path = `/client-${lang}.html`;
  files.set(path, pageHtml({lang, body: '', script: '/dist/ogp-widgets.js'}));
  const {page, log, close} = await open(path);
  try {
    await page.evaluate(
      async ({widgets, plan, lang, today}) => {
        await Promise.all(widgets.map(([tag]) => customElements.whenDefined(tag)));
        for (const [tag, attributes] of widgets) {
          const element = document.createElement(tag);
          // The attributes the renderer writes too (rendered-on adds the "As of" line).
          for (const [name, value] of Object.entries({...attributes, lang, today, 'rendered-on': today}))
            element.setAttribute(name, value);
          element.plan = plan;
          document.body.append(element);
        }
      },
      {widgets: WIDGETS, plan: PLAN, lang, today: TODAY},
    );
    await hydrated(page);
    const screen = await inspect(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await hydrated(page);
    const printing = await inspect(page);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.deepEqual(log.pageErrors, []);
    return screen.map((widget, i) => new Set([...widget.names, ...printing[i].names]));
  } finally {
    await close();
  }
}

/** Made by the renderer by design: its shadow roots' `<style>` and the light DOM's inline plan. */
const RENDERER_ONLY = new Set(['style', 'script']);

for (const lang of LANGS) {
  test(`hostile data through renderWidget (${lang}): no script runs, no handler, no dangerous URL, no element the browser would not make`, async () => {
    const rendered = [];
    for (const [tag, attributes] of WIDGETS) {
      rendered.push(await prerender(tag, {plan: PLAN, attributes: {...attributes, lang, today: TODAY}}));
    }
    // The renderer's own output, before any browser: the inline plan holds no `<` at all, so no
    // text in the data can end its script element or open a comment.
    for (const {html} of rendered) {
      const inline = html.slice(
        html.lastIndexOf('<script type="application/json">') + 32,
        html.lastIndexOf('</script>'),
      );
      assert.ok(inline.includes('\\u003c/script>'), 'the data held </script>, written \\u003c/script>');
      assert.ok(!inline.includes('<'), 'no < in the inline plan');
      assert.ok(inline.includes('\u2028'), 'U+2028 stays as it is (valid in JSON)');
    }
    const expected = await clientNames(lang);
    const allHashes = new Set(rendered.flatMap((r) => r.styleHashes));

    for (const script of [null, '/dist/ogp-widgets.js']) {
      const mode = script ? 'with the CDN script' : 'without a widget script';
      const path = `/ssr-${lang}-${script ? 'cdn' : 'none'}.html`;
      files.set(path, pageHtml({lang, script, body: rendered.map((r) => r.html).join('\n')}));
      const {page, log, close} = await open(path);
      try {
        if (script) await hydrated(page);
        await poke(page);
        const widgets = await inspect(page);
        assert.deepEqual(
          widgets.map((w) => w.tag),
          WIDGETS.map(([tag]) => tag),
          `${mode}: every widget on the page`,
        );
        for (const [i, widget] of widgets.entries()) {
          const label = `${mode}, ${widget.tag} #${i}`;
          assert.ok(widget.hasShadowRoot, `${label}: the declarative shadow root is live`);
          assert.ok(widget.text.includes('<img src=x onerror='), `${label}: the payload shows as text`);
          assert.deepEqual(widget.handlers, [], `${label}: no event-handler attribute`);
          assert.deepEqual(widget.badUrls, [], `${label}: no URL other than http(s) or relative`);
          const extra = widget.names.filter((name) => !expected[i].has(name) && !RENDERER_ONLY.has(name));
          assert.deepEqual(extra, [], `${label}: elements the browser path does not create`);
          // Scripts: only the inline plan, which reads back as exactly the plan given.
          assert.equal(widget.scripts.length, 1, `${label}: one script element, the inline plan`);
          const [inline] = widget.scripts;
          assert.equal(inline.type, 'application/json');
          assert.ok(inline.inLight, `${label}: the inline plan is the widget's own child`);
          assert.deepEqual(JSON.parse(inline.text), PLAN, `${label}: the inline plan is the plan, unbroken`);
          if (!script) {
            // Before hydration the styles are the renderer's <style> blocks: each is one it hashed.
            assert.ok(widget.styles.length > 0, `${label}: styles`);
            for (const style of widget.styles)
              assert.ok(allHashes.has(sha256(style)), `${label}: a <style> the renderer did not hash`);
          }
        }
        assert.deepEqual(await page.evaluate(() => window.__pwned), [], `${mode}: no payload ran`);
        assert.deepEqual(log.dialogs, [], `${mode}: no dialog`);
        assert.deepEqual(log.pageErrors, [], `${mode}: no page error`);
        assert.deepEqual(log.consoleErrors, [], `${mode}: no console error`);
        const expectedRequests = ['/favicon.ico', path];
        const others = log.requests.filter((p) => !expectedRequests.includes(p) && !p.startsWith('/dist/'));
        assert.deepEqual(
          others,
          [],
          `${mode}: no request but the page and the widget script (the payload's image is never asked for)`,
        );
      } finally {
        await close();
      }
    }
  });
}

test('the trap works: the corpus payload, parsed as HTML on the same kind of page, runs', async () => {
  const path = '/trap.html';
  // The inline plan's escaping undone: the corpus then ends the script element and runs.
  const {html} = await prerender('ogp-commitment-card', {
    plan: PLAN,
    attributes: {commitment: FIRST, lang: 'en', today: TODAY},
  });
  files.set(path, pageHtml({lang: 'en', script: null, body: html.replaceAll('\\u003c', '<')}));
  const {page, close} = await open(path);
  try {
    const ran = await page.evaluate(() => window.__pwned);
    assert.ok(ran.length > 0, `the payload ran: ${JSON.stringify(ran)}`);
  } finally {
    await close();
  }
});

// ---------------------------------------------------------------------------------------------
// Content Security Policy. The declarative shadow roots carry `<style>` blocks and a few `style`
// attributes (bar widths), which a page whose policy limits styles must allow by their hashes:
// renderWidget returns them (`styleHashes`, `styleAttributeHashes`). A pre-rendered card and
// dashboard, with and without the CDN script (which hydrates them; the reader then opens a
// commitment), under the strict policy of docs/security.md plus the hashes, in two spellings:
//   - one `style-src` with `'unsafe-hashes'` and both lists (also for browsers that do not know
//     `style-src-elem` / `style-src-attr`), and
//   - `style-src-elem` for the blocks and `style-src-attr 'unsafe-hashes'` for the attributes;
// zero `securitypolicyviolation` events and no "Refused to" in the console, and the styles apply
// (the host is a block). The same page without the hashes reports violations of both directives
// and shows the widgets unstyled, so the test can fail.

const STRICT = "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'";
const POLICIES = {
  'one style-src': ({blocks, attributes}) =>
    `${STRICT}; style-src 'self' 'unsafe-hashes' ${[...blocks, ...attributes].join(' ')}`,
  'style-src-elem and style-src-attr': ({blocks, attributes}) =>
    `${STRICT}; style-src 'self'; style-src-elem 'self' ${blocks.join(' ')}; style-src-attr 'unsafe-hashes' ${attributes.join(' ')}`,
  'no hashes': () => `${STRICT}; style-src 'self'`,
};

/** The pre-rendered card and dashboard of the illustrative plan, and the union of their hashes. */
async function cspWidgets() {
  const attributes = {lang: 'en', today: TODAY};
  const card = await prerender('ogp-commitment-card', {
    plan: 'illustrative',
    attributes: {...attributes, commitment: '1-2'},
  });
  const dashboard = await prerender('ogp-action-plan', {plan: 'illustrative', attributes});
  return {
    body: `${card.html}\n${dashboard.html}`,
    blocks: [...new Set([...card.styleHashes, ...dashboard.styleHashes])],
    attributes: [...new Set([...card.styleAttributeHashes, ...dashboard.styleAttributeHashes])],
  };
}

/** Opens a page served with `policy`, recording violations from before the first byte is parsed. */
async function openWithPolicy(path, html, policy) {
  files.set(path, html);
  policies.set(path, policy);
  const context = await browser.newContext({viewport: {width: 1000, height: 900}});
  const page = await context.newPage();
  const log = {refused: [], pageErrors: []};
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy|Trusted Type/i.test(message.text())) log.refused.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => window.__violations.push(`${event.effectiveDirective}: ${event.sample || event.blockedURI}`),
      true,
    );
  });
  await page.goto(`${server.origin}${path}`);
  return {page, log, context};
}

/** Each widget host's computed display: `block` when the shadow roots' styles apply, `inline` when they were refused. */
const hostDisplays = (page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll(':scope > [rendered-by]')].map((host) => getComputedStyle(host).display),
  );

test('under a strict style policy with renderWidget hashes, pre-rendered widgets (and their hydration) cause zero violations; without the hashes, violations', async () => {
  const widgets = await cspWidgets();
  assert.ok(widgets.blocks.length > 0, 'style blocks to hash');
  assert.ok(widgets.attributes.length > 0, 'style attributes to hash (the illustrative plan has progress bars)');
  for (const [name, policy] of Object.entries(POLICIES)) {
    for (const script of [null, '/dist/ogp-widgets.js']) {
      const label = `${name}, ${script ? 'with the CDN script' : 'no script'}`;
      const path = `/csp-${Object.keys(POLICIES).indexOf(name)}-${script ? 'cdn' : 'none'}.html`;
      const {page, log, context} = await openWithPolicy(
        path,
        pageHtml({lang: 'en', script, body: widgets.body}),
        policy(widgets),
      );
      try {
        const displays = await hostDisplays(page);
        if (script) {
          await hydrated(page);
          // Use it: the dashboard's list opens a commitment in the dialog (DOM made after hydration).
          const dashboard = page.locator('ogp-action-plan');
          await dashboard.locator('ogp-commitment-list .title-button').first().click();
          await dashboard.locator('dialog[open] ogp-commitment-card').waitFor();
          await page.waitForTimeout(200);
        }
        const violations = await page.evaluate(() => window.__violations);
        assert.deepEqual(log.pageErrors, [], `${label}: page errors`);
        if (name === 'no hashes') {
          if (script) {
            // Once hydrated, the script's constructed style sheets cover what the policy refused.
            assert.deepEqual(await hostDisplays(page), ['block', 'block'], `${label}: styled once hydrated`);
            continue;
          }
          const directives = new Set(violations.map((v) => v.split(':')[0]));
          assert.ok(
            directives.has('style-src-elem'),
            `${label}: the <style> blocks are refused (${violations.length} violations)`,
          );
          assert.ok(directives.has('style-src-attr'), `${label}: the style attributes are refused`);
          assert.ok(log.refused.length > 0, `${label}: the console says so`);
          assert.deepEqual(displays, ['inline', 'inline'], `${label}: unstyled`);
        } else {
          assert.deepEqual(violations, [], `${label}: securitypolicyviolation events`);
          assert.deepEqual(log.refused, [], `${label}: refusals in the console`);
          assert.deepEqual(displays, ['block', 'block'], `${label}: the shadow roots' styles apply`);
        }
      } finally {
        await context.close();
      }
    }
  }
});
