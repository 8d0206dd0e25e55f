#!/usr/bin/env node
// `npm run size`: what a page downloads, measured by loading it. For each element alone (the
// page loads that element's own CDN file, dist/ogp-<element>.js) and in each language, a page is
// opened in headless Chromium with the illustrative plan, and every script it loads is recorded
// and measured (raw, gzip -9, brotli 11). Budgets (gzip, the page's files summed):
//   the card's page in English          <= 24 KB
//   the dashboard's page in English     <= 38 KB
//   a page in Chinese                   the same files as in English, plus the Chinese table only
//   an English page                     no Chinese UI strings (no Han character in its scripts)
//   loaded on demand                    only the Chinese table, the CSV reader and downloads
// The CDN files are built here in memory with rollup.config.mjs, as `npm run build` writes them.
// Prints a table and writes the figures to test-results/size.json. Exits 1 past a budget.
import {createServer} from 'node:http';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {relative} from 'node:path';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from './chromium.mjs';
import {build, buildCdnFiles, CDN_INPUT, KB, measure} from './bundle-size.mjs';

// Issue 18 moved them from 27 and 46 KB: Lit's hydration support (2.2 KB, so that every build
// takes over server-rendered HTML), the print and no-script styles, the dashboard's full cards.
const BUDGETS = {'ogp-commitment-card': 28.5 * KB, 'ogp-action-plan': 48.5 * KB};
const LANGUAGES = ['en', 'zh-TW'];
/** Attributes each element's page needs besides the plan (the card shows one commitment). */
const ATTRIBUTES = {'ogp-commitment-card': 'commitment="1-1"'};
const HAN = /\p{Script=Han}/gu;
/** The modules the CDN files may import on demand (`import()`): all else loads with the page. */
const LAZY = {
  chinese: 'src/i18n/generated/locales/zh-TW.ts',
  csv: 'src/data/csv.ts',
  downloads: 'src/data/export.ts',
};

const pageHtml = (tag, lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/cdn/${tag}.js"></script></head>
<body><${tag} src="/plan.json" ${ATTRIBUTES[tag] ?? ''}></${tag}></body></html>`;

const built = await buildCdnFiles();
const chunks = new Map(built.map((chunk) => [chunk.fileName, chunk.code]));
/** The chunks imported on demand, by file name: the module they are imported for (or, when
 * rollup merged it with others, the repository's modules they hold). */
const repositoryPath = (id) => relative(process.cwd(), id).replaceAll('\\', '/');
const lazyChunks = new Map(
  [...new Set(built.flatMap((chunk) => chunk.dynamicImports))].map((name) => {
    const chunk = built.find((candidate) => candidate.fileName === name);
    const modules = chunk.facadeModuleId ? [chunk.facadeModuleId] : Object.keys(chunk.modules).filter((id) => !id.includes('node_modules'));
    return [name, modules.map(repositoryPath).join(' + ')];
  }),
);
const plan = readFileSync('data/examples/illustrative-plan.json');
const tags = Object.keys(CDN_INPUT).filter((name) => name !== 'ogp-widgets');

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const [, tag, lang] = url.pathname.match(/^\/page\/([\w-]+)\/([\w-]+)$/) ?? [];
  const file = url.pathname.startsWith('/cdn/') && chunks.get(url.pathname.slice('/cdn/'.length));
  const [type, body] = tag
    ? ['text/html', pageHtml(tag, lang)]
    : file
      ? ['text/javascript', file]
      : url.pathname === '/plan.json'
        ? ['application/json', plan]
        : [];
  response.writeHead(body ? 200 : 404, {'content-type': type ?? 'text/plain'});
  response.end(body ?? 'Not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});

/** Opens the page of `tag` in `lang` and resolves to the file names of the scripts it loaded. */
async function scriptsLoaded(tag, lang) {
  const page = await browser.newPage();
  const files = new Set();
  const errors = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/cdn/')) files.add(path.slice('/cdn/'.length));
  });
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${origin}/page/${tag}/${lang}`);
    // Rendered, nothing busy (the dashboard's widgets included), and no request for half a second.
    await page.waitForFunction((tag) => {
      const busy = (root) =>
        Boolean(root.querySelector('[aria-busy="true"]')) ||
        [...root.querySelectorAll('*')].some((element) => element.shadowRoot && busy(element.shadowRoot));
      const shadow = document.querySelector(tag).shadowRoot;
      return shadow?.querySelector('[part]') && !busy(shadow);
    }, tag);
    await page.waitForLoadState('networkidle');
    if (errors.length) throw new Error(`${tag} (${lang}): ${errors.join('; ')}`);
    return [...files].sort((a, b) => (a === `${tag}.js` ? -1 : b === `${tag}.js` ? 1 : a.localeCompare(b)));
  } finally {
    await page.close();
  }
}

const sum = (sizes) => sizes.reduce((a, b) => ({raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli}), {raw: 0, gzip: 0, brotli: 0});
const hanCount = (files) => files.reduce((count, name) => count + (chunks.get(name).match(HAN) ?? []).length, 0);

const pages = [];
const problems = [];
for (const [name, module] of lazyChunks) {
  if (!Object.values(LAZY).includes(module)) problems.push(`${name} (${module}) loads on demand; only ${Object.values(LAZY).join(', ')} may`);
}
try {
  for (const tag of tags) {
    const english = await scriptsLoaded(tag, 'en');
    const chinese = await scriptsLoaded(tag, 'zh-TW');
    const extra = chinese.filter((name) => !english.includes(name));
    for (const [lang, files] of [['en', english], ['zh-TW', chinese]]) {
      const sizes = Object.fromEntries(files.map((name) => [name, measure(chunks.get(name))]));
      const total = sum(Object.values(sizes));
      const result = {tag, lang, files: sizes, total, han: hanCount(files)};
      if (lang === 'en') {
        result.budget = BUDGETS[tag];
        if (result.budget && total.gzip > result.budget) problems.push(`${tag} (en): ${total.gzip} B gzip, over ${result.budget} B`);
        if (result.han) problems.push(`${tag} (en): ${result.han} Han characters in the scripts of an English page`);
      } else {
        result.extra = extra;
        if (extra.length !== 1 || lazyChunks.get(extra[0]) !== LAZY.chinese)
          problems.push(`${tag} (zh-TW): loads ${extra.length} more files than in English (${extra.join(', ') || 'none'}); expected the Chinese table (${LAZY.chinese}) only`);
        const missing = english.filter((name) => !chinese.includes(name));
        if (missing.length) problems.push(`${tag} (zh-TW): does not load ${missing.join(', ')}, which the English page loads`);
      }
      pages.push(result);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const litAlone = measure((await build('scripts/size-lit-entry.js')).find((chunk) => chunk.isEntry).code);

// The table: each page, then the files it loads (in Chinese, only those the English page does not).
const hashless = (name) => name.replace(/-[\w-]{8}\.js$/, '-*.js');
const pad = (value, width) => String(value).padStart(width);
const line = (name, size, note = '') =>
  console.log(`${name.padEnd(52)} ${pad(size.raw, 8)} ${pad(size.gzip, 8)} ${pad(size.brotli, 8)}  ${note}`);
console.log(`${'page / file'.padEnd(52)} ${pad('raw', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)}`);
for (const page of pages) {
  const count = Object.keys(page.files).length;
  const budget = page.budget ? `budget ${page.budget / KB} KB: ${page.total.gzip > page.budget ? 'OVER' : 'ok'}` : '';
  const han = page.lang === 'en' ? `, Han characters: ${page.han}` : '';
  line(`<${page.tag}> alone, ${page.lang} (${count} files)`, page.total, budget + han);
  const shown = page.lang === 'en' ? Object.keys(page.files) : page.extra;
  for (const name of shown) line(`  ${page.lang === 'en' ? '' : '+ '}${hashless(name)}`, page.files[name]);
}
console.log('\nloaded on demand');
for (const [name, module] of lazyChunks) line(`  ${hashless(name)} (${module})`, measure(chunks.get(name)));
line('Lit alone (same minifier, for reference)', litAlone);

mkdirSync('test-results', {recursive: true});
const onDemand = Object.fromEntries([...lazyChunks].map(([name, module]) => [name, {module, ...measure(chunks.get(name))}]));
writeFileSync('test-results/size.json', `${JSON.stringify({pages, onDemand, litAlone, problems}, null, 2)}\n`);
console.log('\nFigures: test-results/size.json');
if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
