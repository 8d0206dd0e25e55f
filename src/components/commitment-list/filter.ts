// Search, filters and sorting for <ogp-commitment-list>: plain functions over the data, no DOM.
import {REPORTED_STATUSES, type ReportedStatus, type ActionPlan, type Commitment, type Text} from '../../data/types.js';
import type {OgpFilterDetail} from '../../base/events.js';
import {allTexts} from '../../i18n/text.js';
import {todayString} from '../../data/progress.js';
import {
  agencyKey,
  changedInLatestPeriod,
  currentChallenges,
  isLate,
  lastReportDate,
  monthsStale,
  reportingPeriods,
} from '../../data/reports.js';

/** How the list can be ordered: by number, status, end date, or last report (newest first). */
export type CommitmentSort = 'number' | 'status' | 'end' | 'report';
export const SORTS: readonly CommitmentSort[] = ['number', 'status', 'end', 'report'];

/** The filters on progress reports: each, when on, keeps only the commitments it names. */
export type ReportFilter = 'changed' | 'stale' | 'lateWithChallenges';
export const REPORT_FILTERS: readonly ReportFilter[] = ['changed', 'stale', 'lateWithChallenges'];

/** What the report filters measure against: the date of "today" and the element's `stale-after`. */
export interface ReportContext {
  today: string;
  staleAfter?: number;
}

const periodsCache = new WeakMap<ActionPlan, ReturnType<typeof reportingPeriods>>();
/** The plan's reporting periods, worked out once per plan. */
function periodsOf(plan: ActionPlan): ReturnType<typeof reportingPeriods> {
  let periods = periodsCache.get(plan);
  if (!periods) periodsCache.set(plan, (periods = reportingPeriods(plan)));
  return periods;
}

/** Whether a commitment passes one report filter. */
export function passesReportFilter(
  plan: ActionPlan,
  commitment: Commitment,
  filter: ReportFilter,
  context: ReportContext,
): boolean {
  switch (filter) {
    case 'changed':
      return changedInLatestPeriod(commitment, periodsOf(plan));
    case 'stale':
      return monthsStale(plan, commitment, context.today, context.staleAfter) !== undefined;
    case 'lateWithChallenges':
      return isLate(commitment, context.today) && currentChallenges(commitment).length > 0;
  }
}

const statusOf = (commitment: Commitment): ReportedStatus => commitment.status ?? 'not-reported';

/** Position in OGP completion order; commitments without a status come last. */
const statusRank = (commitment: Commitment): number => REPORTED_STATUSES.indexOf(statusOf(commitment));

/** Search normalization: full-width forms and compatibility characters folded (NFKC), lower case. */
const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Number, title and summary in every language, normalized; computed once per commitment object. */
const haystacks = new WeakMap<Commitment, string>();
function haystackOf(commitment: Commitment): string {
  let haystack = haystacks.get(commitment);
  if (haystack === undefined) {
    haystack = normalize(
      [commitment.number, ...allTexts(commitment.title), ...allTexts(commitment.summary)].join('\n'),
    );
    haystacks.set(commitment, haystack);
  }
  return haystack;
}

/**
 * The search words of a query. Chinese has no spaces between words, so each word is matched as a
 * substring (資料開放 finds 政府資料開放與運用法制化); every word must be found.
 */
const queryTokens = (query: string): string[] => normalize(query).split(/\s+/).filter(Boolean);


function matches(
  plan: ActionPlan,
  commitment: Commitment,
  filters: OgpFilterDetail,
  tokens: readonly string[],
  context: ReportContext,
): boolean {
  if (filters.policyArea && !commitment.policyAreas.includes(filters.policyArea)) return false;
  if (filters.ogpValue && !(commitment.ogpValues as string[] | undefined)?.includes(filters.ogpValue)) return false;
  if (filters.status && statusOf(commitment) !== filters.status) return false;
  if (filters.agency && !commitment.leadAgencies?.some((agency) => agencyKey(agency) === filters.agency)) return false;
  for (const filter of REPORT_FILTERS) {
    if (filters[filter] && !passesReportFilter(plan, commitment, filter, context)) return false;
  }
  if (tokens.length) {
    const haystack = haystackOf(commitment);
    if (!tokens.every((token) => haystack.includes(token))) return false;
  }
  return true;
}

/** Natural order of published numbers: "1-1" < "1-2" < "2" < "10". */
const numberOrder = new Intl.Collator('en', {numeric: true, sensitivity: 'base'});
/** An end date's last possible day, so "2026" sorts after "2026-06"; no end date sorts last. */
const endKey = (commitment: Commitment): string =>
  commitment.period?.end ? `${commitment.period.end}-99-99`.slice(0, 10) : '~';

const COMPARATORS: Record<CommitmentSort, (a: Commitment, b: Commitment) => number> = {
  number: (a, b) => numberOrder.compare(a.number, b.number),
  status: (a, b) => statusRank(a) - statusRank(b) || numberOrder.compare(a.number, b.number),
  end: (a, b) => (endKey(a) < endKey(b) ? -1 : endKey(a) > endKey(b) ? 1 : numberOrder.compare(a.number, b.number)),
  report: (a, b) => {
    // Newest report first; commitments never reported come last, in number order.
    const ra = lastReportDate(a) ?? '';
    const rb = lastReportDate(b) ?? '';
    return ra > rb ? -1 : ra < rb ? 1 : numberOrder.compare(a.number, b.number);
  },
};

/**
 * Commitments that pass the filters, in the chosen order (ties keep the plan's order). The report
 * filters (stale, late) are measured against `context.today`.
 */
export function filterCommitments(
  plan: ActionPlan,
  filters: OgpFilterDetail,
  sort: CommitmentSort = 'number',
  context: ReportContext = {today: todayString()},
): Commitment[] {
  const tokens = queryTokens(filters.query);
  const found = plan.commitments.filter((c) => matches(plan, c, filters, tokens, context));
  return found.sort(COMPARATORS[sort] ?? COMPARATORS.number);
}

/** How many commitments have each filter value, counted once per plan. */
export interface Facets {
  areas: Map<string, number>;
  values: Map<string, number>;
  statuses: Map<string, number>;
  agencies: Map<string, {text: Text; count: number}>;
}
const facetCache = new WeakMap<ActionPlan, Facets>();
export function facetsOf(plan: ActionPlan): Facets {
  let facets = facetCache.get(plan);
  if (facets) return facets;
  facets = {areas: new Map(), values: new Map(), statuses: new Map(), agencies: new Map()};
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const c of plan.commitments) {
    for (const id of new Set(c.policyAreas)) add(facets.areas, id);
    for (const value of new Set(c.ogpValues ?? [])) add(facets.values, value);
    add(facets.statuses, statusOf(c));
    const seen = new Set<string>();
    for (const agency of c.leadAgencies ?? []) {
      const key = agencyKey(agency);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = facets.agencies.get(key);
      if (entry) entry.count++;
      else facets.agencies.set(key, {text: agency, count: 1});
    }
  }
  facetCache.set(plan, facets);
  return facets;
}

export interface Option {
  value: string;
  label: string;
  count: number;
}
