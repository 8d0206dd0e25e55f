#!/usr/bin/env node
// The demo site and embed builder as static files, ready for any static host: dist/site/.
//   index.html, builder.html, assets/        the two pages (vite.site.config.ts)
//   ogp-*.js                                 the CDN files: ogp-widgets.js (every element), each
//                                            element's own file (what the builder's script snippet
//                                            loads) and their chunks
//   embed.html, embed.js, embed.css          the iframe embed the builder's iframe snippet loads
//   data/taiwan/action-plan.json, data/examples/*   the bundled data, at the paths the pages use
// Run after the rest of `npm run build` (it copies from dist/).
import {execSync} from 'node:child_process';
import {copyFileSync, cpSync, existsSync, mkdirSync, readdirSync} from 'node:fs';
import {ELEMENTS} from '../rollup.config.mjs';

const out = 'dist/site';
execSync('npx vite build --config vite.site.config.ts --logLevel warn', {stdio: 'inherit'});

// Every file of the CDN build, whatever their names (shared and lazy chunks come and go).
const bundle = readdirSync('dist').filter((name) => /^ogp-[\w.-]+\.js$/.test(name) || /^embed\.(html|js|css)$/.test(name));
const cdnFiles = ['ogp-widgets.js', ...ELEMENTS.map((name) => `ogp-${name}.js`)];
for (const name of [...cdnFiles, 'embed.html', 'embed.js', 'embed.css']) {
  if (!bundle.includes(name)) throw new Error(`build-site: dist/${name} is missing; run the whole \`npm run build\``);
}
for (const name of bundle) copyFileSync(`dist/${name}`, `${out}/${name}`);

mkdirSync(`${out}/data/taiwan`, {recursive: true});
copyFileSync('data/taiwan/action-plan.json', `${out}/data/taiwan/action-plan.json`);
cpSync('data/examples', `${out}/data/examples`, {recursive: true});
if (!existsSync(`${out}/builder.html`)) throw new Error('build-site: builder.html was not built');
console.log(`build-site: ${out}/ (2 pages, ${bundle.length} bundle files, data)`);
