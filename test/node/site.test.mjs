// The demo site and embed builder, built (dist/site/), end to end in headless Chromium:
// configure a widget in the builder, copy each snippet with its Copy button, paste it into a blank
// page of another origin, and check the widget there shows the same commitment, in the same
// language, in the chosen colour. Also: each widget's snippet loads that element's own file,
// pasted JSON problems with their paths and the warning by the code, the contrast warning, the
// narrow (phone) layout, the widget language following the interface's, and zero axe-core
// violations on both pages in both languages. The widgets page comes pre-rendered, once per language
// (index.html, en.html): its widgets are in the HTML, readable with JavaScript off, and the script
// takes them over without a warning; the builder's third snippet (pre-rendered HTML) works pasted
// into another origin's page, before and without its script.
// Needs `npm run build` first (it builds dist/site/).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, send, TYPES} from './support/static-server.mjs';
import {until} from './support/until.mjs';
import {TAGS} from './support/elements.mjs';

const SITE = join(root, 'dist/site') + sep;
const CORS = {'access-control-allow-origin': '*'};
const CHOSEN = '#7a1f5c';
const CHOSEN_RGB = 'rgb(122, 31, 92)';
const TAIWAN = JSON.parse(readFileSync(join(root, 'data/taiwan/action-plan.json'), 'utf8'));
const COMMITMENT_4 = TAIWAN.commitments.find((commitment) => commitment.id === '4').title;

let browser;
let servers = [];
let site; // origin A: dist/site/ as any static host would serve it, with CORS headers
let blank; // origin B: a blank page with a pasted snippet
/** What the blank pages on origin B hold, by path. */
const pasted = new Map();

/** dist/site/ as static files, every response with Access-Control-Allow-Origin (as jsDelivr sends). */
async function serveSite(url, response) {
  if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '', CORS);
  const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  const file = normalize(join(SITE, decodeURIComponent(path)));
  if (!file.startsWith(SITE) || !existsSync(file)) return send(response, 404, 'text/plain', 'Not found', CORS);
  send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), CORS);
}

/** Origin B: a page of someone else's site (in Chinese), with a snippet pasted into its body. */
function serveBlank(url, response) {
  if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
  if (!pasted.has(url.pathname)) return send(response, 404, 'text/plain', 'Not found');
  const page = `<!doctype html>
<html lang="zh-TW">
  <head><meta charset="utf-8"><title>機關網頁</title></head>
  <body>
    <main>
      <h1>機關網頁</h1>
${pasted.get(url.pathname)}
    </main>
  </body>
</html>`;
  send(response, 200, TYPES['.html'], page);
}

before(async () => {
  assert.ok(existsSync(join(SITE, 'builder.html')), 'dist/site/builder.html is missing: run `npm run build` first');
  assert.ok(existsSync(join(SITE, 'ogp-widgets.js')), 'dist/site/ogp-widgets.js is missing: run `npm run build` first');
  for (const tag of TAGS) {
    assert.ok(
      existsSync(join(SITE, `${tag}.js`)),
      `dist/site/${tag}.js is missing: the build must write each element's own file`,
    );
  }
  const executablePath = findChromium();
  assert.ok(executablePath, 'no Chromium found: set CHROME_PATH');
  const [a, b] = await Promise.all([listen(serveSite), listen(serveBlank)]);
  servers = [a, b];
  site = a.origin;
  blank = b.origin;
  browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** A fresh page in its own context that records errors, failed requests and HTTP errors. */
async function open(url, {width = 1280, height = 900, clipboard = false, javaScript = true, warnings = false} = {}) {
  const context = await browser.newContext({
    viewport: {width, height},
    colorScheme: 'light',
    javaScriptEnabled: javaScript,
  });
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site});
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || (warnings && message.type() === 'warning')) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('requestfailed', (request) => {
    // A HEAD request (the builder's check that the bundle exists) reports ERR_ABORTED once answered.
    if (request.method() !== 'HEAD') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return {page, problems, close: () => context.close()};
}

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

/** The colour `var(--_primary)` resolves to inside a widget's shadow root (a probe span). */
function primaryColour(host) {
  const probe = document.createElement('span');
  probe.style.color = 'var(--_primary)';
  host.shadowRoot.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Opens the builder (English UI) and configures a commitment card: Taiwan, commitment 4, en, #7a1f5c. */
async function configureCard() {
  const opened = await open(`${site}/builder.html?lang=en`, {clipboard: true});
  const {page} = opened;
  await page.check('input[name="widget"][value="ogp-progress-tracker"]');
  await page.check('input[name="widget"][value="ogp-commitment-card"]');
  await page.check('input[name="source"][value="taiwan"]');
  await page.selectOption('#lang', 'en');
  // The commitment select is filled from the data once it has loaded.
  await until(() => page.locator('#commitment option[value="4"]').count(), 10_000, 'commitment 4 never listed');
  await page.selectOption('#commitment', '4');
  await page.fill('#primary-text', CHOSEN);
  // The live preview is the real element, already configured.
  await until(
    async () =>
      collapse(
        await page
          .locator('#preview ogp-commitment-card .title')
          .innerText()
          .catch(() => ''),
      ) === COMMITMENT_4.en,
    10_000,
    'the preview does not show commitment 4 in English',
  );
  assert.equal(await page.locator('#preview ogp-commitment-card').evaluate(primaryColour), CHOSEN_RGB);
  return opened;
}

/** Clicks a snippet's Copy button and returns what landed on the clipboard. */
async function copySnippet(page, target) {
  const button = page.locator(`button.copy[data-target="${target}"]`);
  const note = button.locator('xpath=..').locator('.copied');
  assert.equal(await note.innerText(), '');
  await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
  await button.click();
  await until(async () => (await note.innerText()).includes('Copied'), 5_000, 'no "Copied" confirmation');
  assert.equal(await note.getAttribute('role'), 'status');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator(`#${target}`).textContent(), 'the clipboard holds the snippet shown');
  return copied;
}

/** The card the builder was set up for: commitment 4, in English, in the chosen colour. */
async function expectChosenCard(card, problems, what) {
  const title = async () =>
    collapse(
      await card
        .locator('.title')
        .innerText()
        .catch(() => ''),
    );
  await until(
    async () => (await title()) === COMMITMENT_4.en,
    10_000,
    `${what} does not show commitment 4 in English`,
  ).catch((error) => assert.fail(`${error.message}; page problems: ${JSON.stringify(problems)}`));
  assert.equal(await card.locator('.root').getAttribute('lang'), 'en');
  assert.equal(await card.evaluate(primaryColour), CHOSEN_RGB);
}

test('builder → script snippet → a blank page on another origin: same commitment, language and colour', async () => {
  const builder = await configureCard();
  let snippet;
  try {
    snippet = await copySnippet(builder.page, 'script-snippet');
    assert.deepEqual(builder.problems, []);
  } finally {
    await builder.close();
  }
  // Absolute addresses on origin A, the commitment, the language and the colour are in the code.
  // The card's own file, not the bundle of every element.
  assert.match(snippet, new RegExp(`<script type="module" src="${site}/ogp-commitment-card.js"></script>`));
  assert.match(snippet, new RegExp(`src="${site}/data/taiwan/action-plan.json"`));
  assert.match(snippet, /commitment="4"/);
  assert.match(snippet, /lang="en"/);
  assert.match(snippet, /--ogp-color-primary: light-dark\(#7a1f5c, #[0-9a-f]{6}\)/);

  pasted.set('/script.html', snippet);
  const {page, problems, close} = await open(`${blank}/script.html`);
  try {
    await expectChosenCard(page.locator('ogp-commitment-card'), problems, 'the pasted widget');
    // The page around it stays as it was (Chinese), and nothing failed (CORS included).
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-TW');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('builder → iframe snippet → a blank page on another origin: same commitment, language, colour; the frame resizes', async () => {
  const builder = await configureCard();
  let snippet;
  try {
    snippet = await copySnippet(builder.page, 'iframe-snippet');
  } finally {
    await builder.close();
  }
  assert.match(snippet, new RegExp(`<iframe src="${site}/embed.html\\?widget=card&amp;`));
  assert.match(snippet, /ogp-widgets:height/);

  pasted.set('/iframe.html', snippet);
  const {page, problems, close} = await open(`${blank}/iframe.html`);
  try {
    await expectChosenCard(page.frameLocator('iframe').locator('ogp-commitment-card'), problems, 'the framed widget');
    assert.equal(await page.locator('iframe').getAttribute('title'), 'Open government commitment');
    // The pasted resize script set the frame's height from the widget's message.
    await until(
      async () => /^\d+px$/.test(await page.locator('iframe').evaluate((el) => el.style.height)),
      5_000,
      'frame not resized',
    );
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('pasted JSON: parse errors and validator problems with their paths, next to the editor', async () => {
  const {page, problems, close} = await open(`${site}/builder.html?lang=en`, {width: 390});
  try {
    await page.check('input[name="source"][value="json"]');
    const editor = page.locator('#data-json');
    const report = page.locator('#json-report');
    // By the code and its Copy button: what the widget will show with this data.
    const warning = page.locator('#data-warning');
    const copyScript = page.locator('button.copy[data-target="script-snippet"]');
    await editor.fill('{"schemaVersion": 1, "commitments": [');
    await until(async () => (await report.innerText()).includes('This is not valid JSON'), 5_000, 'no parse error');
    assert.equal(await editor.getAttribute('aria-invalid'), 'true');
    assert.equal(await report.getAttribute('role'), 'status');
    await until(() => warning.isVisible(), 5_000, 'no warning by the code for a syntax error');
    assert.match(
      collapse(await warning.innerText()),
      /syntax error .*the widget will show an error message instead of the plan/,
    );
    assert.equal(await page.locator('.snippet #data-warning + pre > code#script-snippet').count(), 1);
    assert.equal(await copyScript.getAttribute('aria-describedby'), 'data-warning');

    const plan = {
      schemaVersion: 1,
      id: 'test-plan',
      government: 'Testland',
      title: {en: 'Test plan'},
      policyAreas: [{id: 'a', title: {en: 'Area'}}],
      commitments: [
        {id: 'c1', title: {en: 'First commitment'}, policyAreas: ['a'], status: 'done'},
        {id: 'c2', title: {en: 'Second commitment'}, policyAreas: ['nowhere']},
      ],
    };
    await editor.fill(JSON.stringify(plan, null, 2));
    await until(async () => (await report.locator('.problems li').count()) >= 2, 5_000, 'no problems listed');
    const paths = await report.locator('.problems code').allInnerTexts();
    assert.ok(paths.includes('commitments[0].status'), `paths: ${paths}`);
    assert.ok(
      paths.some((path) => path.startsWith('commitments[1].policyAreas')),
      `paths: ${paths}`,
    );
    assert.match(await report.innerText(), /commitments\[0\]\.status: unknown value "done"/);
    const count = await report.locator('.problems li').count();
    await until(
      async () => (await warning.innerText()).includes(`has ${count} problems`),
      5_000,
      'no problems warning',
    );
    assert.match(collapse(await warning.innerText()), /the widget will show the valid parts and list these problems/);
    assert.equal(await copyScript.getAttribute('aria-describedby'), 'data-warning');
    // The report sits right after the editor, in the same field.
    assert.equal(await page.locator('#json-field .editor > textarea + .json-report').count(), 1);

    // The data goes inline into the script snippet; the iframe cannot take it and says so.
    await page.selectOption('#lang', 'en');
    await until(() => page.locator('#commitment option[value="c1"]').count(), 5_000, 'pasted commitments not listed');
    const code = await page.locator('#script-snippet').textContent();
    assert.match(code, /<ogp-commitment-card\n {2}commitment="c1"/);
    assert.match(code, /<script type="application\/json">\{"schemaVersion":1,"id":"test-plan"/);
    assert.ok(!code.includes(' src="'.concat(site, '/data')), 'no data URL for pasted data');
    assert.ok(await page.locator('#iframe-unavailable').isVisible());
    assert.ok(await page.locator('button.copy[data-target="iframe-snippet"]').isDisabled());
    await until(
      async () =>
        collapse(
          await page
            .locator('#preview ogp-commitment-card .title')
            .innerText()
            .catch(() => ''),
        ) === 'First commitment',
      5_000,
      'the preview does not show the pasted plan',
    );
    // Valid data (the bundled plan): no warning, nothing extra read with the Copy button.
    await editor.fill(JSON.stringify(TAIWAN));
    await until(
      async () => (await report.innerText()).includes(`Valid data: ${TAIWAN.commitments.length} commitments`),
      5_000,
      'the bundled plan is not reported valid',
    );
    await until(async () => !(await warning.isVisible()), 5_000, 'the warning stays for valid data');
    assert.equal(await copyScript.getAttribute('aria-describedby'), null);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('contrast check: an unreadable primary colour warns, in text, with its ratio', async () => {
  const {page, problems, close} = await open(`${site}/builder.html?lang=en`);
  try {
    const box = page.locator('#contrast');
    assert.match(await box.innerText(), /Every colour pair passes WCAG AA/);
    assert.ok(await page.locator('#snippet-warning').isHidden());
    await page.selectOption('#scheme', 'light');
    await page.fill('#primary-text', '#ffff00');
    await until(async () => (await box.innerText()).includes('Warning'), 5_000, 'no warning');
    const text = collapse(await box.innerText());
    assert.match(text, /Light: primary #ffff00 on background #ffffff: 1\.07:1 — Warning: below 3:1/);
    assert.equal(await box.getAttribute('role'), 'status');
    assert.ok(await page.locator('#snippet-warning').isVisible());
    // Between 3:1 and 4.5:1: fine for borders, not for text.
    await page.fill('#primary-text', '#888888');
    await until(
      async () => /3\.5\d:1 — Warning: below 4\.5:1/.test(collapse(await box.innerText())),
      5_000,
      'no 4.5:1 warning',
    );
    await page.fill('#primary-text', 'not a colour');
    await until(() => page.locator('#primary-error').isVisible(), 5_000, 'no colour error');
    assert.equal(await page.locator('#primary-text').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test("each widget: the script snippet loads that element's own file, which the site serves as JavaScript", async () => {
  const {page, problems, close} = await open(`${site}/builder.html?lang=en`);
  try {
    for (const tag of TAGS) {
      await page.check(`input[name="widget"][value="${tag}"]`);
      const code = await page.locator('#script-snippet').textContent();
      const src = /<script type="module" src="([^"]+)"><\/script>/.exec(code)?.[1];
      assert.equal(src, `${site}/${tag}.js`, `${tag}: ${code}`);
      assert.match(code, new RegExp(`<${tag}[\\s>]`));
      const response = await fetch(src);
      assert.equal(response.status, 200, src);
      assert.match(response.headers.get('content-type'), /javascript/);
    }
    // The builder checks that the chosen file is there: no notice.
    assert.ok(await page.locator('#bundle-notice').isHidden());
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the widget language follows the interface language until one is chosen', async () => {
  for (const lang of ['en', 'zh-TW']) {
    const {page, problems, close} = await open(`${site}/builder.html?lang=${lang}`);
    try {
      assert.equal(await page.locator('#lang').inputValue(), lang);
      assert.match(await page.locator('#script-snippet').textContent(), new RegExp(`\n  lang="${lang}"\n`));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  }
  const {page, problems, close} = await open(`${site}/builder.html?lang=en`);
  try {
    await page.selectOption('#site-language', 'zh-TW');
    assert.equal(await page.locator('#lang').inputValue(), 'zh-TW', 'follows a switch of the interface');
    await page.selectOption('#lang', 'en');
    await page.selectOption('#site-language', 'en');
    await page.selectOption('#site-language', 'zh-TW');
    assert.equal(await page.locator('#lang').inputValue(), 'en', 'keeps the language the webmaster chose');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

// A phone (390 × 844): the preview and the code come before the settings, the preview within the
// first screen and the code to copy within one and a half (they used to sit under all five
// fieldsets, 2,650 and 3,050 px down).
test('narrow screen: the preview and the code come first, near the top', async () => {
  const height = 844;
  const {page, problems, close} = await open(`${site}/builder.html?lang=en`, {width: 390, height});
  try {
    await until(() => page.locator('#preview ogp-commitment-card .title').count(), 10_000, 'no preview');
    const top = (selector) =>
      page.locator(selector).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const preview = await top('#preview');
    const code = await top('#script-snippet');
    const settings = await top('#builder fieldset:first-of-type');
    assert.ok(preview < settings && code < settings, `preview ${preview}, code ${code}, first fieldset ${settings}`);
    assert.ok(preview < height, `the preview starts ${preview} px down`);
    assert.ok(code < height * 1.5, `the code starts ${code} px down`);
    // A way down to the settings, right after the preview.
    const link = page.locator('.preview-section a[href="#settings"]');
    assert.ok(await link.isVisible());
    await link.click();
    const settingsInView = await page.locator('#settings').evaluate((element) => element.getBoundingClientRect().top);
    assert.ok(Math.abs(settingsInView) < 5, `the settings heading is ${settingsInView} px from the top`);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

// ---------------------------------------------------------------------------------------------
// The pre-rendered widgets page and the builder's third snippet.

const PAGES = {'zh-TW': 'index.html', en: 'en.html'};
/** The widgets every widgets page holds, with the plan each one draws. */
const PAGE_WIDGETS = [
  'ogp-action-plan',
  'ogp-commitment-card',
  'ogp-progress-tracker',
  'ogp-policy-area-grid',
  'ogp-commitment-list',
];

test("dist/site/index.html and en.html: each widget pre-rendered (a declarative shadow root) in the page's language", () => {
  for (const [lang, file] of Object.entries(PAGES)) {
    const html = readFileSync(join(SITE, file), 'utf8');
    assert.match(html, new RegExp(`<html lang="${lang}"`), file);
    for (const tag of PAGE_WIDGETS) {
      assert.match(
        html,
        new RegExp(`<${tag}\\b[^>]*\\slang="${lang}"[^>]*><template shadowroot(mode)?="open"`),
        `${file}: <${tag}> is not pre-rendered in ${lang}`,
      );
    }
    // The dashboard draws Taiwan's plan title in its shadow root; its plan is inline, not fetched.
    const dashboard = /<ogp-action-plan\b[^>]*>([\s\S]*?)<\/ogp-action-plan>/.exec(html)[0];
    assert.ok(
      dashboard.includes(`<h3 class="title" part="title"><!--lit-part-->${TAIWAN.title[lang]}<!--/lit-part--></h3>`),
      `${file}: no plan title`,
    );
    assert.ok(!/<ogp-[a-z-]+[^>]*\ssrc=/.test(html), `${file}: a widget still loads its data`);
    // The page's own text too (the heading of the page).
    assert.match(
      html,
      lang === 'en'
        ? /<h1 data-i18n="title">Open government action plan widgets<\/h1>/
        : /<h1 data-i18n="title">開放政府行動方案元件<\/h1>/,
    );
  }
});

test('pre-rendered pages with JavaScript off: the plan, every commitment, a link to the other language', async () => {
  for (const [lang, file] of Object.entries(PAGES)) {
    const {page, problems, close} = await open(`${site}/${file}`, {javaScript: false, width: 320});
    try {
      const dashboard = page.locator('ogp-action-plan');
      assert.equal(collapse(await dashboard.locator('.title').first().innerText()), TAIWAN.title[lang]);
      for (const commitment of TAIWAN.commitments) {
        // In the dashboard's full cards, which stand in for its list where no script runs.
        const title = dashboard.getByText(commitment.title[lang], {exact: true}).filter({visible: true}).first();
        assert.ok(await title.isVisible(), `${file}: ${commitment.title[lang]} is not shown`);
      }
      // The switches need a script; a plain link to the other page replaces them.
      assert.ok(await page.locator('#site-language').isHidden());
      const other = page.locator('.site-lang a');
      assert.ok(await other.isVisible());
      assert.equal(await other.getAttribute('href'), lang === 'en' ? './' : 'en.html');
      // (With JavaScript off, Chromium refuses the page's module preloads, as a policy would.)
      assert.deepEqual(
        problems.filter((problem) => !/^request failed: \S+\.js csp$/.test(problem)),
        [],
      );
    } finally {
      await close();
    }
  }
});

test("pre-rendered pages with JavaScript: the widgets keep the server's nodes, warn of nothing, and work", async () => {
  for (const [lang, file] of Object.entries(PAGES)) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    // The page's script waits until the test has noted each widget's root node, as the server drew it.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${site}/${file}`, {waitUntil: 'commit'});
      await page.waitForSelector('footer.site-footer', {state: 'attached'});
      const count = await page.evaluate(() => {
        window.serverRoots = [...document.querySelectorAll('main *')]
          .filter((el) => el.localName.startsWith('ogp-'))
          .map((el) => el.shadowRoot?.querySelector('.root'));
        return window.serverRoots.filter(Boolean).length;
      });
      assert.equal(count, PAGE_WIDGETS.length + 2, `${file}: every widget has its server-drawn root`);
      release();
      await until(
        () =>
          page.evaluate(() =>
            [...document.querySelectorAll('main *')]
              .filter((el) => el.localName.startsWith('ogp-'))
              .every((el) => el.hasUpdated),
          ),
        15_000,
        'widgets not hydrated',
      );
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      // Taken over, not drawn again: the same root node, and only that one.
      const kept = await page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.localName.startsWith('ogp-'))
          .map(
            (el, i) =>
              `${el.localName}: ${[...el.shadowRoot.children].filter((child) => child.matches('.root')).length} root(s), ${el.shadowRoot.querySelector('.root') === window.serverRoots[i] ? 'kept' : 'replaced'}`,
          ),
      );
      for (const line of kept) assert.match(line, /: 1 root\(s\), kept$/, `${file}: ${line}`);
      // Interactive: a commitment of the dashboard's list opens its card.
      const first = TAIWAN.commitments[0].title[lang];
      await page.locator('ogp-action-plan ogp-commitment-list').getByRole('button', {name: first}).first().click();
      await until(
        () => page.locator('ogp-action-plan dialog[open] ogp-commitment-card').count(),
        5_000,
        'no card opened',
      );
      assert.deepEqual(problems, [], file);
    } finally {
      await context.close();
    }
  }
});

test('the language switch: index.html?lang=en opens en.html; switching back opens index.html', async () => {
  const {page, problems, close} = await open(`${site}/index.html?lang=en&theme=dark`);
  try {
    await page.waitForURL(/\/en\.html\?lang=en&theme=dark$/);
    await until(() => page.evaluate(() => document.documentElement.lang === 'en'), 5_000, 'not English');
    assert.equal(
      await page.locator('.site-nav a[data-page="widgets"]').getAttribute('href'),
      `${site}/en.html?lang=en&theme=dark`,
    );
    await page.selectOption('#site-language', 'zh-TW');
    await page.waitForURL(/\/\?lang=zh-TW&theme=dark$/);
    await until(() => page.evaluate(() => document.documentElement.lang === 'zh-TW'), 5_000, 'not Chinese');
    assert.equal(collapse(await page.locator('ogp-action-plan .title').first().innerText()), TAIWAN.title['zh-TW']);
    // (Leaving a page cancels what it was still loading.)
    assert.deepEqual(
      problems.filter((problem) => !/^request failed: .* net::ERR_ABORTED$/.test(problem)),
      [],
    );
  } finally {
    await close();
  }
});

test('builder → HTML snippet → a blank page on another origin: drawn before and without its script, then taken over', async () => {
  const builder = await configureCard();
  let snippet;
  let command;
  try {
    const notice = builder.page.locator('#html-unavailable');
    await until(
      async () => (await builder.page.locator('#html-snippet').textContent()).includes('<template'),
      10_000,
      'no HTML snippet',
    );
    assert.ok(await notice.isHidden());
    snippet = await copySnippet(builder.page, 'html-snippet');
    command = await copySnippet(builder.page, 'html-command');
    // Other choices: no ready-made HTML, and the reason; the command follows them.
    await builder.page.selectOption('#heading-level', '3');
    await until(() => notice.isVisible(), 5_000, 'no notice for heading level 3');
    assert.match(await notice.innerText(), /heading level h2/);
    assert.ok(await builder.page.locator('button.copy[data-target="html-snippet"]').isDisabled());
    assert.match(await builder.page.locator('#html-command').textContent(), / --heading-level 3 /);
    assert.deepEqual(builder.problems, []);
  } finally {
    await builder.close();
  }
  assert.ok(
    snippet.startsWith(`<script type="module" src="${site}/ogp-commitment-card.js"></script>\n\n`),
    snippet.slice(0, 200),
  );
  assert.match(
    snippet,
    /<ogp-commitment-card\s+commitment="4" lang="en" style="--ogp-color-primary: light-dark\(#7a1f5c, #[0-9a-f]{6}\)" rendered-on="\d{4}-\d{2}-\d{2}" rendered-by="ogp-widgets@0\.1\.0"><template shadowroot(mode)?="open"/,
  );
  assert.equal(
    command,
    `npx ogp-widgets render card --data ${site}/data/taiwan/action-plan.json --commitment 4 --lang en --attr 'style=--ogp-color-primary: light-dark(#7a1f5c, ${/light-dark\(#7a1f5c, (#[0-9a-f]{6})\)/.exec(snippet)[1]})' > card.html`,
  );

  pasted.set('/html.html', snippet);
  // Without JavaScript: the card is there, in English, in the chosen colour.
  let opened = await open(`${blank}/html.html`, {javaScript: false});
  try {
    const card = opened.page.locator('ogp-commitment-card');
    assert.equal(collapse(await card.locator('.title').innerText()), COMMITMENT_4.en);
    assert.equal(await card.evaluate(primaryColour), CHOSEN_RGB);
    assert.deepEqual(opened.problems, []);
  } finally {
    await opened.close();
  }
  // With it: the same, taken over (not drawn a second time) with no warning.
  opened = await open(`${blank}/html.html`, {warnings: true});
  try {
    await until(
      () => opened.page.locator('ogp-commitment-card').evaluate((el) => el.hasUpdated),
      10_000,
      'not hydrated',
    );
    assert.equal(
      await opened.page
        .locator('ogp-commitment-card')
        .evaluate((el) => [...el.shadowRoot.children].filter((child) => child.matches('.root')).length),
      1,
    );
    await expectChosenCard(opened.page.locator('ogp-commitment-card'), opened.problems, 'the pasted HTML');
    assert.deepEqual(opened.problems, []);
  } finally {
    await opened.close();
  }
});

test('builder: the HTML snippet for pasted JSON is the command, with a note to save the data', async () => {
  const {page, problems, close} = await open(`${site}/builder.html?lang=zh-TW`);
  try {
    await page.check('input[name="source"][value="json"]');
    await page.locator('#data-json').fill(JSON.stringify(TAIWAN));
    await until(() => page.locator('#html-unavailable').isVisible(), 5_000, 'no notice');
    assert.match(await page.locator('#html-unavailable').innerText(), /隨附資料/);
    assert.ok(await page.locator('#html-command-json').isVisible());
    assert.match(
      await page.locator('#html-command').textContent(),
      /^npx ogp-widgets render card --data plan\.json --commitment 1 --lang zh-TW > card\.html$/,
    );
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

// The widgets page has two views (the whole plan; each widget on its own), the builder one.
// (The widgets page in English is en.html.)
for (const path of ['index.html?', 'index.html?view=widgets&', 'builder.html?', 'builder.html?theme=dark&']) {
  for (const lang of ['zh-TW', 'en']) {
    test(`axe-core: ${path}lang=${lang}, zero violations (widgets' shadow roots included)`, async () => {
      const address = lang === 'en' ? path.replace('index.html', 'en.html') : path;
      // Tall, so the lists' `content-visibility: auto` items are rendered for the contrast rules.
      const {page, problems, close} = await open(`${site}/${address}lang=${lang}`, {height: 4000});
      try {
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        if (address.startsWith('index') || address.startsWith('en')) {
          // Every widget is on the page, live on the Taiwan data.
          const tags = await page.evaluate(() =>
            [...new Set([...document.querySelectorAll('main *')].map((el) => el.localName))]
              .filter((t) => t.startsWith('ogp-'))
              .sort(),
          );
          assert.deepEqual(tags, [
            'ogp-action-plan',
            'ogp-commitment-card',
            'ogp-commitment-list',
            'ogp-policy-area-grid',
            'ogp-progress-tracker',
          ]);
        }
        // Every widget on the page has rendered its data (no skeletons left).
        await until(
          () =>
            page.evaluate(() => {
              const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ogp-'));
              return (
                widgets.length > 0 &&
                widgets.every(
                  (el) => el.shadowRoot && !el.shadowRoot.querySelector('[part~="skeleton"], [aria-busy="true"]'),
                )
              );
            }),
          15_000,
          'widgets still loading',
        );
        await page.addScriptTag({content: axeSource});
        const violations = await page.evaluate(() =>
          window.axe.run(document, {resultTypes: ['violations']}).then((r) => r.violations),
        );
        const report = violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} [${v.nodes.length}×: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.flat().join(' > '))
              .join(' | ')}]`,
        );
        assert.deepEqual(report, []);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  }
}
