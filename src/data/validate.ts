/**
 * The runtime validator: any JSON value in, a typed plan plus a list of problems out.
 *
 * It keeps every valid part. A bad optional field drops that field; a bad milestone drops that
 * milestone, not its commitment; a commitment without an id or title is dropped and reported.
 * Unknown extra fields are allowed and kept. It never throws, whatever the input.
 *
 * Beyond the JSON Schema it checks what a schema cannot: duplicate ids, references to undefined
 * policy areas or milestones, impossible calendar dates (2025-02-30), periods that end before they
 * start and progress reports dated after the document's `updated` date.
 *
 * Problems are errors (something was left out) or warnings (nothing was left out, but the data
 * disagrees with itself or lacks a reason for a delay). Last, each commitment gets its current
 * status from its progress reports (`withCurrentStatus`), so every reader of a validated plan sees
 * the same `status`.
 */
import {latestMilestoneReport, selfUpdates, withCurrentStatus} from './reports.js';
import {
  ASSESSED_COMPLETION_LEVELS,
  ASSESSMENT_KINDS,
  CHALLENGES,
  COMPLETION_LEVELS,
  MILESTONE_STATUSES,
  OGP_VALUES,
  OPENNESS_LEVELS,
  PLAN_STAGES,
  type ActionPlan,
  type Assessment,
  type Commitment,
  type Link,
  type Milestone,
  type MilestoneReport,
  type Partners,
  type Period,
  type PolicyArea,
  type Problem,
  type ProblemCode,
  type Source,
  type Text,
  type Update,
  type ValidationResult,
} from './types.js';

type Json = unknown;
type JsonObject = Record<string, Json>;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const URL_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
const QUOTE_LIMIT = 60;

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeName(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A short, safe rendering of a value for messages (hostile data can hold megabyte strings). */
export function quote(value: Json): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));
  } catch {
    text = typeName(value);
  }
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
}

/**
 * Extends a problem path: `commitments` + 3 → `commitments[3]`, + `zh TW` → `title["zh TW"]`.
 * Keys are quoted like values, so a megabyte key cannot make a megabyte path.
 */
export const join = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key) && key.length <= QUOTE_LIMIT
      ? path
        ? `${path}.${key}`
        : key
      : `${path}[${quote(key)}]`;

/**
 * A problem path, built lazily: a string, or a parent path and a key. Validation visits every
 * value of a plan but reports a few at most, so the strings (and `join`'s checks) are only made
 * for a problem, not for each value visited.
 */
type Path = string | PathNode;
interface PathNode {
  readonly parent: Path;
  readonly key: string | number;
}

const at = (parent: Path, key: string | number): PathNode => ({parent, key});

/** The path as a string: the same as joining its keys one by one with `join`. */
const pathString = (path: Path): string => (typeof path === 'string' ? path : join(pathString(path.parent), path.key));

/** Days in a month, leap years included. */
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The value of two ASCII digits at `i`, or -1 if they are not both digits. */
function twoDigits(value: string, i: number): number {
  const a = value.charCodeAt(i) - 48;
  const b = value.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits, months 01–12, days 01–31) naming a day that
 * exists: what `/^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/` plus a days-in-month
 * check accepts, tested character by character (no match arrays, no Date unless the day is past 28).
 */
export function isValidDate(value: Json): value is string {
  if (typeof value !== 'string') return false;
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  if (twoDigits(value, 0) < 0 || twoDigits(value, 2) < 0) return false;
  if (length === 4) return true;
  const month = twoDigits(value, 5);
  if (value.charCodeAt(4) !== 45 || month < 1 || month > 12) return false;
  if (length === 7) return true;
  const day = twoDigits(value, 8);
  if (value.charCodeAt(7) !== 45 || day < 1 || day > 31) return false;
  return day <= 28 || day <= daysIn(Number(value.slice(0, 4)), month);
}

/**
 * Only http(s) and relative URLs can be followed: `javascript:`, `data:` and the like never.
 * Control characters and surrounding white space are refused outright, because browsers drop
 * them before reading the scheme (`java\tscript:` would run as `javascript:`).
 */
export function isSafeUrl(value: Json): value is string {
  if (typeof value !== 'string' || value === '' || value !== value.trim() || CONTROL.test(value)) return false;
  const scheme = URL_SCHEME.exec(value);
  return !scheme || /^https?$/i.test(scheme[1]);
}

/** Sort key that treats `2025-01` as "some day in January": starts pad low, ends pad high. */
const dateKey = (date: string, edge: 'start' | 'end'): string =>
  (date + (edge === 'start' ? '-00-00' : '-99-99')).slice(0, 10);

/** True when the period ends before it starts, at the precision both dates share. */
export const endsBeforeStart = (start: string, end: string): boolean =>
  // Two full dates compare as they are (their keys are themselves).
  start.length === 10 && end.length === 10 ? start > end : dateKey(start, 'start') > dateKey(end, 'end');

class Reader {
  readonly problems: Problem[] = [];
  /** Language tags already checked (a plan uses two or three; hostile data cannot grow this much). */
  private readonly tags = new Map<string, boolean>();

  report(path: Path, code: ProblemCode, message: string, value?: Json): void {
    this.add(path, code, 'error', message, value);
  }

  /** A problem that left nothing out: the data disagrees with itself, or lacks something readers expect. */
  warn(path: Path, code: ProblemCode, message: string, value?: Json): void {
    this.add(path, code, 'warning', message, value);
  }

  private add(path: Path, code: ProblemCode, severity: Problem['severity'], message: string, value?: Json): void {
    const problem: Problem = {path: pathString(path), code, severity, message};
    if (value !== undefined) problem.value = quote(value);
    this.problems.push(problem);
  }

  missing(path: Path, consequence = ''): void {
    this.report(path, 'missing', `missing required field${consequence}`);
  }

  wrongType(path: Path, expected: string, value: Json, consequence = ''): void {
    this.report(path, 'type', `expected ${expected}, got ${typeName(value)}${consequence}`, value);
  }

  /** A non-empty string, or undefined (reported). */
  id(object: JsonObject, key: string, path: Path, consequence = ''): string | undefined {
    const value = object[key];
    if (typeof value === 'string' && value !== '') return value;
    if (value === undefined || value === '') this.missing(at(path, key), consequence);
    else this.wrongType(at(path, key), 'a string', value, consequence);
    return undefined;
  }

  private isLanguageTag(lang: string): boolean {
    let ok = this.tags.get(lang);
    if (ok === undefined) {
      ok = LANGUAGE_TAG.test(lang);
      if (this.tags.size < 64) this.tags.set(lang, ok);
    }
    return ok;
  }

  text(value: Json, path: Path, consequence = ''): Text | undefined {
    if (typeof value === 'string') return value;
    if (value === undefined) {
      this.missing(path, consequence);
      return undefined;
    }
    if (!isObject(value)) {
      this.wrongType(path, 'text (a string, or an object from language tag to string)', value, consequence);
      return undefined;
    }
    const kept: Record<string, string> = {};
    let count = 0;
    for (const lang of Object.keys(value)) {
      if (!this.isLanguageTag(lang)) {
        this.report(at(path, lang), 'format', `not a language tag: ${quote(lang)}`);
        continue;
      }
      const string = value[lang];
      if (typeof string !== 'string') this.wrongType(at(path, lang), 'a string', string);
      else {
        kept[lang] = string;
        count++;
      }
    }
    if (count === 0) {
      this.report(path, 'missing', `text has no language with a string value${consequence}`);
      return undefined;
    }
    return kept;
  }

  /** Every valid item of a list; invalid ones are reported by `item` and left out. */
  list<T>(value: Json, path: Path, item: (value: Json, path: PathNode) => T | undefined): T[] | undefined {
    if (!Array.isArray(value)) {
      this.wrongType(path, 'a list', value);
      return undefined;
    }
    const kept: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const result = item(value[i], at(path, i));
      if (result !== undefined) kept.push(result);
    }
    return kept;
  }

  texts(value: Json, path: Path): Text[] | undefined {
    return this.list(value, path, (item, itemPath) => this.text(item, itemPath));
  }

  oneOf<T extends string>(allowed: readonly T[], value: Json, path: Path, consequence = ''): T | undefined {
    if (value === undefined) this.missing(path, consequence);
    else if ((allowed as readonly Json[]).includes(value)) return value as T;
    else
      this.report(
        path,
        'unknown-value',
        `unknown value ${quote(value)} (expected one of: ${allowed.join(', ')})${consequence}`,
        value,
      );
    return undefined;
  }

  date(value: Json, path: Path, consequence = ''): string | undefined {
    if (value === undefined) this.missing(path, consequence);
    else if (isValidDate(value)) return value;
    else if (typeof value !== 'string') this.wrongType(path, 'a date string', value, consequence);
    else this.report(path, 'format', `not a date (YYYY-MM-DD, YYYY-MM or YYYY): ${quote(value)}${consequence}`, value);
    return undefined;
  }

  /** A full date, `YYYY-MM-DD` (a day that exists), for what happened on one day. */
  day(value: Json, path: Path, consequence = ''): string | undefined {
    if (typeof value === 'string' && value.length === 10 && isValidDate(value)) return value;
    if (typeof value === 'string' && isValidDate(value)) {
      this.report(path, 'format', `not a full date (YYYY-MM-DD): ${quote(value)}${consequence}`, value);
      return undefined;
    }
    return this.date(value, path, consequence);
  }

  url(value: Json, path: Path, consequence = ''): string | undefined {
    if (value === undefined) this.missing(path, consequence);
    else if (isSafeUrl(value)) return value;
    else if (typeof value !== 'string') this.wrongType(path, 'a URL string', value, consequence);
    else
      this.report(
        path,
        'format',
        `not an http(s) or relative URL (or it holds control characters or surrounding spaces): ${quote(value)}${consequence}`,
        value,
      );
    return undefined;
  }

  range(start: string, end: string, path: Path): void {
    if (endsBeforeStart(start, end)) this.report(path, 'range', `ends (${end}) before it starts (${start})`);
  }

  period(value: Json, path: Path): Period | undefined {
    if (!isObject(value)) {
      this.wrongType(path, 'an object with start and end', value);
      return undefined;
    }
    const start = this.date(value.start, at(path, 'start'), '; the period was left out');
    const end = this.date(value.end, at(path, 'end'), '; the period was left out');
    if (start === undefined || end === undefined) return undefined;
    this.range(start, end, path);
    return {...value, start, end};
  }
}

/**
 * Sets `target[key]` to the validated form of `source[key]` when it is present, or removes the
 * field when it is present but invalid (the problem is already reported). Absent stays absent.
 */
function optional<T>(target: JsonObject, source: JsonObject, key: string, read: (value: Json) => T | undefined): void {
  if (source[key] === undefined) return;
  const value = read(source[key]);
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/**
 * Filters items whose id was already seen, reporting each duplicate. `paths[i]` is where
 * `items[i]` was read. Without duplicates (the usual case) the list is returned as it is.
 */
function uniqueIds<T extends {id: string}>(reader: Reader, items: T[], paths: Path[]): T[] {
  const seen = new Set<string>();
  let kept: T[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!seen.has(item.id)) {
      seen.add(item.id);
      kept?.push(item);
      continue;
    }
    kept ??= items.slice(0, i);
    reader.report(
      at(paths[i] ?? '', 'id'),
      'duplicate',
      `duplicate id ${quote(item.id)}; this item was left out (the first one is kept)`,
      item.id,
    );
  }
  return kept ?? items;
}

function readPolicyArea(reader: Reader, value: Json, path: Path): PolicyArea | undefined {
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, '; the policy area was left out');
    return undefined;
  }
  const dropped = '; the policy area was left out';
  const id = reader.id(value, 'id', path, dropped);
  const title = reader.text(value.title, at(path, 'title'), dropped);
  if (id === undefined || title === undefined) return undefined;
  let topics: Text[] = [];
  if (value.topics === undefined) reader.missing(at(path, 'topics'));
  else topics = reader.texts(value.topics, at(path, 'topics')) ?? [];
  const area: JsonObject = {...value, id, title, topics};
  optional(area, value, 'icon', (v) => (typeof v === 'string' ? v : reader.wrongType(at(path, 'icon'), 'a string', v)));
  return area as unknown as PolicyArea;
}

function readMilestone(reader: Reader, value: Json, path: Path): Milestone | undefined {
  const dropped = '; the milestone was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, dropped);
    return undefined;
  }
  const id = reader.id(value, 'id', path, dropped);
  const title = reader.text(value.title, at(path, 'title'), dropped);
  const status = reader.oneOf(MILESTONE_STATUSES, value.status, at(path, 'status'), dropped);
  if (id === undefined || title === undefined || status === undefined) return undefined;
  const milestone: JsonObject = {...value, id, title, status};
  optional(milestone, value, 'start', (v) => reader.date(v, at(path, 'start')));
  optional(milestone, value, 'end', (v) => reader.date(v, at(path, 'end')));
  if (typeof milestone.start === 'string' && typeof milestone.end === 'string') {
    reader.range(milestone.start, milestone.end, path);
  }
  optional(milestone, value, 'completed', (v) => reader.date(v, at(path, 'completed')));
  optional(milestone, value, 'evidence', (v) =>
    reader.list(v, at(path, 'evidence'), (item, itemPath) => readLink(reader, item, itemPath)),
  );
  return milestone as unknown as Milestone;
}

function readAssessment(reader: Reader, value: Json, path: Path): Assessment | undefined {
  const dropped = '; the assessment was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, dropped);
    return undefined;
  }
  const by = reader.text(value.by, at(path, 'by'), dropped);
  const kind = reader.oneOf(ASSESSMENT_KINDS, value.kind, at(path, 'kind'), dropped);
  const date = reader.date(value.date, at(path, 'date'), dropped);
  const completion = reader.oneOf(ASSESSED_COMPLETION_LEVELS, value.completion, at(path, 'completion'), dropped);
  if (by === undefined || kind === undefined || date === undefined || completion === undefined) return undefined;
  const assessment: JsonObject = {...value, by, kind, date, completion};
  optional(assessment, value, 'didItOpenGovernment', (v) =>
    reader.oneOf(OPENNESS_LEVELS, v, at(path, 'didItOpenGovernment')),
  );
  optional(assessment, value, 'note', (v) => reader.text(v, at(path, 'note')));
  optional(assessment, value, 'url', (v) => reader.url(v, at(path, 'url')));
  return assessment as unknown as Assessment;
}

function readLink(reader: Reader, value: Json, path: Path): Link | undefined {
  const dropped = '; the link was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, dropped);
    return undefined;
  }
  const url = reader.url(value.url, at(path, 'url'), dropped);
  const title = reader.text(value.title, at(path, 'title'), dropped);
  if (url === undefined || title === undefined) return undefined;
  return {...value, url, title};
}

/** A milestone's status as of a progress report; the milestone must be one of the commitment's. */
function readMilestoneReport(
  reader: Reader,
  value: Json,
  path: Path,
  milestoneIds: () => ReadonlySet<string>,
): MilestoneReport | undefined {
  const dropped = '; the entry was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object with id and status', value, dropped);
    return undefined;
  }
  const id = reader.id(value, 'id', path, dropped);
  const status = reader.oneOf(MILESTONE_STATUSES, value.status, at(path, 'status'), dropped);
  if (id === undefined || status === undefined) return undefined;
  if (!milestoneIds().has(id)) {
    reader.report(path, 'reference', `unknown milestone ${quote(id)}: the commitment has no milestone with this id${dropped}`, id);
    return undefined;
  }
  return {...value, id, status} as MilestoneReport;
}

/**
 * One progress report. Its date (a full date) and status are required; a bad optional part is
 * left out and the rest kept. An update dated after the document's `updated` date is left out:
 * its date, which orders the reports, cannot be trusted.
 */
function readUpdate(
  reader: Reader,
  value: Json,
  path: Path,
  updated: string | undefined,
  milestoneIds: () => ReadonlySet<string>,
): Update | undefined {
  const dropped = '; the update was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, dropped);
    return undefined;
  }
  const date = reader.day(value.date, at(path, 'date'), dropped);
  // An unknown kind is not read as `self`: the update would then set the commitment's status.
  const kind = value.kind === undefined ? 'self' : reader.oneOf(ASSESSMENT_KINDS, value.kind, at(path, 'kind'), dropped);
  const status = reader.oneOf(ASSESSED_COMPLETION_LEVELS, value.status, at(path, 'status'), dropped);
  if (date === undefined || kind === undefined || status === undefined) return undefined;
  if (status === 'no-evidence-available' && kind === 'self') {
    reader.report(
      at(path, 'status'),
      'unknown-value',
      `"no-evidence-available" is for reports by others (kind independent or civil-society); a self update gives one of: ${COMPLETION_LEVELS.join(', ')}${dropped}`,
      status,
    );
    return undefined;
  }
  if (updated !== undefined && endsBeforeStart(date, updated)) {
    reader.report(
      at(path, 'date'),
      'future',
      `dated after the document's updated date (${updated}), so its date cannot be trusted${dropped}`,
      date,
    );
    return undefined;
  }
  const update: JsonObject = {...value, date, status};
  optional(update, value, 'period', (v) => reader.period(v, at(path, 'period')));
  optional(update, value, 'by', (v) => reader.text(v, at(path, 'by')));
  optional(update, value, 'progress', (v) => reader.text(v, at(path, 'progress')));
  optional(update, value, 'evidence', (v) =>
    reader.list(v, at(path, 'evidence'), (item, itemPath) => readLink(reader, item, itemPath)),
  );
  optional(update, value, 'challenges', (v) =>
    reader.list(v, at(path, 'challenges'), (item, itemPath) =>
      reader.oneOf(CHALLENGES, item, itemPath, '; the code was left out'),
    ),
  );
  optional(update, value, 'challengesNote', (v) => reader.text(v, at(path, 'challengesNote')));
  optional(update, value, 'milestones', (v) =>
    reader.list(v, at(path, 'milestones'), (item, itemPath) =>
      readMilestoneReport(reader, item, itemPath, milestoneIds),
    ),
  );
  return update as unknown as Update;
}

const BEHIND: ReadonlySet<string> = new Set(['not-started', 'limited']);
const DONE: ReadonlySet<string> = new Set(['complete', 'withdrawn']);

/**
 * Warnings about a commitment's progress reports, then the commitment with its current status
 * (`withCurrentStatus`): a `status` that differs from the latest `self` update (the update wins),
 * and a late `not-started` or `limited` self update that gives no challenge. `milestonePath` and
 * `updatePaths` say where each milestone and update was read.
 */
function applyUpdates(
  reader: Reader,
  commitment: Commitment,
  path: Path,
  milestonePath: (milestone: Milestone) => Path,
  updatePaths: readonly Path[],
): Commitment {
  const updates = commitment.updates;
  if (!updates?.length) return commitment;
  const self = selfUpdates(commitment);
  const latest = self.at(-1);
  if (!latest) return commitment;

  const given = commitment.status;
  if (given !== undefined && given !== latest.status) {
    reader.warn(
      at(path, 'status'),
      'disagreement',
      `status ${quote(given)} differs from the latest self update (${latest.date}): ${quote(latest.status)}; the update wins`,
      given,
    );
  }
  const milestones = commitment.milestones ?? [];
  for (const milestone of milestones) {
    const latestReport = latestMilestoneReport(self, milestone.id);
    if (latestReport && latestReport.report.status !== milestone.status) {
      reader.warn(
        at(milestonePath(milestone), 'status'),
        'disagreement',
        `status ${quote(milestone.status)} differs from the latest self update that names this milestone (${latestReport.update.date}): ${quote(latestReport.report.status)}; the update wins`,
        milestone.status,
      );
    }
  }

  // Late self updates without a challenge, oldest first, with each milestone's status as of each.
  const end = commitment.period?.end;
  const asOf = new Map<string, string>();
  let unexplained: Map<Update, string> | undefined;
  for (const update of self) {
    if (BEHIND.has(update.status) && !update.challenges?.length) {
      let after: string | undefined;
      if (end !== undefined && endsBeforeStart(update.date, end)) after = `the commitment's end (${end})`;
      else {
        for (const milestone of milestones) {
          if (milestone.end === undefined || !endsBeforeStart(update.date, milestone.end)) continue;
          const status =
            update.milestones?.find((m) => m.id === milestone.id)?.status ?? asOf.get(milestone.id) ?? milestone.status;
          if (DONE.has(status)) continue;
          after = `the end of milestone ${quote(milestone.id)} (${milestone.end}), not complete then`;
          break;
        }
      }
      if (after !== undefined) (unexplained ??= new Map()).set(update, after);
    }
    for (const report of update.milestones ?? []) asOf.set(report.id, report.status);
  }
  if (unexplained) {
    for (let i = 0; i < updates.length; i++) {
      const after = unexplained.get(updates[i]);
      if (after === undefined) continue;
      reader.warn(
        updatePaths[i] ?? path,
        'no-challenge',
        `a ${quote(updates[i].status)} self update dated after ${after} gives no challenges: say why it is behind (challenges: ${CHALLENGES.join(', ')})`,
      );
    }
  }
  return withCurrentStatus(commitment);
}

function readPartners(reader: Reader, value: Json, path: Path): Partners | undefined {
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value);
    return undefined;
  }
  const partners: JsonObject = {...value};
  optional(partners, value, 'government', (v) => reader.texts(v, at(path, 'government')));
  optional(partners, value, 'civilSociety', (v) => reader.texts(v, at(path, 'civilSociety')));
  return partners as Partners;
}

function readCommitment(
  reader: Reader,
  value: Json,
  path: Path,
  areaIds: Set<string> | undefined,
  updated: string | undefined,
): Commitment | undefined {
  const dropped = '; the commitment was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, dropped);
    return undefined;
  }
  const id = reader.id(value, 'id', path, dropped);
  const title = reader.text(value.title, at(path, 'title'), dropped);
  if (id === undefined || title === undefined) return undefined;

  let number = '';
  if (typeof value.number === 'string') number = value.number;
  else if (value.number === undefined) reader.missing(at(path, 'number'));
  else reader.wrongType(at(path, 'number'), 'a string', value.number);

  let policyAreas: string[] = [];
  if (value.policyAreas === undefined) reader.missing(at(path, 'policyAreas'));
  else {
    policyAreas =
      reader.list(value.policyAreas, at(path, 'policyAreas'), (ref, refPath) => {
        if (typeof ref !== 'string') reader.wrongType(refPath, 'a policy area id', ref);
        else if (areaIds && !areaIds.has(ref))
          reader.report(refPath, 'reference', `unknown policy area ${quote(ref)}`, ref);
        else return ref;
        return undefined;
      }) ?? [];
  }

  const commitment: JsonObject = {...value, id, number, title, policyAreas};
  optional(commitment, value, 'summary', (v) => reader.text(v, at(path, 'summary')));
  optional(commitment, value, 'problem', (v) => reader.text(v, at(path, 'problem')));
  optional(commitment, value, 'ogpValues', (v) =>
    reader.list(v, at(path, 'ogpValues'), (item, itemPath) => reader.oneOf(OGP_VALUES, item, itemPath)),
  );
  optional(commitment, value, 'leadAgencies', (v) => reader.texts(v, at(path, 'leadAgencies')));
  optional(commitment, value, 'partners', (v) => readPartners(reader, v, at(path, 'partners')));
  optional(commitment, value, 'period', (v) => reader.period(v, at(path, 'period')));
  optional(commitment, value, 'status', (v) => reader.oneOf(COMPLETION_LEVELS, v, at(path, 'status')));
  // Where each milestone was read (in the order read, duplicates included), for warnings.
  let readMilestones: Milestone[] = [];
  const milestonePaths: Path[] = [];
  optional(commitment, value, 'milestones', (v) => {
    const milestones = reader.list(v, at(path, 'milestones'), (item, itemPath) => {
      const milestone = readMilestone(reader, item, itemPath);
      if (milestone) milestonePaths.push(itemPath);
      return milestone;
    });
    readMilestones = milestones ?? [];
    return milestones && uniqueIds(reader, milestones, milestonePaths);
  });
  const milestonePath = (milestone: Milestone): Path =>
    milestonePaths[readMilestones.indexOf(milestone)] ?? at(path, 'milestones');
  // The ids updates may name, made once and only for an update that names milestones.
  let milestoneIds: Set<string> | undefined;
  const ids = () =>
    (milestoneIds ??= new Set(((commitment.milestones ?? []) as Milestone[]).map((milestone) => milestone.id)));
  const updatePaths: Path[] = [];
  optional(commitment, value, 'updates', (v) =>
    reader.list(v, at(path, 'updates'), (item, itemPath) => {
      const update = readUpdate(reader, item, itemPath, updated, ids);
      if (update) updatePaths.push(itemPath);
      return update;
    }),
  );
  optional(commitment, value, 'assessments', (v) =>
    reader.list(v, at(path, 'assessments'), (item, itemPath) => readAssessment(reader, item, itemPath)),
  );
  optional(commitment, value, 'links', (v) =>
    reader.list(v, at(path, 'links'), (item, itemPath) => readLink(reader, item, itemPath)),
  );
  return applyUpdates(reader, commitment as unknown as Commitment, path, milestonePath, updatePaths);
}

function readSource(reader: Reader, value: Json, path: Path): Source | undefined {
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value);
    return undefined;
  }
  const title = reader.text(value.title, at(path, 'title'), '; the source was left out');
  if (title === undefined) return undefined;
  const source: JsonObject = {...value, title};
  optional(source, value, 'url', (v) => reader.url(v, at(path, 'url')));
  optional(source, value, 'publisher', (v) => reader.text(v, at(path, 'publisher')));
  return source as unknown as Source;
}

/** Validates any JSON value as an action plan, version 1. Never throws. */
export function validatePlan(input: unknown): ValidationResult {
  const reader = new Reader();
  if (!isObject(input)) {
    reader.wrongType('', 'an action plan object', input);
    return {plan: null, problems: reader.problems};
  }

  if (input.schemaVersion !== undefined && input.schemaVersion !== 1) {
    reader.report(
      'schemaVersion',
      'version',
      `unsupported schemaVersion ${quote(input.schemaVersion)}; read as version 1`,
      input.schemaVersion,
    );
  }
  const id = reader.id(input, 'id', '') ?? '';
  const government = reader.text(input.government, 'government') ?? '';
  const title = reader.text(input.title, 'title') ?? '';
  const stage = reader.oneOf(PLAN_STAGES, input.stage, 'stage');

  let policyAreas: PolicyArea[] = [];
  let areaIds: Set<string> | undefined;
  if (input.policyAreas === undefined) reader.missing('policyAreas');
  else {
    const paths: Path[] = [];
    const areas = reader.list(input.policyAreas, 'policyAreas', (item, itemPath) => {
      const area = readPolicyArea(reader, item, itemPath);
      if (area) paths.push(itemPath);
      return area;
    });
    if (areas) {
      policyAreas = uniqueIds(reader, areas, paths);
      areaIds = new Set(policyAreas.map((area) => area.id));
    }
  }

  // No update may be dated after the document's `updated` date (read and reported below).
  const updated = isValidDate(input.updated) ? input.updated : undefined;
  let commitments: Commitment[] = [];
  if (input.commitments === undefined) reader.missing('commitments');
  else {
    const paths: Path[] = [];
    const list = reader.list(input.commitments, 'commitments', (item, itemPath) => {
      const before = reader.problems.length;
      const commitment = readCommitment(reader, item, itemPath, areaIds, updated);
      // Problems inside a commitment name its id, so a card asked for it can say what is wrong.
      const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
      if (id !== undefined) for (const problem of reader.problems.slice(before)) problem.commitment = id;
      if (commitment) paths.push(itemPath);
      return commitment;
    });
    if (list) commitments = uniqueIds(reader, list, paths);
  }

  const plan: JsonObject = {...input, schemaVersion: 1, id, government, title, policyAreas, commitments};
  if (stage === undefined) delete plan.stage;
  else plan.stage = stage;
  optional(plan, input, 'period', (v) => reader.period(v, 'period'));
  optional(plan, input, 'updated', (v) => reader.date(v, 'updated'));
  optional(plan, input, 'source', (v) => readSource(reader, v, 'source'));
  optional(plan, input, 'reportingIntervalMonths', (v) => {
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
    reader.report(
      'reportingIntervalMonths',
      'type',
      `expected a positive whole number of months, got ${typeof v === 'number' ? v : typeName(v)}; it was left out`,
      v,
    );
    return undefined;
  });

  return {plan: plan as unknown as ActionPlan, problems: reader.problems};
}

/** True for an error (something was left out or read differently), false for a warning. */
export const isError = (problem: Problem): boolean => problem.severity !== 'warning';

/** `commitments[3].milestones[0].status: unknown value "done" …`, as printed in consoles and the CLI. */
export const formatProblem = (problem: Problem): string => `${problem.path || '(document)'}: ${problem.message}`;
