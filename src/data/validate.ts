/**
 * The runtime validator: any JSON value in, a typed plan plus a list of problems out.
 *
 * It keeps every valid part. A bad optional field drops that field; a bad milestone drops that
 * milestone, not its commitment; a commitment without an id or title is dropped and reported.
 * Unknown extra fields are allowed and kept. It never throws, whatever the input.
 *
 * Beyond the JSON Schema it checks what a schema cannot: duplicate ids, references to undefined
 * policy areas, impossible calendar dates (2025-02-30) and periods that end before they start.
 */
import {
  ASSESSMENT_KINDS,
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
  type Partners,
  type Period,
  type PolicyArea,
  type Problem,
  type ProblemCode,
  type Source,
  type Text,
  type ValidationResult,
} from './types.js';

type Json = unknown;
type JsonObject = Record<string, Json>;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
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

/** Days in a month, leap years included. */
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isValidDate(value: Json): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  return match[3] === undefined || Number(match[3]) <= daysIn(Number(match[1]), Number(match[2]));
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
  dateKey(start, 'start') > dateKey(end, 'end');

class Reader {
  readonly problems: Problem[] = [];

  report(path: string, code: ProblemCode, message: string, value?: Json): void {
    const problem: Problem = {path, code, message};
    if (value !== undefined) problem.value = quote(value);
    this.problems.push(problem);
  }

  missing(path: string, consequence = ''): void {
    this.report(path, 'missing', `missing required field${consequence}`);
  }

  wrongType(path: string, expected: string, value: Json, consequence = ''): void {
    this.report(path, 'type', `expected ${expected}, got ${typeName(value)}${consequence}`, value);
  }

  /** A non-empty string, or undefined (reported). */
  id(object: JsonObject, key: string, path: string, consequence = ''): string | undefined {
    const value = object[key];
    const at = join(path, key);
    if (value === undefined || value === '') this.missing(at, consequence);
    else if (typeof value !== 'string') this.wrongType(at, 'a string', value, consequence);
    else return value;
    return undefined;
  }

  text(value: Json, path: string, consequence = ''): Text | undefined {
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
      const at = join(path, lang);
      if (!LANGUAGE_TAG.test(lang)) this.report(at, 'format', `not a language tag: ${quote(lang)}`);
      else if (typeof value[lang] !== 'string') this.wrongType(at, 'a string', value[lang]);
      else {
        kept[lang] = value[lang] as string;
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
  list<T>(value: Json, path: string, item: (value: Json, path: string) => T | undefined): T[] | undefined {
    if (!Array.isArray(value)) {
      this.wrongType(path, 'a list', value);
      return undefined;
    }
    const kept: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const result = item(value[i], join(path, i));
      if (result !== undefined) kept.push(result);
    }
    return kept;
  }

  texts(value: Json, path: string): Text[] | undefined {
    return this.list(value, path, (item, at) => this.text(item, at));
  }

  oneOf<T extends string>(allowed: readonly T[], value: Json, path: string, consequence = ''): T | undefined {
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

  date(value: Json, path: string, consequence = ''): string | undefined {
    if (value === undefined) this.missing(path, consequence);
    else if (isValidDate(value)) return value;
    else if (typeof value !== 'string') this.wrongType(path, 'a date string', value, consequence);
    else this.report(path, 'format', `not a date (YYYY-MM-DD, YYYY-MM or YYYY): ${quote(value)}${consequence}`, value);
    return undefined;
  }

  url(value: Json, path: string, consequence = ''): string | undefined {
    if (value === undefined) this.missing(path, consequence);
    else if (isSafeUrl(value)) return value;
    else if (typeof value !== 'string') this.wrongType(path, 'a URL string', value, consequence);
    else this.report(path, 'format', `not an http(s) or relative URL (or it holds control characters or surrounding spaces): ${quote(value)}${consequence}`, value);
    return undefined;
  }

  range(start: string, end: string, path: string): void {
    if (endsBeforeStart(start, end)) this.report(path, 'range', `ends (${end}) before it starts (${start})`);
  }

  period(value: Json, path: string): Period | undefined {
    if (!isObject(value)) {
      this.wrongType(path, 'an object with start and end', value);
      return undefined;
    }
    const start = this.date(value.start, join(path, 'start'), '; the period was left out');
    const end = this.date(value.end, join(path, 'end'), '; the period was left out');
    if (start === undefined || end === undefined) return undefined;
    this.range(start, end, path);
    return {...value, start, end};
  }
}

/**
 * Sets `target[key]` to the validated form of `source[key]` when it is present, or removes the
 * field when it is present but invalid (the problem is already reported). Absent stays absent.
 */
function optional<T>(
  target: JsonObject,
  source: JsonObject,
  key: string,
  read: (value: Json) => T | undefined,
): void {
  if (source[key] === undefined) return;
  const value = read(source[key]);
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/** Filters items whose id was already seen, reporting each duplicate. */
function uniqueIds<T extends {id: string}>(reader: Reader, items: T[], paths: Map<T, string>): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return true;
    }
    reader.report(
      join(paths.get(item) ?? '', 'id'),
      'duplicate',
      `duplicate id ${quote(item.id)}; this item was left out (the first one is kept)`,
      item.id,
    );
    return false;
  });
}

function readPolicyArea(reader: Reader, value: Json, path: string): PolicyArea | undefined {
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, '; the policy area was left out');
    return undefined;
  }
  const dropped = '; the policy area was left out';
  const id = reader.id(value, 'id', path, dropped);
  const title = reader.text(value.title, join(path, 'title'), dropped);
  if (id === undefined || title === undefined) return undefined;
  let topics: Text[] = [];
  if (value.topics === undefined) reader.missing(join(path, 'topics'));
  else topics = reader.texts(value.topics, join(path, 'topics')) ?? [];
  const area: JsonObject = {...value, id, title, topics};
  optional(area, value, 'icon', (v) => (typeof v === 'string' ? v : reader.wrongType(join(path, 'icon'), 'a string', v)));
  return area as unknown as PolicyArea;
}

function readMilestone(reader: Reader, value: Json, path: string): Milestone | undefined {
  const dropped = '; the milestone was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, dropped);
    return undefined;
  }
  const id = reader.id(value, 'id', path, dropped);
  const title = reader.text(value.title, join(path, 'title'), dropped);
  const status = reader.oneOf(MILESTONE_STATUSES, value.status, join(path, 'status'), dropped);
  if (id === undefined || title === undefined || status === undefined) return undefined;
  const milestone: JsonObject = {...value, id, title, status};
  optional(milestone, value, 'start', (v) => reader.date(v, join(path, 'start')));
  optional(milestone, value, 'end', (v) => reader.date(v, join(path, 'end')));
  if (typeof milestone.start === 'string' && typeof milestone.end === 'string') {
    reader.range(milestone.start, milestone.end, path);
  }
  return milestone as unknown as Milestone;
}

function readAssessment(reader: Reader, value: Json, path: string): Assessment | undefined {
  const dropped = '; the assessment was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, dropped);
    return undefined;
  }
  const by = reader.text(value.by, join(path, 'by'), dropped);
  const kind = reader.oneOf(ASSESSMENT_KINDS, value.kind, join(path, 'kind'), dropped);
  const date = reader.date(value.date, join(path, 'date'), dropped);
  const completion = reader.oneOf(COMPLETION_LEVELS, value.completion, join(path, 'completion'), dropped);
  if (by === undefined || kind === undefined || date === undefined || completion === undefined) return undefined;
  const assessment: JsonObject = {...value, by, kind, date, completion};
  optional(assessment, value, 'didItOpenGovernment', (v) =>
    reader.oneOf(OPENNESS_LEVELS, v, join(path, 'didItOpenGovernment')),
  );
  optional(assessment, value, 'note', (v) => reader.text(v, join(path, 'note')));
  optional(assessment, value, 'url', (v) => reader.url(v, join(path, 'url')));
  return assessment as unknown as Assessment;
}

function readLink(reader: Reader, value: Json, path: string): Link | undefined {
  const dropped = '; the link was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, dropped);
    return undefined;
  }
  const url = reader.url(value.url, join(path, 'url'), dropped);
  const title = reader.text(value.title, join(path, 'title'), dropped);
  if (url === undefined || title === undefined) return undefined;
  return {...value, url, title};
}

function readPartners(reader: Reader, value: Json, path: string): Partners | undefined {
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value);
    return undefined;
  }
  const partners: JsonObject = {...value};
  optional(partners, value, 'government', (v) => reader.texts(v, join(path, 'government')));
  optional(partners, value, 'civilSociety', (v) => reader.texts(v, join(path, 'civilSociety')));
  return partners as Partners;
}

function readCommitment(
  reader: Reader,
  value: Json,
  path: string,
  areaIds: Set<string> | undefined,
): Commitment | undefined {
  const dropped = '; the commitment was left out';
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value, dropped);
    return undefined;
  }
  const id = reader.id(value, 'id', path, dropped);
  const title = reader.text(value.title, join(path, 'title'), dropped);
  if (id === undefined || title === undefined) return undefined;

  let number = '';
  if (typeof value.number === 'string') number = value.number;
  else if (value.number === undefined) reader.missing(join(path, 'number'));
  else reader.wrongType(join(path, 'number'), 'a string', value.number);

  let policyAreas: string[] = [];
  if (value.policyAreas === undefined) reader.missing(join(path, 'policyAreas'));
  else {
    policyAreas =
      reader.list(value.policyAreas, join(path, 'policyAreas'), (ref, at) => {
        if (typeof ref !== 'string') reader.wrongType(at, 'a policy area id', ref);
        else if (areaIds && !areaIds.has(ref)) reader.report(at, 'reference', `unknown policy area ${quote(ref)}`, ref);
        else return ref;
        return undefined;
      }) ?? [];
  }

  const commitment: JsonObject = {...value, id, number, title, policyAreas};
  optional(commitment, value, 'summary', (v) => reader.text(v, join(path, 'summary')));
  optional(commitment, value, 'problem', (v) => reader.text(v, join(path, 'problem')));
  optional(commitment, value, 'ogpValues', (v) =>
    reader.list(v, join(path, 'ogpValues'), (item, at) => reader.oneOf(OGP_VALUES, item, at)),
  );
  optional(commitment, value, 'leadAgencies', (v) => reader.texts(v, join(path, 'leadAgencies')));
  optional(commitment, value, 'partners', (v) => readPartners(reader, v, join(path, 'partners')));
  optional(commitment, value, 'period', (v) => reader.period(v, join(path, 'period')));
  optional(commitment, value, 'status', (v) => reader.oneOf(COMPLETION_LEVELS, v, join(path, 'status')));
  optional(commitment, value, 'milestones', (v) => {
    const paths = new Map<Milestone, string>();
    const milestones = reader.list(v, join(path, 'milestones'), (item, at) => {
      const milestone = readMilestone(reader, item, at);
      if (milestone) paths.set(milestone, at);
      return milestone;
    });
    return milestones && uniqueIds(reader, milestones, paths);
  });
  optional(commitment, value, 'assessments', (v) =>
    reader.list(v, join(path, 'assessments'), (item, at) => readAssessment(reader, item, at)),
  );
  optional(commitment, value, 'links', (v) => reader.list(v, join(path, 'links'), (item, at) => readLink(reader, item, at)));
  return commitment as unknown as Commitment;
}

function readSource(reader: Reader, value: Json, path: string): Source | undefined {
  if (!isObject(value)) {
    reader.wrongType(path, 'an object', value);
    return undefined;
  }
  const title = reader.text(value.title, join(path, 'title'), '; the source was left out');
  if (title === undefined) return undefined;
  const source: JsonObject = {...value, title};
  optional(source, value, 'url', (v) => reader.url(v, join(path, 'url')));
  optional(source, value, 'publisher', (v) => reader.text(v, join(path, 'publisher')));
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
    const paths = new Map<PolicyArea, string>();
    const areas = reader.list(input.policyAreas, 'policyAreas', (item, at) => {
      const area = readPolicyArea(reader, item, at);
      if (area) paths.set(area, at);
      return area;
    });
    if (areas) {
      policyAreas = uniqueIds(reader, areas, paths);
      areaIds = new Set(policyAreas.map((area) => area.id));
    }
  }

  let commitments: Commitment[] = [];
  if (input.commitments === undefined) reader.missing('commitments');
  else {
    const paths = new Map<Commitment, string>();
    const list = reader.list(input.commitments, 'commitments', (item, at) => {
      const commitment = readCommitment(reader, item, at, areaIds);
      if (commitment) paths.set(commitment, at);
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

  return {plan: plan as unknown as ActionPlan, problems: reader.problems};
}

/** `commitments[3].milestones[0].status: unknown value "done" …`, as printed in consoles and the CLI. */
export const formatProblem = (problem: Problem): string =>
  `${problem.path || '(document)'}: ${problem.message}`;
