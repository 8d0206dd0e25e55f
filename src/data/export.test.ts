import {expect} from '@open-wc/testing';
import {captureWarnings, illustrativePlan, taiwanPlan} from '../../test/helpers.js';
import {csvParseRows} from 'd3-dsv';
import {commitmentRowsCsv, planJson, updateRowsCsv} from './export.js';
import {validatePlan} from './validate.js';

describe('planJson', () => {
  it('saves the plan with its extra fields', async () => {
    const document = await illustrativePlan();
    document['x-extra'] = {kept: true};
    const {plan} = validatePlan(document);
    expect(JSON.parse(planJson(plan!))['x-extra']).to.deep.equal({kept: true});
  });

  it('still saves the plan when an extra field is nested too deep to serialize', async () => {
    const document = await illustrativePlan();
    let junk: unknown[] = [];
    const root = junk;
    for (let i = 0; i < 200_000; i++) {
      const next: unknown[] = [];
      junk.push(next);
      junk = next;
    }
    document.commitments[0]['x-junk'] = root;
    const {plan} = validatePlan(document);
    let text = '';
    const warnings = await captureWarnings(() => (text = planJson(plan!)));
    const saved = JSON.parse(text);
    expect(saved.commitments.map((c: any) => c.id)).to.deep.equal(plan!.commitments.map((c) => c.id));
    expect(saved.commitments[0]['x-junk']).to.equal(undefined);
    expect(saved.commitments[0].title).to.deep.equal(plan!.commitments[0].title);
    // The progress reports are part of the format: they stay.
    expect(saved.commitments[0].updates).to.deep.equal(JSON.parse(JSON.stringify(plan!.commitments[0].updates)));
    expect(saved.commitments[0].updates.length).to.be.greaterThan(0);
    expect(saved.reportingIntervalMonths).to.equal(plan!.reportingIntervalMonths);
    expect(warnings.join('\n')).to.include('leaves out extra fields');
  });
});

describe('CSV downloads', () => {
  it('defuse cells that a spreadsheet would run as formulas, keeping their text', async () => {
    const document = await illustrativePlan();
    document.commitments[0].title = {en: '=HYPERLINK("https://evil.example","click")', 'zh-TW': '@SUM(1+1)'};
    document.commitments[0].leadAgencies = [{en: '-2+3', 'zh-TW': '+cmd'}];
    const {plan} = validatePlan(document);
    const rows = csvParseRows(commitmentRowsCsv(plan!, 'en').replace(/^\uFEFF/, ''));
    const cells = rows[1];
    expect(cells).to.include(`'=HYPERLINK("https://evil.example","click")`);
    expect(cells).to.include(`'@SUM(1+1)`);
    expect(cells.some((cell) => /^[=+\-@]/.test(cell))).to.equal(false);
    expect(rows[2].join(' ')).to.include(plan!.commitments[1].number);
  });
});

describe('updateRowsCsv', () => {
  const parse = (text: string) => csvParseRows(text.replace(/^\uFEFF/, ''));

  it('writes one row per update, oldest first within a commitment, texts per language, lists with ;', async () => {
    const document = await illustrativePlan();
    const c = document.commitments[0];
    c.updates = [
      {
        date: '2026-07-15',
        by: {en: 'Ministry', 'zh-TW': '部會'},
        status: 'limited',
        progress: {en: 'Drafted', 'zh-TW': '已起草'},
        evidence: [
          {url: 'https://example.org/a', title: 'A'},
          {url: 'https://example.org/b', title: 'B'},
        ],
        challenges: ['delay-in-approvals', 'lack-of-resources'],
        challengesNote: {en: 'Waiting', 'zh-TW': '等待中'},
        milestones: [{id: c.milestones[0].id, status: 'complete'}],
      },
      {date: '2025-07-15', period: {start: '2025-01', end: '2025-06'}, status: 'not-started'},
    ];
    for (const other of document.commitments.slice(1)) delete other.updates;
    const {plan} = validatePlan(document);
    const [header, ...rows] = parse(updateRowsCsv(plan!, 'en'));
    expect(header).to.deep.equal([
      'commitment id',
      'commitment number',
      'date',
      'period start',
      'period end',
      'kind',
      'by@en',
      'by@zh-TW',
      'status',
      'progress@en',
      'progress@zh-TW',
      'evidence',
      'challenges',
      'challenges note@en',
      'challenges note@zh-TW',
      'milestones',
    ]);
    expect(rows).to.deep.equal([
      [c.id, c.number, '2025-07-15', '2025-01', '2025-06', 'self', '', '', 'not-started', '', '', '', '', '', '', ''],
      [
        c.id,
        c.number,
        '2026-07-15',
        // No period of its own: the half-year of its date.
        '2026-07',
        '2026-12',
        'self',
        'Ministry',
        '部會',
        'limited',
        'Drafted',
        '已起草',
        'https://example.org/a; https://example.org/b',
        'delay-in-approvals; lack-of-resources',
        'Waiting',
        '等待中',
        `${c.milestones[0].id}: complete`,
      ],
    ]);
  });

  it('has only its header for a plan without updates', async () => {
    const {plan} = validatePlan(await taiwanPlan());
    expect(parse(updateRowsCsv(plan!, 'zh-TW'))).to.have.length(1);
  });
});
