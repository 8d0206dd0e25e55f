#!/usr/bin/env node
// `npm run build`: everything in dist/.
//   dist/index.js, elements.js, <element>.js, shared/   the npm package's modules (Lit external)
//   dist/types/                                          their TypeScript declarations
//   dist/ogp-widgets.js, ogp-<element>.js (+ ogp-widgets-*.js shared and lazy chunks)
//                                                        the CDN files, Lit included
//   dist/embed.html, embed.js, embed.css                 the iframe embed
//   dist/cli.js                                          the command-line tool behind bin/ogp-widgets.mjs
//   dist/custom-elements.json, vscode.html-custom-data.json
import {execSync} from 'node:child_process';
import {copyFileSync} from 'node:fs';

const run = (command) => execSync(command, {stdio: 'inherit'});
const started = Date.now();
run('npx custom-elements-manifest analyze --config custom-elements-manifest.config.mjs');
run('npx vite build --logLevel warn');
run('npx tsc -p tsconfig.build.json');
run('npx rollup -c rollup.config.mjs --silent');
// The command-line tool (npx ogp-widgets validate|convert), d3-dsv included: no runtime dependencies.
run('npx esbuild src/cli/cli.ts --bundle --platform=node --format=esm --target=node20 --outfile=dist/cli.js --log-level=warning');
run('node scripts/manifest-outputs.mjs');
for (const file of ['embed.html', 'embed.css']) copyFileSync(`embed/${file}`, `dist/${file}`);
run('node scripts/build-site.mjs');
console.log(`build: dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
