#!/usr/bin/env node
// `npm run size`: raw, gzip and brotli bytes of every entry point, against the budgets:
//   dist/ogp-widgets.js (Lit and both languages included)  <= 20 KB gzip
//   each element's own code (Lit external)                 <=  5 KB gzip
// The CDN bundle is built here in memory with rollup.config.mjs, as `npm run build` writes it, so
// the figures name the files a page loads. An element's own code is built the same way, one
// element at a time with everything outside its folder external: its class, plus its view (which
// loads on first use), summed as separate files. Exits 1 past a budget.
import {readdirSync, existsSync} from 'node:fs';
import {build, CDN_ENTRY, KB, measure, withImports} from './bundle-size.mjs';

const sum = (sizes) =>
  sizes.reduce((a, b) => ({raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli}), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

const rows = [];
let failed = false;
const row = (name, size, budget) => {
  const over = budget !== undefined && size.gzip > budget;
  failed ||= over;
  rows.push({
    name,
    ...size,
    budget: budget === undefined ? '' : `${(budget / KB).toFixed(0)} KB`,
    ok: budget === undefined ? '' : over ? 'OVER' : 'ok',
  });
};

// The CDN bundle, file by file.
const chunks = await build(CDN_ENTRY);
const entry = chunks.find((chunk) => chunk.isEntry);
const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
row('dist/ogp-widgets.js', measure(entry.code), 20 * KB);
for (const chunk of chunks.filter((c) => !c.isEntry))
  row(`  ${chunk.fileName.replace(/-[\w-]{8}\.js$/, '-*.js')} (lazy)`, measure(chunk.code));

// What a page with one kind of element loads in all: the entry, the element's view and what it
// imports, and the validator. (The CSV reader and downloads come only when used.)
const validator = chunks.find((chunk) => Object.keys(chunk.modules).some((id) => id.endsWith('/src/data/validate.ts')));
const views = chunks.filter((c) => /\.view\.ts$/.test(c.facadeModuleId ?? ''));
for (const chunk of views) {
  const element = chunk.facadeModuleId.match(/components\/([^/]+)\//)[1];
  // The dashboard draws every other element, so it loads every view.
  const drawn = element === 'action-plan' ? views : [chunk];
  const files = new Set([entry, ...drawn, validator].flatMap((c) => [...withImports(c, byName)]));
  row(
    `page with <ogp-${element}> (${files.size} files)`,
    sum([...files].map((name) => measure(byName.get(name).code))),
  );
}

const litAlone = await build('scripts/size-lit-entry.js', {external: [], output: {manualChunks: undefined}});
row('lit alone (same minifier)', measure(litAlone.find((c) => c.isEntry).code));
for (const name of readdirSync('src/components')) {
  const defined = `src/components/${name}/define.ts`;
  if (!existsSync(defined)) continue;
  // Everything outside the element's own folder (Lit, the shared base, other elements) is external.
  const own = (id) => id.startsWith('./') || id.includes(`/components/${name}/`);
  const files = await build(defined, {external: (id) => !own(id)});
  row(`ogp-${name} own code (${files.length} files)`, sum(files.map((file) => measure(file.code))), 5 * KB);
}

const pad = (value, width) => String(value).padStart(width);
console.log(`${'entry'.padEnd(46)} ${pad('raw', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)} ${pad('budget', 7)}`);
for (const r of rows)
  console.log(
    `${r.name.padEnd(46)} ${pad(r.raw, 8)} ${pad(r.gzip, 8)} ${pad(r.brotli, 8)} ${pad(r.budget, 7)} ${r.ok}`,
  );
if (failed) {
  console.error('\nOver budget (gzip).');
  process.exit(1);
}
