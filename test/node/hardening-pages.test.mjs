// Hardening, part B: strict security policies and hostile host pages, in headless Chromium with
// the CDN bundle (dist/ogp-widgets.js; run `npm run build` first). The pages are
// test/pages/hardening/*.html.
//  1. A page served with a strict Content-Security-Policy (no inline script or style, Trusted Types
//     required) shows every element, in both languages and with both data sets, and stays free of
//     violations while readers open the dialog, search, download and pick a tile.
//  2. Hostile host stylesheets (a revert-everything reset, a rem-based page with loud text styles,
//     Bootstrap, generic !important rules) change nothing inside the widgets: computed styles and
//     sizes of every element in each shadow root match the clean page.
//  3. The widgets change nothing of the host page: its elements' styles, <head>, <html>/<body>,
//     globals (except Lit's version registries), cookies and storage.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, serveRepository} from './support/static-server.mjs';
import {until} from './support/until.mjs';
import {TAGS} from './support/elements.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const CSP_PAGE = '/test/pages/hardening/csp.html';
let browser;
let server;
let site;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ogp-widgets.js is missing: run `npm run build` first');
  const chromiumPath = findChromium();
  assert.ok(chromiumPath, 'no Chromium found: set CHROME_PATH');
  [server, browser] = await Promise.all([
    listen(serveRepository({headers: (path) => (path === CSP_PAGE ? {'content-security-policy': CSP} : {})})),
    chromium.launch({executablePath: chromiumPath, args: CHROMIUM_ARGS}),
  ]);
  site = server.origin;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page in its own context, recording errors and CSP / Trusted Types complaints. */
async function open(path, {width = 1000, height = 800, acceptDownloads = false} = {}) {
  const context = await browser.newContext({viewport: {width, height}, acceptDownloads});
  const page = await context.newPage();
  const log = {pageErrors: [], consoleErrors: [], policy: [], badRequests: []};
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (/Refused to|Content Security Policy|TrustedHTML|TrustedScript|Trusted Type/i.test(text)) log.policy.push(text);
    else if (message.type() === 'error') log.consoleErrors.push(text);
  });
  page.on('requestfailed', (request) => log.badRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.badRequests.push(`${response.url()}: ${response.status()}`);
  });
  await page.goto(`${site}${path}`);
  return {page, log, context, close: () => context.close()};
}

/** Every top-level widget's text (shadow root, whitespace collapsed), by section and tag. */
function widgetTexts(page) {
  return page.evaluate((tags) => {
    const out = {};
    for (const section of document.querySelectorAll('section[id]')) {
      for (const tag of tags) {
        const element = section.querySelector(tag);
        const rootEl = element?.shadowRoot?.querySelector('.root');
        out[`${section.id} ${tag}`] = rootEl ? rootEl.innerText.replace(/\s+/g, ' ').trim() : null;
      }
    }
    return out;
  }, TAGS);
}

// ---------------------------------------------------------------------------------------------
// 1. Strict CSP and Trusted Types
// ---------------------------------------------------------------------------------------------

test('a strict CSP page (Trusted Types required) shows every element with zero violations, and stays clean in use', async () => {
  const {page, log, close} = await open(CSP_PAGE, {acceptDownloads: true});
  try {
    // The header really is in force: an inline style attribute set from here is refused.
    // (Checked last, so it does not count against the widgets.)
    await page.locator('#taiwan-zh-TW ogp-action-plan ogp-commitment-list .title').first().waitFor();
    // Every widget settles (no skeletons left).
    await until(
      async () => Object.values(await widgetTexts(page)).every((text) => text && text.length > 20),
      15_000,
      'not every widget rendered',
    );
    const texts = await widgetTexts(page);
    const expected = {
      'illustrative-en': [
        'Publish the national budget as open data',
        /^Policy areas /,
        /^Progress /,
        /^Commitments /,
        'Illustrative action plan (example data, not real progress)',
      ],
      'illustrative-zh-TW': [
        '以開放資料格式公布中央政府總預算',
        /^政策領域/,
        /^進度/,
        /^承諾事項/,
        '示範行動方案（範例資料，非真實進度）',
      ],
      'taiwan-en': [
        'Youth policy participation',
        /^Policy areas /,
        /^Progress /,
        /^Commitments /,
        'Taiwan Open Government National Action Plan',
      ],
      'taiwan-zh-TW': ['青年政策參與', /^政策領域/, /^進度/, /^承諾事項/, '我國開放政府國家行動方案'],
    };
    const mismatches = [];
    for (const [section, patterns] of Object.entries(expected)) {
      TAGS.forEach((tag, i) => {
        const text = texts[`${section} ${tag}`] ?? '';
        const pattern = patterns[i];
        const ok = typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
        if (!ok) mismatches.push(`${section} ${tag}: ${text.slice(0, 120)}`);
      });
    }
    assert.deepEqual(mismatches, [], 'widgets without their expected title');
    // The lang of each section reaches its widgets.
    assert.deepEqual(
      await page.evaluate(() =>
        [...document.querySelectorAll('section[id]')].map((s) =>
          [...s.children]
            .filter((c) => c.shadowRoot)
            .map((c) => c.shadowRoot.querySelector('.root').lang)
            .join(),
        ),
      ),
      ['en,en,en,en,en', 'zh-TW,zh-TW,zh-TW,zh-TW,zh-TW', 'en,en,en,en,en', 'zh-TW,zh-TW,zh-TW,zh-TW,zh-TW'],
    );

    // Interactions that build DOM after the first render.
    const section = page.locator('#illustrative-en');
    // The dashboard's dialog: a list title opens the commitment's card.
    const dashboard = section.locator('ogp-action-plan');
    await dashboard.locator('ogp-commitment-list .title-button').first().click();
    const dialog = dashboard.locator('dialog[open]');
    await dialog.waitFor();
    await dialog.locator('ogp-commitment-card .title').waitFor();
    assert.match(
      await dialog.locator('ogp-commitment-card .title').innerText(),
      /Publish the national budget as open data/,
    );
    await page.keyboard.press('Escape');
    await until(
      () => dashboard.evaluate((el) => !el.shadowRoot.querySelector('dialog').open),
      5000,
      'the dialog did not close',
    );
    // The list's search box.
    const list = page.locator('#taiwan-en > ogp-commitment-list');
    await list.locator('input[type="search"]').fill('beneficial');
    await until(async () => (await list.locator('.title').count()) === 1, 5000, 'search did not narrow the list');
    // Downloads: the lazy chunks load under script-src 'self'; the files are blob: URLs clicked
    // through <a download>.
    await list.locator('summary[part="download-summary"]').click();
    const downloads = [];
    for (const format of ['json', 'commitments', 'milestones']) {
      const [download] = await Promise.all([
        page.waitForEvent('download', {timeout: 10_000}),
        list.locator(`button[data-format="${format}"]`).click(),
      ]);
      const path = await download.path();
      const {readFile} = await import('node:fs/promises');
      downloads.push({
        name: download.suggestedFilename(),
        url: download.url().slice(0, 5),
        body: await readFile(path, 'utf8'),
      });
    }
    assert.deepEqual(
      downloads.map((d) => [d.name, d.url]),
      [
        [downloads[0].name, 'blob:'],
        [downloads[1].name, 'blob:'],
        [downloads[2].name, 'blob:'],
      ],
    );
    assert.match(downloads[0].name, /-filtered\.json$/);
    assert.equal(JSON.parse(downloads[0].body).commitments.length, 1);
    assert.match(downloads[1].name, /-commitments-filtered\.csv$/);
    assert.match(downloads[1].body, /beneficial/i);
    assert.match(downloads[2].name, /-milestones-filtered\.csv$/);
    assert.ok(
      await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .some((entry) => /\/dist\/ogp-widgets-export-[\w-]+\.js$/.test(entry.name)),
      ),
      'the export chunk was loaded',
    );
    // A grid tile toggles.
    const tile = page.locator('#taiwan-zh-TW > ogp-policy-area-grid button.tile').first();
    await tile.click();
    assert.equal(await tile.getAttribute('aria-pressed'), 'true');
    await tile.click();
    assert.equal(await tile.getAttribute('aria-pressed'), 'false');
    // Lit asked for its Trusted Types policy; without a trusted-types directive that is allowed.
    await page.waitForTimeout(200);

    const violations = await page.evaluate(() => window.cspViolations);
    assert.deepEqual(violations, [], 'CSP violations (securitypolicyviolation)');
    assert.deepEqual(log.policy, [], 'CSP / Trusted Types console messages');
    assert.deepEqual(log.pageErrors, [], 'uncaught errors');
    assert.deepEqual(log.consoleErrors, [], 'console errors');
    assert.deepEqual(log.badRequests, [], 'failed requests');

    // Sanity: the policy is in force, and the watcher sees violations. (An inline style attribute
    // set from script and a string assigned to innerHTML are both refused.)
    const probe = await page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
      let trusted = 'allowed';
      try {
        div.innerHTML = '<b>x</b>';
      } catch (error) {
        trusted = error.name;
      }
      div.remove();
      return new Promise((resolve) =>
        setTimeout(() => resolve({trusted, directives: window.cspViolations.map((v) => v.directive)}), 100),
      );
    });
    assert.equal(probe.trusted, 'TypeError');
    assert.ok(probe.directives.includes('style-src-attr'), JSON.stringify(probe.directives));
    assert.ok(probe.directives.includes('require-trusted-types-for'), JSON.stringify(probe.directives));
  } finally {
    await close();
  }
});

// ---------------------------------------------------------------------------------------------
// 2. Hostile host CSS changes nothing inside the widgets
// ---------------------------------------------------------------------------------------------

const WIDGETS = ['card', 'card-zh', 'grid', 'tracker', 'list', 'dashboard'];
const PROPERTIES = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-caps',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'white-space',
  'color',
  'background-color',
  'display',
  'visibility',
  'cursor',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'direction',
  'hyphens',
  'tab-size',
];

/**
 * For each widget: every element of its shadow root (and of the shadow roots of the widgets inside
 * it), in document order, with its computed PROPERTIES and its box size.
 */
function measure(page) {
  return page.evaluate(
    ({widgets, properties}) => {
      const out = {};
      const walk = (shadow, prefix, list) => {
        for (const element of shadow.querySelectorAll('*')) {
          if (element.closest('svg') || element.localName === 'style') continue;
          const style = getComputedStyle(element);
          const rect = element.getBoundingClientRect();
          const path = `${prefix}${element.localName}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`;
          const entry = {path, width: Math.round(rect.width * 2) / 2, height: Math.round(rect.height * 2) / 2};
          for (const property of properties) entry[property] = style.getPropertyValue(property);
          list.push(entry);
          if (element.shadowRoot) walk(element.shadowRoot, `${path} >> `, list);
        }
      };
      for (const id of widgets) {
        const element = document.getElementById(id);
        const list = [];
        walk(element.shadowRoot, '', list);
        const rect = element.getBoundingClientRect();
        out[id] = {width: rect.width, height: rect.height, elements: list};
      }
      const h1 = getComputedStyle(document.querySelector('h1'));
      // What the page's rules did to its own heading and to our host element (which they may reach).
      const card = getComputedStyle(document.getElementById('card'));
      out.page = [
        ...properties.map((property) => h1.getPropertyValue(property)),
        ...['display', 'container-type', 'color', 'letter-spacing', 'line-height'].map((property) =>
          card.getPropertyValue(property),
        ),
      ].join('|');
      return out;
    },
    {widgets: WIDGETS, properties: PROPERTIES},
  );
}

/** Opens styled.html with a stylesheet and waits until every widget (and the dashboard's parts) rendered. */
async function openStyled(css) {
  const opened = await open(`/test/pages/hardening/styled.html?css=${css}`);
  const {page} = opened;
  await page.locator('#dashboard ogp-commitment-list .title').first().waitFor();
  await until(
    () =>
      page.evaluate(
        (ids) => ids.every((id) => document.getElementById(id).shadowRoot?.querySelector('.root:not(:has(.skeleton))')),
        WIDGETS,
      ),
    15_000,
    'not every widget rendered',
  );
  await page.evaluate(() => document.fonts.ready);
  // List items use content-visibility: auto, sized by a placeholder until they have been on screen
  // once: scroll the whole page through, so every size measured is the real one.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo({top: y, behavior: 'instant'}); // (Bootstrap makes scrolling smooth)
      await frame();
    }
    scrollTo({top: 0, behavior: 'instant'});
    await frame();
  });
  return opened;
}

/** Differences between two measurements, as readable lines (at most `limit`). */
function differences(clean, other, limit = 40) {
  const lines = [];
  for (const id of WIDGETS) {
    const a = clean[id];
    const b = other[id];
    if (a.elements.length !== b.elements.length)
      lines.push(`${id}: ${a.elements.length} elements, now ${b.elements.length}`);
    a.elements.forEach((x, i) => {
      const y = b.elements[i];
      if (!y) return;
      for (const key of Object.keys(x)) {
        const same = key === 'width' || key === 'height' ? Math.abs(x[key] - y[key]) <= 0.5 : x[key] === y[key];
        if (!same) lines.push(`${id} ${x.path} ${key}: ${x[key]} → ${y[key]}`);
      }
    });
  }
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more`] : lines;
}

let cleanMeasure;
async function clean() {
  if (!cleanMeasure) {
    const {page, log, close} = await openStyled('clean');
    try {
      cleanMeasure = await measure(page);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await close();
    }
  }
  return cleanMeasure;
}

for (const [css, description] of [
  ['revert', '`*, *::before, *::after { all: revert !important }`'],
  ['typography', 'html { font-size: 62.5% } and loud inherited text styles on body'],
  ['bootstrap', 'Bootstrap 5.3'],
  ['important', 'generic element, class and `*` rules with !important, and :host / ::slotted attempts'],
  ['all', 'all of them at once'],
]) {
  test(`hostile page CSS changes nothing inside the widgets: ${description}`, async () => {
    const reference = await clean();
    const {page, log, close} = await openStyled(css);
    try {
      const measured = await measure(page);
      // The stylesheet is in force: the page's own heading or our host element changed.
      assert.notEqual(measured.page, reference.page, 'the hostile stylesheet did not apply');
      assert.deepEqual(differences(reference, measured), []);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await close();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 3. The widgets change nothing of the host page
// ---------------------------------------------------------------------------------------------

/**
 * Globals that loading Lit adds to window: its version registries, decorator metadata, and the hook
 * of its hydration support (which takes over server-rendered HTML).
 */
const LIT_GLOBALS = [
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
  'litElementHydrateSupport',
];

/** What a page owns: its elements' computed styles, <head>, <html>/<body>, globals, storage. */
function snapshot(page) {
  return page.evaluate((properties) => {
    const styles = {};
    for (const element of document.querySelectorAll('[id]')) {
      if (element.localName.startsWith('ogp-')) continue;
      const style = getComputedStyle(element);
      styles[element.id] = Object.fromEntries(
        properties.map((property) => [property, style.getPropertyValue(property)]),
      );
    }
    const attributes = (element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
    return {
      styles,
      head: [...document.head.children].map((child) => child.outerHTML),
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      html: attributes(document.documentElement),
      body: attributes(document.body),
      bodyChildren: [...document.body.children].map((child) => child.localName),
      title: document.title,
      globals: Object.keys(window),
      cookie: document.cookie,
      localStorage: {...localStorage},
      sessionStorage: {...sessionStorage},
      activeElement: document.activeElement?.localName,
    };
  }, PROPERTIES);
}

test('the widgets change nothing of the host page: styles, <head>, <html>/<body>, globals, cookies, storage', async () => {
  const {page, log, close} = await open('/test/pages/hardening/host-page.html');
  try {
    await page.evaluate(() => document.fonts.ready);
    const before = await snapshot(page);
    assert.equal(await page.evaluate(() => customElements.get('ogp-commitment-card')), undefined);
    // Loaded as webmasters do, but without adding a <script> to compare against.
    await page.evaluate((url) => import(url), `${site}/dist/ogp-widgets.js`);
    await page.locator('#dashboard ogp-commitment-list .title').first().waitFor();
    await until(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('main > [src]')].every((el) =>
            el.shadowRoot?.querySelector('.root:not(:has(.skeleton))'),
          ),
        ),
      15_000,
      'not every widget rendered',
    );
    // Used: a tile, the search box, a download (lazy chunk), the dashboard's dialog.
    await page.locator('ogp-policy-area-grid button.tile').first().click();
    const list = page.locator('main > ogp-commitment-list');
    await list.locator('input[type="search"]').fill('青年');
    await list.locator('summary[part="download-summary"]').click();
    await list.locator('button[data-format="json"]').click();
    await until(
      () =>
        page.evaluate(() =>
          performance.getEntriesByType('resource').some((entry) => /ogp-widgets-export-/.test(entry.name)),
        ),
      5000,
      'no export chunk',
    );
    const dashboard = page.locator('#dashboard');
    await dashboard.locator('ogp-commitment-list .title-button').first().click();
    await dashboard.locator('dialog[open] ogp-commitment-card .title').waitFor();
    const withDialog = await snapshot(page);
    await page.keyboard.press('Escape');
    await until(
      () => dashboard.evaluate((el) => !el.shadowRoot.querySelector('dialog').open),
      5000,
      'the dialog did not close',
    );
    await page.mouse.click(5, 5);
    await page.waitForTimeout(1200); // the download link's blob: URL is revoked after a second
    const after = await snapshot(page);

    // (The one change the dashboard makes on purpose is the URL's #commitment=… while its dialog is
    // open: shareable URL state, documented on <ogp-action-plan>.)
    // Globals: only Lit's own (LIT_GLOBALS), and nothing else.
    const added = after.globals.filter((key) => !before.globals.includes(key));
    assert.deepEqual(
      added.filter((key) => !LIT_GLOBALS.includes(key)),
      [],
      `unexpected globals: ${added}`,
    );
    for (const snap of [withDialog, after]) {
      const {globals: _g, activeElement: _a, ...rest} = snap;
      const {globals: _bg, activeElement: _ba, ...restBefore} = before;
      assert.deepEqual(rest, restBefore);
    }
    assert.equal(after.cookie, '');
    assert.deepEqual(after.localStorage, {});
    assert.deepEqual(after.sessionStorage, {});
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.badRequests, []);
  } finally {
    await close();
  }
});
