import {expect} from '@open-wc/testing';
import {illustrativePlan, taiwanPlan} from '../../test/helpers.js';
import {formatProblem, isSafeUrl, isValidDate, validatePlan} from './validate.js';

const minimal = () => ({
  id: 'p',
  government: 'Testland',
  title: 'Plan',
  stage: 'draft',
  policyAreas: [{id: 'justice', title: 'Justice', topics: []}],
  commitments: [
    {
      id: 'c1',
      number: '1',
      title: 'One',
      policyAreas: ['justice'],
      milestones: [{id: 'm1', title: 'First', status: 'complete'}],
    },
  ],
});

describe('validatePlan', () => {
  it('accepts the bundled Taiwan draft and the illustrative plan without problems', async () => {
    for (const document of [await taiwanPlan(), await illustrativePlan()]) {
      const {plan, problems} = validatePlan(document);
      expect(problems.map(formatProblem)).to.deep.equal([]);
      expect(plan!.commitments.length).to.equal(document.commitments.length);
    }
  });

  it('reports the exact path and drops only the bad milestone', () => {
    const document = minimal();
    document.commitments[0].milestones.push({id: 'm2', title: 'Second', status: 'done'});
    const {plan, problems} = validatePlan(document);
    expect(problems.map(formatProblem)).to.deep.equal([
      'commitments[0].milestones[1].status: unknown value "done" (expected one of: not-started, in-progress, complete, withdrawn); the milestone was left out',
    ]);
    expect(problems[0].code).to.equal('unknown-value');
    expect(plan!.commitments).to.have.length(1);
    expect(plan!.commitments[0].milestones!.map((m) => m.id)).to.deep.equal(['m1']);
  });

  it('drops and reports a commitment without a title, keeping the others', () => {
    const document = minimal();
    document.commitments.push({id: 'c2', number: '2', policyAreas: []} as never, {
      id: 'c3',
      number: '3',
      title: {'zh-TW': '三'},
      policyAreas: [],
    } as never);
    const {plan, problems} = validatePlan(document);
    expect(plan!.commitments.map((c) => c.id)).to.deep.equal(['c1', 'c3']);
    expect(problems.map((p) => p.path)).to.include('commitments[1].title');
  });

  it('keeps unknown extra fields everywhere', () => {
    const document: any = minimal();
    document.x = {nested: true};
    document.commitments[0]['x-budget'] = 1200;
    document.policyAreas[0].color = 'red';
    const {plan} = validatePlan(document);
    expect((plan as any).x).to.deep.equal({nested: true});
    expect((plan as any).commitments[0]['x-budget']).to.equal(1200);
    expect((plan as any).policyAreas[0].color).to.equal('red');
  });

  it('reports duplicate ids and unknown policy areas, keeping the first and the valid references', () => {
    const document: any = minimal();
    document.commitments[0].policyAreas = ['justice', 'space-travel'];
    document.commitments.push({id: 'c1', number: '9', title: 'Again', policyAreas: []});
    const {plan, problems} = validatePlan(document);
    expect(plan!.commitments).to.have.length(1);
    expect(plan!.commitments[0].title).to.equal('One');
    expect(plan!.commitments[0].policyAreas).to.deep.equal(['justice']);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.code]));
    expect(byPath['commitments[0].policyAreas[1]']).to.equal('reference');
    expect(byPath['commitments[1].id']).to.equal('duplicate');
  });

  it('drops bad optional fields but keeps the item', () => {
    const document: any = minimal();
    Object.assign(document.commitments[0], {
      status: 'finished',
      ogpValues: ['civic-participation', 'vibes'],
      period: {start: '2025-02-30', end: '2026'},
      links: [
        {url: 'javascript:alert(1)', title: 'x'},
        {url: ' JAVASCRIPT:alert(1)', title: 'y'},
        {url: 'https://example.org', title: 'ok'},
      ],
      summary: 42,
    });
    const {plan, problems} = validatePlan(document);
    const commitment: any = plan!.commitments[0];
    expect(commitment.status).to.equal(undefined);
    expect(commitment.summary).to.equal(undefined);
    expect(commitment.period).to.equal(undefined);
    expect(commitment.ogpValues).to.deep.equal(['civic-participation']);
    expect(commitment.links.map((l: any) => l.title)).to.deep.equal(['ok']);
    expect(problems.map((p) => p.path)).to.include.members([
      'commitments[0].status',
      'commitments[0].ogpValues[1]',
      'commitments[0].period.start',
      'commitments[0].links[0].url',
      'commitments[0].links[1].url',
      'commitments[0].summary',
    ]);
  });

  it('keeps the valid languages of a text and reports the bad ones', () => {
    const document: any = minimal();
    document.title = {en: 'Plan', 'zh TW': 'x', fr: 3};
    const {plan, problems} = validatePlan(document);
    expect(plan!.title).to.deep.equal({en: 'Plan'});
    expect(problems.map(formatProblem)).to.deep.equal([
      'title["zh TW"]: not a language tag: "zh TW"',
      'title.fr: expected a string, got a number',
    ]);
  });

  it('reports periods that end before they start, comparing at each date\'s precision', () => {
    const document: any = minimal();
    document.period = {start: '2025-06', end: '2025-06-01'};
    expect(validatePlan(document).problems).to.deep.equal([]);
    document.period = {start: '2026', end: '2025-12'};
    expect(validatePlan(document).problems.map((p) => p.code)).to.deep.equal(['range']);
  });

  it('returns null for a document that is not an object, and never throws on junk', () => {
    for (const junk of [null, 3, 'plan', [], true, undefined]) {
      const {plan, problems} = validatePlan(junk);
      expect(plan).to.equal(null);
      expect(problems).to.have.length(1);
    }
    const deep: any = {commitments: [{id: 'a', title: {en: {en: {en: []}}}, milestones: [[[]]]}]};
    for (const junk of [
      deep,
      {commitments: 'many', policyAreas: {}},
      {commitments: [null, 1, 'x', [], {}]},
      {policyAreas: [{id: 7, title: null, topics: [1]}]},
      {title: '\u202Eevil\u200B', commitments: [{id: '🙂', number: 1, title: '🙂', policyAreas: ['🙂']}]},
    ]) {
      expect(() => validatePlan(junk)).not.to.throw();
      expect(validatePlan(junk).plan).to.be.an('object');
    }
  });

  it('quotes hostile values briefly', () => {
    const document: any = minimal();
    document.stage = 'x'.repeat(1_000_000);
    const [problem] = validatePlan(document).problems;
    expect(problem.value!.length).to.be.at.most(60);
    expect(problem.message.length).to.be.below(200);
  });

  it('accepts the documented date and URL forms only', () => {
    expect(['2024', '2024-02', '2024-02-29'].every(isValidDate)).to.equal(true);
    expect(['2023-02-29', '2024-13', '2024-1-5', '24-01-01', '2024/01/01', 20240101].some(isValidDate)).to.equal(false);
    expect(['https://a.tw/x', 'HTTP://a.tw', '/data/plan.json', 'plan.json', '#a', '?q=1'].every(isSafeUrl)).to.equal(true);
    expect(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:a@b', '', ' '].some(isSafeUrl)).to.equal(false);
    // Browsers drop tabs, newlines and leading control characters before reading the scheme.
    expect(['java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', ' javascript:x', 'https://a.tw '].some(isSafeUrl)).to.equal(false);
  });
});
