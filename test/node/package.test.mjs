// The npm package as users get it: `npm pack`, install the tarball into an empty project, and
// use it from Node (classes without side effects, the validator), from TypeScript (types) and
// from a browser bundle (every element defined and rendering). Also: an application that already
// has another Lit 3 release keeps one copy of Lit. Needs `npm run build` first.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';

const root = new URL('../..', import.meta.url).pathname;
const run = (cmd, args, cwd) => execFileSync(cmd, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
let temp;
let project;
let files;
let tarball;
const install = (args, cwd) =>
  run('npm', ['install', ...args, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], cwd);

before(() => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run npm run build first');
  temp = mkdtempSync(join(tmpdir(), 'ogp-pack-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], root));
  files = packed.files.map((file) => file.path);
  project = join(temp, 'app');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'app', private: true, type: 'module'}));
  tarball = join(temp, packed.filename);
  install([tarball], project);
});

after(() => rmSync(temp, {recursive: true, force: true}));

test('the tarball holds only what users need', () => {
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/ogp-widgets.js', 'dist/embed.html',
    'dist/types/index.d.ts', 'dist/custom-elements.json', 'dist/vscode.html-custom-data.json',
    'data/schema/action-plan.v1.schema.json', 'data/taiwan/action-plan.json']) {
    assert.ok(files.includes(needed), `missing ${needed}`);
  }
  const unwanted = files.filter((file) => /^(src|test|stories|scripts|node_modules|demo|xliff|\.ci|\.storybook)\//.test(file) || file.endsWith('.map') || file.includes('.test.'));
  assert.deepEqual(unwanted, []);
});

test('the element classes import without defining anything; the validator works in Node', () => {
  const out = run('node', ['--input-type=module', '-e', `
    const m = await import('ogp-widgets/elements');
    const defined = globalThis.customElements?.get('ogp-commitment-card') ?? null;
    const {plan, problems} = m.validatePlan({id: 'x', government: 'G', title: 'T', stage: 'draft', policyAreas: [], commitments: [{id: '1', number: '1', title: 'One', policyAreas: [], status: 'done'}]});
    console.log(JSON.stringify({classes: ['OgpCommitmentCard', 'OgpPolicyAreaGrid', 'OgpProgressTracker', 'OgpCommitmentList', 'OgpActionPlan'].map((name) => typeof m[name]), defined, commitments: plan.commitments.length, problems: problems.map((p) => p.path)}));
  `], project);
  assert.deepEqual(JSON.parse(out), {classes: ['function', 'function', 'function', 'function', 'function'], defined: null, commitments: 1, problems: ['commitments[0].status']});
});

test('TypeScript sees the types of the package and of our tags', () => {
  writeFileSync(join(project, 'check.ts'), `
    import type {ActionPlan, OgpErrorDetail} from 'ogp-widgets';
    import 'ogp-widgets/commitment-card';
    const card = document.createElement('ogp-commitment-card');
    card.commitment = '4';
    card.addEventListener('ogp-error', (event) => { const detail: OgpErrorDetail = event.detail; console.log(detail.kind); });
    const plan: ActionPlan | undefined = card.loadedPlan;
    console.log(plan?.commitments.length);
  `);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({compilerOptions: {target: 'es2021', module: 'esnext', moduleResolution: 'bundler', strict: true, lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: true}, files: ['check.ts']}));
  run(join(root, 'node_modules/.bin/tsc'), ['-p', '.'], project);
});

test('a browser bundle of the installed package defines and renders every element', async () => {
  writeFileSync(join(project, 'main.js'), `
    import 'ogp-widgets';
    window.tags = ['ogp-commitment-card', 'ogp-policy-area-grid', 'ogp-progress-tracker', 'ogp-commitment-list', 'ogp-action-plan'].filter((t) => customElements.get(t));
  `);
  const result = await esbuild.build({entryPoints: [join(project, 'main.js')], bundle: true, format: 'esm', write: false, absWorkingDir: project, logLevel: 'silent'});
  const plan = readFileSync(join(root, 'data/taiwan/action-plan.json'), 'utf8');
  const browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html lang="zh-TW"><body><ogp-commitment-card commitment="10"></ogp-commitment-card></body></html>');
    await page.addScriptTag({type: 'module', content: result.outputFiles[0].text});
    await page.waitForFunction(() => window.tags?.length === 5);
    await page.evaluate((json) => (document.querySelector('ogp-commitment-card').plan = JSON.parse(json)), plan);
    const title = await page.locator('ogp-commitment-card .title').textContent();
    assert.equal(title.trim(), '強化政治獻金透明化');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

/** Every installed copy of `name` under `dir`'s node_modules, nested ones included: their versions. */
function installedCopies(dir, name) {
  const found = [];
  const visit = (modules) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      const packages = entry.startsWith('@')
        ? readdirSync(join(modules, entry)).map((scoped) => `${entry}/${scoped}`)
        : [entry];
      for (const pkg of packages) {
        if (pkg === name) found.push(JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version);
        visit(join(modules, pkg, 'node_modules'));
      }
    }
  };
  visit(join(dir, 'node_modules'));
  return found;
}

// Our dependencies are ranges (lit ^3.3.0), so an application that installed an earlier Lit 3
// release (here 3.3.0, while our own lockfile has a later one) shares it: one copy of Lit, Lit's
// own packages and its element registry, not two.
test('an application already on another Lit 3 release keeps one copy of Lit', () => {
  const app = join(temp, 'app-with-lit');
  mkdirSync(app);
  const manifest = (lit) => JSON.stringify({name: 'app-with-lit', private: true, dependencies: {lit}});
  writeFileSync(join(app, 'package.json'), manifest('3.3.0'));
  install([], app);
  // The application's own range, as most have it; its lockfile keeps 3.3.0.
  writeFileSync(join(app, 'package.json'), manifest('^3.0.0'));
  install([tarball], app);
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
    assert.equal(installedCopies(app, name).length, 1, `${name}: ${installedCopies(app, name)}`);
  }
  assert.deepEqual(installedCopies(app, 'lit'), ['3.3.0']);
  const tree = JSON.parse(run('npm', ['ls', 'lit', '--json'], app));
  assert.equal(tree.dependencies.lit.version, '3.3.0');
  assert.equal(tree.dependencies['ogp-widgets'].dependencies.lit.version, '3.3.0');
});
