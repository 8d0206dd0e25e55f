// Smoke run of the benchmark suite (bench/bench.mjs): one iteration, no warm-up, no profiling
// (≈ 20–40 s on 2 cores; the harness still loads each element's lazy view once before timing).
// Checks that every measure is there with positive figures and computed ratios, not the figures
// themselves (benchmarks are not part of the pass/fail of `npm test`). Needs `npm run build`.
// The time-to-content group (slow network and CPU emulated, page loads of seconds each) takes
// 24–60 s for one run of its six pages on this shared machine, so the smoke run leaves it out; its
// own smoke test runs with BENCH_CONTENT=1. How it counts request rounds, and which pages a
// `--content-pages` run times, are tested here always. The `ssr` group (renderWidget in Node, a few
// seconds) is part of the smoke run; its rows have no floor.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {root} from './support/static-server.mjs';
import {numberRounds, selectPages} from '../../bench/time-to-content.mjs';

/** Rows that measure a figure with nothing to compare it with: floor and ratio are null. */
const NO_FLOOR = ['ssr.dashboard-taiwan-en', 'ssr.dashboard-taiwan-zh-TW'];

const run = promisify(execFile);

test('bench/bench.mjs runs once and writes every measure', {timeout: 150_000}, async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ogp-widgets.js is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'ogp-bench-'));
  const out = join(dir, 'results.json');
  try {
    const {stdout} = await run(
      process.execPath,
      [
        'bench/bench.mjs',
        ...['--only', 'render,data,startup,size,memory,ssr'],
        ...['--iterations', '1', '--warmup', '0', '--no-profile', '--out', out],
      ],
      {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
        // A hung browser must not outlive the test: the runner is killed (and closes Chromium).
        timeout: 140_000,
        killSignal: 'SIGTERM',
      },
    );
    assert.match(stdout, /measure\s+ours\s+floor\s+ratio\s+target\s+ok/, 'prints the table');
    assert.match(stdout, /Results written to /);
    const results = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(results.iterations, 1);
    assert.equal(results.warmup, 0);
    const ids = results.measures.map((m) => m.id);
    for (const id of [
      'render.list-12',
      'render.list-100',
      'render.list-1000',
      'render.dashboard',
      'render.tracker',
      'data.validate-1000',
      'data.validate-10000',
      'data.validate-updates-10000',
      'startup.time',
      'startup.bytes',
      'size.cdn.ogp-widgets.js.gzip',
      'size.cdn.ogp-commitment-card.js.gzip',
      'size.cdn.ogp-action-plan.js.brotli',
      'size.cdn.ogp-widgets-zh-TW.js.gzip',
      'memory.js-heap',
      ...NO_FLOOR,
    ]) {
      assert.ok(ids.includes(id), `measure ${id} is missing (have: ${ids.join(', ')})`);
    }
    assert.ok(
      ids.some((id) => /^size\.npm\./.test(id)),
      'sizes of the npm entry points',
    );
    for (const m of results.measures) {
      assert.equal(m.error, undefined, `${m.id} failed: ${m.error}`);
      assert.ok(Number.isFinite(m.ours) && m.ours > 0, `${m.id}: ours = ${m.ours}`);
      if (NO_FLOOR.includes(m.id)) {
        assert.equal(m.floor, null, `${m.id} has no floor`);
        assert.equal(m.ratio, null);
        continue;
      }
      assert.ok(Number.isFinite(m.floor) && m.floor > 0, `${m.id}: floor = ${m.floor}`);
      assert.ok(Math.abs(m.ratio - m.ours / m.floor) < 1e-9, `${m.id}: ratio ${m.ratio} is ours / floor`);
      assert.equal(m.runs.ours.length, 1, `${m.id}: one run`);
      if (m.target !== null) assert.equal(typeof m.ok, 'boolean', `${m.id}: ok is computed against ${m.target}`);
    }
    const byId = Object.fromEntries(results.measures.map((m) => [m.id, m]));
    for (const id of ['render-layout.list-1000', 'data.validate-10000', 'data.validate-updates-10000'])
      assert.ok(byId[id].target, `${id} has its target`);
    // The widget and the vanilla floor show the same commitments (all of them for the lists).
    assert.equal(byId['render.list-1000'].extra.shown, 1000);
    assert.equal(byId['render.list-100'].extra.shown, 100);
    assert.equal(byId['render.list-12'].extra.shown, 12);
    // The widget was timed to its drawn content (the view chunk loaded, no skeleton), not to a
    // placeholder: same element count as the vanilla rendering.
    assert.equal(byId['render.list-1000'].extra.elements.ours, byId['render.list-1000'].extra.elements.floor);
    assert.equal(byId['render.list-1000'].extra.settleRounds, 0, 'rendered within updateComplete');
    // The dashboard rendered to HTML: the whole plan (all twelve commitments, inline too) is
    // tens of kilobytes, not an error page.
    for (const id of NO_FLOOR) assert.ok(byId[id].extra.bytes > 50_000, `${id}: ${byId[id].extra.bytes} B of HTML`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test('time to content: a request is one round after the last response that had arrived when it was sent', () => {
  // Times in seconds, as CDP reports them: the page, then its script, then two chunks and the plan
  // that the script asks for together, then a chunk that the first chunk's code asks for.
  const requests = numberRounds([
    {url: 'page', sentAt: 0, finishedAt: 0.2},
    {url: 'entry.js', sentAt: 0.1, finishedAt: 0.5}, // asked for while the page was still arriving
    {url: 'view.js', sentAt: 0.6, finishedAt: 0.9},
    {url: 'plan.json', sentAt: 0.61, finishedAt: 0.8},
    {url: 'shared.js', sentAt: 0.62, finishedAt: 1.0},
    {url: 'child.js', sentAt: 1.1, finishedAt: 1.3},
    {url: 'never-finished', sentAt: 1.2},
  ]);
  assert.deepEqual(
    requests.map((r) => [r.url, r.round]),
    [
      ['page', 1],
      ['entry.js', 2],
      ['view.js', 3],
      ['plan.json', 3],
      ['shared.js', 3],
      ['child.js', 4],
      ['never-finished', 4],
    ],
  );
});

test('time to content: --content-pages times the pages named and the floors they are compared with', () => {
  const ids = (only) => selectPages(only).map((p) => p.id);
  assert.deepEqual(ids(['card-ssr']), ['card-ssr', 'floor-html']);
  // The pre-rendered dashboard's filter response is compared with the client-rendered dashboard's.
  assert.deepEqual(ids(['dashboard-ssr']), ['dashboard', 'dashboard-ssr', 'floor-html']);
  assert.deepEqual(ids(['card']), ['card', 'floor-lit']);
  assert.deepEqual(ids([]), [
    'card',
    'list',
    'dashboard',
    'card-ssr',
    'dashboard-ssr',
    'floor-html',
    'floor-fetch',
    'floor-lit',
  ]);
  assert.throws(() => selectPages(['nope']), /no page "nope"/);
});

test(
  'bench/bench.mjs --only content runs each page once',
  {timeout: 240_000, skip: !process.env.BENCH_CONTENT && 'slow (24–60 s here): set BENCH_CONTENT=1 to run it'},
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ogp-bench-'));
    const out = join(dir, 'results.json');
    try {
      const {stdout} = await run(
        process.execPath,
        ['bench/bench.mjs', '--only', 'content', '--content-iterations', '1', '--out', out],
        {cwd: root, maxBuffer: 16 * 1024 * 1024, timeout: 230_000, killSignal: 'SIGTERM'},
      );
      assert.match(stdout, /Time to content: 390×844, 150 ms round trip/);
      const results = JSON.parse(readFileSync(out, 'utf8'));
      const byId = Object.fromEntries(results.measures.map((m) => [m.id, m]));
      for (const id of [
        'content.card',
        'content.list',
        'content.dashboard',
        'content.card-ssr',
        'content.dashboard-ssr',
      ]) {
        assert.ok(byId[id], `measure ${id} is missing`);
        assert.equal(byId[id].error, undefined, `${id} failed: ${byId[id].error}`);
        assert.ok(byId[id].ours > 0 && byId[id].floor > 0, `${id}: ${byId[id].ours} / ${byId[id].floor}`);
        assert.match(byId[id].extra.script, /^dist\/ogp-[\w-]+\.js$/);
      }
      assert.ok(byId['content.card'].target && byId['content.dashboard'].target, 'card and dashboard have targets');
      // The pre-rendered pages against plain HTML, with their own targets.
      assert.equal(byId['content.card-ssr'].target, 'ratio ≤ 1.15');
      assert.equal(byId['content.dashboard-ssr'].target, 'ratio ≤ 1.3');
      for (const id of ['content.card-ssr', 'content.dashboard-ssr']) assert.equal(byId[id].extra.floor, 'floor-html');
      const pages = results.content.pages;
      assert.deepEqual(Object.keys(pages), [
        'card',
        'list',
        'dashboard',
        'card-ssr',
        'dashboard-ssr',
        'floor-html',
        'floor-fetch',
        'floor-lit',
      ]);
      // The pre-rendered widgets show their text from the page itself, in their shadow roots.
      assert.equal(pages['card-ssr'].host, 'ogp-commitment-card');
      assert.equal(pages['card-ssr'].requestList[0].beforeContent, true);
      // Until the list responds to a filter: after the widgets were ready, on both dashboards.
      const filter = byId['content.filter.dashboard-ssr'];
      assert.ok(filter && filter.ours > 0 && filter.floor > 0, 'the filter row, against the client-rendered dashboard');
      for (const id of ['dashboard', 'dashboard-ssr']) {
        const f = pages[id].filter;
        assert.ok(f.readyMs > 0 && f.respondedMs > f.readyMs && f.responseMs > 0, `${id}: ${JSON.stringify(f)}`);
      }
      // The floors need what they are built to need: the page alone; the page and the plan; the
      // page, the Lit bundle, then the plan.
      assert.deepEqual(
        ['floor-html', 'floor-fetch', 'floor-lit'].map((id) => [pages[id].requests, pages[id].rounds]),
        [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
      );
      // The text was found where it should be: in the page, in the widgets' shadow roots.
      assert.equal(pages['floor-html'].host, 'document');
      assert.equal(pages.card.host, 'ogp-commitment-card');
      assert.equal(pages.list.host, 'ogp-commitment-list');
      for (const page of Object.values(pages)) {
        assert.ok(page.ms > 0 && page.bytes > 0, `${page.label}: ${page.ms} ms, ${page.bytes} B`);
        assert.ok(page.rounds >= 1 && page.rounds <= page.requests, `${page.label}: ${page.rounds} rounds`);
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  },
);
