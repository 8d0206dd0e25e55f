// Smoke run of the benchmark suite (bench/bench.mjs): one iteration, no warm-up, no profiling
// (≈ 20–40 s on 2 cores; the harness still loads each element's lazy view once before timing).
// Checks that every measure is there with positive figures and computed ratios, not the figures
// themselves (benchmarks are not part of the pass/fail of `npm test`). Needs `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {root} from './support/static-server.mjs';

const run = promisify(execFile);

test('bench/bench.mjs runs once and writes every measure', {timeout: 150_000}, async () => {
  assert.ok(existsSync(join(root, 'dist/ogp-widgets.js')), 'dist/ogp-widgets.js is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'ogp-bench-'));
  const out = join(dir, 'results.json');
  try {
    const {stdout} = await run(
      process.execPath,
      ['bench/bench.mjs', '--iterations', '1', '--warmup', '0', '--no-profile', '--out', out],
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
      'startup.time',
      'startup.bytes',
      'size.cdn.gzip',
      'size.cdn.brotli',
      'memory.js-heap',
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
      assert.ok(Number.isFinite(m.floor) && m.floor > 0, `${m.id}: floor = ${m.floor}`);
      assert.ok(Math.abs(m.ratio - m.ours / m.floor) < 1e-9, `${m.id}: ratio ${m.ratio} is ours / floor`);
      assert.equal(m.runs.ours.length, 1, `${m.id}: one run`);
      if (m.target !== null) assert.equal(typeof m.ok, 'boolean', `${m.id}: ok is computed against ${m.target}`);
    }
    const byId = Object.fromEntries(results.measures.map((m) => [m.id, m]));
    for (const id of ['render.list-1000', 'data.validate-10000', 'size.cdn.gzip'])
      assert.ok(byId[id].target, `${id} has its target`);
    // The widget and the vanilla floor show the same commitments (all of them for the lists).
    assert.equal(byId['render.list-1000'].extra.shown, 1000);
    assert.equal(byId['render.list-100'].extra.shown, 100);
    assert.equal(byId['render.list-12'].extra.shown, 12);
    // The widget was timed to its drawn content (the view chunk loaded, no skeleton), not to a
    // placeholder: same element count as the vanilla rendering.
    assert.equal(byId['render.list-1000'].extra.elements.ours, byId['render.list-1000'].extra.elements.floor);
    assert.equal(byId['render.list-1000'].extra.settleRounds, 0, 'rendered within updateComplete');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
