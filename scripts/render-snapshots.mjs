#!/usr/bin/env node
// Writes test/node/fixtures/before-reports/*.txt: what each element showed for documents without
// progress reports (the illustrative plan as it was then, and Taiwan's draft) before the widgets
// learnt about progress reports; test/node/before-reports.test.mjs checks that the current build
// still shows exactly that (the new per-agency roll-up left out). The cases, the serialisation and
// `today` are in test/node/support/before-reports.mjs.
//
// The fixtures come from the build of commit c8b9606, the last one before progress reports:
//   git worktree add --detach /tmp/before-reports c8b9606
//   ln -s "$PWD/node_modules" /tmp/before-reports/node_modules   # the same dependencies
//   (cd /tmp/before-reports && npm run build)
//   node scripts/render-snapshots.mjs --dist /tmp/before-reports
//   git worktree remove --force /tmp/before-reports
// Without --dist it renders this repository's own dist/ (to see what changed: `git diff` after).
// Never rewrite the fixtures from a newer build to make the test pass: they record the old rendering.
import {mkdirSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {FIXTURES, renderCases} from '../test/node/support/before-reports.mjs';
import {root} from '../test/node/support/static-server.mjs';

const {values} = parseArgs({options: {dist: {type: 'string'}}});
const distRoot = values.dist ? resolve(values.dist) : root;
const started = Date.now();
const results = await renderCases(distRoot);
mkdirSync(FIXTURES, {recursive: true});
for (const [file, text] of results) writeFileSync(join(FIXTURES, file), text);
console.log(
  `render-snapshots: ${results.size} files in ${FIXTURES} from ${join(distRoot, 'dist')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
