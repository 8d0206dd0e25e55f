/** Progress arithmetic shared by the card, the tracker and the list. */
import {endsBeforeStart} from './validate.js';
import {COMPLETION_LEVELS, type Commitment, type Completion, type DateString, type Milestone} from './types.js';

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
  /** Withdrawn milestones are not counted: they will never complete. */
  total: number;
  overdue: number;
}

export function countMilestones(commitments: readonly Commitment[], today: DateString): MilestoneCount {
  const count = {complete: 0, total: 0, overdue: 0};
  for (const commitment of commitments) {
    for (const milestone of commitment.milestones ?? []) {
      if (milestone.status === 'withdrawn') continue;
      count.total++;
      if (milestone.status === 'complete') count.complete++;
      if (isOverdue(milestone, today)) count.overdue++;
    }
  }
  return count;
}

/** How many commitments stand at each level of the completion scale, and how many report none. */
export function completionSpread(commitments: readonly Commitment[]): {counts: Record<Completion, number>; unreported: number} {
  const counts = Object.fromEntries(COMPLETION_LEVELS.map((level) => [level, 0])) as Record<Completion, number>;
  let unreported = 0;
  for (const commitment of commitments) {
    if (commitment.status) counts[commitment.status]++;
    else unreported++;
  }
  return {counts, unreported};
}
