#!/usr/bin/env node
// `npm run bench`: how close to the floor are we? Every figure is the median of `--iterations`
// runs (default 7) after `--warmup` runs (default 2), next to a floor measured in the same run:
//   render    widget from setting `plan` to rendered, against a hand-written vanilla rendering
//   data      validatePlan on a parsed document, against JSON.parse of the same text (plans of
//             1,000 and 10,000 commitments, and 10,000 with three progress reports each)
//   start-up  script start to first widget rendered (+ bytes transferred), against Lit alone
//   size      gzip / brotli of each entry point, against Lit alone minified the same way
//   memory    JS heap for 1,000 rendered cards, against the vanilla rendering
//   content   time to content on an emulated slow phone: card, list and dashboard from their CDN
//             files, against plain HTML, an inline fetch and a minimal Lit element; the card and
//             the dashboard pre-rendered (renderWidget's HTML, hydrated by the CDN file), against
//             plain HTML; and how long until the dashboard's list responds to a filter (see
//             bench/time-to-content.mjs; its own run count, `--content-iterations`, default 5;
//             `--content-pages card-ssr,dashboard-ssr` times only those pages and their floors)
//   ssr       renderWidget (dist/ssr.js) drawing the Taiwan dashboard as HTML in Node: time per
//             render (no floor)
// Prints a table and writes it as JSON (`--out`, default bench/results.json). Reads dist/: run
// `npm run build` first (on a shared checkout: `flock /tmp/ogp-build.lock node bench/bench.mjs`).
// When a target is missed, the render or validation is profiled (CDP sampling profiler, an
// unminified build) and the hot spots go into the JSON and the output; `--no-profile` skips that,
// `--profile` forces it. See bench/README.md.
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {dirname, extname, join, normalize, relative, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {build, KB, measure, withImports} from '../scripts/bundle-size.mjs';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../scripts/chromium.mjs';
import {listen, send, TYPES} from '../test/node/support/static-server.mjs';
import {timeToContent} from './time-to-content.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const {values: args} = parseArgs({
  options: {
    iterations: {type: 'string'}, // default 7
    warmup: {type: 'string', default: '2'},
    // Page loads are slow (seconds each): default 5, or --iterations when that is given.
    'content-iterations': {type: 'string'},
    out: {type: 'string', default: 'bench/results.json'},
    only: {type: 'string'}, // comma-separated groups: render,data,startup,size,memory,content,ssr
    'content-pages': {type: 'string'}, // comma-separated page ids of the content group (default: all)
    profile: {type: 'boolean', default: false},
    'no-profile': {type: 'boolean', default: false},
  },
});
const ITERATIONS = Math.max(1, Number.parseInt(args.iterations, 10) || 7);
const WARMUP = Math.max(0, Number.parseInt(args.warmup, 10) || 0);
const CONTENT_ITERATIONS = Math.max(1, Number.parseInt(args['content-iterations'] ?? args.iterations, 10) || 5);
const GROUPS = new Set((args.only ?? 'render,data,startup,size,memory,content,ssr').split(',').map((s) => s.trim()));
const CONTENT_PAGES = (args['content-pages'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const OUT = resolve(root, args.out);
/**
 * Time to content, the most each widget page may take against its floor (ratio of medians): the
 * minimal Lit element for the widgets that load from their CDN files (issue 15), plain HTML for
 * the pre-rendered ones (issue 18). Each page's floor is in time-to-content.mjs's PAGES.
 */
const CONTENT_TARGETS = {card: 1.15, list: undefined, dashboard: 1.4, 'card-ssr': 1.15, 'dashboard-ssr': 1.3};
/** Measures with no floor to compare with: only the figure is kept (`floor` and `ratio` null). */
const NO_FLOOR = null;

if (!existsSync(join(root, 'dist/ogp-widgets.js'))) {
  console.error('dist/ogp-widgets.js is missing: run `npm run build` first.');
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install Debian chromium or set CHROME_PATH.');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Data: the real plans and bigger ones cloned from the illustrative plan (new ids and numbers).

const taiwan = JSON.parse(readFileSync(join(root, 'data/taiwan/action-plan.json'), 'utf8'));
const illustrative = JSON.parse(readFileSync(join(root, 'data/examples/illustrative-plan.json'), 'utf8'));

/** A plan of `n` commitments: the illustrative plan's commitments cloned with new ids and numbers. */
export function generatePlan(n) {
  const plan = structuredClone(illustrative);
  plan.id = `${illustrative.id}-x${n}`;
  plan.commitments = Array.from({length: n}, (_, i) => {
    const c = structuredClone(illustrative.commitments[i % illustrative.commitments.length]);
    c.id = `c${i + 1}`;
    c.number = String(i + 1);
    for (const m of c.milestones ?? []) m.id = `${c.id}-${m.id}`;
    // Progress reports name milestones by id: renamed the same way.
    for (const u of c.updates ?? []) for (const r of u.milestones ?? []) r.id = `${c.id}-${r.id}`;
    return c;
  });
  return plan;
}

/** An independent progress report: it never changes a commitment's status, nor gives a warning. */
const independentUpdate = (commitment, i) => ({
  date: `2026-0${7 + i}-01`,
  kind: 'independent',
  by: {'zh-TW': '範例獨立報告機制', en: 'Example Independent Reporting Mechanism'},
  status: commitment.status ?? 'limited',
  progress: {'zh-TW': '已檢視政府提出的證據。', en: 'The evidence the government gave was reviewed.'},
  evidence: [{url: `https://example.org/irm/${commitment.id}/${i}`, title: {'zh-TW': '審查報告', en: 'Review'}}],
});

/**
 * A plan of `n` commitments with exactly three progress reports each (the validation target of
 * issue 17): each commitment's own first three reports, made up to three with independent ones.
 * It validates without a problem, like `generatePlan`'s.
 */
export function generatePlanWithUpdates(n) {
  const plan = generatePlan(n);
  plan.id = `${illustrative.id}-u${n}`;
  for (const c of plan.commitments) {
    const updates = (c.updates ?? []).slice(0, 3);
    while (updates.length < 3) updates.push(independentUpdate(c, updates.length));
    c.updates = updates;
  }
  return plan;
}

/** The validator as the CDN files ship it (built in memory with their settings, see below). */
const RENDER_PAGE = '/bench/pages/render.html?validator=/__bench/validate.js';

const planTexts = new Map([
  ['taiwan', JSON.stringify(taiwan)],
  ['illustrative', JSON.stringify(illustrative)],
  ['gen-100', JSON.stringify(generatePlan(100))],
  ['gen-1000', JSON.stringify(generatePlan(1000))],
]);
if (GROUPS.has('data')) {
  planTexts.set('gen-10000', JSON.stringify(generatePlan(10_000)));
  planTexts.set('updates-10000', JSON.stringify(generatePlanWithUpdates(10_000)));
}

// ---------------------------------------------------------------------------------------------
// Bundles built here: Lit alone (start-up floor, size floor) and an unminified build for profiles.

/** Entry code of a minified in-memory build (CDN settings, split the way any bundler would). */
async function rollupBuild(input) {
  const chunks = await build(input, {output: {manualChunks: undefined}});
  return chunks
    .filter((chunk) => chunk.isEntry)
    .map((chunk) => chunk.code)
    .join('\n');
}

const memory = new Map(); // in-memory files served under /__bench/
memory.set('/__bench/validate.js', await rollupBuild(join(root, 'src/data/validate.ts')));
let devBundle = null;

async function buildDevBundle() {
  if (devBundle) return devBundle;
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    minify: false,
    keepNames: false,
    target: 'es2021',
    absWorkingDir: root,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  devBundle = result.outputFiles[0].text;
  memory.set('/__bench/dev.js', devBundle);
  return devBundle;
}

// ---------------------------------------------------------------------------------------------
// The server: the repository, the in-memory files, gzip like a CDN, and cross-origin isolation
// (for a precise performance.now()).

const top = root.endsWith(sep) ? root : root + sep;
const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

function respond(request, response, type, body) {
  const accepts = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const headers = {...ISOLATION};
  if (accepts && /text|json|javascript/.test(type)) {
    body = gzipSync(body, {level: 9});
    headers['content-encoding'] = 'gzip';
  }
  send(response, 200, type, body, headers);
}

async function handler(url, response, request) {
  const path = url.pathname;
  if (path === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
  const plan = /^\/__bench\/plans\/([\w-]+)\.json$/.exec(path);
  if (plan && planTexts.has(plan[1])) return respond(request, response, TYPES['.json'], planTexts.get(plan[1]));
  if (memory.has(path)) return respond(request, response, TYPES[extname(path)] ?? TYPES['.js'], memory.get(path));
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(top) || !existsSync(file)) return send(response, 404, 'text/plain', 'Not found');
  respond(request, response, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
}

// ---------------------------------------------------------------------------------------------
// Statistics and rows

const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const rows = [];
/** A measure that could not be taken (the widget threw, say): kept in the table and the JSON. */
function failed(id, group, measure, unit, error) {
  const message = String(error?.message ?? error).split('\n')[0];
  console.error(`bench: ${measure} failed: ${message}`);
  rows.push({
    id,
    group,
    measure,
    unit,
    ours: null,
    floor: null,
    ratio: null,
    target: null,
    ok: false,
    error: message,
    runs: {ours: [], floor: []},
  });
}
/**
 * One measure: ours and floor (medians), their ratio, and the target if the issue sets one
 * (`maxRatio` or `maxOurs`).
 */
function row(id, group, measure, unit, oursRuns, floorRuns, {maxRatio, maxOurs, extra} = {}) {
  const ours = median(oursRuns);
  const floor = floorRuns === NO_FLOOR ? null : median(floorRuns);
  const ratio = floor > 0 ? ours / floor : null;
  let target = null;
  let ok = null;
  if (maxRatio !== undefined) {
    target = `ratio ≤ ${maxRatio}`;
    ok = ratio !== null && ratio <= maxRatio;
  } else if (maxOurs !== undefined) {
    target = `≤ ${maxOurs} ${unit}`;
    ok = ours <= maxOurs;
  }
  const entry = {
    id,
    group,
    measure,
    unit,
    ours,
    floor,
    ratio,
    target,
    ok,
    runs: {ours: oursRuns, floor: floorRuns ?? []},
    ...(extra ? {extra} : {}),
  };
  rows.push(entry);
  return entry;
}

const fmt = (value, unit) => {
  if (value === null || value === undefined) return '–';
  if (unit === 'ms') return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
  return Math.round(value).toLocaleString('en');
};

function printTable() {
  const cells = rows.map((r) => [
    r.measure,
    `${fmt(r.ours, r.unit)} ${r.unit}`,
    r.floor === null ? '–' : `${fmt(r.floor, r.unit)} ${r.unit}`,
    r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`,
    r.target ?? '',
    r.ok === null ? '' : r.ok ? 'ok' : 'MISS',
  ]);
  const head = ['measure', 'ours', 'floor', 'ratio', 'target', 'ok'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 || i === 4 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

/**
 * Every page of the time-to-content group: time, min–max, requests, bytes, rounds, ratios to the
 * Lit floor and to plain HTML (when those were timed), the target against the page's own floor;
 * then the dashboards' response to a filter.
 */
function printContentTable({conditions: c, iterations, pages}) {
  const ratioTo = (p, floorId) => (pages[floorId] ? `${(p.ms / pages[floorId].ms).toFixed(2)}×` : '–');
  const cells = Object.entries(pages).map(([id, p]) => {
    const target = CONTENT_TARGETS[id];
    const floor = p.floor && pages[p.floor];
    const ratio = floor ? p.ms / floor.ms : null;
    return [
      p.label,
      p.script ?? '',
      `${fmt(p.ms, 'ms')} ms`,
      `${fmt(p.min, 'ms')}–${fmt(p.max, 'ms')}`,
      p.requests === p.requestsBeforeContent ? String(p.requests) : `${p.requests} (${p.requestsBeforeContent} before)`,
      `${fmt(p.bytes, 'B')} B`,
      String(p.rounds),
      ratioTo(p, 'floor-lit'),
      ratioTo(p, 'floor-html'),
      target && ratio !== null ? `≤ ${target} vs ${pages[p.floor].label.replace('floor: ', '')}${ratio <= target ? ' ok' : ' MISS'}` : '',
    ];
  });
  const head = ['page', 'script', 'median', 'min–max', 'requests', 'bytes', 'rounds', 'vs Lit', 'vs HTML', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((cell) => cell[i].length)));
  const line = (cell) =>
    cell.map((v, i) => (i < 2 || i === 9 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(
    `\nTime to content: ${c.viewport.width}×${c.viewport.height}, ${c.latencyMs} ms round trip, ` +
      `${(c.downloadBytesPerSecond * 8) / 1e6} Mbit/s down, ${(c.uploadBytesPerSecond * 8) / 1e3} kbit/s up, ` +
      `CPU ${c.cpuSlowdown}× slower, cache off; median of ${iterations} run(s), ms from navigation start`,
  );
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const cell of cells) console.log(line(cell));
  for (const p of Object.values(pages).filter((page) => page.filter)) {
    const f = p.filter;
    console.log(
      `${p.label}: the list responded to a filter at ${fmt(f.respondedMs, 'ms')} ms (widgets ready at ` +
        `${fmt(f.readyMs, 'ms')} ms, click to changed list ${fmt(f.responseMs, 'ms')} ms)`,
    );
  }
  const fallback = Object.values(pages).filter((p) => p.script === 'dist/ogp-widgets.js');
  if (fallback.length) {
    const names = fallback.map((p) => p.label).join(', ');
    console.log(`Loaded dist/ogp-widgets.js for: ${names} (this build has no per-element CDN file for them).`);
  }
}

/** Alternates ours and floor (order flipped each round) so drift hits both alike. */
async function alternate(runOurs, runFloor) {
  for (let i = 0; i < WARMUP; i++) {
    await runOurs();
    await runFloor();
  }
  const ours = [];
  const floor = [];
  for (let i = 0; i < ITERATIONS; i++) {
    if (i % 2) {
      floor.push(await runFloor());
      ours.push(await runOurs());
    } else {
      ours.push(await runOurs());
      floor.push(await runFloor());
    }
  }
  return {ours, floor};
}

// ---------------------------------------------------------------------------------------------
// Profiles: CDP sampling profiler over an unminified build; self and inclusive time per function
// and per source module (esbuild marks each module with a `// path` comment line).

function moduleRanges(code) {
  const ranges = [];
  code.split('\n').forEach((text, line) => {
    const m = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(text);
    if (m) ranges.push({line, module: m[1]});
  });
  return ranges;
}
function moduleOf(ranges, line) {
  let found = '(other)';
  for (const r of ranges) {
    if (r.line > line) break;
    found = r.module;
  }
  return found.replace(/^node_modules\//, '');
}

/**
 * Samples `action` only (not `setup`, which runs before each of the `runs`, unprofiled): self and
 * inclusive time per function, self time per module, and inclusive time per module (a sample counts
 * for every module on its stack, so `src/components/…` shows what our code costs with what it calls).
 */
async function profile(page, action, {runs = 5, interval = 100, setup = async () => {}} = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval});
  const code = devBundle ?? '';
  const ranges = moduleRanges(code);
  const self = new Map();
  const inclusive = new Map();
  const modules = new Map();
  const modulesInclusive = new Map();
  const add = (map, key, dt) => map.set(key, (map.get(key) ?? 0) + dt);
  let total = 0;
  for (let run = 0; run < runs; run++) {
    await setup();
    await cdp.send('Profiler.start');
    await action();
    const {profile: p} = await cdp.send('Profiler.stop');
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const frameKey = (n) => {
      const f = n.callFrame;
      if (!f.url) return f.functionName || '(native)';
      const file = f.url.split('/').pop().split('?')[0];
      if (!f.url.includes('/__bench/dev.js')) return `${f.functionName || '(anonymous)'} [${file}:${f.lineNumber + 1}]`;
      // Lines counted from the module's marker comment in the bundle: close to, not exactly, the source line.
      const start = ranges.filter((r) => r.line <= f.lineNumber).pop()?.line ?? 0;
      return `${f.functionName || '(anonymous)'} [${moduleOf(ranges, f.lineNumber)} +${f.lineNumber - start}]`;
    };
    const moduleKey = (n) => {
      const f = n.callFrame;
      if (!f.url) return frameKey(n);
      return f.url.includes('/__bench/dev.js') ? moduleOf(ranges, f.lineNumber) : f.url.split('/').pop().split('?')[0];
    };
    p.samples.forEach((id, i) => {
      const dt = p.timeDeltas[i + 1] ?? 0;
      const node = byId.get(id);
      const key = frameKey(node);
      if (key === '(idle)' || key === '(program)') return;
      total += dt;
      add(self, key, dt);
      add(modules, moduleKey(node), dt);
      const seen = new Set();
      const seenModules = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const frame = byId.get(n);
        const k = frameKey(frame);
        if (!seen.has(k)) {
          seen.add(k);
          add(inclusive, k, dt);
        }
        const m = moduleKey(frame);
        if (!seenModules.has(m)) {
          seenModules.add(m);
          add(modulesInclusive, m, dt);
        }
      }
    });
  }
  await cdp.detach();
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({
        name,
        ms: +(us / 1000 / runs).toFixed(2),
        percent: +((us / total) * 100).toFixed(1),
      }));
  return {
    runs,
    msPerRun: +(total / 1000 / runs).toFixed(1),
    self: top(self, 25),
    inclusive: top(inclusive, 50).filter((e) => !/^\((root|program)\)/.test(e.name)),
    modules: top(modules, 15),
    modulesInclusive: top(modulesInclusive, 25).filter((e) => !/^\((root|program)\)|^harness\.js$/.test(e.name)),
  };
}

function printProfile(title, result) {
  const print = (list, n) => {
    for (const e of list.slice(0, n)) console.log(`    ${String(e.percent).padStart(5)}%  ${e.ms} ms  ${e.name}`);
  };
  console.log(`\nProfile: ${title} (${result.msPerRun} ms sampled per run, ${result.runs} runs)`);
  console.log('  self time, by source module:');
  print(result.modules, 8);
  console.log('  inclusive time, by source module (its code and what it calls):');
  print(result.modulesInclusive, 14);
  console.log('  self time, by function:');
  print(result.self, 15);
  console.log('  inclusive time, by function:');
  print(result.inclusive, 25);
}

// ---------------------------------------------------------------------------------------------
// Sizes (Node only)

async function measureSizes() {
  const lit = measure(await rollupBuild(join(root, 'scripts/size-lit-entry.js')));
  const sizeRow = (id, label, size, target) => {
    row(`size.${id}.gzip`, 'size', `size ${label} gzip`, 'B', [size.gzip], [lit.gzip], {
      ...(target ? {maxOurs: target} : {}),
      extra: {raw: size.raw},
    });
    row(`size.${id}.brotli`, 'size', `size ${label} brotli`, 'B', [size.brotli], [lit.brotli], {
      extra: {raw: size.raw},
    });
  };
  // The CDN files, as built (rollup + terser, Lit included), and the parts they load on demand.
  // (Budgets per page are npm run size's.)
  // Each CDN file, and the parts ogp-widgets.js loads on demand (the other files' are the same
  // code); ids without the content hash, so runs compare.
  for (const file of readdirSync(join(root, 'dist'))
    .filter((f) => /^ogp-[\w-]+\.js$/.test(f) && (!/-[\w-]{8}\.js$/.test(f) || f.startsWith('ogp-widgets-')))
    .sort()) {
    const name = file.replace(/-[\w-]{8}\.js$/, '.js');
    sizeRow(`cdn.${name}`, `dist/${file.replace(/-[\w-]{8}\.js$/, '-*.js')}`, measure(readFileSync(join(root, 'dist', file))));
  }
  // The npm entry points (package.json exports), bundled with their dist/ chunks, dependencies
  // external, minified like Lit alone.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = new Set();
  for (const value of Object.values(pkg.exports ?? {})) {
    const target = typeof value === 'string' ? value : value?.default;
    if (typeof target === 'string' && /^\.\/dist\/[^/]+\.js$/.test(target) && target !== './dist/ogp-widgets.js')
      entries.add(target.slice(2));
  }
  // One build of every entry (shared chunks split out, as a bundler would), then per entry the
  // entry chunk and every chunk it imports statically: what loading that entry costs.
  const inputs = [...entries].sort().filter((entry) => existsSync(join(root, entry)));
  const output = await build(
    inputs.map((entry) => join(root, entry)),
    {
      external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
      output: {manualChunks: undefined},
    },
  );
  const byName = new Map(output.map((chunk) => [chunk.fileName, chunk]));
  for (const chunk of output.filter((c) => c.isEntry)) {
    const seen = withImports(chunk, byName);
    const code = [...seen].map((name) => byName.get(name).code).join('\n');
    const entry = inputs.find((e) => chunk.facadeModuleId === join(root, e));
    sizeRow(`npm.${entry}`, `${entry} (npm, deps external)`, measure(code));
  }
  return lit;
}

// ---------------------------------------------------------------------------------------------
// Main

const started = Date.now();
const timings = {};
let current;
/** Notes how long each group took (printed to stderr, kept in the JSON). */
function mark(group) {
  const now = Date.now();
  if (current) {
    timings[current.group] = +((now - current.at) / 1000).toFixed(1);
    console.error(`bench: ${current.group} took ${timings[current.group]} s`);
  }
  current = group ? {group, at: now} : undefined;
}
const server = await listen(handler);
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
const chromiumVersion = browser.version();
const profiles = {};
const checks = {};
let content = null; // the time-to-content figures of every page, when that group runs

async function openPage(path, {viewport = {width: 1000, height: 800}} = {}) {
  const context = await browser.newContext({viewport});
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(server.origin + path);
  return {page, context, errors};
}

try {
  if (GROUPS.has('render') || GROUPS.has('data')) {
    mark('render');
    const {page, context, errors} = await openPage(RENDER_PAGE);
    await page.evaluate(() => window.harness.ready);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    checks.crossOriginIsolated = isolated;

    if (GROUPS.has('render')) {
      const cases = await page.evaluate(() => window.harness.cases);
      const labels = {
        'list-12': 'list 12 (Taiwan)',
        'list-100': 'list 100',
        'list-1000': 'list 1,000',
        dashboard: 'dashboard',
        tracker: 'tracker',
      };
      const layout = [];
      for (const name of cases) {
        const details = {ours: null, floor: null};
        const run = (which) => async () => {
          const r = await page.evaluate(([n, w]) => window.harness.render(n, w), [name, which]);
          details[which] = r;
          return r;
        };
        let ours;
        let floor;
        try {
          ({ours, floor} = await alternate(run('ours'), run('floor')));
        } catch (error) {
          failed(`render.${name}`, 'render', `render ${labels[name]}`, 'ms', error);
          continue;
        }
        if (details.ours.shown !== details.floor.shown) {
          throw new Error(
            `${name}: the widget shows ${details.ours.shown} commitments, the vanilla rendering ${details.floor.shown}`,
          );
        }
        const extra = {
          shown: details.ours.shown,
          elements: {
            ours: details.ours.elements,
            floor: details.floor.elements,
          },
          textLength: {ours: details.ours.text, floor: details.floor.text},
          textNodes: {ours: details.ours.nodes.text, floor: details.floor.nodes.text},
          commentNodes: {ours: details.ours.nodes.comments, floor: details.floor.nodes.comments},
          // Passes of the harness's settle loop in the last run (0: rendered within updateComplete).
          settleRounds: details.ours.rounds,
        };
        row(
          `render.${name}`,
          'render',
          `render ${labels[name]}`,
          'ms',
          ours.map((r) => r.ms),
          floor.map((r) => r.ms),
          {extra},
        );
        layout.push([name, ours.map((r) => r.layoutMs), floor.map((r) => r.layoutMs), extra]);
      }
      for (const [name, ours, floor, extra] of layout) {
        // The target is on what a reader waits for: the list of 1,000, every item shown, laid out.
        const target = name === 'list-1000' ? {maxRatio: 2} : {};
        row(`render-layout.${name}`, 'render', `render ${labels[name]} + style/layout`, 'ms', ours, floor, {...target, extra});
      }
    }

    if (GROUPS.has('data')) {
      mark('data');
      for (const [name, id, label, target] of [
        ['gen-1000', 'data.validate-1000', '1,000 commitments', {}],
        ['gen-10000', 'data.validate-10000', '10,000 commitments', {maxRatio: 3}],
        // Issue 17: 10,000 commitments with three progress reports each, also ≤ 3× JSON.parse.
        ['updates-10000', 'data.validate-updates-10000', '10,000 commitments × 3 updates', {maxRatio: 3}],
      ]) {
        const run = (which) => async () =>
          (await page.evaluate(([n, w]) => window.harness.data(n, w), [name, which])).ms;
        const {ours, floor} = await alternate(run('ours'), run('floor'));
        row(id, 'data', `validate ${label} (vs JSON.parse)`, 'ms', ours, floor, {
          ...target,
          extra: {bytes: planTexts.get(name).length},
        });
      }
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
    await context.close();

    // Profiles of missed render / validation targets, on an unminified build of src/.
    const missed = (id) => rows.find((r) => r.id === id && r.ok === false);
    const wantRender = GROUPS.has('render') && !args['no-profile'] && (args.profile || missed('render-layout.list-1000'));
    // The plan whose validation is profiled: the one with updates when only its target is missed.
    const profiled = missed('data.validate-10000') || !missed('data.validate-updates-10000') ? 'gen-10000' : 'updates-10000';
    const profiledId = profiled === 'gen-10000' ? 'data.validate-10000' : 'data.validate-updates-10000';
    const wantData =
      GROUPS.has('data') &&
      !args['no-profile'] &&
      (args.profile || missed('data.validate-10000') || missed('data.validate-updates-10000'));
    if (wantRender || wantData) {
      mark('profile');
      await buildDevBundle();
      const {page: dev, context: devContext} = await openPage('/bench/pages/render.html?bundle=/__bench/dev.js');
      await dev.evaluate(() => window.harness.ready);
      if (wantRender) {
        for (let i = 0; i < 2; i++) await dev.evaluate(() => window.harness.render('list-1000', 'ours'));
        profiles['render.list-1000'] = await profile(
          dev,
          () => dev.evaluate(() => window.harness.renderPrepared('list-1000')),
          {
            setup: () => dev.evaluate(() => window.harness.prepare('list-1000')),
          },
        );
        printProfile('render list 1,000 (ours, unminified build)', profiles['render.list-1000']);
      }
      if (wantData) {
        for (let i = 0; i < 2; i++) await dev.evaluate((name) => window.harness.data(name, 'ours'), profiled);
        profiles[profiledId] = await profile(
          dev,
          () => dev.evaluate(() => window.harness.validateParsed()),
          {
            runs: 3,
            setup: () => dev.evaluate((name) => window.harness.parse(name), profiled),
          },
        );
        printProfile(`validate ${profiled} (unminified build)`, profiles[profiledId]);
      }
      await devContext.close();
    }
  }

  if (GROUPS.has('startup')) {
    mark('startup');
    try {
      // A webmaster's page: the CDN script tag and the Taiwan plan inline. The floor: Lit alone.
      memory.set('/__bench/lit-floor.js', await rollupBuild(join(root, 'bench/pages/lit-floor.js')));
      const inline = planTexts.get('taiwan').replaceAll('</', '<\\/');
      const page = (script, element) => `<!doctype html>
  <html lang="en"><head><meta charset="utf-8"><title>start-up</title>
  <script>window.__t0 = performance.now(); document.addEventListener('ogp-load', () => { window.__done ??= performance.now(); });</script>
  <script type="module" src="${script}"></script>
  </head><body>
  <${element}><script type="application/json">${inline}</script></${element}>
  </body></html>`;
      memory.set('/__bench/startup.html', page('/dist/ogp-widgets.js', 'ogp-commitment-list'));
      memory.set('/__bench/startup-floor.html', page('/__bench/lit-floor.js', 'lit-floor'));
      const load = (path) => async () => {
        const context = await browser.newContext({
          viewport: {width: 1000, height: 800},
        });
        const p = await context.newPage();
        const cdp = await context.newCDPSession(p);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
        let bytes = 0;
        const urls = [];
        cdp.on('Network.responseReceived', (e) => urls.push(e.response.url));
        cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
        await p.goto(server.origin + path);
        await p.waitForFunction(() => window.__done !== undefined, null, {
          timeout: 15_000,
        });
        const ms = await p.evaluate(() => window.__done - window.__t0);
        await p.waitForLoadState('networkidle');
        await context.close();
        return {ms, bytes, requests: urls.length};
      };
      const {ours, floor} = await alternate(load('/__bench/startup.html'), load('/__bench/startup-floor.html'));
      row(
        'startup.time',
        'startup',
        'start-up to first widget rendered',
        'ms',
        ours.map((r) => r.ms),
        floor.map((r) => r.ms),
        {
          extra: {widget: 'ogp-commitment-list, Taiwan plan inline'},
        },
      );
      row(
        'startup.bytes',
        'startup',
        'start-up bytes transferred (gzip)',
        'B',
        ours.map((r) => r.bytes),
        floor.map((r) => r.bytes),
        {
          extra: {
            requests: {ours: ours[0].requests, floor: floor[0].requests},
          },
        },
      );
    } catch (error) {
      failed('startup.time', 'startup', 'start-up to first widget rendered', 'ms', error);
    }
  }

  if (GROUPS.has('size')) {
    mark('size');
    await measureSizes();
  }

  if (GROUPS.has('memory')) {
    mark('memory');
    try {
      // JS heap after rendering the 1,000-commitment list (all cards), less the heap before; both
      // pages hold the same plan object, so the figure is what rendering adds.
      const heap = (which) => async () => {
        const {page, context} = await openPage(RENDER_PAGE);
        await page.evaluate(() => window.harness.ready);
        const cdp = await context.newCDPSession(page);
        const usage = async () => {
          for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
          return cdp.send('Runtime.getHeapUsage');
        };
        await page.evaluate(() => window.harness.prepare('list-1000'));
        const before = await usage();
        const {shown} = await page.evaluate((w) => window.harness.mountPrepared('list-1000', w), which);
        const after = await usage();
        await context.close();
        if (shown !== 1000) throw new Error(`memory (${which}): ${shown} cards rendered, not 1,000`);
        return {
          js: after.usedSize - before.usedSize,
          embedder: (after.embedderHeapUsedSize ?? 0) - (before.embedderHeapUsedSize ?? 0),
        };
      };
      const {ours, floor} = await alternate(heap('ours'), heap('floor'));
      row(
        'memory.js-heap',
        'memory',
        'memory JS heap, 1,000 cards',
        'B',
        ours.map((r) => r.js),
        floor.map((r) => r.js),
      );
      if (ours.some((r) => r.embedder)) {
        row(
          'memory.dom-heap',
          'memory',
          'memory DOM (embedder) heap, 1,000 cards',
          'B',
          ours.map((r) => r.embedder),
          floor.map((r) => r.embedder),
        );
      }
    } catch (error) {
      failed('memory.js-heap', 'memory', 'memory JS heap, 1,000 cards', 'B', error);
    }
  }

  if (GROUPS.has('content')) {
    mark('content');
    try {
      content = await timeToContent(browser, {
        iterations: CONTENT_ITERATIONS,
        bundle: rollupBuild,
        only: CONTENT_PAGES,
        log: (line) => console.error(`bench: content: ${line}`),
      });
      for (const [id, page] of Object.entries(content.pages)) {
        const floor = page.floor && content.pages[page.floor];
        if (!floor) continue; // a floor, or a page timed only as another's floor
        const maxRatio = CONTENT_TARGETS[id];
        row(
          `content.${id}`,
          'content',
          `time to content: ${page.label} (vs ${floor.label.replace('floor: ', '')})`,
          'ms',
          page.runs,
          floor.runs,
          {
            ...(maxRatio ? {maxRatio} : {}),
            extra: {
              script: page.script,
              floor: page.floor,
              min: page.min,
              max: page.max,
              requests: {ours: page.requests, floor: floor.requests},
              bytes: {ours: page.bytes, floor: floor.bytes},
              rounds: {ours: page.rounds, floor: floor.rounds},
            },
          },
        );
      }
      // The pre-rendered dashboard's list responding to a filter, against the client-rendered one's.
      for (const [id, page] of Object.entries(content.pages)) {
        const floor = page.filter?.floor && content.pages[page.filter.floor];
        if (!floor?.filter) continue;
        row(
          `content.filter.${id}`,
          'content',
          `until the list responds to a filter: ${page.label} (vs ${floor.label})`,
          'ms',
          page.filter.runs.map((r) => r.respondedMs),
          floor.filter.runs.map((r) => r.respondedMs),
          {
            extra: {
              readyMs: {ours: page.filter.readyMs, floor: floor.filter.readyMs},
              responseMs: {ours: page.filter.responseMs, floor: floor.filter.responseMs},
            },
          },
        );
      }
    } catch (error) {
      failed('content.card', 'content', 'time to content', 'ms', error);
    }
  }

  if (GROUPS.has('ssr')) {
    mark('ssr');
    try {
      // renderWidget in this process, as a server calls it: the Taiwan dashboard, the plan given as
      // an object (no fetch), in English and in Chinese (its strings are loaded by the first call).
      const {renderWidget} = await import(pathToFileURL(join(root, 'dist/ssr.js')).href);
      for (const lang of ['en', 'zh-TW']) {
        const render = () => renderWidget('ogp-action-plan', {plan: taiwan, attributes: {lang}});
        for (let i = 0; i < WARMUP + 1; i++) await render(); // the first call also loads the elements
        const times = [];
        let html = '';
        for (let i = 0; i < ITERATIONS; i++) {
          const t0 = performance.now();
          ({html} = await render());
          times.push(performance.now() - t0);
        }
        const bytes = Buffer.byteLength(html);
        const entry = row(`ssr.dashboard-taiwan-${lang}`, 'ssr', `renderWidget: Taiwan dashboard (${lang}) in Node`, 'ms', times, NO_FLOOR, {
          extra: {bytes, gzip: gzipSync(html).length},
        });
        console.error(`bench: ssr: ${lang}: ${fmt(entry.ours, 'ms')} ms per render (median of ${ITERATIONS}), ${bytes.toLocaleString('en')} B of HTML`);
      }
    } catch (error) {
      failed('ssr.dashboard-taiwan-en', 'ssr', 'renderWidget: Taiwan dashboard in Node', 'ms', error);
    }
  }
  mark();
} finally {
  await browser.close();
  await server.close();
}

printTable();
if (content) printContentTable(content);
const results = {
  date: new Date().toISOString(),
  iterations: ITERATIONS,
  warmup: WARMUP,
  node: process.version,
  chromium: chromiumVersion,
  cpus: (await import('node:os')).cpus().length,
  checks,
  measures: rows,
  ...(content ? {content} : {}),
  profiles,
  timings,
  seconds: +((Date.now() - started) / 1000).toFixed(1),
};
mkdirSync(dirname(OUT), {recursive: true});
writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
const missedTargets = rows.filter((r) => r.ok === false);
const runs = [
  [...GROUPS].some((group) => group !== 'content') && `${ITERATIONS} iteration(s) after ${WARMUP} warm-up`,
  content && `time to content: ${content.iterations} run(s) per page`,
].filter(Boolean);
console.log(`\n${rows.length} measures, ${runs.join('; ')}, in ${results.seconds} s.`);
if (missedTargets.length) console.log(`Targets missed: ${missedTargets.map((r) => r.measure).join('; ')}`);
console.log(`Results written to ${relative(process.cwd(), OUT) || OUT}`);
