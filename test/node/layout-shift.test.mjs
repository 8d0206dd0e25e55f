// Layout shift of the built card (dist/), as a reader's browser measures it: Chromium's
// 'layout-shift' entries, summed (cumulative layout shift) from the first paint until the card has
// rendered, on a page with text before and after the card. Before its script has run the browser
// gives the unknown element no height; the page reserves the card's placeholder size for it, as
// the README advises (`:not(:defined)`). Then inline data must shift the page by less than 0.05,
// and a card loading from `src` (skeleton, then content) by less than 0.1 (Core Web Vitals'
// "good"). The figures, and those of a page without the rule, are printed. Needs `npm run build`.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, send, serveRepository} from './support/static-server.mjs';

const PLANS = {
  taiwan: readFileSync(join(root, 'data/taiwan/action-plan.json'), 'utf8'),
  illustrative: readFileSync(join(root, 'data/examples/illustrative-plan.json'), 'utf8'),
};

let browser;
let server;
/** The pages of the tests, by number: /page/N. */
const pages = [];

/** A plain page: a heading and a paragraph, the card, a paragraph after it; the shifts collected from the start. */
function page({lang, card, reserve}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Layout shift</title>
<script>
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
  }).observe({type: 'layout-shift', buffered: true});
  window.loaded = false;
  addEventListener('ogp-load', () => (window.loaded = true));
</script>
<script type="module" src="/dist/ogp-commitment-card.js"></script>
<style>body { margin: 1em; font: 16px/1.5 system-ui, sans-serif; }</style>
${reserve ? '<style>ogp-commitment-card:not(:defined) { display: block; min-block-size: 17em; } ogp-commitment-card[compact]:not(:defined) { min-block-size: 10em; }</style>' : ''}
</head>
<body>
<h1>Open government</h1>
<p>The commitment below comes from the national action plan.</p>
${card}
<p id="after">Text after the card, which must not jump when the card arrives.</p>
</body>
</html>`;
}

const repository = serveRepository();

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-commitment-card.js')), 'dist/ogp-commitment-card.js is missing: run `npm run build` first');
  server = await listen(async (url, response, request) => {
    if (url.pathname.startsWith('/page/')) {
      return send(response, 200, 'text/html; charset=utf-8', pages[Number(url.pathname.slice(6))]);
    }
    if (url.pathname.startsWith('/plan/')) {
      // The data arrives after a while, so the reader sees the skeleton first.
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('delay') ?? 0)));
      return send(response, 200, 'application/json; charset=utf-8', PLANS[url.pathname.slice(6)]);
    }
    return repository(url, response, request);
  });
  browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a page with one card at a phone's or a desktop's width; resolves to its cumulative layout shift. */
async function cls({lang, width, card, reserve = true}) {
  const context = await browser.newContext({viewport: {width, height: 640}});
  const tab = await context.newPage();
  try {
    pages.push(page({lang, card, reserve}));
    await tab.goto(`${server.origin}/page/${pages.length - 1}`);
    await tab.waitForFunction(() => window.loaded, null, {timeout: 15_000});
    // Until the card's text (the zh-TW strings arrive in their own file) has settled.
    await tab.waitForFunction(
      () => {
        const root = document.querySelector('ogp-commitment-card')?.shadowRoot;
        return root?.querySelector('[part="card"]') && !root.querySelector('[part="skeleton"]');
      },
      null,
      {timeout: 15_000},
    );
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300)))));
    return await tab.evaluate(() => window.shifts.reduce((sum, value) => sum + value, 0));
  } finally {
    await context.close();
  }
}

const inline = (plan, commitment, attrs = '') =>
  `<ogp-commitment-card ${attrs} commitment="${commitment}" today="2026-03-15"><script type="application/json">${PLANS[plan]}</script></ogp-commitment-card>`;
const fromSrc = (plan, commitment) =>
  `<ogp-commitment-card commitment="${commitment}" today="2026-03-15" src="/plan/${plan}?delay=600"></ogp-commitment-card>`;

// Cards of about a screen or less: Taiwan's commitment 4, full and compact.
for (const lang of ['en', 'zh-TW']) {
  for (const width of [320, 1000]) {
    for (const attrs of ['', 'compact']) {
      test(`a card with inline data (taiwan 4 ${attrs}, ${lang}, ${width} px) shifts the page by less than 0.05`, async () => {
        const value = await cls({lang, width, card: inline('taiwan', '4', attrs)});
        const plain = await cls({lang, width, card: inline('taiwan', '4', attrs), reserve: false});
        console.log(`CLS inline taiwan 4 ${attrs} ${lang} ${width}px: ${value.toFixed(4)} (without the page's rule: ${plain.toFixed(4)})`);
        assert.ok(value < 0.05, `cumulative layout shift ${value}`);
      });
    }
  }
  test(`a card from src (skeleton, then content; ${lang}, 320 px) stays under 0.1, and its figure is printed`, async () => {
    const value = await cls({lang, width: 320, card: fromSrc('taiwan', '4')});
    const plain = await cls({lang, width: 320, card: fromSrc('taiwan', '4'), reserve: false});
    console.log(`CLS src taiwan 4 ${lang} 320px: ${value.toFixed(4)} (without the page's rule: ${plain.toFixed(4)})`);
    assert.ok(value < 0.1, `cumulative layout shift ${value}`);
  });
}

// A card several screens long (illustrative 1-1: about 2,600 px at 320 px) pushes the text after
// it out of the first screen once, whatever the placeholder: the figure is the area of that text.
// Printed, not asserted; it must be one shift, not several.
test('a card several screens long: its shift is printed, and stays under 0.15', async () => {
  for (const lang of ['en', 'zh-TW']) {
    for (const [kind, card] of [
      ['inline', inline('illustrative', '1-1')],
      ['src', fromSrc('illustrative', '1-1')],
    ]) {
      const value = await cls({lang, width: 320, card});
      console.log(`CLS ${kind} illustrative 1-1 ${lang} 320px: ${value.toFixed(4)}`);
      assert.ok(value < 0.15, `cumulative layout shift ${value}`);
    }
  }
});
