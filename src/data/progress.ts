/** Progress arithmetic shared by the card, the tracker and the list. */
import {endsBeforeStart} from './validate.js';
import {parseDate} from '../i18n/format.js';
import type {ActionPlan, Commitment, DateString, Milestone, PolicyArea} from './types.js';

/**
 * True for a plan that is a draft or adopted: nobody reports progress before implementation
 * starts, so the widgets say that once instead of "no progress reported" on every commitment.
 */
export const beforeImplementation = (plan: ActionPlan): boolean => plan.stage === 'draft' || plan.stage === 'adopted';

/** Today as `YYYY-MM-DD` in the reader's time zone. */
export function todayString(now = new Date()): DateString {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A host-supplied `today` (`YYYY-MM-DD`, for tests and previews), else the real today. */
export const resolveToday = (today: string | undefined): DateString =>
  today && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : todayString();

/** Past its end date (the whole month or year, for coarser dates) and neither complete nor withdrawn. */
export const isOverdue = (milestone: Milestone, today: DateString): boolean =>
  milestone.end !== undefined &&
  milestone.status !== 'complete' &&
  milestone.status !== 'withdrawn' &&
  endsBeforeStart(today, milestone.end);

export interface MilestoneCount {
  complete: number;
  /** Withdrawn milestones: counted and named, since they will never complete. */
  withdrawn: number;
  /** Every milestone, withdrawn ones included. */
  total: number;
  overdue: number;
}

export function countMilestones(commitments: readonly Commitment[], today: DateString): MilestoneCount {
  const count = {complete: 0, withdrawn: 0, total: 0, overdue: 0};
  for (const commitment of commitments) {
    for (const milestone of commitment.milestones ?? []) {
      count.total++;
      if (milestone.status === 'complete') count.complete++;
      if (milestone.status === 'withdrawn') count.withdrawn++;
      if (isOverdue(milestone, today)) count.overdue++;
    }
  }
  return count;
}

/**
 * Whole percentages of each count's share of their sum that add up to exactly 100, so that one
 * legend never says 102 %: each share rounded down, then the points left over go one each to the
 * largest remainders (on a tie, to the earlier entry). All 0 when the sum is 0.
 */
export function percentShares(counts: readonly number[]): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (!sum) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 100) / sum);
  const shares = exact.map(Math.floor);
  const byRemainder = exact.map((_, i) => i).sort((a, b) => exact[b] - shares[b] - (exact[a] - shares[a]) || a - b);
  let left = 100 - shares.reduce((a, b) => a + b, 0);
  for (const i of byRemainder) {
    if (left-- <= 0) break;
    shares[i]++;
  }
  return shares;
}

/**
 * Each of the plan's policy areas (in the plan's order, keyed by the area object) with its
 * commitments in the plan's order (a commitment that names an area twice is there once; ids the
 * plan does not list are left out). Area ids are unique once validated.
 */
export function commitmentsByArea(plan: ActionPlan): Map<PolicyArea, Commitment[]> {
  const byArea = new Map(plan.policyAreas.map((area) => [area, [] as Commitment[]]));
  const byId = new Map([...byArea].map(([area, commitments]) => [area.id, commitments]));
  for (const commitment of plan.commitments) {
    for (const id of new Set(commitment.policyAreas)) byId.get(id)?.push(commitment);
  }
  return byArea;
}

/** Where today falls in a period: before it, during it or after it. */
export type PeriodPhase = 'before' | 'during' | 'after';

export interface PeriodProgress {
  phase: PeriodPhase;
  /** Share of the period's days gone by today, 0–1 (0 before the start, 1 after the end). */
  fraction: number;
  /** Whole months gone by, rounded (0 before the start, `totalMonths` after the end). */
  elapsedMonths: number;
  /** Length of the period in months, rounded; at least 1. */
  totalMonths: number;
}

/** The first day after a date at its own precision: `2026-12` → 2027-01-01, `2026` → 2027-01-01. */
const dayAfter = (date: DateString): Date => {
  const d = parseDate(date);
  if (date.length <= 4) return new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
  if (date.length <= 7) return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return new Date(d.getTime() + 86_400_000);
};

/** A date as a continuous month count (January 2025, day 16 of 31 ≈ 24300.48). */
const monthValue = (d: Date): number => {
  const days = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return d.getUTCFullYear() * 12 + d.getUTCMonth() + (d.getUTCDate() - 1) / days;
};

/**
 * How far `today` is through a period that runs from the first day of `start` to the last day of
 * `end` (each at its own precision, so `2025-01` … `2026-12` is 24 whole months).
 */
export function periodProgress(period: {start: DateString; end: DateString}, today: DateString): PeriodProgress {
  const start = parseDate(period.start);
  const end = dayAfter(period.end);
  const now = parseDate(today);
  const totalMonths = Math.max(1, Math.round(monthValue(end) - monthValue(start)));
  const span = Math.max(1, end.getTime() - start.getTime());
  const fraction = Math.min(1, Math.max(0, (now.getTime() - start.getTime()) / span));
  const phase: PeriodPhase = now < start ? 'before' : now >= end ? 'after' : 'during';
  const elapsedMonths =
    phase === 'before'
      ? 0
      : phase === 'after'
        ? totalMonths
        : Math.min(totalMonths, Math.max(0, Math.round(monthValue(now) - monthValue(start))));
  return {phase, fraction, elapsedMonths, totalMonths};
}
