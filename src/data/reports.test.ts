/**
 * The shared definitions of progress over time (src/data/reports.ts), against issue 17's words:
 * current status, reporting periods, status as of a period, changed in the latest period, stale,
 * late and the per-agency roll-up. Small made-up commitments for each rule, then the illustrative
 * plan, whose figures the widgets' tests rely on.
 */
import {expect} from '@open-wc/testing';
import {
  agencyKey,
  agencyRollup,
  changedInLatestPeriod,
  currentChallenges,
  currentMilestoneStatus,
  currentStatus,
  isCommitmentOverdue,
  isLate,
  lastDay,
  lastReportDate,
  latestSelfUpdate,
  monthsStale,
  reportingPeriods,
  selfUpdates,
  staleAfterMonths,
  statusAsOf,
  tracksReports,
  updateKind,
  updatePeriod,
  wholeMonthsBetween,
  withCurrentStatus,
} from './reports.js';
import type {ActionPlan, Commitment, Milestone, Update} from './types.js';

const commitment = (fields: Partial<Commitment> = {}): Commitment => ({
  id: 'c',
  number: '1',
  title: 'C',
  policyAreas: [],
  ...fields,
});

const milestone = (fields: Partial<Milestone> = {}): Milestone => ({
  id: 'm',
  title: 'M',
  status: 'in-progress',
  ...fields,
});

const plan = (commitments: Commitment[], fields: Partial<ActionPlan> = {}): ActionPlan => ({
  schemaVersion: 1,
  id: 'p',
  government: 'G',
  title: 'P',
  stage: 'implementing',
  period: {start: '2025-01', end: '2026-12'},
  policyAreas: [],
  commitments,
  ...fields,
});

const H1_2025 = {start: '2025-01', end: '2025-06'};
const H2_2025 = {start: '2025-07', end: '2025-12'};
const H1_2026 = {start: '2026-01', end: '2026-06'};

describe('updateKind, selfUpdates, latestSelfUpdate', () => {
  it('counts an update without a kind as the government’s own', () => {
    expect(updateKind({date: '2026-01-01', status: 'limited'})).to.equal('self');
    expect(updateKind({date: '2026-01-01', status: 'limited', kind: 'independent'})).to.equal('independent');
    expect(updateKind({date: '2026-01-01', status: 'limited', kind: 'civil-society'})).to.equal('civil-society');
  });

  it('lists the self updates oldest first, whatever the document’s order, without the others', () => {
    const updates: Update[] = [
      {date: '2026-07-15', status: 'substantial'},
      {date: '2026-09-01', status: 'limited', kind: 'independent'},
      {date: '2025-07-15', status: 'not-started', kind: 'self'},
      {date: '2026-01-20', status: 'limited'},
      {date: '2026-08-01', status: 'no-evidence-available', kind: 'civil-society'},
    ];
    expect(selfUpdates(commitment({updates})).map((u) => u.date)).to.deep.equal([
      '2025-07-15',
      '2026-01-20',
      '2026-07-15',
    ]);
    expect(selfUpdates(commitment())).to.deep.equal([]);
    expect(selfUpdates(commitment({updates: []}))).to.deep.equal([]);
  });

  it('takes the latest self update by date, and of two on the same day the later in the document', () => {
    const first: Update = {date: '2026-07-15', status: 'limited', progress: 'first'};
    const second: Update = {date: '2026-07-15', status: 'substantial', progress: 'second'};
    const older: Update = {date: '2026-01-20', status: 'not-started'};
    expect(latestSelfUpdate(commitment({updates: [first, older, second]}))).to.equal(second);
    expect(latestSelfUpdate(commitment({updates: [second, first, older]}))).to.equal(first);
    // The latest is the latest by date, not the last in the document.
    expect(latestSelfUpdate(commitment({updates: [second, older]}))).to.equal(second);
    expect(
      latestSelfUpdate(commitment({updates: [{date: '2026-09-01', status: 'limited', kind: 'independent'}]})),
    ).to.equal(undefined);
    expect(lastReportDate(commitment({updates: [older, first]}))).to.equal('2026-07-15');
    expect(lastReportDate(commitment({status: 'limited'}))).to.equal(undefined);
  });
});

describe('currentStatus and currentMilestoneStatus', () => {
  it('is the latest self update’s status, whatever `status` says', () => {
    const c = commitment({
      status: 'not-started',
      updates: [
        {date: '2026-07-15', status: 'substantial'},
        {date: '2025-07-15', status: 'limited'},
      ],
    });
    expect(currentStatus(c)).to.equal('substantial');
  });

  it('is never replaced by an independent or civil-society update, however recent', () => {
    const c = commitment({
      status: 'limited',
      updates: [
        {date: '2026-01-20', status: 'limited'},
        {date: '2026-09-01', status: 'complete', kind: 'independent'},
        {date: '2026-10-01', status: 'no-evidence-available', kind: 'civil-society'},
      ],
    });
    expect(currentStatus(c)).to.equal('limited');
    // With only others' updates, the status the document gives.
    expect(
      currentStatus(
        commitment({status: 'substantial', updates: [{date: '2026-09-01', status: 'limited', kind: 'independent'}]}),
      ),
    ).to.equal('substantial');
  });

  it('is the given `status` without self updates (or undefined without either)', () => {
    expect(currentStatus(commitment({status: 'limited'}))).to.equal('limited');
    expect(currentStatus(commitment({status: 'limited', updates: []}))).to.equal('limited');
    expect(currentStatus(commitment())).to.equal(undefined);
  });

  it('gives a milestone the status of the latest self update that names it', () => {
    const a = milestone({id: 'a', status: 'not-started'});
    const b = milestone({id: 'b', status: 'not-started'});
    const c = milestone({id: 'c', status: 'in-progress'});
    const owner = commitment({
      milestones: [a, b, c],
      updates: [
        {date: '2026-07-15', status: 'substantial', milestones: [{id: 'b', status: 'in-progress'}]},
        {
          date: '2025-07-15',
          status: 'limited',
          milestones: [
            {id: 'a', status: 'in-progress'},
            {id: 'b', status: 'complete'},
          ],
        },
        {date: '2026-01-20', status: 'limited', milestones: [{id: 'a', status: 'complete'}]},
        // Others' updates never set a milestone's status.
        {
          date: '2026-09-01',
          status: 'complete',
          kind: 'independent',
          milestones: [
            {id: 'a', status: 'withdrawn'},
            {id: 'c', status: 'complete'},
          ],
        },
      ],
    });
    // a: named in 2025-07 and 2026-01, not in the latest: 2026-01's.
    expect(currentMilestoneStatus(owner, a)).to.equal('complete');
    // b: the latest names it.
    expect(currentMilestoneStatus(owner, b)).to.equal('in-progress');
    // c: no self update names it: its own status.
    expect(currentMilestoneStatus(owner, c)).to.equal('in-progress');
  });

  it('on a tie between self updates of one day, the later in the document names the milestone’s status', () => {
    const a = milestone({id: 'a', status: 'not-started'});
    const updates: Update[] = [
      {date: '2026-07-15', status: 'limited', milestones: [{id: 'a', status: 'in-progress'}]},
      {date: '2026-07-15', status: 'limited', milestones: [{id: 'a', status: 'complete'}]},
    ];
    expect(currentMilestoneStatus(commitment({milestones: [a], updates}), a)).to.equal('complete');
    expect(currentMilestoneStatus(commitment({milestones: [a], updates: [...updates].reverse()}), a)).to.equal(
      'in-progress',
    );
  });
});

describe('withCurrentStatus', () => {
  it('sets the commitment’s and its milestones’ status from the latest self updates, leaving the input as it was', () => {
    const input = commitment({
      status: 'not-started',
      milestones: [milestone({id: 'a', status: 'not-started'}), milestone({id: 'b', status: 'in-progress'})],
      updates: [
        {date: '2026-01-20', status: 'limited', milestones: [{id: 'a', status: 'complete'}]},
        {date: '2026-09-01', status: 'complete', kind: 'independent', milestones: [{id: 'b', status: 'complete'}]},
      ],
    });
    const copy = structuredClone(input);
    const output = withCurrentStatus(input);
    expect(output.status).to.equal('limited');
    expect(output.milestones!.map((m) => m.status)).to.deep.equal(['complete', 'in-progress']);
    expect(output.updates).to.equal(input.updates);
    expect(input).to.deep.equal(copy);
  });

  it('returns the same commitment when it has no self update', () => {
    const plain = commitment({status: 'limited', milestones: [milestone()]});
    expect(withCurrentStatus(plain)).to.equal(plain);
    const others = commitment({
      status: 'limited',
      updates: [{date: '2026-09-01', status: 'complete', kind: 'independent'}],
    });
    expect(withCurrentStatus(others)).to.equal(others);
    expect(withCurrentStatus(others).status).to.equal('limited');
  });

  it('does not mind a commitment without milestones, or an update naming a milestone it does not have', () => {
    const c = commitment({
      status: 'limited',
      updates: [{date: '2026-01-20', status: 'substantial', milestones: [{id: 'nope', status: 'complete'}]}],
    });
    const output = withCurrentStatus(c);
    expect(output.status).to.equal('substantial');
    expect(output.milestones).to.equal(undefined);
  });
});

describe('lastDay and updatePeriod', () => {
  it('gives the last day a date covers', () => {
    expect(lastDay('2026-06')).to.equal('2026-06-30');
    expect(lastDay('2026-12')).to.equal('2026-12-31');
    expect(lastDay('2026-02')).to.equal('2026-02-28');
    expect(lastDay('2024-02')).to.equal('2024-02-29');
    expect(lastDay('2026')).to.equal('2026-12-31');
    expect(lastDay('2026-04-15')).to.equal('2026-04-15');
  });

  it('is the update’s own period, else the half-year of its date', () => {
    const own = {start: '2025-10', end: '2026-03'};
    expect(updatePeriod({date: '2026-07-15', status: 'limited', period: own})).to.equal(own);
    expect(updatePeriod({date: '2026-01-01', status: 'limited'})).to.deep.equal({start: '2026-01', end: '2026-06'});
    expect(updatePeriod({date: '2026-06-30', status: 'limited'})).to.deep.equal({start: '2026-01', end: '2026-06'});
    expect(updatePeriod({date: '2026-07-01', status: 'limited'})).to.deep.equal({start: '2026-07', end: '2026-12'});
    expect(updatePeriod({date: '2026-12-31', status: 'limited'})).to.deep.equal({start: '2026-07', end: '2026-12'});
    expect(updatePeriod({date: '2025-10-09', status: 'limited'})).to.deep.equal({start: '2025-07', end: '2025-12'});
  });
});

describe('reportingPeriods', () => {
  it('lists each distinct period of the self updates once, oldest to newest', () => {
    const p = plan([
      commitment({
        id: 'a',
        updates: [
          {date: '2026-07-15', status: 'limited', period: H1_2026},
          {date: '2025-07-15', status: 'limited', period: H1_2025},
        ],
      }),
      commitment({
        id: 'b',
        updates: [
          // Its date's half-year: the same period as H2_2025, written once.
          {date: '2025-10-01', status: 'limited'},
          {date: '2026-01-20', status: 'limited', period: H2_2025},
          {date: '2026-07-20', status: 'limited', period: H1_2026},
          // Others' updates make no period of their own.
          {date: '2027-03-01', status: 'limited', kind: 'independent'},
        ],
      }),
    ]);
    expect(reportingPeriods(p)).to.deep.equal([H1_2025, H2_2025, H1_2026]);
  });

  it('orders periods by their last day, then by their start', () => {
    const year = {start: '2025-01', end: '2025-12'};
    const quarter = {start: '2025-10', end: '2025-12-31'};
    const early = {start: '2025-03', end: '2025-09'};
    const p = plan([
      commitment({
        updates: [
          {date: '2026-01-20', status: 'limited', period: quarter},
          {date: '2026-01-20', status: 'limited', period: year},
          {date: '2025-10-20', status: 'limited', period: early},
        ],
      }),
    ]);
    expect(reportingPeriods(p)).to.deep.equal([early, year, quarter]);
  });

  it('is empty for a plan without self updates', () => {
    expect(reportingPeriods(plan([commitment({status: 'limited'})]))).to.deep.equal([]);
    expect(
      reportingPeriods(plan([commitment({updates: [{date: '2026-01-01', status: 'limited', kind: 'independent'}]})])),
    ).to.deep.equal([]);
    expect(reportingPeriods(plan([]))).to.deep.equal([]);
  });
});

describe('statusAsOf', () => {
  const reported = commitment({
    status: 'substantial',
    updates: [
      {date: '2026-07-15', status: 'substantial', period: H1_2026},
      {date: '2026-01-20', status: 'limited', period: H2_2025},
      {date: '2026-09-01', status: 'complete', kind: 'independent', period: H1_2025},
    ],
  });

  it('is "not reported" before the commitment’s first self report, then the latest status reported for a period ending no later', () => {
    expect(statusAsOf(reported, H1_2025, false)).to.equal('not-reported');
    expect(statusAsOf(reported, H2_2025, false)).to.equal('limited');
    expect(statusAsOf(reported, H1_2026, true)).to.equal('substantial');
    // A later period without a report of its own keeps the last one.
    expect(statusAsOf(reported, {start: '2026-07', end: '2026-12'}, true)).to.equal('substantial');
    // A period that ends within another's last month (coarse and full dates).
    expect(statusAsOf(reported, {start: '2025-10-01', end: '2025-12-31'}, false)).to.equal('limited');
  });

  it('places an update without a period in its date’s half-year', () => {
    const c = commitment({updates: [{date: '2025-11-03', status: 'limited'}]});
    expect(statusAsOf(c, H1_2025, false)).to.equal('not-reported');
    expect(statusAsOf(c, H2_2025, false)).to.equal('limited');
  });

  it('counts a commitment without self updates in the latest period only, with its `status`', () => {
    const c = commitment({status: 'limited', updates: [{date: '2025-03-01', status: 'complete', kind: 'independent'}]});
    expect(statusAsOf(c, H1_2025, false)).to.equal('not-reported');
    expect(statusAsOf(c, H1_2026, true)).to.equal('limited');
    expect(statusAsOf(commitment(), H1_2026, true)).to.equal('not-reported');
    expect(statusAsOf(commitment({updates: []}), H1_2026, true)).to.equal('not-reported');
  });
});

describe('changedInLatestPeriod', () => {
  const periods = [H1_2025, H2_2025, H1_2026];

  it('is true when the current status differs from the status at the end of the period before the latest', () => {
    const changed = commitment({
      updates: [
        {date: '2026-01-20', status: 'limited', period: H2_2025},
        {date: '2026-07-15', status: 'substantial', period: H1_2026},
      ],
    });
    expect(changedInLatestPeriod(changed, periods)).to.equal(true);
    // The same status again: unchanged, even with a new report.
    const same = commitment({
      updates: [
        {date: '2025-07-15', status: 'not-started', period: H1_2025},
        {date: '2026-01-20', status: 'limited', period: H2_2025},
        {date: '2026-07-15', status: 'limited', period: H1_2026},
      ],
    });
    expect(changedInLatestPeriod(same, periods)).to.equal(false);
    // A change before the period before the latest is not a change in the latest period.
    const earlier = commitment({
      updates: [
        {date: '2025-07-15', status: 'not-started', period: H1_2025},
        {date: '2026-01-20', status: 'limited', period: H2_2025},
      ],
    });
    expect(changedInLatestPeriod(earlier, periods)).to.equal(false);
  });

  it('counts a first report in the latest period as a change', () => {
    expect(
      changedInLatestPeriod(
        commitment({updates: [{date: '2026-07-15', status: 'not-started', period: H1_2026}]}),
        periods,
      ),
    ).to.equal(true);
    // With one period only, every reported commitment is new in it.
    expect(
      changedInLatestPeriod(commitment({updates: [{date: '2026-07-15', status: 'limited', period: H1_2026}]}), [
        H1_2026,
      ]),
    ).to.equal(true);
  });

  it('is false without reports: no periods, or a commitment without self updates (nothing dates its status)', () => {
    expect(changedInLatestPeriod(commitment({updates: [{date: '2026-07-15', status: 'limited'}]}), [])).to.equal(false);
    expect(changedInLatestPeriod(commitment({status: 'limited'}), periods)).to.equal(false);
    expect(
      changedInLatestPeriod(
        commitment({status: 'limited', updates: [{date: '2026-09-01', status: 'complete', kind: 'independent'}]}),
        periods,
      ),
    ).to.equal(false);
  });
});

describe('wholeMonthsBetween and staleAfterMonths', () => {
  it('counts whole months only', () => {
    expect(wholeMonthsBetween('2026-01-15', '2026-02-14')).to.equal(0);
    expect(wholeMonthsBetween('2026-01-15', '2026-02-15')).to.equal(1);
    expect(wholeMonthsBetween('2025-11-20', '2026-01-19')).to.equal(1);
    expect(wholeMonthsBetween('2025-11-20', '2026-01-20')).to.equal(2);
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).to.equal(0);
    expect(wholeMonthsBetween('2026-03-10', '2026-03-10')).to.equal(0);
  });

  it('reads a coarse start as its first day', () => {
    expect(wholeMonthsBetween('2025-01', '2026-12-03')).to.equal(23);
    expect(wholeMonthsBetween('2025', '2026-01-01')).to.equal(12);
  });

  it('takes the element’s stale-after, else the plan’s reporting interval, else 6', () => {
    expect(staleAfterMonths(plan([], {reportingIntervalMonths: 3}), 9)).to.equal(9);
    expect(staleAfterMonths(plan([], {reportingIntervalMonths: 3}))).to.equal(3);
    expect(staleAfterMonths(plan([]))).to.equal(6);
    expect(staleAfterMonths(plan([]), 2)).to.equal(2);
    // A stale-after that is not a positive whole number is ignored.
    for (const bad of [0, -1, 1.5, Number.NaN])
      expect(staleAfterMonths(plan([], {reportingIntervalMonths: 4}), bad), `${bad}`).to.equal(4);
  });
});

describe('tracksReports and monthsStale', () => {
  const reportedOn = (date: string, fields: Partial<Commitment> = {}) =>
    commitment({status: 'limited', updates: [{date, status: 'limited'}], ...fields});

  it('a plan tracks reports when it says how often it reports or has a self update', () => {
    expect(tracksReports(plan([commitment()], {reportingIntervalMonths: 6}))).to.equal(true);
    expect(tracksReports(plan([commitment(), reportedOn('2026-01-01')]))).to.equal(true);
    expect(
      tracksReports(plan([commitment({updates: [{date: '2026-01-01', status: 'limited', kind: 'independent'}]})])),
    ).to.equal(false);
    expect(tracksReports(plan([commitment({status: 'limited'})]))).to.equal(false);
  });

  it('is stale more than N whole months after the latest self update, N = 6 by default', () => {
    const c = reportedOn('2026-01-20');
    const p = plan([c]);
    expect(monthsStale(p, c, '2026-07-20')).to.equal(undefined); // 6 months: not more than 6
    expect(monthsStale(p, c, '2026-08-19')).to.equal(undefined); // still 6 whole months
    expect(monthsStale(p, c, '2026-08-20')).to.equal(7);
    expect(monthsStale(p, c, '2026-12-03')).to.equal(10);
  });

  it('takes N from the element’s stale-after, else the plan’s reporting interval', () => {
    const c = reportedOn('2026-01-20');
    const quarterly = plan([c], {reportingIntervalMonths: 3});
    expect(monthsStale(quarterly, c, '2026-04-20')).to.equal(undefined);
    expect(monthsStale(quarterly, c, '2026-05-20')).to.equal(4);
    expect(monthsStale(quarterly, c, '2026-05-20', 4)).to.equal(undefined);
    expect(monthsStale(quarterly, c, '2026-05-20', 1)).to.equal(4);
    expect(monthsStale(plan([c], {reportingIntervalMonths: 12}), c, '2026-12-03')).to.equal(undefined);
    expect(monthsStale(plan([c]), c, '2026-03-20', 1)).to.equal(2);
  });

  it('counts from the plan’s start for a commitment never reported on', () => {
    const never = commitment({id: 'never', status: 'limited'});
    const p = plan([never, reportedOn('2026-07-15')]);
    expect(monthsStale(p, never, '2025-07-01')).to.equal(undefined);
    expect(monthsStale(p, never, '2025-08-01')).to.equal(7);
    expect(monthsStale(p, never, '2026-12-03')).to.equal(23);
    // Not even a plan start: nothing to count from.
    expect(monthsStale(plan([never, reportedOn('2026-07-15')], {period: undefined}), never, '2026-12-03')).to.equal(
      undefined,
    );
  });

  it('is never stale unless the plan is being implemented', () => {
    const c = reportedOn('2025-01-20');
    expect(monthsStale(plan([c]), c, '2026-12-03')).to.equal(22);
    for (const stage of ['draft', 'adopted', 'ended', undefined] as const) {
      expect(monthsStale(plan([c], {stage}), c, '2026-12-03'), String(stage)).to.equal(undefined);
    }
  });

  it('is never stale once complete or withdrawn', () => {
    for (const status of ['complete', 'withdrawn'] as const) {
      const c = reportedOn('2025-01-20', {status});
      expect(monthsStale(plan([c]), c, '2026-12-03'), status).to.equal(undefined);
    }
    for (const status of ['not-started', 'limited', 'substantial'] as const) {
      const c = reportedOn('2025-01-20', {status});
      expect(monthsStale(plan([c]), c, '2026-12-03'), status).to.equal(22);
    }
  });

  it('is never stale in a document without progress reports (it renders as before)', () => {
    const c = commitment({status: 'limited'});
    expect(monthsStale(plan([c]), c, '2026-12-03')).to.equal(undefined);
    // Saying how often it reports is enough to make a silence stale.
    expect(monthsStale(plan([c], {reportingIntervalMonths: 6}), c, '2026-12-03')).to.equal(23);
  });
});

describe('late', () => {
  const withEnd = (end: string, fields: Partial<Commitment> = {}) =>
    commitment({status: 'limited', period: {start: '2025-01', end}, ...fields});

  it('is overdue after its end (the whole month of a coarse end), unless complete or withdrawn', () => {
    expect(isCommitmentOverdue(withEnd('2026-06'), '2026-06-30')).to.equal(false);
    expect(isCommitmentOverdue(withEnd('2026-06'), '2026-07-01')).to.equal(true);
    expect(isCommitmentOverdue(withEnd('2026-06-15'), '2026-06-15')).to.equal(false);
    expect(isCommitmentOverdue(withEnd('2026-06-15'), '2026-06-16')).to.equal(true);
    expect(isCommitmentOverdue(withEnd('2025'), '2025-12-31')).to.equal(false);
    expect(isCommitmentOverdue(withEnd('2025'), '2026-01-01')).to.equal(true);
    expect(isCommitmentOverdue(withEnd('2026-06', {status: 'complete'}), '2026-12-03')).to.equal(false);
    expect(isCommitmentOverdue(withEnd('2026-06', {status: 'withdrawn'}), '2026-12-03')).to.equal(false);
    expect(isCommitmentOverdue(commitment({status: 'limited'}), '2026-12-03')).to.equal(false);
  });

  it('is late when the commitment or one of its milestones is overdue', () => {
    expect(isLate(withEnd('2026-06'), '2026-07-01')).to.equal(true);
    const m = (end: string, status: Milestone['status'] = 'in-progress') => milestone({end, status});
    const running = (...milestones: Milestone[]) => withEnd('2026-12', {milestones});
    expect(isLate(running(m('2026-06')), '2026-06-30')).to.equal(false);
    expect(isLate(running(m('2026-06')), '2026-07-01')).to.equal(true);
    expect(isLate(running(m('2026-09-30', 'not-started')), '2026-10-01')).to.equal(true);
    expect(isLate(running(m('2026-06', 'complete'), m('2026-06', 'withdrawn'), m('2026-12')), '2026-07-01')).to.equal(
      false,
    );
    expect(isLate(running(m('2026-06', 'complete'), m('2026-06')), '2026-07-01')).to.equal(true);
    expect(isLate(running(), '2026-07-01')).to.equal(false);
  });

  it('is never late once withdrawn, even with a milestone left behind', () => {
    const withdrawn = withEnd('2026-06', {status: 'withdrawn', milestones: [milestone({end: '2026-03'})]});
    expect(isLate(withdrawn, '2026-12-03')).to.equal(false);
  });

  it('the challenges are the latest self update’s, not an older one’s or another reporter’s', () => {
    const c = commitment({
      updates: [
        {date: '2026-01-20', status: 'limited', challenges: ['delay-in-approvals']},
        {date: '2026-07-15', status: 'limited', challenges: ['lack-of-resources', 'other']},
        {date: '2026-09-01', status: 'limited', kind: 'independent', challenges: ['change-of-funding']},
      ],
    });
    expect(currentChallenges(c)).to.deep.equal(['lack-of-resources', 'other']);
    const resolved = commitment({
      updates: [
        {date: '2026-01-20', status: 'limited', challenges: ['delay-in-approvals']},
        {date: '2026-07-15', status: 'substantial'},
      ],
    });
    expect(currentChallenges(resolved)).to.deep.equal([]);
    expect(currentChallenges(commitment())).to.deep.equal([]);
  });
});

describe('agencyRollup', () => {
  const ministry = {en: 'Ministry of Example Affairs', 'zh-TW': '範例事務部'};
  const budget = {en: 'Example Budget Office', 'zh-TW': '範例預算署'};
  const today = '2026-12-03';

  it('counts a commitment led by two agencies for each of them', () => {
    const rows = agencyRollup(
      plan([
        commitment({
          status: 'limited',
          leadAgencies: [budget, ministry],
          milestones: [milestone({status: 'complete'})],
        }),
      ]),
      today,
    );
    expect(rows.map((row) => row.agency)).to.deep.equal([budget, ministry]);
    for (const row of rows) {
      expect(row.commitments).to.deep.equal({total: 1, done: 0, overdue: 0, onTrack: 1});
      expect(row.milestones).to.deep.equal({total: 1, done: 1, overdue: 0, onTrack: 0});
    }
  });

  it('knows one agency by its English name, whether written as text or in two languages', () => {
    const rows = agencyRollup(
      plan([
        commitment({id: 'a', status: 'limited', leadAgencies: [ministry]}),
        commitment({
          id: 'b',
          status: 'complete',
          leadAgencies: [{'zh-TW': '範例事務部', en: 'Ministry of Example Affairs'}],
        }),
        commitment({id: 'c', status: 'limited', leadAgencies: ['Ministry of Example Affairs']}),
        // Named twice in one commitment: counted once.
        commitment({id: 'd', status: 'substantial', leadAgencies: [ministry, {...ministry}]}),
      ]),
      today,
    );
    expect(rows).to.have.length(1);
    expect(rows[0].agency).to.deep.equal(ministry);
    expect(rows[0].commitments).to.deep.equal({total: 4, done: 1, overdue: 0, onTrack: 3});
    expect(agencyKey(ministry)).to.equal(agencyKey('Ministry of Example Affairs'));
    expect(agencyKey({'zh-TW': '範例事務部'})).to.equal('範例事務部');
  });

  it('puts the commitments that name no lead agency last, together', () => {
    const rows = agencyRollup(
      plan([
        commitment({id: 'a', status: 'limited'}),
        commitment({id: 'b', status: 'limited', leadAgencies: [budget]}),
        commitment({id: 'c', status: 'complete', leadAgencies: []}),
        commitment({id: 'd', status: 'limited', leadAgencies: [ministry]}),
      ]),
      today,
    );
    expect(rows.map((row) => row.agency)).to.deep.equal([budget, ministry, undefined]);
    expect(rows[2].commitments).to.deep.equal({total: 2, done: 1, overdue: 0, onTrack: 1});
    expect(agencyRollup(plan([commitment({leadAgencies: [budget]})]), today).map((row) => row.agency)).to.deep.equal([
      budget,
    ]);
    expect(agencyRollup(plan([]), today)).to.deep.equal([]);
  });

  it('counts done, overdue (late) and on track; a withdrawn commitment is none of them', () => {
    const rows = agencyRollup(
      plan([
        commitment({
          id: 'done',
          status: 'complete',
          period: {start: '2025-01', end: '2025-06'},
          leadAgencies: [ministry],
        }),
        commitment({
          id: 'late',
          status: 'limited',
          period: {start: '2025-01', end: '2026-06'},
          leadAgencies: [ministry],
        }),
        commitment({
          id: 'milestone-late',
          status: 'substantial',
          period: {start: '2025-01', end: '2026-12'},
          leadAgencies: [ministry],
          milestones: [
            milestone({id: 'x', end: '2026-09', status: 'in-progress'}),
            milestone({id: 'y', end: '2026-12', status: 'not-started'}),
          ],
        }),
        commitment({
          id: 'fine',
          status: 'limited',
          period: {start: '2025-01', end: '2026-12'},
          leadAgencies: [ministry],
        }),
        commitment({
          id: 'withdrawn',
          status: 'withdrawn',
          period: {start: '2025-01', end: '2026-06'},
          leadAgencies: [ministry],
          milestones: [milestone({id: 'z', end: '2026-03', status: 'withdrawn'})],
        }),
        commitment({id: 'unreported', leadAgencies: [ministry]}),
      ]),
      today,
    );
    expect(rows[0].commitments).to.deep.equal({total: 6, done: 1, overdue: 2, onTrack: 2});
    expect(rows[0].milestones).to.deep.equal({total: 3, done: 0, overdue: 1, onTrack: 1});
  });
});

describe('the illustrative plan (today 2026-12-03)', () => {
  const today = '2026-12-03';
  let illustrative: ActionPlan;
  before(async () => {
    illustrative = await (await fetch('/data/examples/illustrative-plan.json')).json();
  });
  const ids = (keep: (c: Commitment) => boolean) => illustrative.commitments.filter(keep).map((c) => c.id);

  it('reports in three half-years, and its statuses already agree with its latest self updates', () => {
    expect(reportingPeriods(illustrative)).to.deep.equal([H1_2025, H2_2025, H1_2026]);
    for (const c of illustrative.commitments) expect(currentStatus(c), c.id).to.equal(c.status);
  });

  it('counts each commitment’s status at the end of each period', () => {
    const periods = reportingPeriods(illustrative);
    const asOf = (period: number) =>
      Object.fromEntries(
        illustrative.commitments.map((c) => [c.id, statusAsOf(c, periods[period], period === periods.length - 1)]),
      );
    expect(asOf(0)).to.deep.equal({
      '1-1': 'limited',
      '1-2': 'limited',
      '2': 'substantial',
      '3': 'not-reported',
      '4': 'limited',
      '5': 'not-reported',
      '6': 'limited',
      '7': 'not-reported',
    });
    expect(asOf(2)).to.deep.equal({
      '1-1': 'substantial',
      '1-2': 'limited',
      '2': 'complete',
      '3': 'not-started',
      '4': 'withdrawn',
      '5': 'not-reported',
      '6': 'substantial',
      '7': 'limited',
    });
  });

  it('changed in the latest period: 1-1 and 3; stale: 5 (23 months) and 7 (10 months); late: 1-1, 1-2, 3, 6 and 7', () => {
    const periods = reportingPeriods(illustrative);
    expect(ids((c) => changedInLatestPeriod(c, periods))).to.deep.equal(['1-1', '3']);
    expect(
      Object.fromEntries(
        illustrative.commitments
          .map((c) => [c.id, monthsStale(illustrative, c, today)])
          .filter(([, m]) => m !== undefined),
      ),
    ).to.deep.equal({
      '5': 23,
      '7': 10,
    });
    expect(ids((c) => isLate(c, today))).to.deep.equal(['1-1', '1-2', '3', '6', '7']);
    expect(ids((c) => isLate(c, today) && currentChallenges(c).length > 0)).to.deep.equal(['1-2', '3']);
  });

  it('rolls its commitments up by lead agency', () => {
    const rows = agencyRollup(illustrative, today);
    expect(rows.map((row) => (row.agency ? agencyKey(row.agency) : undefined))).to.deep.equal([
      'Example Budget Office',
      'Ministry of Example Affairs',
      'Example Health Bureau',
      'Example Procurement Agency',
      'Example Statistics Office',
    ]);
    const ministry = rows[1];
    // 1-1 (late), 1-2 (late), 2 (complete), 5 (not reported, on track), 7 (late).
    expect(ministry.commitments).to.deep.equal({total: 5, done: 1, overdue: 3, onTrack: 1});
    // Withdrawn 4: counted, neither on track nor overdue.
    expect(rows[3].commitments).to.deep.equal({total: 1, done: 0, overdue: 0, onTrack: 0});
  });
});
