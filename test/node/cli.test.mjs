// The command-line tool, run as a user runs it: `node bin/ogp-widgets.mjs …` against a fresh
// build of src/cli/cli.ts (the same esbuild options as `npm run build`), in a temporary folder.
// `render` draws with the built renderer beside it (dist/ssr.js, linked into that folder): run
// `npm run build` first. Run with `node --test test/node/cli.test.mjs`.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, findChromium} from '../../scripts/chromium.mjs';
import {listen, serveRepository} from './support/static-server.mjs';
import {until} from './support/until.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const repo = (path) => join(root, path);
let temp;
let bin;

before(async () => {
  temp = mkdtempSync(join(tmpdir(), 'ogp-cli-'));
  mkdirSync(join(temp, 'bin'));
  copyFileSync(repo('bin/ogp-widgets.mjs'), join(temp, 'bin/ogp-widgets.mjs'));
  bin = join(temp, 'bin/ogp-widgets.mjs');
  await esbuild.build({
    entryPoints: [repo('src/cli/cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(temp, 'dist/cli.js'),
    logLevel: 'silent',
  });
  // The renderer as `npm run build` writes it, next to cli.js (Node follows the link, so its own
  // imports of Lit and its chunks resolve in the repository).
  assert.ok(existsSync(repo('dist/ssr.js')), 'dist/ssr.js is missing: run `npm run build` first');
  symlinkSync(repo('dist/ssr.js'), join(temp, 'dist/ssr.js'));
});
after(() => rmSync(temp, {recursive: true, force: true}));

/** Runs the tool; resolves to {code, stdout, stderr}. */
function cli(args, {input, script = bin, cwd = root} = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {cwd});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
    child.stdin.end(input ?? '');
  });
}

/** Writes a file into the temporary folder; returns its path. */
function fixture(name, text) {
  const path = join(temp, name);
  writeFileSync(path, text);
  return path;
}

const illustrativeJson = () => JSON.parse(readFileSync(repo('data/examples/illustrative-plan.json'), 'utf8'));

const BAD_CSV = [
  'type,id,commitment,number,title@en,title@zh-TW,status,government@en,stage,areas,priority',
  'plan,demo,,,Demo plan,示範方案,,Demo Government,implementing,,',
  'area,open-data,,,Open data,開放資料,,,,,',
  'commitment,c1,,1,Open the data,開放資料,limited,,,open-data,high',
  'milestone,m1,c1,,First step,第一步,complete,,,,',
  'milestone,m2,c1,,Second step,第二步,in-progress,,,,',
  'milestone,m3,c1,,Bad step,壞步驟,done,,,,',
  'milestone,m4,c9,,Orphan step,孤兒步驟,complete,,,,',
].join('\r\n');

describe('ogp-widgets validate', () => {
  it('passes the illustrative plan as JSON and as CSV, and the template: exit 0, a summary line', async () => {
    for (const [file, summary] of [
      ['data/examples/illustrative-plan.json', 'no problems (9 policy areas, 8 commitments, 21 milestones, 17 progress reports)'],
      ['data/examples/illustrative-plan.csv', 'no problems (9 policy areas, 8 commitments, 21 milestones, 17 progress reports)'],
      ['data/templates/action-plan-template.csv', 'no problems (1 policy area, 1 commitment, 2 milestones, 1 progress report)'],
      ['data/taiwan/action-plan.json', 'no problems (9 policy areas, 12 commitments, 0 milestones)'],
    ]) {
      const {code, stdout, stderr} = await cli(['validate', file]);
      assert.equal(stdout, `${file}: ${summary}\n`);
      assert.equal(stderr, '');
      assert.equal(code, 0, file);
    }
  });

  it('prints each problem of a CSV with its row and column, then a summary: exit 1', async () => {
    const file = fixture('bad.csv', BAD_CSV);
    const {code, stdout, stderr} = await cli(['validate', file]);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    assert.deepEqual(stdout.split('\n'), [
      `${file}: row 1, column priority: unknown column "priority"; it was ignored (start a column's name with # to keep notes)`,
      `${file}: row 7, column status: unknown value "done" (expected one of: not-started, in-progress, complete, withdrawn); the milestone was left out`,
      `${file}: row 8, column commitment: no commitment with id "c9"; the milestone was left out`,
      `${file}: 3 problems; widgets show the valid parts (1 policy area, 1 commitment, 2 milestones)`,
      '',
    ]);
  });

  it('prints each problem of a JSON file with its path: exit 1', async () => {
    const plan = illustrativeJson();
    plan.commitments[3].milestones[0].status = 'done';
    plan.stage = 'maybe';
    const file = fixture('bad.json', JSON.stringify(plan));
    const {code, stdout} = await cli(['validate', file]);
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines[0], `${file}: stage: unknown value "maybe" (expected one of: draft, adopted, implementing, ended)`);
    assert.match(lines[1], /: commitments\[3\]\.milestones\[0\]\.status: unknown value "done" \(expected one of: .*\); the milestone was left out$/);
    // A progress report naming the milestone left out loses that entry too.
    assert.equal(
      lines[2],
      `${file}: commitments[3].updates[0].milestones[0]: unknown milestone "3-a": the commitment has no milestone with this id; the entry was left out`,
    );
    assert.equal(lines[3], `${file}: 3 problems; widgets show the valid parts (9 policy areas, 8 commitments, 20 milestones, 17 progress reports)`);
  });

  it('prints warnings, marked, and exits 0 when there are only warnings; 1 with an error beside them', async () => {
    const plan = illustrativeJson();
    // Commitment 1-1's latest self update (2026-07-15) says "substantial".
    plan.commitments[0].status = 'complete';
    let file = fixture('warned.json', JSON.stringify(plan));
    let result = await cli(['validate', file]);
    assert.equal(result.stderr, '');
    assert.deepEqual(result.stdout.split('\n'), [
      `${file}: commitments[0].status: warning: status "complete" differs from the latest self update (2026-07-15): "substantial"; the update wins`,
      `${file}: no problems, 1 warning (9 policy areas, 8 commitments, 21 milestones, 17 progress reports)`,
      '',
    ]);
    assert.equal(result.code, 0);

    plan.commitments[0].updates.push({date: '2026-12-01', status: 'complete'});
    file = fixture('warned-and-wrong.json', JSON.stringify(plan));
    result = await cli(['validate', file]);
    assert.deepEqual(result.stdout.split('\n'), [
      `${file}: commitments[0].updates[3].date: dated after the document's updated date (2026-10-15), so its date cannot be trusted; the update was left out`,
      `${file}: commitments[0].status: warning: status "complete" differs from the latest self update (2026-07-15): "substantial"; the update wins`,
      `${file}: 1 problem, 1 warning; widgets show the valid parts (9 policy areas, 8 commitments, 21 milestones, 17 progress reports)`,
      '',
    ]);
    assert.equal(result.code, 1);
  });

  it('reports files that are not plans at all: exit 1', async () => {
    const broken = fixture('broken.json', '{"id": "x",');
    let result = await cli(['validate', broken]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /broken\.json: \(document\): not valid JSON: .*\n.*broken\.json: 1 problem; no action plan found\n$/);
    const people = fixture('people.csv', 'name,age\nMei,30\n');
    result = await cli(['validate', people]);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /people\.csv: column type: no header row with a "type" column/);
  });

  it('reads standard input with -, and http(s) URLs (a sheet published as CSV)', async () => {
    let result = await cli(['validate', '-', '--format', 'csv'], {input: BAD_CSV});
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^-: row 1, column priority/);

    const csv = readFileSync(repo('data/examples/illustrative-plan.csv'));
    const server = createServer((request, response) => {
      if (request.url.startsWith('/pub?output=csv')) {
        response.writeHead(200, {'content-type': 'text/csv; charset=utf-8'});
        response.end(csv);
      } else {
        response.writeHead(404).end('no');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${server.address().port}`;
      result = await cli(['validate', `${base}/pub?output=csv&gid=0`]);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /no problems \(9 policy areas, 8 commitments, 21 milestones, 17 progress reports\)/);
      result = await cli(['validate', `${base}/missing.csv`]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /cannot read .*missing\.csv: HTTP 404/);
    } finally {
      server.close();
    }
  });
});

describe('ogp-widgets convert', () => {
  it('prints the JSON plan of a CSV: the illustrative CSV gives back the JSON file', async () => {
    const {code, stdout, stderr} = await cli(['convert', 'data/examples/illustrative-plan.csv']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const expected = illustrativeJson();
    // A sheet has no way to write an empty list of milestones.
    for (const c of expected.commitments) if (c.milestones?.length === 0) delete c.milestones;
    assert.equal(stdout, `${JSON.stringify(expected, null, 2)}\n`);
  });

  it('prints the CSV of a JSON plan: the committed example CSV', async () => {
    const {code, stdout} = await cli(['convert', 'data/examples/illustrative-plan.json']);
    assert.equal(code, 0);
    assert.equal(stdout, readFileSync(repo('data/examples/illustrative-plan.csv'), 'utf8'));
  });

  it('prints the valid parts of a bad sheet, with the problems on standard error: exit 1', async () => {
    const file = fixture('bad-convert.csv', BAD_CSV);
    const {code, stdout, stderr} = await cli(['convert', file]);
    assert.equal(code, 1);
    const plan = JSON.parse(stdout);
    assert.deepEqual(
      plan.commitments[0].milestones.map((m) => m.id),
      ['m1', 'm2'],
    );
    assert.match(stderr, /bad-convert\.csv: row 7, column status: unknown value "done"/);
    assert.match(stderr, /bad-convert\.csv: 3 problems; the output holds the valid parts\n$/);
  });
});

describe('sheets with progress reports (update rows)', () => {
  const UPDATES_CSV = [
    'type,commitment,id,number,title@en,title@zh-TW,status,start,end,completed,government@en,stage,updated,date,progress@en,progress@zh-TW,evidence url,evidence title@en,evidence title@zh-TW,challenges,milestones',
    'plan,,demo,,Demo plan,示範方案,,2025-01,2026-12,,Demo Government,implementing,2026-10-01,,,,,,,,',
    'commitment,,c1,1,Open the data,開放資料,limited,2025-01,2026-12,,,,,,,,,,,,',
    'milestone,c1,m1,,First step,第一步,complete,2025-01,2025-06,2025-06-20,,,,,,,https://example.org/m1,Proof,證明,,',
    'milestone,c1,m2,,Second step,第二步,in-progress,2025-07,2026-06,,,,,,,,,,,,',
    'update,c1,,,,,limited,2025-01,2025-06,,,,,2025-07-15,Step one done.,第一步完成。,https://example.org/m1,Proof,證明,delay-in-approvals,m1: complete; m2: in-progress',
    'update,c9,,,,,limited,2025-07,2025-12,,,,,2026-01-20,Lost.,遺失。,,,,,',
    'update,c1,,,,,limited,2025-07,2025-12,,,,,2026-01-20,Waiting.,等待中。,,,,,m2 in progress',
  ].join('\r\n');

  it('validate names the row and column of problems in update rows: exit 1', async () => {
    const file = fixture('updates.csv', UPDATES_CSV);
    const {code, stdout} = await cli(['validate', file]);
    assert.equal(code, 1);
    assert.deepEqual(stdout.split('\n'), [
      `${file}: row 7, column commitment: no commitment with id "c9"; the update was left out`,
      `${file}: row 8, column milestones: "m2 in progress" is not a milestone's id and status, such as "1-1-a: complete"; it was left out`,
      `${file}: 2 problems; widgets show the valid parts (0 policy areas, 1 commitment, 2 milestones, 2 progress reports)`,
      '',
    ]);
  });

  it('convert carries the updates: CSV → JSON → CSV → JSON gives the same plan', async () => {
    const sheet = fixture('updates-good.csv', UPDATES_CSV.split('\r\n').slice(0, 6).join('\r\n'));
    const toJson = await cli(['convert', sheet]);
    assert.equal(toJson.stderr, '');
    assert.equal(toJson.code, 0);
    const plan = JSON.parse(toJson.stdout);
    assert.deepEqual(plan.commitments[0].milestones[0].evidence, [{url: 'https://example.org/m1', title: {en: 'Proof', 'zh-TW': '證明'}}]);
    assert.deepEqual(plan.commitments[0].updates, [
      {
        date: '2025-07-15',
        period: {start: '2025-01', end: '2025-06'},
        status: 'limited',
        progress: {en: 'Step one done.', 'zh-TW': '第一步完成。'},
        evidence: [{url: 'https://example.org/m1', title: {en: 'Proof', 'zh-TW': '證明'}}],
        challenges: ['delay-in-approvals'],
        milestones: [
          {id: 'm1', status: 'complete'},
          {id: 'm2', status: 'in-progress'},
        ],
      },
    ]);
    const toCsv = await cli(['convert', fixture('updates.json', toJson.stdout)]);
    assert.equal(toCsv.code, 0, toCsv.stderr);
    assert.match(toCsv.stdout, /^update,c1,/m);
    const again = await cli(['convert', fixture('updates-again.csv', toCsv.stdout)]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, toJson.stdout);
  });
});

describe('ogp-widgets usage', () => {
  it('exits 2 with the usage on wrong arguments, 0 with --help', async () => {
    for (const args of [[], ['check', 'x.csv'], ['validate'], ['validate', 'a.csv', 'b.csv'], ['validate', 'a.csv', '--format', 'xml'], ['validate', '--strict', 'a.csv']]) {
      const {code, stdout, stderr} = await cli(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /Usage: ogp-widgets <command> FILE/);
    }
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /validate FILE/);
    assert.match(help.stdout, /convert FILE/);
  });

  it('exits 2 when the file cannot be read', async () => {
    const {code, stderr} = await cli(['validate', 'no-such-file.csv']);
    assert.equal(code, 2);
    assert.equal(stderr, 'ogp-widgets: cannot read no-such-file.csv: no such file\n');
  });

  it('says to build first when dist/cli.js is missing', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'ogp-cli-bare-'));
    try {
      mkdirSync(join(bare, 'bin'));
      copyFileSync(repo('bin/ogp-widgets.mjs'), join(bare, 'bin/ogp-widgets.mjs'));
      const {code, stderr} = await cli(['validate', 'x.csv'], {script: join(bare, 'bin/ogp-widgets.mjs')});
      assert.equal(code, 2);
      assert.match(stderr, /dist\/cli\.js is missing.*npm run build/);
    } finally {
      rmSync(bare, {recursive: true, force: true});
    }
  });
});

describe('ogp-widgets render', () => {
  const TAIWAN = JSON.parse(readFileSync(repo('data/taiwan/action-plan.json'), 'utf8'));
  const ILLUSTRATIVE = illustrativeJson();
  const TAGS = {
    card: 'ogp-commitment-card',
    grid: 'ogp-policy-area-grid',
    tracker: 'ogp-progress-tracker',
    list: 'ogp-commitment-list',
    dashboard: 'ogp-action-plan',
  };

  /** The element's opening tag in the output, and its attributes. */
  function opening(html, tag) {
    const match = new RegExp(`<${tag}\\b([^>]*)>`).exec(html);
    assert.ok(match, `no <${tag}> in the output: ${html.slice(0, 200)}`);
    return Object.fromEntries([...match[1].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? '']));
  }

  /** The plan written inline as the element's JSON child. */
  const inlinePlan = (html) =>
    JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1]);

  it('renders each element: the element, a declarative shadow root with the plan drawn, the plan inline', async () => {
    for (const [name, tag] of Object.entries(TAGS)) {
      const args = ['render', name, '--data', 'data/taiwan/action-plan.json', '--today', '2026-12-03'];
      if (name === 'card') args.push('--commitment', '4');
      const {code, stdout, stderr} = await cli(args);
      assert.equal(stderr, '', name);
      assert.equal(code, 0, name);
      const attributes = opening(stdout, tag);
      assert.equal(attributes.lang, 'en', name);
      assert.equal(attributes['rendered-on'], '2026-12-03', name);
      assert.equal(attributes['rendered-by'], 'ogp-widgets@0.1.0', name);
      assert.match(stdout, new RegExp(`<${tag}[^>]*><template shadowroot(mode)?="open"`), name);
      assert.deepEqual(inlinePlan(stdout), TAIWAN, name);
      // Drawn, in English: the card its commitment's title, the others the plan's commitments.
      const text = stdout.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      const expected = name === 'card' ? TAIWAN.commitments.find((c) => c.id === '4').title.en : TAIWAN.commitments[0].title.en;
      if (name !== 'grid') assert.ok(text.includes(expected), `${name}: "${expected}" is not drawn`);
      else assert.ok(text.includes(TAIWAN.policyAreas[0].title.en), `${name}: the first policy area is not drawn`);
    }
  });

  it('--lang zh-TW, --theme, --heading-level and --attr pass through; the full tag names work too', async () => {
    const {code, stdout, stderr} = await cli([
      'render', 'ogp-commitment-card', '--data', 'data/taiwan/action-plan.json', '--commitment', '4',
      '--lang', 'zh-TW', '--theme', 'dark', '--heading-level', '3', '--attr', 'compact', '--attr', 'stale-after=9',
    ]);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const attributes = opening(stdout, 'ogp-commitment-card');
    assert.equal(attributes.lang, 'zh-TW');
    assert.equal(attributes.theme, 'dark');
    assert.equal(attributes['heading-level'], '3');
    assert.equal(attributes.compact, '');
    assert.equal(attributes['stale-after'], '9');
    assert.match(attributes['rendered-on'], /^\d{4}-\d{2}-\d{2}$/);
    assert.match(stdout, new RegExp(`<h3[^>]*>(<[^>]+>)*${TAIWAN.commitments.find((c) => c.id === '4').title['zh-TW']}`));
  });

  it('reads a CSV spreadsheet through the same reader as convert: its plan inline as JSON', async () => {
    const {code, stdout, stderr} = await cli([
      'render', 'tracker', '--data', 'data/examples/illustrative-plan.csv', '--lang', 'zh-TW', '--today', '2026-12-03',
    ]);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const converted = JSON.parse((await cli(['convert', 'data/examples/illustrative-plan.csv'])).stdout);
    assert.deepEqual(inlinePlan(stdout), converted);
    assert.ok(stdout.includes(ILLUSTRATIVE.title['zh-TW']) || stdout.includes('示範'), 'Chinese text drawn');
  });

  it('prints a sheet\'s problems as validate does, and renders its valid parts', async () => {
    const file = fixture('render-bad.csv', BAD_CSV);
    const {code, stdout, stderr} = await cli(['render', 'list', '--data', file]);
    assert.equal(code, 0);
    assert.match(stderr, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: row 7, column status: unknown value "done"`, 'm'));
    assert.ok(stdout.includes('Open the data'), 'the valid commitment is drawn');
  });

  it('reads standard input with - (JSON found by its first character)', async () => {
    const {code, stdout, stderr} = await cli(['render', 'grid', '--data', '-', '--lang', 'zh-TW'], {
      input: readFileSync(repo('data/taiwan/action-plan.json'), 'utf8'),
    });
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.ok(stdout.includes(TAIWAN.policyAreas[0].title['zh-TW']));
  });

  it('reads an http(s) address (here a local http server): JSON, and CSV by its content type', async () => {
    const csv = readFileSync(repo('data/examples/illustrative-plan.csv'));
    const server = createServer((request, response) => {
      if (request.url === '/plan.json') {
        response.writeHead(200, {'content-type': 'application/json'});
        response.end(JSON.stringify(TAIWAN));
      } else if (request.url.startsWith('/pub?output=csv')) {
        response.writeHead(200, {'content-type': 'text/csv; charset=utf-8'});
        response.end(csv);
      } else response.writeHead(404).end('no');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${server.address().port}`;
      let result = await cli(['render', 'card', '--data', `${base}/plan.json`, '--commitment', '4']);
      assert.equal(result.code, 0, result.stderr);
      assert.deepEqual(inlinePlan(result.stdout), TAIWAN);
      result = await cli(['render', 'list', '--data', `${base}/pub?output=csv`, '--today', '2026-12-03']);
      assert.equal(result.code, 0, result.stderr);
      assert.ok(result.stdout.includes(ILLUSTRATIVE.commitments[0].title.en));
      result = await cli(['render', 'list', '--data', `${base}/missing.json`]);
      assert.equal(result.code, 1);
      assert.equal(result.stderr, `ogp-widgets: cannot read ${base}/missing.json: HTTP 404 Not Found\n`);
    } finally {
      server.close();
    }
  });

  it('--page writes a whole document: language, charset, viewport, the plan title, the script tag', async () => {
    let {code, stdout, stderr} = await cli(['render', 'dashboard', '--data', 'data/taiwan/action-plan.json', '--lang', 'zh-TW', '--page']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /^<!doctype html>\n<html lang="zh-TW">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n/);
    assert.ok(stdout.includes(`<title>${TAIWAN.title['zh-TW']}</title>`));
    assert.ok(stdout.includes('<script type="module" src="https://cdn.jsdelivr.net/npm/ogp-widgets@0.1.0/dist/ogp-widgets.js"></script>'));
    assert.match(stdout, /<body>\n<main>\n(<!--[^>]*-->)*<ogp-action-plan[\s\S]*<\/ogp-action-plan>(<!--[^>]*-->)*\n<\/main>\n<\/body>\n<\/html>\n$/);
    ({code, stdout} = await cli(['render', 'card', '--data', 'data/taiwan/action-plan.json', '--commitment', '1', '--page', '--script-url', '/dist/ogp-commitment-card.js']));
    assert.equal(code, 0);
    assert.ok(stdout.includes('<script type="module" src="/dist/ogp-commitment-card.js"></script>'));
    assert.ok(stdout.includes(`<title>${TAIWAN.title.en}</title>`));
    // Without --page: only the element.
    ({stdout} = await cli(['render', 'card', '--data', 'data/taiwan/action-plan.json', '--commitment', '1']));
    assert.ok(!stdout.includes('<!doctype') && !stdout.includes('<script type="module"'));
  });

  it('--csp prints the style sources a strict policy needs on stderr, the HTML alone on stdout', async () => {
    const {code, stdout, stderr} = await cli(['render', 'tracker', '--data', 'data/examples/illustrative-plan.json', '--today', '2026-12-03', '--csp']);
    assert.equal(code, 0);
    assert.match(stdout, /^<ogp-progress-tracker /);
    const [elem, attr] = stderr.trim().split('\n');
    assert.match(elem, /^style-src-elem( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    assert.match(attr, /^style-src-attr 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/]+=*')+$/, 'the bars have style attributes');
    // Each source is the hash of a style block, or of a style attribute, of the HTML.
    const {createHash} = await import('node:crypto');
    const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const blocks = [...stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
    const attributes = [...stdout.matchAll(/\sstyle="([^"]*)"/g)].map((m) => hash(m[1]));
    assert.deepEqual(elem.split(' ').slice(1).sort(), [...new Set(blocks)].sort());
    assert.deepEqual(attr.split(' ').slice(2).sort(), [...new Set(attributes)].sort());
  });

  it('bad input: one line on standard error, exit 1, no stack trace', async () => {
    const broken = fixture('render-broken.json', '{"id": "x",');
    const notAPlan = fixture('render-people.csv', 'name,age\nMei,30\n');
    const cases = [
      [['render'], /^ogp-widgets: render needs an element: card, grid, tracker, list or dashboard\n$/],
      [['render', 'cards', '--data', 'data/taiwan/action-plan.json'], /^ogp-widgets: unknown element "cards" \(card, grid, tracker, list or dashboard\)\n$/],
      [['render', 'list'], /^ogp-widgets: render needs --data FILE/],
      [['render', 'list', '--data', 'no-such-file.json'], /^ogp-widgets: cannot read no-such-file\.json: no such file\n$/],
      [['render', 'list', '--data', broken], /^ogp-widgets: .*render-broken\.json: not valid JSON: .*\n$/],
      [['render', 'card', '--data', 'data/taiwan/action-plan.json', '--commitment', '99'], /^ogp-widgets: data\/taiwan\/action-plan\.json has no commitment "99" \(ids: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12\)\n$/],
      [['render', 'card', '--data', 'data/taiwan/action-plan.json'], /^ogp-widgets: a card needs --commitment ID \(ids: 1, 2/],
      [['render', 'list', '--data', 'data/taiwan/action-plan.json', '--sort', 'x'], /^ogp-widgets: unknown option --sort/],
      [['render', 'list', '--data', 'data/taiwan/action-plan.json', '--theme', 'pink'], /^ogp-widgets: --theme must be light or dark\n$/],
      [['render', 'list', '--data', 'data/taiwan/action-plan.json', '--today', '3 Dec'], /^ogp-widgets: --today 3 Dec: not a date/],
      [['render', 'list', '--data', 'data/taiwan/action-plan.json', '--attr', 'rendered-on=2020-01-01'], /^ogp-widgets: --attr rendered-on: the renderer writes this attribute itself\n$/],
    ];
    for (const [args, expected] of cases) {
      const {code, stdout, stderr} = await cli(args);
      assert.equal(code, 1, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr, expected, args.join(' '));
      assert.ok(!/\n\s+at /.test(stderr), `a stack trace: ${stderr}`);
    }
    // Not a plan at all: the problem as validate prints it, then why nothing was rendered.
    const {code, stderr} = await cli(['render', 'list', '--data', notAPlan]);
    assert.equal(code, 1);
    assert.match(stderr, /render-people\.csv: column type: no header row with a "type" column.*\nogp-widgets: .*render-people\.csv: no action plan found, nothing to render\n$/);
  });

  it('says to build when the renderer is missing; --help describes render', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'ogp-cli-nossr-'));
    try {
      mkdirSync(join(bare, 'bin'));
      mkdirSync(join(bare, 'dist'));
      copyFileSync(repo('bin/ogp-widgets.mjs'), join(bare, 'bin/ogp-widgets.mjs'));
      copyFileSync(join(temp, 'dist/cli.js'), join(bare, 'dist/cli.js'));
      const {code, stderr} = await cli(['render', 'list', '--data', 'data/taiwan/action-plan.json'], {script: join(bare, 'bin/ogp-widgets.mjs')});
      assert.equal(code, 1);
      assert.match(stderr, /^ogp-widgets: cannot load the renderer: dist\/ssr\.js .*npm run build/);
    } finally {
      rmSync(bare, {recursive: true, force: true});
    }
    for (const args of [['--help'], ['render', '--help']]) {
      const help = await cli(args);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /render ELEMENT/);
      assert.match(help.stdout, /--page/);
      assert.match(help.stdout, /--script-url URL/);
    }
  });
});

// The command's whole page, hosted and opened in Chromium with each build a page may load: the
// CDN file and the npm build (bundled by esbuild as an application would): the widget is drawn
// before the script, then taken over (the same root node, drawn once) with nothing in the console.
describe('ogp-widgets render --page, opened in Chromium', () => {
  const ILLUSTRATIVE = illustrativeJson();
  let browser;
  let server;
  const files = new Map();

  before(async () => {
    const bundle = await esbuild.build({
      stdin: {contents: "import 'ogp-widgets';", resolveDir: root, loader: 'js'},
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    files.set('/npm-build.js', bundle.outputFiles[0].text);
    server = await listen(serveRepository({files}));
    browser = await chromium.launch({executablePath: findChromium(), args: CHROMIUM_ARGS});
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [build, script] of [
    ['CDN', '/dist/ogp-widgets.js'],
    ['npm', '/npm-build.js'],
  ]) {
    it(`a dashboard in Chinese with the ${build} build: drawn first, then taken over with no message`, async () => {
      const {code, stdout, stderr} = await cli([
        'render', 'dashboard', '--data', 'data/examples/illustrative-plan.json', '--lang', 'zh-TW', '--page', '--script-url', script,
      ]);
      assert.equal(code, 0, stderr);
      // The page loads its script only once the test has noted the root node the server drew.
      const path = `/page-${build}.html`;
      files.set(path, stdout.replace(`<script type="module" src="${script}"></script>`, ''));
      const context = await browser.newContext();
      const page = await context.newPage();
      const messages = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      try {
        await page.goto(`${server.origin}${path}`);
        assert.equal(await page.title(), ILLUSTRATIVE.title['zh-TW']);
        const title = () => page.locator('ogp-action-plan .title').first().innerText();
        assert.equal(await title(), ILLUSTRATIVE.title['zh-TW']);
        await page.evaluate((src) => {
          window.serverRoot = document.querySelector('ogp-action-plan').shadowRoot.querySelector('.root');
          const tag = Object.assign(document.createElement('script'), {type: 'module', src});
          document.head.append(tag);
        }, script);
        await until(() => page.evaluate(() => document.querySelector('ogp-action-plan').hasUpdated), 15_000, 'not taken over');
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const roots = await page.evaluate(() => {
          const shadow = document.querySelector('ogp-action-plan').shadowRoot;
          return {count: [...shadow.children].filter((child) => child.matches('.root')).length, kept: shadow.querySelector('.root') === window.serverRoot};
        });
        assert.deepEqual(roots, {count: 1, kept: true});
        assert.equal(await title(), ILLUSTRATIVE.title['zh-TW']);
        assert.deepEqual(messages, []);
      } finally {
        await context.close();
      }
    });
  }
});
