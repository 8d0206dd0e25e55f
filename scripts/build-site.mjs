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

const out = 'dist/site';
execSync('npx vite build --config vite.site.config.ts --logLevel warn', {stdio: 'inherit'});

// Every CDN file and chunk, whatever their names (lazy siblings come and go).
const bundle = readdirSync('dist').filter((name) => /^ogp-.*\.js$/.test(name) || /^embed\.(html|js|css)$/.test(name));
for (const name of ['ogp-widgets.js', 'embed.html', 'embed.js', 'embed.css']) {
  if (!bundle.includes(name)) throw new Error(`build-site: dist/${name} is missing; run the whole \`npm run build\``);
}
for (const name of bundle) copyFileSync(`dist/${name}`, `${out}/${name}`);

mkdirSync(`${out}/data/taiwan`, {recursive: true});
copyFileSync('data/taiwan/action-plan.json', `${out}/data/taiwan/action-plan.json`);
cpSync('data/examples', `${out}/data/examples`, {recursive: true});
if (!existsSync(`${out}/builder.html`)) throw new Error('build-site: builder.html was not built');
console.log(`build-site: ${out}/ (2 pages, ${bundle.length} bundle files, data)`);
