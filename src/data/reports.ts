/**
 * Progress over time: what a commitment's progress reports (`updates`) say it is now, what they
 * said at the end of each reporting period, and the definitions every widget shares (stale, late,
 * changed in the latest period, the per-agency roll-up). The validator applies `withCurrentStatus`
 * to every commitment, so widgets, the CSV export and the CLI all read the same current status.
 */
import {endsBeforeStart} from './validate.js';
import {isOverdue} from './progress.js';
import {pickText} from '../i18n/text.js';
import type {
  ActionPlan,
  AssessmentKind,
  Challenge,
  Commitment,
  Completion,
  DateString,
  Milestone,
  MilestoneReport,
  MilestoneStatus,
  Period,
  ReportedStatus,
  Text,
  Update,
} from './types.js';

/** Who reported an update: `self` (the government) unless it says otherwise. */
export const updateKind = (update: Update): AssessmentKind => update.kind ?? 'self';

/** Every progress report, oldest first; reports of the same day keep the document's order. */
export const updatesByDate = (commitment: Commitment): Update[] =>
  [...(commitment.updates ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The government's own reports, oldest first; reports of the same day keep the document's order. */
export const selfUpdates = (commitment: Commitment): Update[] =>
  updatesByDate(commitment).filter((update) => updateKind(update) === 'self');

/** The latest `self` update by date (on a tie, the later one in the document). */
export const latestSelfUpdate = (commitment: Commitment): Update | undefined => selfUpdates(commitment).at(-1);

/** The commitment's status now: its latest `self` update's, else the `status` it gives. */
export const currentStatus = (commitment: Commitment): Completion | undefined =>
  // A self update cannot say `no-evidence-available`: the validator drops one that does.
  (latestSelfUpdate(commitment)?.status as Completion | undefined) ?? commitment.status;

/**
 * The latest of `updates` (ordered oldest first, as `selfUpdates` gives them) that names the
 * milestone, with what it says of it; undefined when none does.
 */
export function latestMilestoneReport(
  updates: readonly Update[],
  milestoneId: string,
): {update: Update; report: MilestoneReport} | undefined {
  for (let i = updates.length - 1; i >= 0; i--) {
    const report = updates[i].milestones?.find((m) => m.id === milestoneId);
    if (report) return {update: updates[i], report};
  }
  return undefined;
}

/** A milestone's status now: from the latest `self` update that names it, else its own `status`. */
export const currentMilestoneStatus = (commitment: Commitment, milestone: Milestone): MilestoneStatus =>
  latestMilestoneReport(selfUpdates(commitment), milestone.id)?.report.status ?? milestone.status;

/**
 * The commitment with its `status` and its milestones' `status` set from its latest `self`
 * updates. The same object when it has no `self` updates.
 */
export function withCurrentStatus(commitment: Commitment): Commitment {
  if (!commitment.updates?.some((update) => updateKind(update) === 'self')) return commitment;
  const updates = selfUpdates(commitment);
  const updated: Commitment = {...commitment, status: (updates.at(-1)?.status as Completion | undefined) ?? commitment.status};
  if (commitment.milestones) {
    // Sorted once for the commitment, not once per milestone: the validator calls this for every commitment.
    updated.milestones = commitment.milestones.map((milestone) => {
      const status = latestMilestoneReport(updates, milestone.id)?.report.status ?? milestone.status;
      return status === milestone.status ? milestone : {...milestone, status};
    });
  }
  return updated;
}

/** The last day a date covers, `YYYY-MM-DD`: `2026-06` → `2026-06-30`, `2026` → `2026-12-31`. */
export function lastDay(date: DateString): DateString {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [year, month] = date.split('-').map(Number);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(day).padStart(2, '0')}`;
}

/** The period an update covers: its own, else the half-year its date falls in (`2026-01` – `2026-06`). */
export function updatePeriod(update: Update): Period {
  if (update.period) return update.period;
  const year = update.date.slice(0, 4);
  const firstHalf = update.date.length >= 7 && update.date.slice(5, 7) <= '06';
  return firstHalf ? {start: `${year}-01`, end: `${year}-06`} : {start: `${year}-07`, end: `${year}-12`};
}

const periodKey = (period: Period): string => `${lastDay(period.end)} ${period.start}`;

/**
 * The plan's reporting periods, oldest to newest: every distinct period its `self` updates cover
 * (see `updatePeriod`), ordered by their last day, then their start. Empty without `self` updates.
 */
export function reportingPeriods(plan: ActionPlan): Period[] {
  const periods = new Map<string, Period>();
  for (const commitment of plan.commitments) {
    for (const update of commitment.updates ?? []) {
      if (updateKind(update) !== 'self') continue;
      const period = updatePeriod(update);
      const key = periodKey(period);
      if (!periods.has(key)) periods.set(key, period);
    }
  }
  return [...periods.keys()].sort().map((key) => periods.get(key)!);
}

/**
 * The commitment's status at the end of a reporting period: that of its latest `self` update
 * covering a period that ends no later. "not-reported" before its first report. A commitment
 * without `self` updates has no dated status: its `status` counts for the plan's latest period
 * only (pass `isLatest`), and it is "not reported" before.
 */
export function statusAsOf(commitment: Commitment, period: Period, isLatest: boolean): ReportedStatus {
  const updates = selfUpdates(commitment);
  if (!updates.length) return (isLatest && commitment.status) || 'not-reported';
  const end = lastDay(period.end);
  let status: ReportedStatus = 'not-reported';
  for (const update of updates) {
    if (lastDay(updatePeriod(update).end) <= end) status = update.status as Completion;
  }
  return status;
}

/**
 * True when the commitment's current status differs from its status at the end of the period
 * before the plan's latest one (a first report in the latest period counts as a change). False
 * when the plan has no reports, and for a commitment without `self` updates: nothing dates its
 * `status`, so nothing says it changed.
 */
export function changedInLatestPeriod(commitment: Commitment, periods: readonly Period[]): boolean {
  if (!periods.length || !latestSelfUpdate(commitment)) return false;
  const previous = periods.at(-2);
  const before = previous ? statusAsOf(commitment, previous, false) : 'not-reported';
  return (currentStatus(commitment) ?? 'not-reported') !== before;
}

/** Whole months from `from` to `to` (both `YYYY-MM-DD`, or coarser for `from`: its first day). */
export function wholeMonthsBetween(from: DateString, to: DateString): number {
  const [fy, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** How many months without a report make a commitment stale: the element's `stale-after`, the plan's interval, else 6. */
export const staleAfterMonths = (plan: ActionPlan, staleAfter?: number): number =>
  staleAfter !== undefined && Number.isInteger(staleAfter) && staleAfter > 0
    ? staleAfter
    : (plan.reportingIntervalMonths ?? 6);

/** `tracksReports` by plan: a validated plan is never changed, and the list asks for every commitment. */
const tracking = new WeakMap<ActionPlan, boolean>();

/**
 * Whether the plan tracks progress reports: it says how often it reports
 * (`reportingIntervalMonths`) or one of its commitments has a `self` update. A document without
 * either renders as it did before progress reports: no commitment in it is ever stale.
 */
export function tracksReports(plan: ActionPlan): boolean {
  let tracks = tracking.get(plan);
  if (tracks === undefined) {
    tracks =
      plan.reportingIntervalMonths !== undefined ||
      plan.commitments.some((commitment) => commitment.updates?.some((update) => updateKind(update) === 'self'));
    tracking.set(plan, tracks);
  }
  return tracks;
}

/** When the commitment was last reported on by the government, or undefined. */
export const lastReportDate = (commitment: Commitment): DateString | undefined => latestSelfUpdate(commitment)?.date;

/**
 * Whole months the commitment has gone without a report when it is stale, else undefined. Stale:
 * the plan is being implemented, the commitment is neither complete nor withdrawn, and its latest
 * `self` update (with none, the plan's start) is more than `staleAfterMonths` whole months before
 * today. Never in a plan that does not track reports (see `tracksReports`).
 */
export function monthsStale(
  plan: ActionPlan,
  commitment: Commitment,
  today: DateString,
  staleAfter?: number,
): number | undefined {
  if (plan.stage !== 'implementing' || commitment.status === 'complete' || commitment.status === 'withdrawn') {
    return undefined;
  }
  const since = lastReportDate(commitment) ?? plan.period?.start;
  if (!since || !tracksReports(plan)) return undefined;
  const months = wholeMonthsBetween(since, today);
  return months > staleAfterMonths(plan, staleAfter) ? months : undefined;
}

/** Past its end and neither complete nor withdrawn: the commitment itself is overdue. */
export const isCommitmentOverdue = (commitment: Commitment, today: DateString): boolean =>
  commitment.period !== undefined &&
  commitment.status !== 'complete' &&
  commitment.status !== 'withdrawn' &&
  endsBeforeStart(today, commitment.period.end);

/**
 * Late: the commitment or one of its milestones is overdue. Never for a withdrawn commitment: it
 * will not be done, so it cannot be late (its milestones still count as overdue where milestones are counted).
 */
export const isLate = (commitment: Commitment, today: DateString): boolean =>
  commitment.status !== 'withdrawn' &&
  (isCommitmentOverdue(commitment, today) || (commitment.milestones ?? []).some((m) => isOverdue(m, today)));

/** The challenges of the commitment's latest `self` update (none when it gives none). */
export const currentChallenges = (commitment: Commitment): readonly Challenge[] =>
  latestSelfUpdate(commitment)?.challenges ?? [];

export interface Tally {
  total: number;
  /** Complete. */
  done: number;
  /** Overdue (for commitments: late, see `isLate`). */
  overdue: number;
  /** Neither done, overdue nor withdrawn. */
  onTrack: number;
}

export interface AgencyRollup {
  /** The lead agency as the data names it; undefined for commitments that name none. */
  agency: Text | undefined;
  commitments: Tally;
  milestones: Tally;
}

/** A lead agency's identity across languages: its English name, else its first (the list's agency filter uses it too). */
export const agencyKey = (agency: Text): string => pickText(agency, 'en').value;

const emptyTally = (): Tally => ({total: 0, done: 0, overdue: 0, onTrack: 0});

/**
 * Each lead agency's commitments and milestones: done, on track and overdue, in the order the
 * agencies first appear. A commitment led by two agencies counts for both; commitments that name
 * no lead agency come last, together.
 */
export function agencyRollup(plan: ActionPlan, today: DateString): AgencyRollup[] {
  const rows = new Map<string, AgencyRollup>();
  const none: AgencyRollup = {agency: undefined, commitments: emptyTally(), milestones: emptyTally()};
  for (const commitment of plan.commitments) {
    const agencies = commitment.leadAgencies?.length ? commitment.leadAgencies : undefined;
    const targets = agencies
      ? [...new Map(agencies.map((agency) => [agencyKey(agency), agency])).entries()].map(([key, agency]) => {
          let row = rows.get(key);
          if (!row) rows.set(key, (row = {agency, commitments: emptyTally(), milestones: emptyTally()}));
          return row;
        })
      : [none];
    const late = isLate(commitment, today);
    for (const row of targets) {
      const c = row.commitments;
      c.total++;
      if (commitment.status === 'complete') c.done++;
      else if (late) c.overdue++;
      else if (commitment.status !== 'withdrawn') c.onTrack++;
      for (const milestone of commitment.milestones ?? []) {
        const m = row.milestones;
        m.total++;
        if (milestone.status === 'complete') m.done++;
        else if (isOverdue(milestone, today)) m.overdue++;
        else if (milestone.status !== 'withdrawn') m.onTrack++;
      }
    }
  }
  return none.commitments.total ? [...rows.values(), none] : [...rows.values()];
}
