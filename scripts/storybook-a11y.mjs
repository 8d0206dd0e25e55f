#!/usr/bin/env node
// Every Storybook story in headless Chromium: axe-core violations, console errors, page errors and
// content that does not reflow at 320 CSS px fail the run, each named by its story.
//
//   node scripts/storybook-a11y.mjs            analyze + build Storybook (quiet) into storybook-static/, then test
//   node scripts/storybook-a11y.mjs --no-build test the existing storybook-static/
//   options: --full            both themes in both languages for every story (about twice as long)
//            --filter <text>   only story ids containing <text>
//            --shots <dir>     also save a PNG of every run
//            --workers <n>     pages in parallel (default 2, or STORYBOOK_A11Y_WORKERS)
//   TIMING=1 prints each run's time.
//
// Runs: every story in English and Traditional Chinese with the light theme, plus the dark theme in
// Traditional Chinese for every story that shows a plan (not the loading, no-data, empty and error
// states, whose notices the "Problems" stories cover in dark). The forced-colours story also runs
// with `forced-colors: active` emulated; its screenshots go to test-results/storybook/.
// Stories are switched inside one loaded iframe per worker through Storybook's channel (as the
// manager does), which is several times faster than loading iframe.html for each run.
// Stories tagged `loading` must still be busy (the skeleton) when checked; all others must settle.
// Reflow (WCAG 1.4.10): in the light runs (every story, both languages), after axe, the viewport
// narrows to 320 CSS px and nothing may stick out sideways: not the page, not any element inside
// the widgets' shadow roots, and no element may scroll or cut its content sideways.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from './chromium.mjs';
import {createStaticServer} from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const {values} = parseArgs({
  options: {
    'no-build': {type: 'boolean', default: false},
    full: {type: 'boolean', default: false},
    filter: {type: 'string', default: ''},
    shots: {type: 'string'},
    workers: {type: 'string', default: process.env.STORYBOOK_A11Y_WORKERS ?? '2'},
  },
});
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const outDir = join(root, 'storybook-static');

function run(command, args) {
  const result = spawnSync(command, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8'});
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    console.error(`storybook a11y: \`${command} ${args.join(' ')}\` failed`);
    process.exit(1);
  }
}

if (!values['no-build']) {
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  // custom-elements.json is generated (git-ignored); the stories' controls come from it.
  run(bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
  run(bin('storybook'), ['build', '--quiet', '--output-dir', outDir]);
  console.log(`storybook a11y: built storybook-static/ in ${seconds()} s`);
}
if (!existsSync(join(outDir, 'index.json'))) {
  console.error('storybook a11y: storybook-static/index.json is missing; run without --no-build');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// A static server for storybook-static/.
const server = createStaticServer(outDir, {headers: {'cache-control': 'max-age=3600'}});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------------------------------------
// What to run.
const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(values.filter));
const isLoading = (story) => story.tags?.includes('loading');
const isForcedColors = (story) => /forced-colou?rs/.test(story.id);
const isStateOnly = (story) => isLoading(story) || /--(error-|no-data$|empty$)/.test(story.id);
const runs = [];
for (const story of stories) {
  for (const locale of ['en', 'zh-TW']) {
    // Layout does not change with the theme: reflow is checked in the light runs.
    runs.push({story, locale, theme: 'light', reflow: true});
    // Colours do not change with the language: dark runs in Traditional Chinese (the first
    // audience; its text is the taller one), unless --full.
    if (values.full || (locale === 'zh-TW' && !isStateOnly(story))) runs.push({story, locale, theme: 'dark'});
    if (isForcedColors(story)) runs.push({story, locale, theme: 'light', forcedColors: true});
  }
}
// Grouped by language and theme, so the globals change only a few times per worker.
const groupOf = (run) => `${run.forcedColors ? 1 : 0} ${run.theme} ${run.locale}`;
runs.sort((a, b) => (groupOf(a) < groupOf(b) ? -1 : groupOf(a) > groupOf(b) ? 1 : 0));
if (!runs.length) {
  console.error(`storybook a11y: no stories${values.filter ? ` match "${values.filter}"` : ''}`);
  process.exit(1);
}

const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const shotsDir = values.shots ? resolve(values.shots) : undefined;
if (shotsDir) mkdirSync(shotsDir, {recursive: true});
const forcedDir = join(root, 'test-results', 'storybook');
mkdirSync(forcedDir, {recursive: true});

// ---------------------------------------------------------------------------------------------
// In the page: every ogp- element of the story, including those inside other ogp- elements.
function inspectWidgets() {
  const widgets = [];
  const custom = [];
  const visit = (scope) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.localName.startsWith('ogp-')) widgets.push(element);
      if (element.localName.includes('-')) custom.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  const storyRoot = document.querySelector('#storybook-root');
  if (!storyRoot?.querySelector('.ogp-sb-frame')) return {rendered: false};
  visit(storyRoot);
  const error = document.body.classList.contains('sb-show-errordisplay')
    ? (document.querySelector('#error-message')?.textContent ?? 'Storybook could not render the story').trim()
    : '';
  return {
    rendered: true,
    error,
    count: widgets.length,
    undefinedTags: [...new Set(widgets.filter((e) => !customElements.get(e.localName)).map((e) => e.localName))],
    busy: widgets.filter((e) => e.shadowRoot?.querySelector('[aria-busy="true"]')).length,
    // Lit elements (ours and the Playground) with a render still to come.
    pending: custom.filter((e) => e.isUpdatePending).length,
  };
}

async function settle(page, loading) {
  const deadline = Date.now() + 10_000;
  let state;
  for (;;) {
    state = await page.evaluate(inspectWidgets);
    if (state.error) return state;
    if (state.rendered && !state.pending && state.count) {
      if (state.undefinedTags.length && Date.now() > deadline - 7_000) return state;
      if (!state.undefinedTags.length && (loading ? state.busy > 0 : state.busy === 0)) return state;
    }
    if (Date.now() > deadline) return {...state, timedOut: true};
    await page.waitForTimeout(40);
  }
}

/** WCAG 1.4.10: the width every story must fit without scrolling sideways. */
const REFLOW_WIDTH = 320;

/**
 * In the page, at the reflow width: what sticks out sideways, as short descriptions.
 * Checks the page's own scroll width, every element of the story (shadow roots included) against
 * the viewport, and every element that clips or scrolls its overflow (`overflow-x` not visible)
 * against its own width. Of elements nested in each other, the innermost one is named, and those
 * whose own text sticks out come first: the likely cause.
 */
function findOverflow(expectedWidth) {
  const width = document.documentElement.clientWidth;
  if (width !== expectedWidth) return [`the viewport is ${width} px wide, not ${expectedWidth}`];
  const problems = [];
  if (document.documentElement.scrollWidth > width + 1) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
  }
  const name = (element) => {
    const host = element.getRootNode().host;
    const part = element.getAttribute('part');
    const classes = [...element.classList].map((c) => `.${c}`).join('');
    return `${host ? `${host.localName} › ` : ''}${element.localName}${classes}${part ? `[part="${part}"]` : ''}`;
  };
  const excerpt = (element) => {
    const text = element.textContent.replace(/\s+/g, ' ').trim();
    return text ? ` "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : '';
  };
  const found = [];
  const visit = (scope) => {
    for (const element of scope.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
        found.push({element, text: `${name(element)}${excerpt(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`});
      } else if (element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
        found.push({element, text: `${name(element)}${excerpt(element)} cuts or scrolls ${element.scrollWidth - element.clientWidth} px of its content sideways`});
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document.querySelector('#storybook-root'));
  // Of an element and its ancestors (across shadow roots), keep only the innermost.
  const ancestors = (element) => {
    const all = new Set();
    for (let node = element.parentNode ?? element.host; node; node = node.parentNode ?? node.host) all.add(node);
    return all;
  };
  const outer = new Set(found.flatMap(({element}) => [...ancestors(element)]));
  // Those whose own text sticks out first: the long word or address that pushed the others out.
  const textSticksOut = (element) =>
    [...element.childNodes].some((node) => {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) return false;
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].some((line) => line.right > width + 1 || line.left < -1);
    });
  const innermost = found.filter(({element}) => !outer.has(element));
  innermost.sort((a, b) => textSticksOut(b.element) - textSticksOut(a.element));
  const texts = innermost.map(({text}) => text);
  if (texts.length > 4) texts.splice(3, Infinity, `and ${texts.length - 3} more elements`);
  return [...problems, ...texts];
}

const AXE_OPTIONS = {
  // As in Storybook's a11y addon: a story is a fragment of a page, not a page with landmarks.
  rules: {region: {enabled: false}},
  resultTypes: ['violations'],
};

/**
 * Shows a story in the already loaded iframe through Storybook's own channel (as the manager does
 * when a designer clicks through the sidebar): much faster than loading iframe.html per run.
 */
function showStory({id, globals}) {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const last = (window.__ogpA11y ??= {id: undefined, globals: ''});
  const changedGlobals = JSON.stringify(globals) !== last.globals;
  // A story that wrote the URL hash (sync-url) must not steer the next one.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  const rendered = () =>
    new Promise((resolve) => {
      const done = (result) => {
        clearTimeout(timer);
        for (const [event, listener] of listeners) channel.off(event, listener);
        resolve(result);
      };
      const listeners = [
        ['storyRendered', (storyId) => storyId === id && done('')],
        ['storyErrored', (error) => done(`story error: ${error?.title ?? ''} ${error?.description ?? ''}`.trim())],
        ['storyThrewException', (error) => done(`story threw: ${error?.message ?? error}`)],
        ['storyMissing', (storyId) => done(`story missing: ${storyId}`)],
      ];
      for (const [event, listener] of listeners) channel.on(event, listener);
      const timer = setTimeout(() => done('the story did not finish rendering within 15 s'), 15_000);
    });
  // The new story first, then its globals: updating the globals first would render the previous
  // story once more, and its console messages would be counted against this one.
  return (async () => {
    if (id !== last.id) {
      const wait = rendered();
      channel.emit('setCurrentStory', {storyId: id, viewMode: 'story'});
      last.id = id;
      const error = await wait;
      if (error) return error;
    } else if (!changedGlobals) {
      const wait = rendered();
      channel.emit('forceRemount', {storyId: id});
      return wait;
    }
    if (!changedGlobals) return '';
    const wait = rendered();
    last.globals = JSON.stringify(globals);
    channel.emit('updateGlobals', {globals});
    return wait;
  })();
}

async function check(page, item) {
  const {story, locale, theme, forcedColors} = item;
  const problems = [];
  // a11y.manual: the a11y addon's own automatic axe run (for its panel) is not needed here.
  const globals = {locale, theme, a11y: {manual: true}};
  const t0 = Date.now();
  await page.emulateMedia({forcedColors: forcedColors ? 'active' : 'none', reducedMotion: 'reduce'});
  if (!(await page.evaluate(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__ && window.__ogpA11y)))) {
    const query = `locale:${locale};theme:${theme};a11y.manual:!true`;
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, null, {timeout: 20_000});
    await page.evaluate((last) => (window.__ogpA11y = last), {id: story.id, globals: JSON.stringify(globals)});
  } else {
    const error = await page.evaluate(showStory, {id: story.id, globals});
    if (error) problems.push(error);
  }
  const state = await settle(page, isLoading(story));
  if (state.error) problems.push(`story error: ${state.error}`);
  else if (!state.rendered) problems.push('the story did not render');
  else {
    if (state.undefinedTags.length) problems.push(`not defined (define.ts missing or failing): ${state.undefinedTags.join(', ')}`);
    if (state.timedOut && !state.undefinedTags.length) {
      problems.push(isLoading(story) ? 'a loading story showed no busy skeleton' : `still loading after 10 s (${state.busy} busy)`);
    }
    if (!state.count) problems.push('no ogp- element in the story');
  }
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const t1 = Date.now();
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({content: axeSource});
  const violations = await page.evaluate(
    (options) => window.axe.run(document.querySelector('#storybook-root'), options).then((r) => r.violations),
    AXE_OPTIONS,
  );
  if (process.env.TIMING) console.log(`${Date.now() - t0} ms (axe ${Date.now() - t1}) ${story.id} ${locale} ${theme}`);
  for (const violation of violations) {
    const targets = violation.nodes.slice(0, 3).map((node) => node.target.flat().join(' > '));
    problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help} [${violation.nodes.length}×: ${targets.join(' | ')}]`);
  }
  const name = `${story.id}-${locale}-${theme}${forcedColors ? '-forced-colors' : ''}.png`;
  const shoot = (path) => page.locator('#storybook-root').screenshot({path, animations: 'disabled'});
  if (forcedColors) await shoot(join(forcedDir, name));
  if (shotsDir) await shoot(join(shotsDir, name));
  if (item.reflow) {
    const t2 = Date.now();
    // No frame to wait for: reading the layout in findOverflow lays the page out at the new width.
    await page.setViewportSize({width: REFLOW_WIDTH, height: VIEWPORT.height});
    for (const overflow of await page.evaluate(findOverflow, REFLOW_WIDTH)) problems.push(`reflow at ${REFLOW_WIDTH} px: ${overflow}`);
    if (shotsDir) await shoot(join(shotsDir, name.replace(/\.png$/, `-${REFLOW_WIDTH}.png`)));
    await page.setViewportSize(VIEWPORT);
    reflowMs += Date.now() - t2;
  }
  return {problems, violations: violations.length};
}

// ---------------------------------------------------------------------------------------------
const executablePath = findChromium();
if (!executablePath) {
  console.error('storybook a11y: no Chromium found (apt-get install chromium, or set CHROME_PATH)');
  process.exit(1);
}
const browser = await chromium.launch({executablePath, args: CHROMIUM_ARGS});
const failures = [];
let violationCount = 0;
let consoleErrorCount = 0;
let reflowMs = 0;
const queue = [...runs];
// Tall, so lists with `content-visibility: auto` render their items for axe's contrast checks.
const VIEWPORT = {width: 1000, height: 3000};

async function worker() {
  const context = await browser.newContext({viewport: VIEWPORT, colorScheme: 'light'});
  const page = await context.newPage();
  let messages = [];
  page.on('console', (message) => {
    if (message.type() === 'error') messages.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page aborts the requests of its loading stories: expected.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') messages.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) messages.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  for (let item = queue.shift(); item; item = queue.shift()) {
    messages = [];
    let result;
    try {
      result = await check(page, item);
    } catch (error) {
      result = {problems: [`the test could not run: ${error.message.split('\n')[0]}`], violations: 0};
      await page.goto('about:blank').catch(() => {}); // start the next run from a fresh iframe
    }
    violationCount += result.violations;
    consoleErrorCount += messages.length;
    const problems = [...result.problems, ...messages];
    if (problems.length) {
      failures.push({item, problems});
      const {story, locale, theme, forcedColors} = item;
      console.log(`✗ ${story.id} [${locale}, ${theme}${forcedColors ? ', forced colours' : ''}]\n    ${problems.join('\n    ')}`);
    }
  }
  await context.close();
}

try {
  await Promise.all(Array.from({length: Math.max(1, Number(values.workers) || 2)}, worker));
} finally {
  await browser.close();
  server.close();
}

const storyCount = new Set(runs.map((r) => r.story.id)).size;
console.log(
  `storybook a11y: ${runs.length} story runs (${storyCount} stories), ${violationCount} violations, ` +
    `${consoleErrorCount} console errors, ${failures.length} failing runs, in ${seconds()} s` +
    ` (of which ${(reflowMs / 1000).toFixed(1)} s in the ${REFLOW_WIDTH} px reflow checks, summed over workers)` +
    ` (forced-colours screenshots in test-results/storybook/)`,
);
process.exit(failures.length ? 1 : 0);
