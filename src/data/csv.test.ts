/** Spreadsheets (CSV): the layout's round trips, real-world files, problems by row and column, widgets. */
import {expect, fixture, html} from '@open-wc/testing';
import {csvFormatRows, csvParseRows} from 'd3-dsv';
import '../components/commitment-card/define.js';
import type {OgpCommitmentCard} from '../components/commitment-card/commitment-card.js';
import {captureWarnings, expectAccessible, illustrativePlan, mountSettled, settled, shadowText, taiwanPlan} from '../../test/helpers.js';
import {csvToPlan, formatCsvProblem, planToCsv, readCsvPlan} from './csv.js';
import type {ActionPlan, Problem} from './types.js';
import {validatePlan} from './validate.js';

type Card = OgpCommitmentCard;

const file = async (path: string): Promise<string> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
};
const template = () => file('/data/templates/action-plan-template.csv');
const illustrativeCsv = () => file('/data/examples/illustrative-plan.csv');

/** A plan read from CSV, with no problems expected. */
function clean(text: string): ActionPlan {
  const {plan, problems} = readCsvPlan(text);
  expect(problems.map(formatCsvProblem)).to.deep.equal([]);
  expect(plan).to.exist;
  return plan!;
}

/** The JSON plan without empty milestone lists, which a sheet has no way to write. */
function withoutEmptyLists(plan: ActionPlan): ActionPlan {
  const copy = structuredClone(plan);
  for (const c of copy.commitments) if (c.milestones?.length === 0) delete c.milestones;
  return copy;
}

const where = (problems: Problem[]) => problems.map((p) => `${p.row ?? '-'}/${p.column ?? '-'}/${p.code}`);

/** A small plan sheet; `rows` replaces or adds rows after the header. */
const HEADER = 'type,id,commitment,number,title@en,title@zh-TW,status,start,end,government@en,stage,areas,lead agencies@en,lead agencies@zh-TW';
const SMALL = [
  HEADER,
  'plan,demo,,,Demo plan,示範方案,,2025-01,2026-12,Demo Government,implementing,,,',
  'area,open-data,,,Open data,開放資料,,,,,,,,',
  'commitment,c1,,1,Open the data,開放資料,limited,2025,2026,,,open-data,Data Office; Budget Office,資料處；預算處',
  'milestone,m1,c1,,First step,第一步,complete,2025-01,2025-06,,,,,',
  'milestone,m2,c1,,Second step,第二步,in-progress,2025-07,2026-06,,,,,',
];

describe('spreadsheets (CSV)', () => {
  describe('round trips', () => {
    it('the template: CSV → plan → CSV gives the same sheet (less its # note row), and the same plan again', async () => {
      const text = await template();
      const plan = clean(text);
      expect(plan.commitments[0].milestones!.map((m) => m.id)).to.deep.equal(['1-a', '1-b']);
      const written = planToCsv(plan);
      const withoutNotes = csvFormatRows(csvParseRows(text).filter((row) => !row[0].startsWith('#'))) + '\n';
      expect(written).to.equal(withoutNotes);
      expect(clean(written)).to.deep.equal(plan);
    });

    it('the illustrative plan: the committed CSV is planToCsv of the JSON, and reads back as the JSON', async () => {
      const json = validatePlan(await illustrativePlan()).plan!;
      const text = await illustrativeCsv();
      expect(planToCsv(json)).to.equal(text);
      const plan = clean(text);
      expect(plan).to.deep.equal(withoutEmptyLists(json));
      // Its progress reports, milestone evidence and reporting interval come through the sheet.
      expect(plan.reportingIntervalMonths).to.equal(6);
      expect(plan.commitments.flatMap((c) => c.updates ?? [])).to.have.length(17);
      expect(plan.commitments[0].milestones![0].evidence).to.have.length(1);
      expect(planToCsv(plan)).to.equal(text);
      expect(clean(planToCsv(plan))).to.deep.equal(plan);
    });

    it("Taiwan's draft plan (plain strings and bilingual text, no milestones) survives the trip", async () => {
      const json = validatePlan(await taiwanPlan()).plan!;
      expect(clean(planToCsv(json))).to.deep.equal(json);
    });

    it('plain-string text and mixed lists keep their shape', () => {
      const plan = validatePlan({
        id: 'p',
        government: 'Somewhere',
        title: {en: 'Plan', fr: 'Plan'},
        stage: 'draft',
        policyAreas: [{id: 'a', title: 'Area', topics: ['One; with a semicolon', {en: 'Two'}]}],
        commitments: [{id: 'c', number: '1', title: 'Plain', policyAreas: ['a'], leadAgencies: ['Office', {en: 'Bureau', fr: 'Bureau'}]}],
      }).plan!;
      const text = planToCsv(plan);
      expect(csvParseRows(text)[0]).to.include.members(['title', 'title@en', 'title@fr', 'topics', 'topics@en']);
      const back = readCsvPlan(text);
      expect(back.plan).to.deep.equal(plan);
    });
  });

  describe('progress reports (update rows), milestone evidence, the reporting interval', () => {
    /** Every optional field of an update, in two languages; links whose titles hold a `;`. */
    const FULL = {
      schemaVersion: 1,
      id: 'full',
      government: {en: 'Somewhere', 'zh-TW': '某地'},
      title: {en: 'Plan', 'zh-TW': '方案'},
      stage: 'implementing',
      period: {start: '2025-01', end: '2026-12'},
      updated: '2026-10-01',
      reportingIntervalMonths: 3,
      policyAreas: [{id: 'a', title: {en: 'Area', 'zh-TW': '領域'}, topics: []}],
      commitments: [
        {
          id: 'c',
          number: '1',
          title: {en: 'Open the budget', 'zh-TW': '公開預算'},
          policyAreas: ['a'],
          period: {start: '2025-01', end: '2026-06'},
          status: 'limited',
          milestones: [
            {
              id: 'c-a',
              title: {en: 'Standard', 'zh-TW': '標準'},
              end: '2025-06',
              status: 'complete',
              completed: '2025-05-20',
              evidence: [
                {url: 'https://example.org/standard', title: {en: 'The standard; version 1', 'zh-TW': '標準；第1版'}},
                {url: 'https://example.org/minutes?a=1,2', title: {en: 'Minutes', 'zh-TW': '會議紀錄'}},
              ],
            },
            {id: 'c-b', title: {en: 'Data', 'zh-TW': '資料'}, status: 'in-progress'},
          ],
          updates: [
            {
              date: '2025-07-15',
              period: {start: '2025-01', end: '2025-06'},
              by: {en: 'Budget Office', 'zh-TW': '預算署'},
              kind: 'self',
              status: 'limited',
              progress: {en: 'The standard was agreed, with users and experts.', 'zh-TW': '已議定標準；使用者與專家參與。'},
              evidence: [{url: 'https://example.org/standard', title: {en: 'The standard', 'zh-TW': '標準'}}],
              challenges: ['delay-in-approvals', 'lack-of-resources'],
              challengesNote: {en: 'The council has not voted, and the team is small.', 'zh-TW': '議會尚未表決，且人力不足。'},
              milestones: [
                {id: 'c-a', status: 'complete'},
                {id: 'c-b', status: 'in-progress'},
              ],
            },
            {
              date: '2025-09-01',
              by: {en: 'Watchdog', 'zh-TW': '監督團體'},
              kind: 'civil-society',
              status: 'no-evidence-available',
              progress: {en: 'Nothing public yet.', 'zh-TW': '尚無公開資訊。'},
            },
            {date: '2026-01-20', status: 'limited', evidence: [{url: 'https://example.org/a', title: 'A plain title'}]},
          ],
        },
      ],
    };

    it('a plan with every optional update field in two languages: JSON → CSV → JSON unchanged', () => {
      const json = validatePlan(structuredClone(FULL)).plan!;
      expect(json.commitments[0].updates).to.have.length(3);
      const text = planToCsv(json);
      const back = clean(text);
      expect(back).to.deep.equal(json);
      expect(JSON.stringify(back)).to.equal(JSON.stringify(json));
      expect(planToCsv(back)).to.equal(text);
    });

    it('writes an update row per progress report, after its commitment\'s milestones, with every new column', () => {
      const rows = csvParseRows(planToCsv(validatePlan(structuredClone(FULL)).plan!));
      const header = rows[0];
      for (const name of [
        'completed',
        'progress@en',
        'progress@zh-TW',
        'evidence url',
        'evidence title',
        'evidence title@en',
        'evidence title@zh-TW',
        'challenges',
        'challenges note@en',
        'challenges note@zh-TW',
        'milestones',
        'reporting interval months',
      ]) {
        expect(header, name).to.include(name);
      }
      const cell = (row: string[], name: string) => row[header.indexOf(name)];
      expect(rows.map((row) => row[0])).to.deep.equal(['type', 'plan', 'area', 'commitment', 'milestone', 'milestone', 'update', 'update', 'update']);
      expect(cell(rows[1], 'reporting interval months')).to.equal('3');
      const [milestone, first, second, third] = [rows[4], rows[6], rows[7], rows[8]];
      expect(cell(milestone, 'completed')).to.equal('2025-05-20');
      // A title with a `;` of its own: addresses and titles go one per line, together.
      expect(cell(milestone, 'evidence url')).to.equal('https://example.org/standard\nhttps://example.org/minutes?a=1,2');
      expect(cell(milestone, 'evidence title@en')).to.equal('The standard; version 1\nMinutes');
      expect(cell(milestone, 'evidence title@zh-TW')).to.equal('標準；第1版\n會議紀錄');
      expect(cell(first, 'commitment')).to.equal('c');
      expect([cell(first, 'date'), cell(first, 'start'), cell(first, 'end')]).to.deep.equal(['2025-07-15', '2025-01', '2025-06']);
      expect([cell(first, 'by@en'), cell(first, 'kind'), cell(first, 'status')]).to.deep.equal(['Budget Office', 'self', 'limited']);
      expect(cell(first, 'progress@zh-TW')).to.equal('已議定標準；使用者與專家參與。');
      expect([cell(first, 'evidence url'), cell(first, 'evidence title@en')]).to.deep.equal(['https://example.org/standard', 'The standard']);
      expect(cell(first, 'challenges')).to.equal('delay-in-approvals; lack-of-resources');
      expect(cell(first, 'challenges note@en')).to.equal('The council has not voted, and the team is small.');
      expect(cell(first, 'milestones')).to.equal('c-a: complete; c-b: in-progress');
      expect([cell(second, 'kind'), cell(second, 'status'), cell(second, 'start')]).to.deep.equal(['civil-society', 'no-evidence-available', '']);
      expect([cell(third, 'evidence title'), cell(third, 'evidence title@en')]).to.deep.equal(['A plain title', '']);
    });

    it('reads what a person types: other column names, words for values, full-width separators', () => {
      const text = [
        'Type,Commitment,ID,Title,Status,Period start,Period end,Completion date,Date,By@en,Kind,Progress@en,Evidence,Evidence title@en,Evidence title@zh-TW,Challenge,ChallengesNote@en,Milestone statuses,Government,Stage,Reporting interval,Number',
        'plan,,p,Plan,,,,,,,,,,,,,,,Gov,Implementing,6,',
        'commitment,,c,C,Limited,,,,,,,,,,,,,,,,,1',
        'milestone,c,m1,Step one,Complete,,,2025-05-20,,,,,https://example.org/1; https://example.org/2,One; Two,一；二,,,,,,,',
        'milestone,c,m2,Step two,In progress,,,,,,,,,,,,,,,,,',
        'Update,c,,,Limited,2025-01,2025-06,,2025-07-15,Office,Self,Step one is done.,https://example.org/1,One,一,"Delay in approvals, Lack of resources",Waiting for the council.,"m1: Complete；m2：In progress",,,,',
      ].join('\n');
      const plan = clean(text);
      expect(plan.reportingIntervalMonths).to.equal(6);
      const c = plan.commitments[0];
      expect(c.milestones![0]).to.deep.equal({
        id: 'm1',
        title: 'Step one',
        status: 'complete',
        completed: '2025-05-20',
        evidence: [
          {url: 'https://example.org/1', title: {en: 'One', 'zh-TW': '一'}},
          {url: 'https://example.org/2', title: {en: 'Two', 'zh-TW': '二'}},
        ],
      });
      expect(c.updates).to.deep.equal([
        {
          date: '2025-07-15',
          period: {start: '2025-01', end: '2025-06'},
          by: {en: 'Office'},
          kind: 'self',
          status: 'limited',
          progress: {en: 'Step one is done.'},
          evidence: [{url: 'https://example.org/1', title: {en: 'One', 'zh-TW': '一'}}],
          challenges: ['delay-in-approvals', 'lack-of-resources'],
          challengesNote: {en: 'Waiting for the council.'},
          milestones: [
            {id: 'm1', status: 'complete'},
            {id: 'm2', status: 'in-progress'},
          ],
        },
      ]);
    });

    it('writes odd updates of an unvalidated plan without throwing: only a list gives rows', () => {
      for (const [updates, count] of [
        [5, 0],
        ['abc', 0],
        [{date: '2025-01-01'}, 0],
        [[null, 3, {evidence: 'x', milestones: 7, challenges: 'y', by: 4}], 3],
      ] as const) {
        const plan = {
          ...validatePlan({id: 'p', government: 'G', title: 'T', stage: 'draft', policyAreas: [], commitments: []}).plan!,
          commitments: [{id: 'c', number: '1', title: 'C', policyAreas: [], updates}],
        } as unknown as ActionPlan;
        const rows = csvParseRows(planToCsv(plan)).filter((row) => row[0] === 'update');
        expect(rows, JSON.stringify(updates)).to.have.length(count);
      }
    });

    it('locates problems in update rows and the new columns by row and column', () => {
      const text = [
        'type,commitment,id,title,status,start,end,completed,date,progress@en,evidence url,evidence title@en,evidence title@zh-TW,milestones,completion,government,stage,reporting interval months,evidence url@en',
        'plan,,p,Plan,,,,,,,,,,,,Gov,implementing,six,',
        'commitment,,c,C,limited,,,,,,,,,,,,,,',
        'milestone,c,m1,Step,complete,,,2025-05,,Done.,https://example.org/1,One; Two,一,,,,,,',
        'update,c9,,,limited,,,,2025-07-15,,,,,,,,,,',
        'update,,,,limited,,,,2025-07-15,,,,,,,,,,',
        'update,c,,,limited,2025-01,2025-06,,2025-07-15,Half done.,https://example.org/1; https://example.org/2,One,一,m1 complete; m1: done; : complete,substantial,,,,',
      ].join('\n');
      const csv = csvToPlan(text);
      expect(where(csv.problems)).to.deep.equal([
        '1/evidence url@en/ignored',
        '4/progress@en/ignored',
        '4/evidence url/mismatch',
        '4/evidence title@zh-TW/mismatch',
        '7/milestones/format',
        '7/milestones/format',
        '7/completion/ignored',
        '7/evidence title@en/mismatch',
        '7/evidence title@zh-TW/mismatch',
        '5/commitment/unknown-commitment',
        '6/commitment/missing',
      ]);
      const lines = csv.problems.map(formatCsvProblem);
      expect(lines).to.include('row 5, column commitment: no commitment with id "c9"; the update was left out');
      expect(lines).to.include(
        'row 7, column milestones: "m1 complete" is not a milestone\'s id and status, such as "1-1-a: complete"; it was left out',
      );
      const plan = csv.plan as any;
      // The good parts stay: the plan keeps the value for the validator to judge.
      expect(plan.reportingIntervalMonths).to.equal('six');
      expect(plan.commitments[0].updates).to.have.length(1);
      expect(plan.commitments[0].updates[0].milestones).to.deep.equal([{id: 'm1', status: 'done'}]);
      expect(plan.commitments[0].updates[0].evidence).to.deep.equal([
        {url: 'https://example.org/1', title: {en: 'One', 'zh-TW': '一'}},
        {url: 'https://example.org/2'},
      ]);
      // The validator's paths map back to the update row and the right column.
      const at = (path: string) => {
        const place = csv.locate(path);
        return place && `${place.row}/${place.column}`;
      };
      expect(at('reportingIntervalMonths')).to.equal('2/reporting interval months');
      expect(at('commitments[0].milestones[0].completed')).to.equal('4/completed');
      expect(at('commitments[0].milestones[0].evidence[1].title.en')).to.equal('4/evidence title@en');
      expect(at('commitments[0].milestones[0].evidence[1].url')).to.equal('4/evidence url');
      expect(at('commitments[0].updates[0]')).to.equal('7/undefined');
      expect(at('commitments[0].updates[0].date')).to.equal('7/date');
      expect(at('commitments[0].updates[0].period')).to.equal('7/end');
      expect(at('commitments[0].updates[0].status')).to.equal('7/status');
      expect(at('commitments[0].updates[0].evidence[1].title')).to.equal('7/evidence title');
      expect(at('commitments[0].updates[0].evidence[0].url')).to.equal('7/evidence url');
      expect(at('commitments[0].updates[0].milestones[0].status')).to.equal('7/milestones');
      expect(at('commitments[0].updates[0].challenges[0]')).to.equal('7/challenges');
    });
  });

  describe('real-world files', () => {
    const expected = () => clean(SMALL.join('\n'));

    it('a byte-order mark (Excel "CSV UTF-8")', () => {
      const {plan, problems} = readCsvPlan(`\uFEFF${SMALL.join('\n')}`);
      expect(problems).to.deep.equal([]);
      expect(plan).to.deep.equal(expected());
    });

    it('CRLF line ends, also inside quoted cells', () => {
      const rows = [...SMALL];
      rows[3] = rows[3].replace('Open the data', '"Open the data,\r\nall of it"');
      const plan = clean(`${rows.join('\r\n')}\r\n`);
      expect(plan.commitments[0].title).to.deep.equal({en: 'Open the data,\nall of it', 'zh-TW': '開放資料'});
      expect(plan.commitments[0].milestones).to.deep.equal(expected().commitments[0].milestones);
    });

    it('quoted fields with commas, quotes and line breaks; list items one per line', () => {
      const rows = [...SMALL];
      rows[3] =
        'commitment,c1,,1,"Open data, budgets and ""contracts""","開放資料，\n預算與契約",limited,2025,2026,,,open-data,' +
        '"Data Office; Statistics\nBudget Office","資料處\n預算處"';
      const plan = clean(rows.join('\n'));
      const c = plan.commitments[0];
      expect(c.title).to.deep.equal({en: 'Open data, budgets and "contracts"', 'zh-TW': '開放資料，\n預算與契約'});
      // With line breaks in the cell, items are lines, so an item may hold a semicolon.
      expect(c.leadAgencies).to.deep.equal([
        {en: 'Data Office; Statistics', 'zh-TW': '資料處'},
        {en: 'Budget Office', 'zh-TW': '預算處'},
      ]);
    });

    it('empty trailing columns and rows, and cells with stray spaces', () => {
      const rows = SMALL.map((row) => ` ${row.replace(/,/g, ' , ')} ,,,`);
      rows[0] = `${SMALL[0]},,,`;
      const plan = clean(`${rows.join('\n')}\n,,,,,,,,,,,,,,,,\n,,,,,,,,,,,,,,,,\n\n`);
      expect(plan).to.deep.equal(expected());
    });

    it('Chinese text, full-width separators, and header names typed loosely', () => {
      const text = [
        ' Type ,ID,Number,Title@ZH-tw,Title@EN,Lead_Agencies@zh-tw,Lead-Agencies@en,Status,Government@zh-TW,Stage,Policy Areas',
        'plan,tw,,臺灣開放政府國家行動方案,Taiwan OGP plan,,,,臺灣,Implementing,',
        'area,數位治理,,數位治理,Digital governance,,,,,,',
        'commitment,一,1-1,推動「開放國會」：公開議事錄、影音及表決紀錄,Open parliament,國家發展委員會；立法院,National Development Council; Legislative Yuan,Not Started,,,數位治理',
      ].join('\r\n');
      const plan = clean(text);
      expect(plan.title).to.deep.equal({'zh-TW': '臺灣開放政府國家行動方案', en: 'Taiwan OGP plan'});
      expect(plan.stage).to.equal('implementing');
      const c = plan.commitments[0];
      expect(c.id).to.equal('一');
      expect(c.title).to.deep.equal({'zh-TW': '推動「開放國會」：公開議事錄、影音及表決紀錄', en: 'Open parliament'});
      expect(c.leadAgencies).to.deep.equal([
        {'zh-TW': '國家發展委員會', en: 'National Development Council'},
        {'zh-TW': '立法院', en: 'Legislative Yuan'},
      ]);
      expect(c.status).to.equal('not-started');
      expect(c.policyAreas).to.deep.equal(['數位治理']);
    });

    it('a Google Sheets "Publish to the web" CSV: title row above the header, CRLF, padded rows, empty rows at the end', () => {
      // As Sheets writes it: every row as wide as the sheet, quotes only where needed, CRLF.
      const published =
        'Our open government tracker (last edited by the coalition),,,,,,,,,,,,,,,\r\n' +
        ',,,,,,,,,,,,,,,\r\n' +
        'type,id,commitment,number,title@en,title@zh-TW,status,start,end,government@en,stage,areas,lead agencies@en,lead agencies@zh-TW,# our notes,\r\n' +
        'plan,demo,,,Demo plan,示範方案,,2025-01,2026-12,Demo Government,implementing,,,,ask Mei about the dates,\r\n' +
        'area,open-data,,,Open data,開放資料,,,,,,,,,,\r\n' +
        'commitment,c1,,1,Open the data,開放資料,limited,2025,2026,,,open-data,"Data Office\nBudget Office","資料處\n預算處",,\r\n' +
        'milestone,m1,c1,,First step,第一步,complete,2025-01,2025-06,,,,,,,\r\n' +
        'milestone,m2,c1,,Second step,第二步,in-progress,2025-07,2026-06,,,,,,,\r\n' +
        ',,,,,,,,,,,,,,,\r\n' +
        ',,,,,,,,,,,,,,,';
      const {plan, problems} = readCsvPlan(published);
      expect(problems).to.deep.equal([]);
      expect(plan).to.deep.equal(expected());
    });

    it('a LibreOffice export with every cell quoted, and an Excel export separated by semicolons', () => {
      const quoted = SMALL.map((row) =>
        csvParseRows(row)[0]
          .map((cell) => `"${cell}"`)
          .join(','),
      ).join('\n');
      expect(clean(quoted)).to.deep.equal(expected());
      const semicolons = SMALL.map((row) =>
        csvParseRows(row)[0]
          .map((cell) => (/[;"]/.test(cell) ? `"${cell}"` : cell))
          .join(';'),
      ).join('\r\n');
      expect(clean(`\uFEFF${semicolons}`)).to.deep.equal(expected());
    });

    it('convenient defaults: a commitment id from its number, milestone ids from their order, # rows and columns are notes', () => {
      const text = [
        'type,number,commitment,id,title,status,# notes,government,stage',
        'plan,,,p,Plan,,,Gov,draft',
        '# a note row, ignored,,,,,,,',
        'commitment,7,,,Seven,,not read,,',
        'milestone,,7,,Step one,complete,,,',
        'milestone,,7,,Step two,not started,,,',
      ].join('\n');
      const plan = clean(text);
      expect(plan.commitments[0]).to.include({id: '7', number: '7'});
      expect(plan.commitments[0].milestones!.map((m) => [m.id, m.status])).to.deep.equal([
        ['7-1', 'complete'],
        ['7-2', 'not-started'],
      ]);
    });
  });

  describe('problems name the row and column', () => {
    const BAD = [
      `${HEADER},priority`,
      'plan,demo,,,Demo plan,示範方案,,2025-01,2026-12,Demo Government,implementing,,,,',
      'area,open-data,,,Open data,開放資料,,,,,,,,,',
      'commitment,c1,,1,Open the data,開放資料,limited,2025,2026,,,open-data,,,high',
      'milestone,m1,c1,,First step,第一步,complete,2025-01,2025-06,,,,,,',
      'milestone,m2,c1,,Second step,第二步,in-progress,2025-07,2026-06,,,,,,',
      'milestone,m3,c1,,Bad step,壞步驟,done,,,,,,,,',
      'milestone,m4,c9,,Orphan step,孤兒步驟,complete,,,,,,,,',
      'widget,x,,,,,,,,,,,,,',
      'commitment,c2,,2,Second commitment,第二項承諾,finished,2026,2025,,,open-data; nowhere,,,',
      'link,,c2,,A link without an address,,,,,,,,,,',
      'area,,,,,,,,,,,,,,',
    ].join('\r\n');

    it('each problem has its spreadsheet row and column, in row order', () => {
      const {plan, problems} = readCsvPlan(BAD);
      expect(where(problems)).to.deep.equal([
        '1/priority/ignored',
        '7/status/unknown-value',
        '8/commitment/unknown-commitment',
        '9/type/unknown-value',
        '10/status/unknown-value',
        '10/end/range',
        '10/areas/reference',
        '11/url/missing',
        '12/id/missing',
        '12/title/missing',
      ]);
      const lines = problems.map(formatCsvProblem);
      expect(lines).to.include(
        'row 7, column status: unknown value "done" (expected one of: not-started, in-progress, complete, withdrawn); the milestone was left out',
      );
      expect(lines).to.include('row 8, column commitment: no commitment with id "c9"; the milestone was left out');
      expect(lines).to.include('row 10, column areas: unknown policy area "nowhere"');
      // The good rows are all there.
      expect(plan!.commitments.map((c) => c.id)).to.deep.equal(['c1', 'c2']);
      expect(plan!.commitments[0].milestones!.map((m) => m.id)).to.deep.equal(['m1', 'm2']);
      expect(plan!.commitments[1].policyAreas).to.deep.equal(['open-data']);
    });

    it('names the column as the sheet writes it, and a language column for a bad language tag', () => {
      const text = ['Type,ID,Title@en_GB,Title@zh-TW,Government,Stage', 'plan,p,Plan,方案,Gov,Draft', 'Commitment,,,承諾,,'].join('\n');
      const {problems} = readCsvPlan(text);
      expect(problems.map(formatCsvProblem)).to.deep.equal([
        'row 2, column Title@en_GB: not a language tag: "en_GB"',
        'row 3, column ID: missing required field; the commitment was left out',
      ]);
    });

    it('reports lists whose languages do not pair up, cells a row type does not use, repeated and nameless columns', () => {
      const text = [
        'type,id,title,government,stage,lead agencies@en,lead agencies@zh-TW,status,title,',
        'plan,p,Plan,Gov,draft,,,complete,,',
        'commitment,c,C,,,A; B,甲,,,',
        'area,a,A,,,,,,,lost',
      ].join('\n');
      const {problems} = readCsvPlan(text);
      expect(where(problems)).to.deep.equal([
        '1/title/ignored',
        '1/J/ignored',
        '2/status/ignored',
        '3/lead agencies@zh-TW/mismatch',
        '3/number/missing',
      ]);
    });

    it('a file that is not a sheet of this layout gives no plan, and says why', () => {
      for (const text of ['', 'name,age\nMei,30', '<!doctype html><p>Sign in']) {
        const {plan, problems} = csvToPlan(text);
        expect(plan).to.equal(null);
        expect(problems.map(formatCsvProblem)).to.deep.equal([
          'column type: no header row with a "type" column: this is not an action plan sheet',
        ]);
      }
    });

    it('in a widget: the good rows render, the summary names row and column in both languages, the console too', async () => {
      const src = URL.createObjectURL(new Blob([BAD], {type: 'text/csv; charset=utf-8'}));
      let en!: Card;
      let zh!: Card;
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture(html`<div>
          <ogp-commitment-card debug lang="en" commitment="c1" src=${src}></ogp-commitment-card>
          <ogp-commitment-card debug lang="zh-TW" commitment="c2" src=${src}></ogp-commitment-card>
        </div>`);
        [en, zh] = [...wrapper.querySelectorAll<Card>('ogp-commitment-card')];
        await settled(en);
        await settled(zh);
      });
      expect(shadowText(en, '.title')).to.equal('Open the data');
      const milestones = [...en.shadowRoot!.querySelectorAll('.milestone-title')].map((m) => m.textContent!.trim());
      expect(milestones).to.deep.equal(['First step', 'Second step']);
      expect(shadowText(zh, '.title')).to.equal('第二項承諾');

      const summary = shadowText(en, '[part="problems"]');
      expect(summary).to.include('10 problems in the data');
      expect(summary).to.include('row 7, column status: unknown value "done"');
      expect(summary).to.include('row 8, column commitment: unknown commitment "c9"; the row was left out');
      expect(summary).to.include('row 1, column priority: not used here, so it was ignored');
      expect(summary).not.to.include('commitments[0]');
      const zhSummary = shadowText(zh, '[part="problems"]');
      expect(zhSummary).to.include('第 7 列，status 欄: 無法辨識的值 "done"');
      expect(zhSummary).to.include('第 10 列，areas 欄: 無法辨識的政策領域 "nowhere"');

      // One warning for both widgets, with rows and columns.
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('10 problem(s) in the action plan spreadsheet');
      expect(warnings[0]).to.include('row 7, column status: unknown value "done"');
      expect(en.problems.find((p) => p.row === 7)).to.include({column: 'status', code: 'unknown-value', path: 'commitments[0].milestones[2].status'});
      await expectAccessible(en);
      await expectAccessible(zh);
      URL.revokeObjectURL(src);
    });

    it('in a widget: a CSV with no usable plan is invalid data, with the reason in the details', async () => {
      const src = URL.createObjectURL(new Blob(['name,age\nMei,30\n'], {type: 'text/csv'}));
      let detail: any;
      const warnings = await captureWarnings(async () => {
        const card = await mountSettled<Card>(
          html`<ogp-commitment-card lang="en" commitment="1" src=${src} @ogp-error=${(e: CustomEvent) => (detail = e.detail)}></ogp-commitment-card>`,
        );
        expect(shadowText(card)).to.match(/does not contain a usable action plan/);
        expect(shadowText(card, 'details')).to.include('column type: required but missing');
        expect(card.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
      });
      expect(detail.kind).to.equal('invalid-data');
      expect(detail.problems[0]).to.include({column: 'type', code: 'missing'});
      expect(warnings.join('\n')).to.include('column type: no header row with a "type" column');
    });
  });

  describe('widgets', () => {
    it('render a CSV src exactly as the equivalent JSON, in both languages', async () => {
      const plan = await illustrativePlan();
      for (const lang of ['en', 'zh-TW']) {
        for (const {id} of plan.commitments) {
          const wrapper = await fixture(html`<div>
            <ogp-commitment-card lang=${lang} commitment=${id} today="2026-11-28" src="/data/examples/illustrative-plan.json"></ogp-commitment-card>
            <ogp-commitment-card lang=${lang} commitment=${id} today="2026-11-28" src="/data/examples/illustrative-plan.csv"></ogp-commitment-card>
          </div>`);
          const [json, csv] = [...wrapper.querySelectorAll<Card>('ogp-commitment-card')];
          await settled(json);
          await settled(csv);
          expect(csv.problems).to.deep.equal([]);
          expect(shadowText(csv, '.title')).to.equal(plan.commitments.find((c: any) => c.id === id).title[lang]);
          expect(csv.shadowRoot!.querySelector('.root')!.innerHTML.replace(/<!--.*?-->/g, '')).to.equal(
            json.shadowRoot!.querySelector('.root')!.innerHTML.replace(/<!--.*?-->/g, ''),
          );
        }
      }
    });

    it('read CSV from a text/csv response, from format="csv" whatever the content type, and inline', async () => {
      const text = SMALL.join('\n');
      const csvType = URL.createObjectURL(new Blob([text], {type: 'text/csv'}));
      const plainType = URL.createObjectURL(new Blob([text], {type: 'text/plain'}));
      const byType = await mountSettled<Card>(html`<ogp-commitment-card lang="en" commitment="c1" src=${csvType}></ogp-commitment-card>`);
      expect(shadowText(byType, '.title')).to.equal('Open the data');
      const byFormat = await mountSettled<Card>(
        html`<ogp-commitment-card lang="en" commitment="c1" format="csv" src=${plainType}></ogp-commitment-card>`,
      );
      expect(shadowText(byFormat, '.title')).to.equal('Open the data');
      // Without format, text/plain is read as JSON: and this is not JSON.
      const warnings = await captureWarnings(async () => {
        const asJson = await mountSettled<Card>(html`<ogp-commitment-card lang="en" commitment="c1" src=${plainType}></ogp-commitment-card>`);
        expect(shadowText(asJson)).to.match(/not valid JSON/);
      });
      expect(warnings.join('\n')).to.include('invalid-json');
      // Inline, indented as HTML authors do; row numbers count from the header as row 1.
      const indented = [...SMALL, 'milestone,m3,c1,,Bad step,壞步驟,done,,,,,,,'].map((row) => `          ${row}`).join('\n');
      let inline!: Card;
      await captureWarnings(async () => {
        inline = await mountSettled<Card>(html`<ogp-commitment-card lang="zh-TW" commitment="c1">
          <script type="text/csv">
${indented}
          </script>
        </ogp-commitment-card>`);
      });
      expect(shadowText(inline, '.title')).to.equal('開放資料');
      expect(inline.loadedPlan!.commitments[0].milestones).to.have.length(2);
      expect(inline.problems.map((p) => [p.row, p.column, p.code])).to.deep.equal([[7, 'status', 'unknown-value']]);
    });
  });

  describe('loading on demand', () => {
    it('a page whose widgets read JSON never downloads the CSV reader; one reading CSV does', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><body>
        <script type="module">import '/src/components/commitment-card/define.ts';</script>
        <ogp-commitment-card commitment="1-1" src="/data/examples/illustrative-plan.json"></ogp-commitment-card>
      </body></html>`;
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
        const win = frame.contentWindow!;
        const loaded = async (card: Element) => {
          for (let i = 0; i < 500 && !card.shadowRoot?.querySelector('.title'); i++) await new Promise((r) => setTimeout(r, 10));
          expect(card.shadowRoot?.querySelector('.title'), 'the widget in the frame rendered').to.exist;
        };
        const scripts = () =>
          win.performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .filter((name) => !name.includes('/data/examples/'));
        await loaded(frame.contentDocument!.querySelector('ogp-commitment-card')!);
        expect(scripts().some((name) => name.includes('commitment-card'))).to.equal(true);
        expect(scripts().filter((name) => /d3-dsv|csv/i.test(name))).to.deep.equal([]);

        const card = frame.contentDocument!.createElement('ogp-commitment-card');
        card.setAttribute('commitment', '1-1');
        card.setAttribute('src', '/data/examples/illustrative-plan.csv');
        frame.contentDocument!.body.append(card);
        await loaded(card);
        expect(scripts().some((name) => name.includes('d3-dsv'))).to.equal(true);
        expect(scripts().some((name) => /\/src\/data\/csv\./.test(name))).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  });
});
