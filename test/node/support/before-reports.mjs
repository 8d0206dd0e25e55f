// "A document without progress reports renders exactly as before": what each element showed for
// such documents before the widgets learnt about progress reports (commit c8b9606), kept as text
// in test/node/fixtures/before-reports/ by scripts/render-snapshots.mjs, and compared with what the
// current build shows by test/node/before-reports.test.mjs.
//
// Each case renders one element from a build's dist/ogp-widgets.js (what users get), in one
// language, with `today` pinned, and serialises its shadow DOM as bundle-vs-source does, without
// stylesheets (new rules for new states are not a change in what a document shows). Left out: the
// per-agency roll-up (`[part~="agencies"]` and the section holding it), new for every document.
import {readFile} from 'node:fs/promises';
import {join, normalize, sep} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../../scripts/chromium.mjs';
import {listen, root, send, serveRepository, TYPES} from './static-server.mjs';

export const TODAY = '2026-12-03';
export const LANGUAGES = ['en', 'zh-TW'];
/**
 * Left out of the comparison: the per-agency roll-up, shown for documents without reports too, and
 * the section that holds it (with its heading). Leaving out more than that cannot hide a change:
 * what the old build showed would then be missing, and the comparison fails.
 */
export const SKIP = '[part~="agencies"], section:has(> [part~="agencies"])';
export const FIXTURES = join(root, 'test/node/fixtures/before-reports');

// The illustrative plan as it was at c8b9606, before it gained progress reports; Taiwan's draft
// (which has none and stays as it is).
const PLANS = {
  illustrative: '/test/node/fixtures/before-reports/illustrative-plan.json',
  taiwan: '/data/taiwan/action-plan.json',
};

/** Each case: a file name and an element with its attributes (`src` and `today` added). */
const ELEMENTS = [
  ...['1-1', '1-2', '3', '4', '5', '6'].map((id) => [
    `card-illustrative-${id}`,
    'ogp-commitment-card',
    'illustrative',
    {commitment: id},
  ]),
  ['card-illustrative-1-2-compact', 'ogp-commitment-card', 'illustrative', {commitment: '1-2', compact: ''}],
  ...['1', '4'].map((id) => [`card-taiwan-${id}`, 'ogp-commitment-card', 'taiwan', {commitment: id}]),
  ['grid-illustrative', 'ogp-policy-area-grid', 'illustrative', {}],
  ['grid-taiwan', 'ogp-policy-area-grid', 'taiwan', {}],
  ['tracker-illustrative', 'ogp-progress-tracker', 'illustrative', {}],
  ['tracker-illustrative-1-2', 'ogp-progress-tracker', 'illustrative', {commitment: '1-2'}],
  ['tracker-taiwan', 'ogp-progress-tracker', 'taiwan', {}],
  ['list-illustrative-cards', 'ogp-commitment-list', 'illustrative', {}],
  ['list-illustrative-rows', 'ogp-commitment-list', 'illustrative', {layout: 'rows'}],
  ['list-taiwan-cards', 'ogp-commitment-list', 'taiwan', {}],
  ['list-taiwan-rows', 'ogp-commitment-list', 'taiwan', {layout: 'rows', 'page-size': '0'}],
  ['dashboard-illustrative', 'ogp-action-plan', 'illustrative', {}],
  ['dashboard-taiwan', 'ogp-action-plan', 'taiwan', {}],
];

export const CASES = ELEMENTS.flatMap(([name, tag, plan, attributes]) =>
  LANGUAGES.map((lang) => ({
    file: `${name}.${lang}.txt`,
    tag,
    lang,
    attributes: {...attributes, src: PLANS[plan], today: TODAY},
  })),
);

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module">
  await import('/dist/ogp-widgets.js');
  await import('/test/node/support/render-harness.js');
</script>
</head><body></body></html>`;

/**
 * Renders every case with the dist/ of the repository at `distRoot` (this one by default; the
 * harness and the plans always come from this one). Resolves to a map from each case's file name
 * to its serialisation, the server's origin written `http://localhost`.
 */
export async function renderCases(distRoot = root) {
  const serve = serveRepository({files: new Map([['/__before-reports/index.html', PAGE]])});
  const top = normalize(join(distRoot, 'dist')) + sep;
  const handler = async (url, response) => {
    if (!url.pathname.startsWith('/dist/')) return serve(url, response);
    const file = normalize(join(distRoot, decodeURIComponent(url.pathname)));
    if (!file.startsWith(top)) return send(response, 404, 'text/plain', 'Not found');
    try {
      send(response, 200, TYPES['.js'], await readFile(file));
    } catch {
      send(response, 404, 'text/plain', 'Not found');
    }
  };
  const [server, browser] = await Promise.all([
    listen(handler),
    chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS}),
  ]);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/__before-reports/index.html`);
    await page.waitForFunction(() => window.renderElement && customElements.get('ogp-action-plan'));
    const results = new Map();
    for (const {file, tag, lang, attributes} of CASES) {
      const text = await page.evaluate((args) => window.renderElement(...args), [tag, attributes, lang, SKIP]);
      results.set(file, `${text.replaceAll(server.origin, 'http://localhost')}\n`);
    }
    if (errors.length) throw new Error(`errors on the page:\n${errors.join('\n')}`);
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
