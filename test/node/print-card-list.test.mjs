// The card and the list where no script runs, and on paper (issue 18, items 5 and 7), from the
// built dist/: the renderer's HTML (dist/ssr.js) on a plain page served by another origin, and the
// CDN file (dist/ogp-widgets.js). Needs `npm run build`.
//
// Without JavaScript (Chromium with JavaScript off, a page that loads no script): every commitment
// of a paged list, long texts and earlier progress reports in full, links that work, and no control
// that needs a script (hidden by CSS: they stay in the DOM, which hydration keeps).
// On paper (Chromium's PDF output, read with pdfjs-dist): pre-rendered widgets after hydration and
// client-only ones print every commitment, every report and long text, link addresses written out,
// and no button or filter, in English and in Chinese.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, send, serveRepository} from './support/static-server.mjs';
import {PLANS, page, prerender} from './support/prerendered.mjs';

const TODAY = '2026-12-03';
const LANGS = ['en', 'zh-TW'];

let browser;
let server;
/** The pages of the tests, by path. */
const pages = new Map();
const repository = serveRepository();

before(async () => {
  for (const file of ['dist/ssr.js', 'dist/ogp-widgets.js']) {
    assert.ok(existsSync(join(root, file)), `${file} is missing: run \`npm run build\` first`);
  }
  server = await listen(async (url, response, request) => {
    if (pages.has(url.pathname)) return send(response, 200, 'text/html; charset=utf-8', pages.get(url.pathname));
    return repository(url, response, request);
  });
  browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Serves `html` at a new path; resolves to its address. */
function serve(html) {
  const path = `/page/${pages.size}`;
  pages.set(path, html);
  return `${server.origin}${path}`;
}

/** Text of a data field in a language (`Text` is a string or a map of languages). */
const inLang = (text, lang) => (typeof text === 'string' ? text : (text?.[lang] ?? text?.en ?? ''));
/**
 * Text to compare: every whitespace run removed (lines of a PDF or a narrow column break
 * anywhere), in NFKC form (a PDF's text may give a Han character as its Kangxi radical, 用 as ⽤).
 */
const squeeze = (text) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * Whether `text` holds `words`, whitespace aside. Chromium's PDF names some Han characters by a
 * CJK radical that NFKC does not map back (民 as ⺠, U+2EA0): there, a Han character of `words`
 * also matches any character of the CJK Radicals Supplement.
 */
function holds(text, words) {
  const pattern = [...squeeze(words)]
    .map((ch) => (/\p{Script=Han}/u.test(ch) ? `[${ch}\u2E80-\u2EFF]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(pattern, 'u').test(squeeze(text));
}

const commitment = (plan, id) => PLANS[plan].commitments.find((c) => c.id === id);
/** Card 1-2's reports: the latest is shown at once, the two earlier ones wait behind "Show 2 earlier reports". */
const earlierReports = (lang) =>
  commitment('illustrative', '1-2')
    .updates.filter((update) => update.date < '2026-07-01')
    .map((update) => inLang(update.progress, lang));

/** The words of controls that need a script, which neither a no-JS reader nor paper may see. */
const CONTROL_WORDS = {
  en: ['Show', 'Hide', 'Filters', 'Download', 'Search', 'Sort by', 'Clear filters'],
  'zh-TW': ['顯示', '隱藏', '收合', '篩選', '下載', '搜尋', '排序'],
};

/** How the list's cards name a commitment and its policy areas. */
const TERMS = {
  en: {number: 'Commitment', area: 'Policy area', areas: 'Policy areas'},
  'zh-TW': {number: '承諾事項', area: '政策領域', areas: '政策領域'},
};

// -------------------------------------------------------------------------------------------------
// Without JavaScript

/** Widgets a no-JS page shows: Taiwan's 12 in a list of page size 5, card 1-2, card 1-1 (long texts). */
async function noScriptPage(lang) {
  const attributes = {lang, today: TODAY};
  const rendered = await Promise.all([
    prerender('ogp-commitment-list', {plan: 'taiwan', attributes: {...attributes, 'page-size': 5}}),
    prerender('ogp-commitment-list', {plan: 'illustrative', attributes: {...attributes, 'page-size': 2, layout: 'rows'}}),
    prerender('ogp-commitment-card', {plan: 'illustrative', attributes: {...attributes, commitment: '1-2'}}),
    prerender('ogp-commitment-card', {plan: 'illustrative', attributes: {...attributes, commitment: '1-1', theme: 'dark'}}),
  ]);
  return serve(page({lang, script: null, body: rendered.map((widget) => widget.html).join('\n')}));
}

/**
 * What a reader sees in each widget: its visible text (`innerText`, which leaves out what CSS
 * hides), and each control that needs a script with its computed `display`.
 */
function seen() {
  const controls = [
    '[part~="filters"]',
    '[part~="filters-toggle"]',
    '[part~="download"]',
    '[part~="more-button"]',
    '[part~="toggle"]',
    '[part~="clear-button"]',
  ];
  return [...document.querySelectorAll('ogp-commitment-list, ogp-commitment-card')].map((widget) => {
    const shadow = widget.shadowRoot;
    if (!shadow) return {tag: widget.localName, text: '', controls: [], hidden: 0};
    const found = shadow.querySelectorAll(controls.join(','));
    return {
      tag: widget.localName,
      text: shadow.querySelector('.root').innerText,
      controls: [...found].map((element) => ({
        part: element.getAttribute('part'),
        display: getComputedStyle(element).display,
        visible: element.checkVisibility(),
      })),
      // Earlier reports and long texts stay `hidden` and `collapsed` in the DOM: shown by CSS.
      hiddenReports: shadow.querySelectorAll('.reports.earlier[hidden]').length,
      collapsed: [...shadow.querySelectorAll('.text.collapsed')].map((p) => p.scrollHeight - p.clientHeight),
      links: [...shadow.querySelectorAll('a[href]')].map((a) => a.href),
    };
  });
}

for (const lang of LANGS) {
  for (const width of [320, 1000]) {
    test(`without JavaScript (${lang}, ${width} px): every commitment, every report and text in full, no control that needs a script`, async () => {
      const url = await noScriptPage(lang);
      const context = await browser.newContext({viewport: {width, height: 800}, javaScriptEnabled: false});
      try {
        const tab = await context.newPage();
        await tab.goto(url);
        // The page runs no script; Playwright's evaluate still works (it is not the page's).
        const scripting = await tab.evaluate(() => matchMedia('(scripting: none)').matches);
        assert.ok(scripting, 'the page is read with scripting off');
        const [taiwan, illustrative, card12, card11] = await tab.evaluate(seen);

        // The list: all 12 of Taiwan's commitments, though its page size is 5; its count stays.
        for (const c of PLANS.taiwan.commitments) {
          assert.ok(holds(taiwan.text, inLang(c.title, lang)), `Taiwan ${c.id} is shown:\n${taiwan.text}`);
        }
        assert.match(squeeze(taiwan.text), lang === 'en' ? /12commitments/ : /共12項承諾事項/);
        for (const c of PLANS.illustrative.commitments) {
          assert.ok(holds(illustrative.text, inLang(c.title, lang)), `illustrative ${c.id} is shown`);
        }

        // Card 1-2: the earlier progress reports, in the DOM as the screen has them (hidden), shown.
        assert.equal(card12.hiddenReports, 1, 'the earlier reports keep their `hidden` attribute');
        for (const progress of earlierReports(lang)) {
          assert.ok(holds(card12.text, progress), `earlier report "${progress}" is shown:\n${card12.text}`);
        }
        // Card 1-1: its long problem text, collapsed on a screen with scripts, in full.
        assert.ok(card11.collapsed.length >= 1, 'the long text is marked collapsed');
        assert.deepEqual(card11.collapsed.filter((overflow) => overflow > 0), [], 'no collapsed text is cut off');
        const problem = inLang(commitment('illustrative', '1-1').problem, lang);
        assert.ok(holds(card11.text, problem), 'the long problem text is shown in full');

        // Links work: plain links to the data's addresses.
        assert.ok(card12.links.includes('https://example.org/illustrative/participatory-budgeting'), card12.links.join(' '));

        // Controls that need a script are in the DOM, hidden by CSS.
        for (const widget of [taiwan, illustrative, card12, card11]) {
          for (const control of widget.controls) {
            assert.equal(control.display, 'none', `${widget.tag}: ${control.part} is hidden (display: none)`);
            assert.equal(control.visible, false);
          }
          for (const word of CONTROL_WORDS[lang]) {
            assert.ok(!holds(widget.text, word), `${widget.tag} shows no "${word}":\n${widget.text}`);
          }
        }
        const parts = (widget) => widget.controls.map((control) => control.part);
        for (const part of ['filters', 'filters-toggle', 'download', 'more-button']) {
          assert.ok(parts(taiwan).includes(part), `the list's ${part} is in the DOM (hydration keeps it)`);
        }
        assert.ok(parts(card12).includes('toggle') && parts(card11).includes('toggle'), "the cards' toggles are in the DOM");

        await tab.screenshot({path: join(root, `test-results/print-card-list-nojs-${lang}-${width}.png`), fullPage: true});
      } finally {
        await context.close();
      }
    });
  }
}

// -------------------------------------------------------------------------------------------------
// Print

/**
 * A page with the CDN script: Taiwan's list (page size 5) and card 1-2 pre-rendered, and, drawn by
 * the script alone, the illustrative list (page size 2, rows) and card 1-1 (long texts), dark.
 */
async function printPage(lang) {
  const attributes = {lang, today: TODAY};
  const rendered = await Promise.all([
    prerender('ogp-commitment-list', {plan: 'taiwan', attributes: {...attributes, 'page-size': 5}}),
    prerender('ogp-commitment-card', {plan: 'illustrative', attributes: {...attributes, commitment: '1-2'}}),
  ]);
  const inline = (json) => `<script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script>`;
  const clientOnly = [
    `<ogp-commitment-list lang="${lang}" today="${TODAY}" page-size="2" layout="rows" sync-url>${inline(PLANS.illustrative)}</ogp-commitment-list>`,
    `<ogp-commitment-card lang="${lang}" today="${TODAY}" commitment="1-1" theme="dark">${inline(PLANS.illustrative)}</ogp-commitment-card>`,
  ];
  const head = `<script>
    window.consoleProblems = [];
    addEventListener('error', (event) => window.consoleProblems.push(String(event.message)));
  </script>`;
  return serve(page({lang, head, body: [...rendered.map((widget) => widget.html), ...clientOnly].join('\n')}));
}

/** Resolves once every widget on the page is defined, rendered, hydrated and settled. */
async function settle(tab) {
  await tab.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('ogp-commitment-list, ogp-commitment-card')];
      return widgets.every(
        (widget) =>
          customElements.get(widget.localName) &&
          widget.hasUpdated &&
          !widget.isUpdatePending &&
          widget.shadowRoot?.querySelector('[part="card"], [part="items"], [part="table"]'),
      );
    },
    null,
    {timeout: 20_000},
  );
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200)))));
}

/** The text of a PDF, page by page. */
async function pdfText(bytes) {
  const doc = await getDocument({data: new Uint8Array(bytes), useSystemFonts: true}).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    pages.push((await (await doc.getPage(i)).getTextContent()).items.map((item) => item.str).join(' '));
  }
  await doc.destroy();
  return pages;
}

for (const lang of LANGS) {
  test(`printed (${lang}): every commitment, every report and long text, link addresses, no control`, async () => {
    const url = await printPage(lang);
    const context = await browser.newContext({viewport: {width: 1000, height: 800}});
    const messages = [];
    try {
      const tab = await context.newPage();
      tab.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
      });
      await tab.goto(url);
      await settle(tab);
      // On screen after hydration, the pre-rendered list shows one page of 5 and pages the rest away.
      const onScreen = await tab.evaluate(() => {
        const list = document.querySelector('ogp-commitment-list');
        return {
          items: list.shadowRoot.querySelectorAll('[part~="item"]').length,
          visible: [...list.shadowRoot.querySelectorAll('[part~="item"]')].filter((item) => item.checkVisibility()).length,
        };
      });
      assert.deepEqual(onScreen, {items: 5, visible: 5}, 'after hydration the list shows its first page');

      const pdf = await tab.pdf({format: 'A4', margin: {top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm'}});
      const pages = await pdfText(pdf);
      const text = pages.join('\n').normalize('NFKC');
      const flat = squeeze(text);
      console.log(`PDF ${lang}: ${pages.length} pages, ${text.length} characters`);

      for (const c of [...PLANS.taiwan.commitments, ...PLANS.illustrative.commitments]) {
        assert.ok(holds(text, inLang(c.title, lang)), `"${inLang(c.title, lang)}" is printed`);
      }
      for (const progress of earlierReports(lang)) {
        assert.ok(holds(text, progress), `card 1-2's earlier report "${progress}" is printed`);
      }
      const problem = inLang(commitment('illustrative', '1-1').problem, lang);
      assert.ok(holds(text, problem), "card 1-1's long problem text is printed in full");
      // Each of the list's cards on one page, its number, title and policy areas together, on A4
      // and on A5 paper (one column, where a card would fall across a page break without the rule).
      const a5 = await pdfText(await tab.pdf({format: 'A5', margin: {top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm'}}));
      const areas = new Map(PLANS.taiwan.policyAreas.map((area) => [area.id, inLang(area.title, lang)]));
      for (const c of PLANS.taiwan.commitments) {
        const term = c.policyAreas.length === 1 ? TERMS[lang].area : TERMS[lang].areas;
        const whole = `${TERMS[lang].number} ${c.number}${inLang(c.title, lang)}${term}${c.policyAreas.map((id) => areas.get(id)).join('')}`;
        for (const [paper, printed] of [['A4', pages], ['A5', a5]]) {
          assert.ok(printed.some((onePage) => holds(onePage, whole)), `Taiwan ${c.id} is printed whole on one ${paper} page`);
        }
      }
      assert.ok(flat.includes('(https://example.org/illustrative/participatory-budgeting)'), 'a link address is written out');
      assert.ok(!/opens in a new tab|在新分頁開啟/.test(text), 'no "(opens in a new tab)" on paper');
      for (const word of CONTROL_WORDS[lang]) {
        assert.ok(!holds(text, word), `no "${word}" on paper:\n${text}`);
      }

      // After printing, the screen is as it was: one page of the list.
      const after = await tab.evaluate(() => document.querySelector('ogp-commitment-list').shadowRoot.querySelectorAll('[part~="item"]').length);
      assert.equal(after, 5);
      assert.deepEqual(messages, [], 'no error or warning in the console');
      assert.deepEqual(await tab.evaluate(() => window.consoleProblems), []);
    } finally {
      await context.close();
    }
  });
}

test('printed: no commitment card of the list is split across pages, and the page is light with theme="dark"', async () => {
  const url = await printPage('en');
  const context = await browser.newContext({viewport: {width: 1000, height: 800}});
  try {
    const tab = await context.newPage();
    await tab.goto(url);
    await settle(tab);
    await tab.emulateMedia({media: 'print'});
    const styles = await tab.evaluate(() => {
      const card = document.querySelector('ogp-commitment-card[theme="dark"]').shadowRoot;
      const list = document.querySelector('ogp-commitment-list').shadowRoot;
      return {
        cardBackground: getComputedStyle(card.querySelector('[part="card"]')).backgroundColor,
        cardText: getComputedStyle(card.querySelector('[part="title"]')).color,
        itemBreak: getComputedStyle(list.querySelector('[part~="item"]')).breakInside,
        rowBreak: getComputedStyle(document.querySelectorAll('ogp-commitment-list')[1].shadowRoot.querySelector('[part~="row"]')).breakInside,
        cardBreak: getComputedStyle(card.querySelector('[part="card"]')).breakInside,
        barAdjust: getComputedStyle(card.querySelector('.milestone-bar')).printColorAdjust,
      };
    });
    assert.equal(styles.cardBackground, 'rgb(255, 255, 255)', 'a dark card prints light');
    assert.equal(styles.cardText, 'rgb(31, 41, 51)');
    assert.equal(styles.itemBreak, 'avoid-page');
    assert.equal(styles.rowBreak, 'avoid-page');
    assert.equal(styles.cardBreak, 'avoid-page');
    assert.equal(styles.barAdjust, 'exact', 'the milestone bar keeps its fill in print');
  } finally {
    await context.close();
  }
});

// -------------------------------------------------------------------------------------------------
// Hydration of the list

test('a pre-rendered list with sync-url hydrates with the server state, then takes the address state (#status=…)', async () => {
  const {html} = await prerender('ogp-commitment-list', {
    plan: 'illustrative',
    attributes: {lang: 'en', today: TODAY, 'page-size': 3, 'sync-url': true},
  });
  const head = `<script>
    window.problems = [];
    addEventListener('error', (event) => window.problems.push(String(event.message)));
    addEventListener('unhandledrejection', (event) => window.problems.push(String(event.reason)));
  </script>`;
  const url = serve(page({lang: 'en', head, body: html}));
  const context = await browser.newContext({viewport: {width: 1000, height: 800}});
  const messages = [];
  try {
    const tab = await context.newPage();
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    await tab.goto(`${url}#status=complete`);
    await settle(tab);
    await tab.waitForFunction(() => !document.querySelector('ogp-commitment-list').isUpdatePending);
    const state = await tab.evaluate(() => {
      const list = document.querySelector('ogp-commitment-list');
      return {
        count: list.shadowRoot.querySelector('[part~="count"]').textContent.trim(),
        items: [...list.shadowRoot.querySelectorAll('[part~="item"]')].map((item) => item.dataset.commitment),
        filters: list.filters.status,
        hash: location.hash,
      };
    });
    const complete = PLANS.illustrative.commitments.filter((c) => c.status === 'complete').map((c) => c.id);
    assert.equal(state.filters, 'complete');
    assert.deepEqual(state.items, complete.slice(0, 3));
    assert.match(state.count, new RegExp(`Showing ${complete.length} of ${PLANS.illustrative.commitments.length} commitments`));
    assert.equal(state.hash, '#status=complete', 'the address is left as it was');
    assert.deepEqual(messages, [], 'hydration reports no error or warning');
    assert.deepEqual(await tab.evaluate(() => window.problems), []);
  } finally {
    await context.close();
  }
});
