// A document without progress reports renders exactly as before the widgets learnt about them,
// except for the new per-agency roll-up: every case of test/node/support/before-reports.mjs (each
// element, a few attribute sets, both languages, the illustrative plan as it was then and Taiwan's
// draft), rendered from the built dist/, equals the rendering of commit c8b9606 kept in
// test/node/fixtures/before-reports/ (scripts/render-snapshots.mjs made them). Needs `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {CASES, FIXTURES, renderCases} from './support/before-reports.mjs';
import {root} from './support/static-server.mjs';

/** The first lines where the two renderings differ, for a failure message one can read. */
function firstDifferences(now, before, count = 4) {
  const [a, b] = [now.split('\n'), before.split('\n')];
  const lines = [];
  for (let i = 0; i < Math.max(a.length, b.length) && lines.length < count * 2; i++) {
    if (a[i] !== b[i]) lines.push(`line ${i + 1}, now:    ${a[i]?.trim()}`, `line ${i + 1}, before: ${b[i]?.trim()}`);
  }
  return `renders differently from before progress reports:\n${lines.join('\n')}`;
}

test('a document without progress reports renders exactly as before (the per-agency roll-up left out)', async (t) => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ogp-widgets.js is missing: run `npm run build` first');
  const rendered = await renderCases();
  assert.equal(rendered.size, CASES.length);
  for (const {file} of CASES) {
    await t.test(file, () => {
      const now = rendered.get(file);
      const before = readFileSync(join(FIXTURES, file), 'utf8');
      assert.ok(before.includes('#shadow-root') && now.includes('#shadow-root'), `nothing rendered:\n${now}`);
      assert.equal(now, before, firstDifferences(now, before));
    });
  }
});
