// The policy-area icons as the shipped bundle draws them: every shape of each icon, as many as the
// source icon table has. (The template minifier once dropped the `/>` of self-closing SVG shapes;
// the HTML parser then nested each following shape inside the first, and only that one drew.)
// Headless Chromium; needs `npm run build` first.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, serveRepository} from './support/static-server.mjs';
import {bundleSource} from './support/source-build.mjs';

// The source icon table, each icon rendered by Lit into an <svg> of its own: its shapes, by key.
const SOURCE_ICONS = `
  import {render} from 'lit';
  import {AREA_ICONS, FALLBACK_ICON} from './src/components/policy-area-grid/icons.ts';
  const shapes = {};
  for (const [key, icon] of [...Object.entries(AREA_ICONS), ['fallback', FALLBACK_ICON]]) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    render(icon, svg);
    shapes[key] = [...svg.children].map((shape) => shape.localName);
  }
  window.sourceShapes = shapes;
`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <script type="module" src="/__icons/source-icons.js"></script>
  <script type="module" src="/dist/ogp-widgets.js"></script></head>
  <body><ogp-policy-area-grid></ogp-policy-area-grid></body></html>`;

let browser;
let server;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ogp-widgets.js is missing: run `npm run build` first');
  const files = new Map([
    ['/__icons/source-icons.js', await bundleSource({code: SOURCE_ICONS})],
    ['/__icons/page.html', PAGE],
  ]);
  [server, browser] = await Promise.all([
    listen(serveRepository({files})),
    chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS}),
  ]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('every policy-area icon from dist/ogp-widgets.js draws all the shapes of its source icon', async () => {
  const plan = JSON.parse(readFileSync(join(root, 'data/examples/illustrative-plan.json'), 'utf8'));
  // One more area, with no icon of its own: it gets the fallback icon.
  plan.policyAreas.push({id: 'no-such-icon', title: {en: 'Other', 'zh-TW': '其他'}});
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/__icons/page.html`);
    await page.waitForFunction(() => window.sourceShapes && customElements.get('ogp-policy-area-grid'));
    await page.evaluate((plan) => (document.querySelector('ogp-policy-area-grid').plan = plan), plan);
    await page.locator('ogp-policy-area-grid [data-area="no-such-icon"] svg.area-icon').waitFor();
    const source = await page.evaluate(() => window.sourceShapes);
    const drawn = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelector('ogp-policy-area-grid').shadowRoot.querySelectorAll('[data-area]')].map((tile) => [
          tile.dataset.area,
          [...tile.querySelector('svg.area-icon').children].map((shape) => shape.localName),
        ]),
      ),
    );
    const expected = Object.fromEntries(plan.policyAreas.map((area) => [area.id, source[area.id] ?? source.fallback]));
    // The test can fail: most icons have several shapes.
    assert.ok(Object.values(expected).filter((shapes) => shapes.length > 1).length >= 5, JSON.stringify(expected));
    assert.deepEqual(drawn, expected);
  } finally {
    await page.close();
  }
});

test('each policy-area icon means what its area means to a reader, by lucide\'s own tags for it', () => {
  const generated = readFileSync(join(root, 'src/components/policy-area-grid/icons.ts'), 'utf8');
  const table = generated.match(/export const AREA_ICON_NAMES = \{([\s\S]*?)\}/)[1];
  const icons = Object.fromEntries([...table.matchAll(/'([^']+)': '([^']+)'/g)].map((m) => [m[1], m[2]]));
  const tags = JSON.parse(readFileSync(join(root, 'node_modules/lucide-static/tags.json'), 'utf8'));
  assert.equal(Object.keys(icons).length, 9, JSON.stringify(icons));
  // No OGP policy area is about health: an icon tagged so reads as the wrong topic ("Public Service
  // Delivery" once had heart-pulse, read as "Health").
  for (const [area, name] of Object.entries(icons)) {
    assert.ok(tags[name], `${area}: no lucide icon ${name}`);
    for (const wrong of ['health', 'medical', 'hospital']) assert.ok(!tags[name].includes(wrong), `${area}: ${name} is tagged "${wrong}"`);
  }
  // The areas whose topic is a lucide tag carry it.
  for (const [area, tag] of Object.entries({gender: 'gender', justice: 'justice', 'fiscal-openness': 'money'})) {
    assert.ok(tags[icons[area]].includes(tag), `${area}: ${icons[area]} is not tagged "${tag}" (${tags[icons[area]]})`);
  }
});
