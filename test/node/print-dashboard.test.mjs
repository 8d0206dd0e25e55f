// The dashboard, the tracker and the grid without JavaScript and on paper, on the built files
// (dist/; needs `npm run build`), in real Chromium.
//
// Without JavaScript: server-rendered HTML (dist/ssr.js) on a plain page that loads no script, in a
// browser with JavaScript off. The dashboard shows every commitment's full card (its list, whose
// titles open a dialog only a script can, is hidden), the tracker and the grid their usual
// content, and nothing that looks like a control: no filter, button, checkbox or sort mark.
//
// On paper: Chromium's PDF of a server-rendered dashboard that the CDN script has taken over
// (hydrated), and of a dashboard drawn by the script alone. Its text (pdfjs-dist) reads as a
// report: the plan's title, the progress, the policy areas, then every commitment's title in the
// plan's order; no "Filters", "Download data" or "Close"; the source's address written out.
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

/** What the report's text must and must not hold, in each language. */
const WORDS = {
  en: {
    progress: 'Progress',
    areas: 'Policy areas',
    count: (n) => `${n} commitments`,
    controls: ['Filters', 'Download data', 'Close', 'Show more', 'Sort by'],
  },
  'zh-TW': {
    progress: '進度',
    areas: '政策領域',
    count: (n) => `${n} 項承諾事項`,
    controls: ['篩選條件', '下載資料', '關閉', '顯示更多', '排序方式'],
  },
};

/** Data text in a language: the plan's `{en, zh-TW}` objects, or a plain string. */
const inLang = (text, lang) =>
  typeof text === 'string' ? text : (text?.[lang] ?? text?.en ?? Object.values(text ?? {})[0]);

let browser;
let server;
/** The pages of the tests, by number: /page/N. */
const pages = [];
/** A promise and its resolve function. */
function deferred() {
  let resolve;
  const promise = new Promise((done) => (resolve = done));
  return {promise, resolve};
}
/** Resolved when a page says it has painted (see /slow/). */
let painted = deferred();

before(async () => {
  for (const file of ['dist/ssr.js', 'dist/ogp-widgets.js']) {
    assert.ok(existsSync(join(root, file)), `${file} is missing: run \`npm run build\` first`);
  }
  const repository = serveRepository();
  server = await listen(async (url, response, request) => {
    if (url.pathname.startsWith('/page/'))
      return send(response, 200, 'text/html; charset=utf-8', pages[Number(url.pathname.slice(6))]);
    // /slow/…: the repository's file once the page has painted (it asks for /painted then).
    if (url.pathname === '/painted') {
      painted.resolve();
      return send(response, 204, 'text/plain', '');
    }
    if (url.pathname.startsWith('/slow/')) {
      await painted.promise;
      return repository(new URL(url.pathname.slice(5), url), response, request);
    }
    return repository(url, response, request);
  });
  browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Serves a page; resolves to its address. */
function host(html) {
  pages.push(html);
  return `${server.origin}/page/${pages.length - 1}`;
}

/** A tab on `html`; `messages` collects the console's errors and warnings and the page's errors. */
async function open(html, {javaScriptEnabled = true, width = 1000, height = 900} = {}) {
  const context = await browser.newContext({viewport: {width, height}, javaScriptEnabled});
  const tab = await context.newPage();
  const messages = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  await tab.goto(host(html));
  return {tab, messages, close: () => context.close()};
}

/** The text of a PDF, page after page, in the order Chromium wrote it: all of it, and each page's. */
async function pdfText(bytes) {
  const doc = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false}).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    pages.push(comparable((await (await doc.getPage(i)).getTextContent()).items.map((item) => item.str).join('')));
  }
  return {text: pages.join(''), pages};
}

/**
 * Text as compared here: compatibility forms folded (PDF text has "ﬁ" ligatures and CJK radicals
 * such as ⾏ for 行), and no white space (lines wrap anywhere, and pdfjs joins pieces unevenly).
 */
const comparable = (text) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * Where `needle` is in `text` from `from` on, or -1. A few Han characters come out of the PDF as
 * the CJK radical of the same shape, which has no compatibility mapping (⺠ for 民): any
 * character of the CJK Radicals Supplement matches a Han character.
 */
function find(text, needle, from) {
  const pattern = [...comparable(needle)]
    .map((char) =>
      /\p{Script=Han}/u.test(char) ? `[${char}\u2E80-\u2EFF]` : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const match = new RegExp(pattern, 'gu');
  match.lastIndex = from;
  const found = match.exec(text);
  return found ? {at: found.index, end: found.index + found[0].length} : {at: -1, end: -1};
}

/**
 * Asserts that each of `needles` is in `text`, each after the one before; returns their positions.
 */
function assertInOrder(text, needles) {
  let from = 0;
  const positions = [];
  for (const needle of needles) {
    const {at, end} = find(text, needle, from);
    assert.ok(at >= 0, `"${needle}" is not in the text after position ${from}: …${text.slice(from, from + 300)}…`);
    positions.push(at);
    from = end;
  }
  return positions;
}

/** Checks a dashboard PDF's text: a report in the order header, progress, areas, commitments. */
function assertReport(text, planName, lang) {
  const plan = PLANS[planName];
  const words = WORDS[lang];
  assertInOrder(text, [
    inLang(plan.title, lang),
    words.progress,
    words.areas,
    inLang(plan.policyAreas[0].title, lang),
    ...plan.commitments.map((c) => inLang(c.title, lang)),
  ]);
  // The list is not printed (the cards say all it says): the commitments are counted once, by the tracker.
  const count = comparable(words.count(plan.commitments.length));
  assert.equal(text.split(count).length - 1, 1, `"${count}" is not in the text once`);
  for (const control of words.controls) assert.equal(find(text, control, 0).at, -1, `the PDF says "${control}"`);
  if (plan.source?.url) assertInOrder(text, [inLang(plan.source.title, lang), plan.source.url]);
}

/**
 * Every element of the page, shadow roots included, that is visible and matches `selector` (in
 * its own tree); with `within`, only those in the shadow tree of an element of that tag; `skip`
 * leaves out the shadow trees of elements of that tag.
 */
const visible = (tab, selector, {within = '', skip = ''} = {}) =>
  tab.evaluate(
    ({selector, within, skip}) => {
      const found = [];
      const visit = (root, inside) => {
        for (const element of root.querySelectorAll('*')) {
          if (inside && element.matches(selector) && element.checkVisibility({visibilityProperty: true}))
            found.push(element);
          if (element.shadowRoot && element.localName !== skip)
            visit(element.shadowRoot, inside || element.localName === within);
        }
      };
      visit(document, !within);
      return found.map((element) => ({
        tag: element.localName,
        className: typeof element.className === 'string' ? element.className : '',
        text: element.textContent.replace(/\s+/g, ' ').trim().slice(0, 80),
        border: getComputedStyle(element).borderInlineStartStyle,
      }));
    },
    {selector, within, skip},
  );

/** What looks like a control: form fields, buttons drawn as buttons, checkboxes of selectable items, sort marks, disclosures, toggles. */
const CONTROLS =
  'input, select, textarea, summary, dialog, .button, .link-button, .cue, .sort-mark, [part~="toggle"], [part~="more-button"]';

// -------------------------------------------------------------------------------------------------
// Without JavaScript

for (const planName of ['taiwan', 'illustrative']) {
  for (const lang of LANGS) {
    test(`without JavaScript, the dashboard of the ${planName} plan (${lang}) shows every commitment's card and no control`, async () => {
      const plan = PLANS[planName];
      const {html} = await prerender('ogp-action-plan', {plan: planName, attributes: {lang, today: TODAY}});
      const {tab, close} = await open(page({body: html, lang, script: null}), {javaScriptEnabled: false});
      try {
        assert.equal(await tab.evaluate(() => matchMedia('(scripting: none)').matches), true, 'scripting is off');
        // Every commitment's full card, in the plan's order, titled at the right level (the plan
        // title is an h2, the sections h3, the commitments h4).
        const cards = await tab.evaluate(() =>
          [
            ...document
              .querySelector('ogp-action-plan')
              .shadowRoot.querySelectorAll('[part="cards"] > ogp-commitment-card'),
          ].map((card) => {
            const title = card.shadowRoot.querySelector('[part="title"]');
            return {
              id: card.getAttribute('commitment'),
              shown: card.checkVisibility() && title.checkVisibility(),
              title: title.textContent.trim(),
              level: title.localName,
              full: !card.hasAttribute('compact'),
            };
          }),
        );
        assert.deepEqual(
          cards,
          plan.commitments.map((c) => ({id: c.id, shown: true, title: inLang(c.title, lang), level: 'h4', full: true})),
        );
        const cardsHeading = await visible(tab, '[part="cards"] > h3');
        assert.equal(cardsHeading.length, 1, 'the cards have their section heading');
        // The list repeats the cards and its titles open a dialog: hidden.
        assert.deepEqual(await visible(tab, 'ogp-commitment-list, dialog'), []);
        // The tracker and the grid show their content.
        assert.ok(
          (await visible(tab, '[part="heading"]', {within: 'ogp-progress-tracker'})).length === 1,
          'the tracker heading shows',
        );
        const tiles = await visible(tab, '[part~="tile"]', {within: 'ogp-policy-area-grid'});
        assert.deepEqual(tiles.map((tile) => tile.text.includes(inLang(plan.policyAreas[0].title, lang))).slice(0, 1), [
          true,
        ]);
        assert.equal(tiles.length, plan.policyAreas.length, 'every policy area has its tile');
        // Nothing that looks like a control, outside the cards (see the test after this one).
        assert.deepEqual(await visible(tab, CONTROLS, {skip: 'ogp-commitment-card'}), []);
        // The tracker's legend and the agency table's heads are still <button>s (the DOM the
        // script hydrates), but read as text: no border around them.
        for (const button of await visible(tab, 'button', {within: 'ogp-progress-tracker'})) {
          assert.equal(button.border, 'none', `${button.className} "${button.text}" looks like a button`);
        }
        if (planName === 'illustrative') {
          const legend = await visible(tab, '[part="legend"] .label', {within: 'ogp-progress-tracker'});
          assert.ok(legend.length >= 5, 'the legend shows its statuses');
          assert.ok(
            (await visible(tab, '[part="agencies"] th[data-column]', {within: 'ogp-progress-tracker'})).length > 0,
            'the agency table shows its heads',
          );
        }
      } finally {
        await close();
      }
    });
  }
}

// The card's own controls ("Show more", "Show 2 earlier reports"), inside the dashboard's cards.
test('without JavaScript, the cards in the dashboard show no control either', async () => {
  const {html} = await prerender('ogp-action-plan', {plan: 'illustrative', attributes: {lang: 'en', today: TODAY}});
  const {tab, close} = await open(page({body: html, script: null}), {javaScriptEnabled: false});
  try {
    assert.ok((await visible(tab, '[part="card"]', {within: 'ogp-commitment-card'})).length > 0, 'the cards show');
    assert.deepEqual(await visible(tab, CONTROLS, {within: 'ogp-commitment-card'}), []);
  } finally {
    await close();
  }
});

test('without JavaScript at 320 px, the agency table stacks with labelled cells and no row of sort buttons', async () => {
  const {html} = await prerender('ogp-action-plan', {plan: 'illustrative', attributes: {lang: 'en', today: TODAY}});
  const {tab, close} = await open(page({body: html, script: null}), {javaScriptEnabled: false, width: 320});
  try {
    // The heads are there for screen readers (visually hidden), not as a row of buttons.
    const head = await tab.evaluate(() => {
      const tracker = document.querySelector('ogp-action-plan').shadowRoot.querySelector('ogp-progress-tracker');
      const {width, height} = tracker.shadowRoot.querySelector('[part="agencies"] thead').getBoundingClientRect();
      return {width, height};
    });
    assert.ok(head.width <= 1 && head.height <= 1, `the table's heads take ${head.width} × ${head.height} px`);
    assert.ok((await visible(tab, '[part="agencies"] tbody td[data-label]')).length > 0);
    // Calm at 320 px: nothing wider than the page.
    assert.ok(await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal scrolling');
  } finally {
    await close();
  }
});

for (const tag of ['ogp-progress-tracker', 'ogp-policy-area-grid']) {
  test(`without JavaScript, a selectable ${tag} on its own shows its content with no checkbox`, async () => {
    const {html} = await prerender(tag, {
      plan: 'illustrative',
      attributes: {lang: 'en', today: TODAY, selectable: true},
    });
    const {tab, close} = await open(page({body: html, script: null}), {javaScriptEnabled: false});
    try {
      assert.ok((await visible(tab, '[part="heading"]')).length === 1);
      assert.ok(
        (await visible(tab, tag === 'ogp-policy-area-grid' ? '[part~="tile"]' : '[part="legend"] .label')).length >= 5,
      );
      assert.deepEqual(await visible(tab, CONTROLS), []);
    } finally {
      await close();
    }
  });
}

// -------------------------------------------------------------------------------------------------
// On paper

/** Waits until the dashboard has loaded and every element inside it has drawn. */
const settled = (tab) =>
  tab.waitForFunction(
    async () => {
      const dashboard = document.querySelector('ogp-action-plan');
      if (!dashboard?.loadedPlan || !dashboard.shadowRoot) return false;
      await dashboard.updateComplete;
      const inside = [
        ...dashboard.shadowRoot.querySelectorAll(
          'ogp-progress-tracker, ogp-policy-area-grid, ogp-commitment-list, ogp-commitment-card',
        ),
      ];
      if (inside.some((element) => !element.loadedPlan)) return false;
      await Promise.all(inside.map((element) => element.updateComplete));
      return true;
    },
    null,
    {timeout: 20_000},
  );

for (const lang of LANGS) {
  test(`a server-rendered dashboard that the CDN script took over prints as a report (illustrative plan, ${lang})`, async () => {
    const {html} = await prerender('ogp-action-plan', {plan: 'illustrative', attributes: {lang, today: TODAY}});
    const {tab, messages, close} = await open(page({body: html, lang}));
    try {
      await settled(tab);
      // Hydrated, then moved on: on screen the cards the server drew are gone (the list stands for them).
      await tab.waitForFunction(
        () => !document.querySelector('ogp-action-plan').shadowRoot.querySelector('[part="cards"]'),
        null,
        {
          timeout: 10_000,
        },
      );
      const {text} = await pdfText(await tab.pdf({format: 'A4'}));
      assertReport(text, 'illustrative', lang);
      // After printing, the screen is as before.
      await tab.waitForFunction(
        () => !document.querySelector('ogp-action-plan').shadowRoot.querySelector('[part="cards"]'),
      );
      assert.deepEqual(messages, []);
    } finally {
      await close();
    }
  });

  for (const planName of ['taiwan', 'illustrative']) {
    test(`a dashboard drawn by the script alone prints as a report (${planName} plan, ${lang})`, async () => {
      const json = JSON.stringify(PLANS[planName]).replace(/</g, '\\u003c');
      const body = `<ogp-action-plan lang="${lang}" today="${TODAY}"><script type="application/json">${json}</script></ogp-action-plan>`;
      const {tab, messages, close} = await open(page({body, lang}));
      try {
        await settled(tab);
        assert.equal(
          await tab.evaluate(() =>
            document.querySelector('ogp-action-plan').shadowRoot.querySelector('[part="cards"]'),
          ),
          null,
          'on screen, no cards',
        );
        const {text} = await pdfText(await tab.pdf({format: 'A4'}));
        assertReport(text, planName, lang);
        assert.deepEqual(messages, []);
      } finally {
        await close();
      }
    });
  }
}

test('on paper, a commitment whose card fits on a page is not split across two (illustrative plan, en)', async () => {
  const json = JSON.stringify(PLANS.illustrative).replace(/</g, '\\u003c');
  const body = `<ogp-action-plan lang="en" today="${TODAY}"><script type="application/json">${json}</script></ogp-action-plan>`;
  const {tab, close} = await open(page({body}), {width: 794});
  try {
    await settled(tab);
    // Each card's title, the last line of its text and its height, laid out for print at the width of A4.
    await tab.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await tab.emulateMedia({media: 'print'});
    await settled(tab);
    const cards = await tab.evaluate(() =>
      [
        ...document
          .querySelector('ogp-action-plan')
          .shadowRoot.querySelectorAll('[part="cards"] > ogp-commitment-card'),
      ].map((card) => {
        // The last text a reader sees (not the screen readers' "(opens in a new tab)").
        const walker = document.createTreeWalker(card.shadowRoot.querySelector('[part="card"]'), NodeFilter.SHOW_TEXT);
        let last = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (node.data.trim() && !parent.closest('.visually-hidden') && parent.checkVisibility())
            last = node.data.trim();
        }
        return {
          title: card.shadowRoot.querySelector('[part="title"]').innerText,
          last,
          height: card.getBoundingClientRect().height,
        };
      }),
    );
    await tab.emulateMedia({media: null});
    await tab.evaluate(() => dispatchEvent(new Event('afterprint')));
    const {pages} = await pdfText(await tab.pdf({format: 'A4'}));
    const pageOf = (needle, from = 0) => pages.findIndex((text, i) => i >= from && find(text, needle, 0).at >= 0);
    // A4 is 1,123 px high; a card of less than 1,000 px fits with room to spare.
    const fitting = cards.filter((card) => card.height < 1000);
    assert.ok(fitting.length >= 3, `${fitting.length} cards fit on a page`);
    for (const card of fitting) {
      const first = pageOf(card.title);
      assert.ok(first >= 0, `"${card.title}" is in the PDF`);
      assert.equal(
        pageOf(card.last, first),
        first,
        `"${card.title}" (${Math.round(card.height)} px) ends on another page ("${card.last}")`,
      );
    }
  } finally {
    await close();
  }
});

test('with theme="dark", the dashboard and everything in it print light', async () => {
  const {html} = await prerender('ogp-action-plan', {
    plan: 'illustrative',
    attributes: {lang: 'en', today: TODAY, theme: 'dark'},
  });
  const {tab, close} = await open(page({body: html}));
  try {
    await settled(tab);
    const backgrounds = () =>
      tab.evaluate(() => {
        const dashboard = document.querySelector('ogp-action-plan');
        const inside = [
          ...dashboard.shadowRoot.querySelectorAll('ogp-progress-tracker, ogp-policy-area-grid, ogp-commitment-card'),
        ];
        return [dashboard, ...inside].map(
          (element) =>
            `${element.localName} ${getComputedStyle(element.shadowRoot.querySelector('.root')).backgroundColor}`,
        );
      });
    // On screen: dark.
    for (const line of await backgrounds()) assert.match(line, /rgb\(17, 24, 39\)$/, line);
    await tab.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await tab.emulateMedia({media: 'print'});
    await settled(tab);
    const printed = await backgrounds();
    assert.ok(
      printed.some((line) => line.startsWith('ogp-commitment-card')),
      'the cards are drawn for print',
    );
    for (const line of printed) assert.match(line, /rgb\(255, 255, 255\)$/, line);
  } finally {
    await close();
  }
});

// -------------------------------------------------------------------------------------------------
// Hydration

test('a server-rendered dashboard opened at #commitment=ID hydrates without error, then opens that card', async () => {
  const {html} = await prerender('ogp-action-plan', {plan: 'illustrative', attributes: {lang: 'en', today: TODAY}});
  pages.push(page({body: html}));
  const context = await browser.newContext({viewport: {width: 1000, height: 900}});
  const tab = await context.newPage();
  const messages = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  try {
    await tab.goto(`${server.origin}/page/${pages.length - 1}#commitment=1-2`);
    await settled(tab);
    const opened = await tab.waitForFunction(
      () => {
        const root = document.querySelector('ogp-action-plan').shadowRoot;
        return root.querySelector('dialog[open] ogp-commitment-card')?.getAttribute('commitment');
      },
      null,
      {timeout: 10_000},
    );
    assert.equal(await opened.jsonValue(), '1-2');
    assert.deepEqual(messages, []);
  } finally {
    await context.close();
  }
});

test('a server-rendered dashboard hydrates without moving anything: the cards it drew stay hidden on screen, then go', async () => {
  const {html} = await prerender('ogp-action-plan', {plan: 'illustrative', attributes: {lang: 'en', today: TODAY}});
  // Each shift with where the moved boxes were (the page is not scrolled: the window is as tall as the dashboard).
  const head = `<script>
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.shifts.push({value: entry.value, rects: entry.sources.map((source) => source.previousRect.toJSON()), now: entry.sources.map((source) => source.currentRect.toJSON()), at: entry.startTime});
      }
    }).observe({type: 'layout-shift', buffered: true});
  </script>`;
  // The script comes once the browser has painted the server's HTML (/slow/); a window as tall as
  // the dashboard, so that a move anywhere in it counts.
  // After a frame has been drawn: the script may come.
  const body = `${html}<script>requestAnimationFrame(() => requestAnimationFrame(() => fetch('/painted')));</script>`;
  painted = deferred();
  const {tab, messages, close} = await open(page({body, head, script: '/slow/dist/ogp-widgets.js'}), {
    width: 1000,
    height: 12_000,
  });
  try {
    await settled(tab);
    await tab.waitForFunction(
      () => !document.querySelector('ogp-action-plan').shadowRoot.querySelector('[part="cards"]'),
      null,
      {
        timeout: 10_000,
      },
    );
    await tab.evaluate(
      () =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))),
    );
    const {all, outsideList, moved} = await tab.evaluate(() => {
      const list = document
        .querySelector('ogp-action-plan')
        .shadowRoot.querySelector('ogp-commitment-list')
        .getBoundingClientRect();
      const inList = (rect) => rect.top >= list.top && rect.bottom <= list.bottom;
      const sum = (shifts) => shifts.reduce((total, shift) => total + shift.value, 0);
      const outside = window.shifts.filter((shift) => !shift.rects.every(inList));
      return {
        all: sum(window.shifts),
        outsideList: sum(outside),
        moved: outside.map((shift) => [shift.at, shift.rects, shift.now]),
      };
    });
    // The list inside is the list's own (its server HTML and its hydration): printed, not asserted here.
    console.log(
      `CLS of a pre-rendered dashboard (illustrative, en, 1000 × 12,000 px) while it hydrates: ${all}, outside its list ${outsideList}`,
    );
    // Cards shown by the server's HTML and dropped on hydration would move the "As of" line (0.0013
    // here). About one run in eight, a box in the tracker or the grid moves a few pixels while it
    // hydrates (0.00004 to 0.00008): under this bound, and its boxes are printed.
    if (outsideList > 0) console.log(`moved while hydrating (start time, before, after): ${JSON.stringify(moved)}`);
    assert.ok(outsideList < 0.0005, `cumulative layout shift ${outsideList}; boxes moved: ${JSON.stringify(moved)}`);
    assert.deepEqual(messages, []);
  } finally {
    await close();
  }
});
