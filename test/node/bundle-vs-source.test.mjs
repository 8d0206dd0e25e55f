// Test what ships: every state of every element that the Storybook stories show, rendered from the
// built dist/ogp-widgets.js (rollup, template minifier, terser) and from the sources (bundled by
// esbuild as they are), in English and in Chinese, with `today` pinned. Each build has its own
// page (a tag can be defined once per page); both serialise their widgets' shadow DOM and the
// rules of their adopted stylesheets, which must be equal. Needs `npm run build` first.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, root, serveRepository} from './support/static-server.mjs';
import {bundleSource} from './support/source-build.mjs';

const TODAY = '2026-11-28';
const LANGUAGES = ['en', 'zh-TW'];
const BUILDS = {dist: '/dist/ogp-widgets.js', source: '/__compare/source-ogp-widgets.js'};

// One page for both builds (its query names the build), so that URLs in the widgets' messages are
// the same in both.
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module">
  const builds = ${JSON.stringify(BUILDS)};
  await import(builds[new URLSearchParams(location.search).get('build')]);
  await import('/__compare/story-harness.js');
</script>
</head><body></body></html>`;

/** The first lines where the two serialisations differ, for a failure message one can read. */
function firstDifferences(dist, source, count = 3) {
  const [a, b] = [dist.split('\n'), source.split('\n')];
  const lines = [];
  for (let i = 0; i < Math.max(a.length, b.length) && lines.length < count * 2; i++) {
    if (a[i] !== b[i]) lines.push(`line ${i + 1}, dist:   ${a[i]?.trim()}`, `line ${i + 1}, source: ${b[i]?.trim()}`);
  }
  return `dist/ogp-widgets.js differs from the sources:\n${lines.join('\n')}`;
}

let browser;
let server;
/** The page of each build, by build name. */
const pages = {};

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ogp-widgets.js is missing: run `npm run build` first');
  const files = new Map([
    ['/__compare/source-ogp-widgets.js', await bundleSource('src/cdn.ts')],
    ['/__compare/story-harness.js', await bundleSource('test/node/support/story-harness.js')],
    ['/__compare/index.html', PAGE],
  ]);
  const serve = serveRepository({files});
  // The stories name the bundled plans `plans/…` relative to the page, as Storybook serves data/.
  const withPlans = (url, response) => {
    const plans = url.pathname.match(/^\/__compare\/plans\/(.*)$/);
    return serve(plans ? new URL(`/data/${plans[1]}`, url) : url, response);
  };
  [server, browser] = await Promise.all([listen(withPlans), chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS})]);
  for (const name of Object.keys(BUILDS)) {
    pages[name] = await browser.newPage();
    pages[name].on('pageerror', (error) => console.error(`${name}: ${error.message}`));
    await pages[name].goto(`${server.origin}/__compare/index.html?build=${name}`);
    await pages[name].waitForFunction(() => window.renderStory && customElements.get('ogp-action-plan'));
  }
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('dist/ogp-widgets.js renders every story exactly as the sources do, in both languages', async (t) => {
  const stories = await pages.dist.evaluate(() => window.storyList());
  // About 80: each element's states, its variants and one Errors story (every failure, shown by default).
  assert.ok(stories.length > 60, `${stories.length} stories`);
  for (const [file, name] of stories) {
    for (const lang of LANGUAGES) {
      await t.test(`${file}/${name} (${lang})`, async () => {
        const [dist, source] = await Promise.all(
          [pages.dist, pages.source].map((p) => p.evaluate((story) => window.renderStory(...story), [file, name, lang, TODAY])),
        );
        assert.ok(source.includes('#shadow-root'), `nothing rendered:\n${source}`);
        assert.equal(dist, source, firstDifferences(dist, source));
      });
    }
  }
});
