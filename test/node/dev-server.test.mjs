// `npm start` (the vite dev server, Lit in dev mode): the embed builder works through every widget
// and bundled source without Lit's "change-in-update" warning, and the built CDN files the
// builder's snippets point at are served from dist/ at the site's root, as dist/site/ has them.
// Needs `npm run build` first (dist/).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {createServer} from 'vite';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {root} from './support/static-server.mjs';
import {until} from './support/until.mjs';
import {TAGS} from './support/elements.mjs';


let server;
let origin;
let browser;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ is missing: run `npm run build` first');
  server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    server: {host: '127.0.0.1', port: 0},
    logLevel: 'error',
    clearScreen: false,
  });
  await server.listen();
  origin = server.resolvedUrls.local[0].replace(/\/$/, '');
  browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the CDN files and the iframe embed from dist/, at the root, with CORS', async () => {
  for (const file of ['ogp-widgets.js', ...TAGS.map((tag) => `${tag}.js`), 'embed.html', 'embed.js']) {
    assert.ok(existsSync(join(root, 'dist', file)), `dist/${file} is missing`);
    const response = await fetch(`${origin}/${file}`);
    assert.equal(response.status, 200, file);
    assert.match(response.headers.get('content-type'), file.endsWith('.html') ? /text\/html/ : /javascript/, file);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', file);
  }
});

test("the builder, through every widget and bundled source: no Lit 'change-in-update' warning", async () => {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${origin}/builder.html?lang=en`);
    const title = page.locator('#preview ogp-commitment-card .title');
    await until(() => title.count(), 30_000, 'the preview never rendered');
    const settle = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    for (const source of ['example', 'taiwan']) {
      for (const tag of [...TAGS.slice(1), TAGS[0]]) {
        await page.check(`input[name="widget"][value="${tag}"]`);
        await until(() => page.locator(`#preview ${tag}`).count(), 10_000, `no ${tag} preview`);
        await settle();
      }
      // Switching the data re-configures the card once the new plan has loaded (its commitment).
      await page.check(`input[name="source"][value="${source}"]`);
      await settle();
    }
    // Lit is in dev mode here, so its warnings would be seen (the test can fail).
    assert.ok(
      warnings.some((text) => text.includes('Lit is in dev mode')),
      `not Lit's dev mode: ${JSON.stringify(warnings)}`,
    );
    assert.deepEqual(
      warnings.filter((text) => text.includes('change-in-update')),
      [],
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
