#!/usr/bin/env node
// `npm run size`: raw, gzip and brotli bytes of every entry point, against the budgets:
//   dist/ogp-widgets.js (Lit and both languages included)  <= 20 KB gzip
//   each element's own code (Lit external)                 <=  5 KB gzip
// Elements are built here the way the CDN bundle is (rollup, esbuild, template-literal
// minification, terser), one at a time, with lit and the shared base external, so each figure
// is what that element adds. Exits 1 past a budget.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {minifyTemplateLiterals} from 'rollup-plugin-minify-template-literals';

const KB = 1024;
const measure = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, {level: 9}).length,
  brotli: brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
});

async function build(input, external) {
  const bundle = await rollup({
    input,
    external,
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
    plugins: [
      nodeResolve({browser: true}),
      esbuild({target: 'es2021', tsconfig: 'tsconfig.json'}),
      minifyTemplateLiterals(),
      terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
    ],
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  // What loads with the entry; lazily imported chunks (CSV, downloads) are not counted.
  return output.filter((chunk) => chunk.type === 'chunk' && chunk.isEntry).map((chunk) => chunk.code).join('\n');
}

const rows = [];
let failed = false;
const row = (name, size, budget) => {
  const over = budget !== undefined && size.gzip > budget;
  failed ||= over;
  rows.push({name, ...size, budget: budget === undefined ? '' : `${(budget / KB).toFixed(0)} KB`, ok: budget === undefined ? '' : over ? 'OVER' : 'ok'});
};

if (!existsSync('dist/ogp-widgets.js')) {
  console.error('dist/ogp-widgets.js is missing: run npm run build first.');
  process.exit(2);
}
row('dist/ogp-widgets.js', measure(readFileSync('dist/ogp-widgets.js')), 20 * KB);
for (const file of readdirSync('dist').filter((f) => /^ogp-widgets-.*\.js$/.test(f))) {
  row(`dist/${file} (lazy)`, measure(readFileSync(`dist/${file}`)));
}
row('lit alone (same minifier)', measure(await build('scripts/size-lit-entry.js', [])));
row('shared base (Lit external)', measure(await build('src/base/ogp-element.ts', (id) => /^lit($|\/)|^@lit\//.test(id))));
for (const name of readdirSync('src/components')) {
  const entry = `src/components/${name}/define.ts`;
  // Everything outside the element's own folder (Lit, the shared base, other elements) is external.
  const own = (id) => id.startsWith('./') || id.includes(`/components/${name}/`);
  if (existsSync(entry)) row(`ogp-${name} (own code)`, measure(await build(entry, (id) => !own(id))), 5 * KB);
}

const pad = (value, width) => String(value).padStart(width);
console.log(`${'entry'.padEnd(38)} ${pad('raw', 8)} ${pad('gzip', 8)} ${pad('brotli', 8)} ${pad('budget', 7)}`);
for (const r of rows) console.log(`${r.name.padEnd(38)} ${pad(r.raw, 8)} ${pad(r.gzip, 8)} ${pad(r.brotli, 8)} ${pad(r.budget, 7)} ${r.ok}`);
if (failed) {
  console.error('\nOver budget (gzip).');
  process.exit(1);
}
