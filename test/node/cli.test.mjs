// The command-line tool, run as a user runs it: `node bin/ogp-widgets.mjs …` against a fresh
// build of src/cli/cli.ts (the same esbuild options as `npm run build:cli`), in a temporary folder.
// Run with `node --test test/*.test.mjs`.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import * as esbuild from 'esbuild';

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
