/**
 * "Download data": a plan (usually narrowed to the commitments a list shows) as JSON and as CSV
 * files: one row per commitment, one per milestone, and one per progress report (update). Pure functions, no DOM, except
 * `download`, which saves one of them as a file; the list loads this module only when the reader
 * asks for a download, so pages that never do skip d3-dsv.
 *
 * The CSV files start with a byte-order mark and use CRLF line ends, so spreadsheet programs
 * (Excel in particular) read them as UTF-8 and show Chinese correctly.
 */
import {csvFormatRow} from 'd3-dsv';
import {countMilestones, isOverdue, resolveToday, todayString} from './progress.js';
import {changedInLatestPeriod, lastReportDate, monthsStale, reportingPeriods, updateKind, updatePeriod} from './reports.js';
import type {ActionPlan, Commitment, DateString, Text} from './types.js';
import {pickText} from '../i18n/text.js';
import {tagMatchesLocale, type Locale} from '../i18n/locale.js';

const BOM = '\uFEFF';

/** The plan with only some of its commitments (every policy area kept). */
export const withCommitments = (plan: ActionPlan, commitments: readonly Commitment[]): ActionPlan => ({
  ...plan,
  commitments: [...commitments],
});

/** The plan as pretty-printed JSON, ending with a newline. */
export function planJson(plan: ActionPlan): string {
  try {
    return `${JSON.stringify(plan, null, 2)}\n`;
  } catch (error) {
    // Unknown extra fields are kept as they came, and junk nested deeper than the engine can
    // serialize would fail the whole download: save the plan without those fields instead.
    console.warn(
      `ogp-widgets: the JSON download leaves out extra fields that cannot be saved (${(error as Error).message})`,
    );
    return `${JSON.stringify(plan, knownFieldsOnly, 2)}\n`;
  }
}

/** The fields of the data format, at any depth; anything else is left out. */
const KNOWN = new Set(
  (
    'schemaVersion id government title stage period start end updated source url publisher policyAreas topics icon ' +
    'commitments number summary problem ogpValues leadAgencies partners civilSociety status milestones assessments ' +
    'by kind date completion didItOpenGovernment note links ' +
    'updates progress evidence challenges challengesNote completed reportingIntervalMonths'
  ).split(' '),
);
function knownFieldsOnly(this: unknown, key: string, value: unknown): unknown {
  // Array items (numeric keys), the root (""), and language tags inside Text objects stay.
  if (key === '' || /^\d+$/.test(key) || KNOWN.has(key) || typeof value === 'string') return value;
  return undefined;
}

/** Rows as CSV with CRLF between records (line breaks inside quoted cells are kept as they are). */
/**
 * A cell that starts with = + - @ (or a tab or carriage return) would run as a formula when a
 * spreadsheet program opens the file: such cells get a leading apostrophe, which those programs
 * show as text and hide.
 */
export const defuseFormula = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const csv = (rows: string[][]): string =>
  BOM + rows.map((row) => csvFormatRow(row.map(defuseFormula))).join('\r\n') + '\r\n';

/**
 * The languages of some texts, the widget's language first, then in the order they appear;
 * `''` stands for plain strings that carry no language.
 */
function languagesOf(texts: readonly (Text | undefined)[], locale: Locale): string[] {
  const seen: string[] = [];
  for (const text of texts) {
    if (text === undefined) continue;
    for (const tag of typeof text === 'string' ? [''] : Object.keys(text)) if (!seen.includes(tag)) seen.push(tag);
  }
  const own = seen.filter((tag) => tag !== '' && tagMatchesLocale(tag, locale));
  return [...own, ...seen.filter((tag) => !own.includes(tag))];
}

const header = (name: string, tag: string): string => (tag ? `${name}@${tag}` : name);

/** A text's value in one language column (`''` = the column for plain strings). */
const inLanguage = (text: Text | undefined, tag: string): string =>
  text === undefined ? '' : typeof text === 'string' ? (tag === '' ? text : '') : tag === '' ? '' : (text[tag] ?? '');

/**
 * One row per commitment: id, number, a title column per language, status (empty when none is
 * reported), policy-area ids, OGP values, lead agencies (in the widget's language), period,
 * milestones complete and total (withdrawn ones included), then, in columns added at the end so
 * columns read by position keep their place: milestones withdrawn; the date of the last progress
 * report of the government's own; the whole months without a report when the commitment is stale
 * on `today` (see `monthsStale`; empty when it is not); whether its status changed in the plan's
 * latest reporting period (`yes` / `no`; empty for a plan without reports). For a plan narrowed to
 * some commitments, pass the whole plan as `whole`: its latest period is the one that counts.
 */
export function commitmentRowsCsv(
  plan: ActionPlan,
  locale: Locale,
  today: DateString = todayString(),
  staleAfter?: number,
  whole: ActionPlan = plan,
): string {
  const periods = reportingPeriods(whole);
  const languages = languagesOf(
    plan.commitments.map((c) => c.title),
    locale,
  );
  const rows: string[][] = [
    [
      'id',
      'number',
      ...languages.map((tag) => header('title', tag)),
      'status',
      'policy areas',
      'ogp values',
      'lead agencies',
      'start',
      'end',
      'milestones complete',
      'milestones total',
      'milestones withdrawn',
      'last report',
      'months without report',
      'changed in latest period',
    ],
  ];
  for (const c of plan.commitments) {
    const count = countMilestones([c], '0000-01-01');
    rows.push([
      c.id,
      c.number,
      ...languages.map((tag) => inLanguage(c.title, tag)),
      c.status ?? '',
      c.policyAreas.join('; '),
      (c.ogpValues ?? []).join('; '),
      (c.leadAgencies ?? []).map((agency) => pickText(agency, locale).value).join('; '),
      c.period?.start ?? '',
      c.period?.end ?? '',
      String(count.complete),
      String(count.total),
      String(count.withdrawn),
      lastReportDate(c) ?? '',
      String(monthsStale(plan, c, today, staleAfter) ?? ''),
      periods.length ? (changedInLatestPeriod(c, periods) ? 'yes' : 'no') : '',
    ]);
  }
  return csv(rows);
}

/**
 * One row per milestone: its commitment's id and number, the milestone id, a title column per
 * language, status, start, end, and whether it is overdue on `today` (`yes` / `no`).
 */
export function milestoneRowsCsv(plan: ActionPlan, locale: Locale, today: DateString = todayString()): string {
  const milestones = plan.commitments.flatMap((c) => (c.milestones ?? []).map((m) => ({c, m})));
  const languages = languagesOf(
    milestones.map(({m}) => m.title),
    locale,
  );
  const rows: string[][] = [
    [
      'commitment id',
      'commitment number',
      'milestone id',
      ...languages.map((tag) => header('title', tag)),
      'status',
      'start',
      'end',
      'overdue',
    ],
  ];
  for (const {c, m} of milestones) {
    rows.push([
      c.id,
      c.number,
      m.id,
      ...languages.map((tag) => inLanguage(m.title, tag)),
      m.status,
      m.start ?? '',
      m.end ?? '',
      isOverdue(m, today) ? 'yes' : 'no',
    ]);
  }
  return csv(rows);
}

/**
 * One row per progress report (update), commitment by commitment in the plan's order and, within
 * one, by date (oldest first): its commitment's id and number, the date, the period it covers (its
 * own, else its date's half-year, see `updatePeriod`), who reported (`kind`, then a `by` column
 * per language), status, a `progress` column per language, evidence URLs (a `;` list), challenge
 * codes (a `;` list), a `challenges note` column per language, and the milestones it reports on
 * (`id: status`, a `;` list).
 */
export function updateRowsCsv(plan: ActionPlan, locale: Locale): string {
  const updates = plan.commitments.flatMap((c) =>
    (c.updates ?? [])
      .map((update, index) => ({c, update, index}))
      // Oldest first; reports of the same day keep the document's order.
      .sort((a, b) => (a.update.date < b.update.date ? -1 : a.update.date > b.update.date ? 1 : a.index - b.index)),
  );
  const languages = (pick: (u: (typeof updates)[number]['update']) => Text | undefined) =>
    languagesOf(
      updates.map(({update}) => pick(update)),
      locale,
    );
  const byLanguages = languages((u) => u.by);
  const progressLanguages = languages((u) => u.progress);
  const noteLanguages = languages((u) => u.challengesNote);
  const rows: string[][] = [
    [
      'commitment id',
      'commitment number',
      'date',
      'period start',
      'period end',
      'kind',
      ...byLanguages.map((tag) => header('by', tag)),
      'status',
      ...progressLanguages.map((tag) => header('progress', tag)),
      'evidence',
      'challenges',
      ...noteLanguages.map((tag) => header('challenges note', tag)),
      'milestones',
    ],
  ];
  for (const {c, update} of updates) {
    const period = updatePeriod(update);
    rows.push([
      c.id,
      c.number,
      update.date,
      period.start,
      period.end,
      updateKind(update),
      ...byLanguages.map((tag) => inLanguage(update.by, tag)),
      update.status,
      ...progressLanguages.map((tag) => inLanguage(update.progress, tag)),
      (update.evidence ?? []).map((link) => link.url).join('; '),
      (update.challenges ?? []).join('; '),
      ...noteLanguages.map((tag) => inLanguage(update.challengesNote, tag)),
      (update.milestones ?? []).map((m) => `${m.id}: ${m.status}`).join('; '),
    ]);
  }
  return csv(rows);
}

/** The files a list offers: the plan as JSON, a commitments CSV, a milestones CSV, an updates CSV. */
export type DownloadFormat = 'json' | 'commitments' | 'milestones' | 'updates';

/**
 * Saves `plan`, narrowed to `commitments` (kept in the plan's order), as a file through a
 * temporary download link: `<plan id>.json`, `<plan id>-commitments.csv`,
 * `<plan id>-milestones.csv` or `<plan id>-updates.csv`, with `-filtered` before the extension
 * when `filtered`. Overdue milestones and stale commitments are measured against `today`
 * (`YYYY-MM-DD`; the real today when absent); `staleAfter` is the list's `stale-after`.
 */
export function download(
  plan: ActionPlan,
  commitments: readonly Commitment[],
  format: DownloadFormat,
  filtered: boolean,
  locale: Locale,
  today?: string,
  staleAfter?: number,
): void {
  const keep = new Set(commitments);
  const narrowed = withCommitments(
    plan,
    plan.commitments.filter((c) => keep.has(c)),
  );
  const suffix = filtered ? '-filtered' : '';
  const day = resolveToday(today);
  const files: Record<DownloadFormat, () => [text: string, type: string, name: string]> = {
    json: () => [planJson(narrowed), 'application/json', `${plan.id}${suffix}.json`],
    commitments: () => [
      // Stale and "changed" are measured in the whole plan: its latest period is the plan's.
      commitmentRowsCsv(narrowed, locale, day, staleAfter, plan),
      'text/csv',
      `${plan.id}-commitments${suffix}.csv`,
    ],
    milestones: () => [milestoneRowsCsv(narrowed, locale, day), 'text/csv', `${plan.id}-milestones${suffix}.csv`],
    updates: () => [updateRowsCsv(narrowed, locale), 'text/csv', `${plan.id}-updates${suffix}.csv`],
  };
  const [text, type, name] = files[format]();
  const url = URL.createObjectURL(new Blob([text], {type: `${type};charset=utf-8`}));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
