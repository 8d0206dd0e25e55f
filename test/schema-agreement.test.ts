/**
 * The JSON Schema (data/schema) and the runtime validator are two descriptions of one format:
 * they must give the same verdict on every document. (The validator also checks what a schema
 * cannot express, e.g. duplicate ids or an update dated after `updated`; those cases are in
 * validate.test.ts, not here. Warnings leave nothing out, so a document with warnings only is valid.)
 */
import {expect} from '@open-wc/testing';
import {formatProblem, isError, validatePlan} from '../src/data/validate.js';
import {illustrativePlan, json, taiwanPlan} from './helpers.js';

type Doc = Record<string, any>;
type Case = [name: string, valid: boolean, make: (base: Doc) => unknown];

const base = (): Doc => ({
  schemaVersion: 1,
  id: 'test',
  government: {en: 'Testland', 'zh-TW': '測試國'},
  title: 'Plan',
  stage: 'implementing',
  policyAreas: [
    {id: 'justice', title: 'Justice', topics: ['Courts']},
    {id: 'gender', title: {en: 'Gender'}, topics: []},
  ],
  commitments: [
    {
      id: 'c1',
      number: '1-1',
      title: {en: 'Open courts', 'zh-Hant-TW': '開放法院'},
      policyAreas: ['justice'],
      milestones: [{id: 'm1', title: 'Publish', status: 'in-progress', start: '2025-01', end: '2025-12-31'}],
      assessments: [{by: 'IRM', kind: 'independent', date: '2026-03', completion: 'limited'}],
      links: [{url: 'https://example.org/c1', title: 'Page'}],
    },
  ],
});

const edit =
  (change: (doc: Doc) => void) =>
  (doc: Doc): Doc => {
    change(doc);
    return doc;
  };
const c = (doc: Doc) => doc.commitments[0];

const CASES: Case[] = [
  ['the base document', true, (doc) => doc],
  ['no schemaVersion', true, edit((d) => delete d.schemaVersion)],
  ['every optional field', true, edit((d) => {
    d.period = {start: '2025', end: '2026-06'};
    d.updated = '2026-10-15';
    d.source = {url: '/plans/source.pdf', title: 'Source', publisher: {en: 'Council'}};
    Object.assign(c(d), {
      summary: 'S', problem: {en: 'P'}, ogpValues: ['civic-participation', 'technology-and-innovation'],
      leadAgencies: ['Ministry'], partners: {government: ['A'], civilSociety: [{en: 'B'}]},
      period: {start: '2025-01-01', end: '2026-12-31'}, status: 'substantial',
    });
    c(d).assessments[0] = {...c(d).assessments[0], didItOpenGovernment: 'major', note: 'n', url: 'http://x.org'};
  })],
  ['extra unknown fields', true, edit((d) => { d['x-note'] = [1, 2]; c(d).extra = {a: 1}; })],
  ['a relative source URL without scheme', true, edit((d) => (d.source = {url: 'about.html', title: 'About'}))],
  ['an empty commitment list', true, edit((d) => (d.commitments = []))],
  ['a plain-string title', true, edit((d) => (d.title = '計畫'))],
  ['each completion status', true, edit((d) => {
    d.commitments = ['not-started', 'limited', 'substantial', 'complete', 'withdrawn'].map((status, i) => ({
      id: `c${i}`, number: String(i), title: 't', policyAreas: [], status,
    }));
  })],
  ['every progress-report field', true, edit((d) => {
    d.updated = '2026-10-15';
    d.reportingIntervalMonths = 6;
    Object.assign(c(d).milestones[0], {completed: '2025-12-20', evidence: [{url: '/m1.pdf', title: {en: 'Proof'}}]});
    c(d).assessments.push({by: 'CSO', kind: 'civil-society', date: '2026-04', completion: 'no-evidence-available'});
    c(d).updates = [
      {
        date: '2026-01-20', period: {start: '2025-07', end: '2025-12'}, by: {en: 'Ministry'}, kind: 'self',
        status: 'limited', progress: {en: 'Half done'}, evidence: [{url: 'https://example.org/e', title: 'E'}],
        challenges: ['lack-of-resources', 'other'], challengesNote: 'Staff', milestones: [{id: 'm1', status: 'complete'}],
      },
      {date: '2026-02-01', kind: 'independent', status: 'no-evidence-available'},
      {date: '2026-02-02', kind: 'civil-society', status: 'no-evidence-available'},
    ];
  })],
  ['an update without kind or anything optional', true, edit((d) => (c(d).updates = [{date: '2025-03-01', status: 'not-started'}]))],
  ['a status that disagrees with the latest self update (a warning only)', true, edit((d) => {
    c(d).status = 'complete';
    c(d).updates = [{date: '2026-01-20', status: 'limited', challenges: ['other']}];
  })],
  ['a late limited update without challenges (a warning only)', true, edit((d) => {
    c(d).updates = [{date: '2026-01-20', status: 'limited'}];
  })],
  ['an update without date', false, edit((d) => (c(d).updates = [{status: 'limited'}]))],
  ['an update dated by month only', false, edit((d) => (c(d).updates = [{date: '2026-01', status: 'limited'}]))],
  ['an update without status', false, edit((d) => (c(d).updates = [{date: '2026-01-20'}]))],
  ['an update of unknown kind', false, edit((d) => (c(d).updates = [{date: '2026-01-20', kind: 'media', status: 'limited'}]))],
  ['an update without kind saying no-evidence-available', false, edit((d) => (c(d).updates = [{date: '2026-01-20', status: 'no-evidence-available'}]))],
  ['a self update saying no-evidence-available', false, edit((d) => (c(d).updates = [{date: '2026-01-20', kind: 'self', status: 'no-evidence-available'}]))],
  ['an unknown challenge', false, edit((d) => (c(d).updates = [{date: '2026-01-20', status: 'limited', challenges: ['weather']}]))],
  ['challenges not a list', false, edit((d) => (c(d).updates = [{date: '2026-01-20', status: 'limited', challenges: 'other'}]))],
  ['a milestone report without status', false, edit((d) => (c(d).updates = [{date: '2026-01-20', status: 'limited', milestones: [{id: 'm1'}]}]))],
  ['a milestone report with status "done"', false, edit((d) => (c(d).updates = [{date: '2026-01-20', status: 'limited', milestones: [{id: 'm1', status: 'done'}]}]))],
  ['an update with a javascript: evidence link', false, edit((d) => (c(d).updates = [{date: '2026-01-20', status: 'limited', evidence: [{url: 'javascript:x', title: 'x'}]}]))],
  ['updates not a list', false, edit((d) => (c(d).updates = {date: '2026-01-20', status: 'limited'}))],
  ['a milestone completed on 2025/12/20', false, edit((d) => (c(d).milestones[0].completed = '2025/12/20'))],
  ['milestone evidence not a list', false, edit((d) => (c(d).milestones[0].evidence = {url: '/x', title: 'x'}))],
  ['reportingIntervalMonths 0', false, edit((d) => (d.reportingIntervalMonths = 0))],
  ['reportingIntervalMonths 2.5', false, edit((d) => (d.reportingIntervalMonths = 2.5))],
  ['reportingIntervalMonths "6"', false, edit((d) => (d.reportingIntervalMonths = '6'))],
  ['an assessment of unknown completion', false, edit((d) => (c(d).assessments[0].completion = 'unknown'))],
  ['a document that is a list', false, () => []],
  ['a document that is a string', false, () => 'plan'],
  ['null', false, () => null],
  ['schemaVersion 2', false, edit((d) => (d.schemaVersion = 2))],
  ['missing id', false, edit((d) => delete d.id)],
  ['numeric id', false, edit((d) => (d.id = 7))],
  ['missing government', false, edit((d) => delete d.government)],
  ['missing title', false, edit((d) => delete d.title)],
  ['unknown stage', false, edit((d) => (d.stage = 'finished'))],
  ['missing stage', false, edit((d) => delete d.stage)],
  ['missing policyAreas', false, edit((d) => delete d.policyAreas)],
  ['policyAreas not a list', false, edit((d) => (d.policyAreas = {}))],
  ['a policy area without topics', false, edit((d) => delete d.policyAreas[0].topics)],
  ['a topic that is a number', false, edit((d) => (d.policyAreas[0].topics = [3]))],
  ['missing commitments', false, edit((d) => delete d.commitments)],
  ['a commitment without title', false, edit((d) => delete c(d).title)],
  ['a commitment with an empty id', false, edit((d) => (c(d).id = ''))],
  ['a numeric commitment number', false, edit((d) => (c(d).number = 1))],
  ['a commitment without policyAreas', false, edit((d) => delete c(d).policyAreas)],
  ['an unknown OGP value', false, edit((d) => (c(d).ogpValues = ['transparency']))],
  ['an unknown commitment status', false, edit((d) => (c(d).status = 'done'))],
  ['a milestone with status "done"', false, edit((d) => (c(d).milestones[0].status = 'done'))],
  ['a milestone without id', false, edit((d) => delete c(d).milestones[0].id)],
  ['a milestone date 2025/01/01', false, edit((d) => (c(d).milestones[0].end = '2025/01/01'))],
  ['a month 13', false, edit((d) => (d.updated = '2025-13'))],
  ['a period without end', false, edit((d) => (d.period = {start: '2025'}))],
  ['an assessment of unknown kind', false, edit((d) => (c(d).assessments[0].kind = 'media'))],
  ['an assessment without date', false, edit((d) => delete c(d).assessments[0].date)],
  ['an unknown openness level', false, edit((d) => (c(d).assessments[0].didItOpenGovernment = 'huge'))],
  ['a javascript: link', false, edit((d) => (c(d).links[0].url = 'javascript:alert(1)'))],
  ['a data: link', false, edit((d) => (c(d).links[0].url = 'data:text/html,<b>x</b>'))],
  ['a vbscript: assessment URL', false, edit((d) => (c(d).assessments[0].url = 'vbscript:msgbox'))],
  ['a java<TAB>script: link', false, edit((d) => (c(d).links[0].url = 'java\tscript:alert(1)'))],
  ['a link with a leading control character', false, edit((d) => (c(d).links[0].url = '\u0001javascript:alert(1)'))],
  ['a link with a leading space', false, edit((d) => (c(d).links[0].url = ' javascript:alert(1)'))],
  ['an empty link URL', false, edit((d) => (c(d).links[0].url = ''))],
  ['a link without title', false, edit((d) => delete c(d).links[0].title)],
  ['an empty text object', false, edit((d) => (d.government = {}))],
  ['a text with a non-string value', false, edit((d) => (d.government = {en: 1}))],
  ['a text with a bad language tag', false, edit((d) => (d.government = {zh_TW: '臺灣'}))],
  ['a source without title', false, edit((d) => (d.source = {url: 'https://x.org'}))],
  ['partners.government not a list', false, edit((d) => (c(d).partners = {government: 'A'}))],
];

describe('the JSON Schema and the validator agree', () => {
  let validateWithSchema: (doc: unknown) => boolean;
  let schemaErrors: () => unknown;

  before(async () => {
    const ajvUrl = '/__test/ajv.js';
    const {default: Ajv2020} = await import(/* @vite-ignore */ ajvUrl);
    const ajv = new Ajv2020({allErrors: true, strict: true});
    const validate = ajv.compile(await json('/data/schema/action-plan.v1.schema.json'));
    validateWithSchema = (doc) => validate(doc) as boolean;
    schemaErrors = () => validate.errors;
  });

  it(`has at least 30 cases, valid and invalid`, () => {
    expect(CASES.length).to.be.at.least(30);
    expect(CASES.filter(([, valid]) => valid).length).to.be.at.least(5);
  });

  it('counts the warning-only cases as valid because their problems are warnings', () => {
    for (const [name, valid, make] of CASES.filter(([name]) => name.includes('(a warning only)'))) {
      expect(valid).to.equal(true);
      const problems = validatePlan(make(base())).problems;
      expect(problems.length, name).to.be.above(0);
      expect(problems.every((p) => p.severity === 'warning'), name).to.equal(true);
    }
  });

  for (const [name, valid, make] of CASES) {
    it(`${valid ? 'accept' : 'reject'} ${name}`, () => {
      const doc = make(base());
      const problems = validatePlan(doc).problems.filter(isError);
      expect(validateWithSchema(doc), `schema: ${JSON.stringify(schemaErrors())}`).to.equal(valid);
      expect(problems.length === 0, `validator: ${problems.map(formatProblem).join('; ')}`).to.equal(valid);
    });
  }

  it('accept the bundled data files', async () => {
    for (const doc of [await taiwanPlan(), await illustrativePlan()]) {
      expect(validateWithSchema(doc), JSON.stringify(schemaErrors())).to.equal(true);
      expect(validatePlan(doc).problems).to.deep.equal([]);
    }
  });
});
