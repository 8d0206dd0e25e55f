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

describe('validatePlan: progress reports', () => {
  /** An implementing plan, updated 2026-10-15, with one commitment (ending 2026-06) and two milestones. */
  const tracked = (): any => ({
    ...minimal(),
    stage: 'implementing',
    updated: '2026-10-15',
    commitments: [
      {
        id: 'c1',
        number: '1',
        title: 'One',
        policyAreas: ['justice'],
        period: {start: '2025-01', end: '2026-06'},
        status: 'limited',
        milestones: [
          {id: 'm1', title: 'First', end: '2025-06', status: 'complete'},
          {id: 'm2', title: 'Second', end: '2026-06', status: 'in-progress'},
        ],
        updates: [
          {date: '2025-07-15', status: 'limited', milestones: [{id: 'm1', status: 'complete'}]},
          {
            date: '2026-01-20',
            period: {start: '2025-07', end: '2025-12'},
            by: {en: 'Ministry'},
            status: 'limited',
            progress: 'Half done.',
            evidence: [{url: 'https://example.org/e', title: 'Report'}],
            challenges: ['lack-of-resources'],
            challengesNote: 'Two posts unfilled.',
            milestones: [{id: 'm2', status: 'in-progress'}],
          },
          {date: '2026-02-01', kind: 'independent', by: 'IRM', status: 'no-evidence-available'},
        ],
      },
    ],
  });
  const messages = (document: unknown) => validatePlan(document).problems.map(formatProblem);

  it('keeps every valid field of an update, with no problem, and the kind absent when absent', () => {
    const document = tracked();
    const {plan, problems} = validatePlan(document);
    expect(problems.map(formatProblem)).to.deep.equal([]);
    expect(plan!.commitments[0].updates).to.deep.equal(document.commitments[0].updates);
    expect('kind' in plan!.commitments[0].updates![0]).to.equal(false);
  });

  it('accepts no-evidence-available in assessments and in updates by others, but drops a self update that says it', () => {
    const document = tracked();
    document.commitments[0].assessments = [{by: 'IRM', kind: 'independent', date: '2026-03', completion: 'no-evidence-available'}];
    expect(messages(document)).to.deep.equal([]);
    document.commitments[0].updates.push({date: '2026-03-01', status: 'no-evidence-available'});
    const {plan, problems} = validatePlan(document);
    expect(problems.map((p) => [p.path, p.code, p.severity])).to.deep.equal([
      ['commitments[0].updates[3].status', 'unknown-value', 'error'],
    ]);
    expect(problems[0].message).to.contain('the update was left out');
    expect(plan!.commitments[0].updates).to.have.length(3);
  });

  it('requires a full date and a status, and drops an update of unknown kind rather than read it as self', () => {
    const document = tracked();
    document.commitments[0].updates.push(
      {date: '2026-03', status: 'substantial'},
      {status: 'substantial'},
      {date: '2026-03-01'},
      {date: '2026-03-01', kind: 'media', status: 'complete'},
      'not an update',
    );
    const {plan, problems} = validatePlan(document);
    expect(problems.map(formatProblem)).to.deep.equal([
      'commitments[0].updates[3].date: not a full date (YYYY-MM-DD): "2026-03"; the update was left out',
      'commitments[0].updates[4].date: missing required field; the update was left out',
      'commitments[0].updates[5].status: missing required field; the update was left out',
      'commitments[0].updates[6].kind: unknown value "media" (expected one of: self, independent, civil-society); the update was left out',
      'commitments[0].updates[7]: expected an object, got a string; the update was left out',
    ]);
    expect(plan!.commitments[0].updates).to.have.length(3);
    expect(plan!.commitments[0].status).to.equal('limited');
  });

  it('drops an update dated after the document\'s updated date with a future error at its date', () => {
    const document = tracked();
    document.commitments[0].updates.push({date: '2026-10-16', status: 'limited', challenges: ['other']});
    const {plan, problems} = validatePlan(document);
    expect(problems.map((p) => [p.path, p.code, p.severity, p.value])).to.deep.equal([
      ['commitments[0].updates[3].date', 'future', 'error', '"2026-10-16"'],
    ]);
    expect(problems[0].message).to.equal(
      "dated after the document's updated date (2026-10-15), so its date cannot be trusted; the update was left out",
    );
    expect(problems[0].commitment).to.equal('c1');
    expect(plan!.commitments[0].updates).to.have.length(3);
    expect(plan!.commitments[0].status).to.equal('limited');
    // The day itself, and any day of a coarser `updated` date, are not after it.
    document.commitments[0].updates[3].date = '2026-10-15';
    expect(messages(document)).to.deep.equal([]);
    document.updated = '2026-10';
    document.commitments[0].updates[3].date = '2026-10-31';
    expect(messages(document)).to.deep.equal([]);
  });

  it('drops an unknown challenge code, a milestone entry naming no milestone and bad optional parts, keeping the rest of the update', () => {
    const document = tracked();
    const update = document.commitments[0].updates[1];
    update.challenges = ['lack-of-resources', 'bad-weather', 'other'];
    update.milestones = [{id: 'm2', status: 'in-progress'}, {id: 'm9', status: 'complete'}, {id: 'm1', status: 'done'}];
    update.evidence.push({url: 'javascript:alert(1)', title: 'x'});
    update.period = {start: '2025-12', end: '2025-07'};
    update.by = 3;
    update.progress = {'zh TW': 'x'};
    const {plan, problems} = validatePlan(document);
    expect(problems.map((p) => [p.path, p.code, p.severity])).to.deep.equal([
      ['commitments[0].updates[1].period', 'range', 'error'],
      ['commitments[0].updates[1].by', 'type', 'error'],
      ['commitments[0].updates[1].progress["zh TW"]', 'format', 'error'],
      ['commitments[0].updates[1].progress', 'missing', 'error'],
      ['commitments[0].updates[1].evidence[1].url', 'format', 'error'],
      ['commitments[0].updates[1].challenges[1]', 'unknown-value', 'error'],
      ['commitments[0].updates[1].milestones[1]', 'reference', 'error'],
      ['commitments[0].updates[1].milestones[2].status', 'unknown-value', 'error'],
    ]);
    expect(problems[6].message).to.equal(
      'unknown milestone "m9": the commitment has no milestone with this id; the entry was left out',
    );
    const kept = plan!.commitments[0].updates![1];
    expect(kept.challenges).to.deep.equal(['lack-of-resources', 'other']);
    expect(kept.milestones).to.deep.equal([{id: 'm2', status: 'in-progress'}]);
    expect(kept.evidence!.map((link) => link.title)).to.deep.equal(['Report']);
    expect(kept.by).to.equal(undefined);
    expect(kept.progress).to.equal(undefined);
    expect(kept.challengesNote).to.equal('Two posts unfilled.');
    expect(kept.status).to.equal('limited');
  });

  it('reads milestone completion dates and evidence, and reportingIntervalMonths', () => {
    const document = tracked();
    Object.assign(document.commitments[0].milestones[0], {
      completed: '2025-06-20',
      evidence: [{url: 'https://example.org/m1', title: 'Done'}, {url: 'ftp://x', title: 'no'}],
    });
    document.reportingIntervalMonths = 6;
    let {plan, problems} = validatePlan(document);
    expect(problems.map((p) => p.path)).to.deep.equal(['commitments[0].milestones[0].evidence[1].url']);
    expect(plan!.reportingIntervalMonths).to.equal(6);
    expect(plan!.commitments[0].milestones![0].completed).to.equal('2025-06-20');
    expect(plan!.commitments[0].milestones![0].evidence).to.deep.equal([{url: 'https://example.org/m1', title: 'Done'}]);
    for (const bad of [0, -6, 2.5, '6', null]) {
      document.commitments[0].milestones[0].evidence.pop();
      document.commitments[0].milestones[0].completed = '2025-06-31';
      document.reportingIntervalMonths = bad;
      ({plan, problems} = validatePlan(document));
      expect(problems.map((p) => p.path)).to.deep.equal(['commitments[0].milestones[0].completed', 'reportingIntervalMonths']);
      expect(problems[1].message).to.match(/^expected a positive whole number of months, got /);
      expect('reportingIntervalMonths' in plan!).to.equal(false);
      expect(plan!.commitments[0].milestones![0].completed).to.equal(undefined);
      document.commitments[0].milestones[0].evidence.push({url: 'ftp://x', title: 'no'});
    }
  });

  it('gives the commitment and its milestones their current status from the latest self update, warning where the document disagrees', () => {
    const document = tracked();
    // Out of date order: the latest self update is the one of 2026-07-15, listed first.
    document.commitments[0].updates.unshift({
      date: '2026-07-15',
      status: 'substantial',
      milestones: [{id: 'm2', status: 'complete'}],
    });
    const {plan, problems} = validatePlan(document);
    expect(problems.map((p) => [p.path, p.code, p.severity, p.commitment])).to.deep.equal([
      ['commitments[0].status', 'disagreement', 'warning', 'c1'],
      ['commitments[0].milestones[1].status', 'disagreement', 'warning', 'c1'],
    ]);
    expect(problems[0].message).to.equal(
      'status "limited" differs from the latest self update (2026-07-15): "substantial"; the update wins',
    );
    expect(problems[1].message).to.equal(
      'status "in-progress" differs from the latest self update that names this milestone (2026-07-15): "complete"; the update wins',
    );
    const commitment = plan!.commitments[0];
    expect(commitment.status).to.equal('substantial');
    expect(commitment.milestones!.map((m) => m.status)).to.deep.equal(['complete', 'complete']);
    // The document's own objects are not changed.
    expect(document.commitments[0].status).to.equal('limited');
  });

  it('never lets an independent or civil-society update set the status', () => {
    const document = tracked();
    document.commitments[0].updates.push({date: '2026-09-01', kind: 'civil-society', status: 'complete'});
    const {plan, problems} = validatePlan(document);
    expect(problems).to.deep.equal([]);
    expect(plan!.commitments[0].status).to.equal('limited');
  });

  it('gives a commitment without a status the status of its latest self update, without a warning', () => {
    const document = tracked();
    delete document.commitments[0].status;
    const {plan, problems} = validatePlan(document);
    expect(problems).to.deep.equal([]);
    expect(plan!.commitments[0].status).to.equal('limited');
  });

  it('warns when a late not-started or limited self update gives no challenge', () => {
    const document = tracked();
    const [first, second] = document.commitments[0].updates;
    // After the commitment's end (2026-06), limited, no challenges.
    document.commitments[0].updates.push({date: '2026-07-15', status: 'limited'});
    // Before any end that is not complete: m1 ended 2025-06 but was complete as of the first update.
    expect(first.challenges).to.equal(undefined);
    delete second.challenges;
    const {problems} = validatePlan(document);
    expect(problems.map((p) => [p.path, p.code, p.severity])).to.deep.equal([
      ['commitments[0].updates[3]', 'no-challenge', 'warning'],
    ]);
    expect(problems[0].message).to.equal(
      'a "limited" self update dated after the commitment\'s end (2026-06) gives no challenges: say why it is behind (challenges: change-of-funding, lack-of-resources, shift-in-priorities, delay-in-approvals, depends-on-other-activities, other)',
    );
    // A challenge, a better status, or an update by others: no warning.
    for (const change of [
      (u: any) => (u.challenges = ['other']),
      (u: any) => (u.status = 'substantial'),
      (u: any) => (u.kind = 'independent'),
    ]) {
      const copy = tracked();
      delete copy.commitments[0].updates[1].challenges;
      const late = {date: '2026-07-15', status: 'limited'};
      change(late);
      copy.commitments[0].updates.push(late);
      expect(messages(copy), JSON.stringify(late)).to.deep.equal(
        late.status === 'substantial'
          ? ['commitments[0].status: status "limited" differs from the latest self update (2026-07-15): "substantial"; the update wins']
          : [],
      );
    }
  });

  it('warns after the end of a milestone not complete as of the update: its entry, else an earlier self update, else its own status', () => {
    const document = tracked();
    const commitment = document.commitments[0];
    delete commitment.period;
    commitment.milestones[0].status = 'in-progress';
    // m1 ended 2025-06; the first update (2025-07-15) says it is complete: no warning.
    commitment.updates = [{date: '2025-07-15', status: 'limited', milestones: [{id: 'm1', status: 'complete'}]}];
    expect(messages(document)).to.deep.equal([
      'commitments[0].milestones[0].status: status "in-progress" differs from the latest self update that names this milestone (2025-07-15): "complete"; the update wins',
    ]);
    // A later update that does not name m1: complete as of the earlier update, still no warning.
    commitment.updates.push({date: '2025-08-01', status: 'limited'});
    expect(validatePlan(document).problems.map((p) => p.code)).to.deep.equal(['disagreement']);
    // Without the earlier entry, m1's own status (in progress) counts: both updates warn.
    delete commitment.updates[0].milestones;
    const {problems} = validatePlan(document);
    expect(problems.map((p) => [p.path, p.code])).to.deep.equal([
      ['commitments[0].updates[0]', 'no-challenge'],
      ['commitments[0].updates[1]', 'no-challenge'],
    ]);
    expect(problems[0].message).to.contain('after the end of milestone "m1" (2025-06), not complete then');
    // The update's own entry counts first.
    commitment.updates[1].milestones = [{id: 'm1', status: 'complete'}];
    expect(validatePlan(document).problems.map((p) => p.path)).to.deep.equal([
      'commitments[0].milestones[0].status',
      'commitments[0].updates[0]',
    ]);
  });

  it('never throws on hostile updates', () => {
    const document = tracked();
    const commitment = document.commitments[0];
    commitment.updates = [
      null,
      [],
      {date: 20260101, status: ['limited'], kind: {}, milestones: 'm1', challenges: 'other', evidence: {}},
      {date: '2026-01-01', status: 'limited', milestones: [null, 1, {id: {}}, {id: 'm1'}], challenges: [null, 7]},
      {date: 'x'.repeat(100_000), status: 'y'.repeat(100_000)},
      {date: '2026-01-01', status: 'limited', period: 'H1', by: [], progress: null, challengesNote: 5},
    ];
    expect(() => validatePlan(document)).not.to.throw();
    const {plan, problems} = validatePlan(document);
    expect(plan!.commitments[0].updates!.map((u) => u.date)).to.deep.equal(['2026-01-01', '2026-01-01']);
    for (const problem of problems) expect(problem.message.length).to.be.below(300);
  });
});
