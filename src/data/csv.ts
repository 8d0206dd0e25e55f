/**
 * Action plans as one spreadsheet, exchanged as CSV: the layout in `docs/spreadsheets.md`.
 *
 * `csvToPlan` turns the CSV text into a plain plan object, the same shape as a JSON document, and
 * remembers which spreadsheet row and column every part came from. It does not judge values
 * (statuses, dates, URLs, ids): `validatePlan` does that, and `locate` maps the paths of its
 * problems (`commitments[3].milestones[0].status`) back to "row 7, column status". The converter
 * reports only what is about the sheet itself: an unknown row type or column, a row pointing at a
 * commitment the sheet does not have, a cell on a kind of row that does not use it.
 *
 * `planToCsv` writes a plan in the same layout, so CSV → plan → CSV gives the same sheet.
 *
 * No DOM here: the command-line tool runs this in Node. Widgets load it lazily (see fetch.ts).
 */
import {csvFormatRows, dsvFormat} from 'd3-dsv';
import type {ActionPlan, Problem, ProblemCode, Text, ValidationResult} from './types.js';
import {join, quote, validatePlan} from './validate.js';

/** A place in the sheet: spreadsheet row number (the first row is 1) and the column's header. */
export interface CsvLocation {
  row?: number;
  column?: string;
}

export interface CsvResult {
  /** The plan object to validate, or `null` when the text is not a sheet of this layout. */
  plan: Record<string, unknown> | null;
  /** Problems with the sheet itself, each with its row and column. */
  problems: Problem[];
  /** The row and column a path of the plan object came from, e.g. for a validator problem. */
  locate(path: string): CsvLocation | undefined;
  /**
   * Every problem of the sheet: its own and the validator's `problems` (given row and column),
   * in row order.
   */
  withValidation(problems: Problem[]): Problem[];
}

export const ROW_TYPES = ['plan', 'area', 'commitment', 'milestone', 'update', 'assessment', 'link'] as const;
export type RowType = (typeof ROW_TYPES)[number];

type Kind =
  /** A string as it is (ids, dates, URLs). */
  | 'string'
  /** A value from a fixed list: lower-cased, spaces become hyphens ("Not started" → not-started). */
  | 'keyword'
  /** Text, with a column per language (`title@en`). */
  | 'text'
  /** A list of Text, items separated by `;` or line breaks, a column per language. */
  | 'texts'
  /** A list of ids or keywords, separated by `;` or `,`. */
  | 'ids'
  | 'keywords'
  /** A whole number, such as 6 (anything else is kept as typed, for the validator to report). */
  | 'number'
  /** Milestones' statuses in a progress report: `1-1-a: complete; 1-1-b: in progress`. */
  | 'statuses'
  /**
   * Links, in two groups of columns read together: `evidence url` (addresses) and
   * `evidence title@…` (their titles, a column per language), each a list separated by `;` or
   * line breaks and paired by position, as the languages of `lead agencies@…` are.
   */
  | 'link-urls'
  | 'link-titles';

interface ColumnSpec {
  name: string;
  kind: Kind;
  /** Where the value goes in the object each row type makes: a field path. */
  fields: Partial<Record<RowType, readonly string[]>>;
}

/**
 * Every column, in the order `planToCsv` writes them. Names are what a person types in the
 * header; matching ignores case, extra spaces, `-` and `_`.
 */
const COLUMNS: readonly ColumnSpec[] = [
  {name: 'type', kind: 'keyword', fields: {}},
  {name: 'commitment', kind: 'string', fields: {milestone: [], update: [], assessment: [], link: []}},
  {name: 'id', kind: 'string', fields: {plan: ['id'], area: ['id'], commitment: ['id'], milestone: ['id']}},
  {name: 'number', kind: 'string', fields: {commitment: ['number']}},
  {
    name: 'title',
    kind: 'text',
    fields: {plan: ['title'], area: ['title'], commitment: ['title'], milestone: ['title'], link: ['title']},
  },
  {name: 'status', kind: 'keyword', fields: {commitment: ['status'], milestone: ['status'], update: ['status']}},
  {
    name: 'start',
    kind: 'string',
    fields: {plan: ['period', 'start'], commitment: ['period', 'start'], milestone: ['start'], update: ['period', 'start']},
  },
  {
    name: 'end',
    kind: 'string',
    fields: {plan: ['period', 'end'], commitment: ['period', 'end'], milestone: ['end'], update: ['period', 'end']},
  },
  {name: 'completed', kind: 'string', fields: {milestone: ['completed']}},
  {name: 'summary', kind: 'text', fields: {commitment: ['summary']}},
  {name: 'problem', kind: 'text', fields: {commitment: ['problem']}},
  {name: 'areas', kind: 'ids', fields: {commitment: ['policyAreas']}},
  {name: 'values', kind: 'keywords', fields: {commitment: ['ogpValues']}},
  {name: 'lead agencies', kind: 'texts', fields: {commitment: ['leadAgencies']}},
  {name: 'government partners', kind: 'texts', fields: {commitment: ['partners', 'government']}},
  {name: 'civil society partners', kind: 'texts', fields: {commitment: ['partners', 'civilSociety']}},
  {name: 'topics', kind: 'texts', fields: {area: ['topics']}},
  {name: 'icon', kind: 'keyword', fields: {area: ['icon']}},
  {name: 'by', kind: 'text', fields: {update: ['by'], assessment: ['by']}},
  {name: 'kind', kind: 'keyword', fields: {update: ['kind'], assessment: ['kind']}},
  {name: 'date', kind: 'string', fields: {update: ['date'], assessment: ['date']}},
  {name: 'progress', kind: 'text', fields: {update: ['progress']}},
  {name: 'evidence url', kind: 'link-urls', fields: {milestone: ['evidence'], update: ['evidence']}},
  {name: 'evidence title', kind: 'link-titles', fields: {milestone: ['evidence'], update: ['evidence']}},
  {name: 'challenges', kind: 'keywords', fields: {update: ['challenges']}},
  {name: 'challenges note', kind: 'text', fields: {update: ['challengesNote']}},
  {name: 'milestones', kind: 'statuses', fields: {update: ['milestones']}},
  {name: 'completion', kind: 'keyword', fields: {assessment: ['completion']}},
  {name: 'opened government', kind: 'keyword', fields: {assessment: ['didItOpenGovernment']}},
  {name: 'note', kind: 'text', fields: {assessment: ['note']}},
  {name: 'url', kind: 'string', fields: {assessment: ['url'], link: ['url']}},
  {name: 'government', kind: 'text', fields: {plan: ['government']}},
  {name: 'stage', kind: 'keyword', fields: {plan: ['stage']}},
  {name: 'updated', kind: 'string', fields: {plan: ['updated']}},
  {name: 'reporting interval months', kind: 'number', fields: {plan: ['reportingIntervalMonths']}},
  {name: 'source url', kind: 'string', fields: {plan: ['source', 'url']}},
  {name: 'source title', kind: 'text', fields: {plan: ['source', 'title']}},
  {name: 'source publisher', kind: 'text', fields: {plan: ['source', 'publisher']}},
];

/** Other names people use for a column. */
const ALIASES: Record<string, string> = {
  'row type': 'type',
  'policy areas': 'areas',
  'policy area': 'areas',
  'ogp values': 'values',
  'lead agency': 'lead agencies',
  'did it open government': 'opened government',
  'civil society partner': 'civil society partners',
  'government partner': 'government partners',
  topic: 'topics',
  'period start': 'start',
  'period end': 'end',
  'completion date': 'completed',
  evidence: 'evidence url',
  'evidence urls': 'evidence url',
  'evidence titles': 'evidence title',
  challenge: 'challenges',
  challengesnote: 'challenges note',
  'milestone statuses': 'milestones',
  'reporting interval': 'reporting interval months',
  reportingintervalmonths: 'reporting interval months',
};

const SPEC = new Map(COLUMNS.map((column) => [column.name, column]));

/** The order of fields in the objects each row type makes: that of docs/data-format.md. */
const FIELD_ORDER: Record<RowType, readonly string[]> = {
  plan: ['schemaVersion', 'id', 'government', 'title', 'stage', 'period', 'updated', 'reportingIntervalMonths', 'source'],
  area: ['id', 'title', 'topics', 'icon'],
  commitment: [
    'id',
    'number',
    'title',
    'summary',
    'problem',
    'policyAreas',
    'ogpValues',
    'leadAgencies',
    'partners',
    'period',
    'status',
    'milestones',
    'updates',
    'assessments',
    'links',
  ],
  milestone: ['id', 'title', 'start', 'end', 'status', 'completed', 'evidence'],
  update: ['date', 'period', 'by', 'kind', 'status', 'progress', 'evidence', 'challenges', 'challengesNote', 'milestones'],
  assessment: ['by', 'kind', 'date', 'completion', 'didItOpenGovernment', 'note', 'url'],
  link: ['url', 'title'],
};
const SUB_ORDER: Record<string, readonly string[]> = {
  period: ['start', 'end'],
  source: ['url', 'title', 'publisher'],
  partners: ['government', 'civilSociety'],
};

/** `Title`, ` lead-agencies `, `Lead_Agencies` → `title`, `lead agencies`, `lead agencies`. */
export const normalizeColumnName = (name: string): string => {
  const plain = name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  return ALIASES[plain] ?? plain;
};

/** `zh-tw` → `zh-TW`, `EN` → `en`, `zh-hant-tw` → `zh-Hant-TW`: the usual case of a language tag. */
export function canonicalLanguage(tag: string): string {
  const trimmed = tag.trim();
  if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(trimmed)) return trimmed;
  return trimmed
    .split('-')
    .map((part, i) =>
      i === 0
        ? part.toLowerCase()
        : part.length === 2 && /^[A-Za-z]+$/.test(part)
          ? part.toUpperCase()
          : part.length === 4 && /^[A-Za-z]+$/.test(part)
            ? part[0].toUpperCase() + part.slice(1).toLowerCase()
            : part.toLowerCase(),
    )
    .join('-');
}

/** "Not started" → `not-started`, " Civil society " → `civil-society`. */
export const keyword = (value: string): string => value.trim().toLowerCase().replace(/[\s_]+/g, '-');

/** The spreadsheet's letter name of a column: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Items of a text list: one per line, or separated by `;` (or a full-width `；`). */
const splitTexts = (cell: string, lines: boolean): string[] => (lines ? cell.split('\n') : cell.split(/[;；]/)).map((s) => s.trim());
/** Ids and keywords: separated by `;`, `,` or line breaks (they never contain those). */
const splitIds = (cell: string): string[] =>
  cell
    .split(/[;；,，、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

interface Header {
  index: number;
  /** As typed, trimmed: used to name the column in problems. */
  label: string;
  spec: ColumnSpec;
  lang?: string;
}

const firstNonEmptyLine = (text: string, test: RegExp): string | undefined =>
  text.split(/\r\n|\n|\r/, 200).find((line) => test.test(line));

/** Commas, unless the header line has more semicolons or tabs (some locales' Excel exports). */
function delimiterOf(text: string): string {
  const line = firstNonEmptyLine(text, /(^|[,;\t])\s*"?\s*type\s*"?\s*([,;\t]|$)/i) ?? firstNonEmptyLine(text, /\S/) ?? '';
  const count = (c: string) => line.split(c).length - 1;
  const best = [',', ';', '\t'].reduce((a, b) => (count(b) > count(a) ? b : a));
  return best;
}

class Converter {
  readonly problems: Problem[] = [];
  private readonly places = new Map<string, CsvLocation>();

  report(row: number | undefined, column: string | undefined, code: ProblemCode, message: string, value?: string): void {
    const problem: Problem = {path: '', code, severity: 'error', message};
    if (value !== undefined) problem.value = quote(value);
    if (row !== undefined) problem.row = row;
    if (column !== undefined) problem.column = column;
    this.problems.push(problem);
  }

  record(path: string, row: number, column?: string): void {
    this.places.set(path, column === undefined ? {row} : {row, column});
  }

  locate = (path: string): CsvLocation | undefined => {
    for (let at = path; ; ) {
      const place = this.places.get(at);
      if (place) return place;
      if (!at) return undefined;
      const shorter = at.replace(/(\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/, '');
      if (shorter === at) return undefined;
      at = shorter;
    }
  };
}

/** Sets `object[path[0]][path[1]]…`, making the objects on the way. */
function setPath(object: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let target = object;
  for (const key of path.slice(0, -1)) {
    target = (target[key] ??= {}) as Record<string, unknown>;
  }
  target[path[path.length - 1]] = value;
}

/** The same object with its keys in the documented order (the rest after, as they came). */
function ordered(object: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of order) if (key in object) result[key] = object[key];
  for (const key of Object.keys(object)) if (!(key in result)) result[key] = object[key];
  for (const [key, sub] of Object.entries(SUB_ORDER)) {
    if (result[key] && typeof result[key] === 'object') result[key] = ordered(result[key] as Record<string, unknown>, sub);
  }
  return result;
}

interface Row {
  number: number;
  type: RowType;
  object: Record<string, unknown>;
  /** For milestone, update, assessment and link rows: the id in the commitment column. */
  commitment?: string;
  /** Field path in the object (`period.start`) → the column it comes from. */
  columns: Map<string, string>;
  /** The column for problems about the whole row's object (a milestone that ends before it starts). */
  ownColumn?: string;
}

/** How problems name a column: as typed in the header, without its language. */
function labelOf(byName: Map<string, Header[]>, name: string): string {
  const first = byName.get(name)?.[0];
  if (!first) return name;
  const at = first.label.indexOf('@');
  return at < 0 ? first.label : first.label.slice(0, at).trim();
}

/** Records where a row's fields came from, under `path` (the row's object in the plan). */
function recordRow(converter: Converter, path: string, row: Row): void {
  converter.record(path, row.number, row.ownColumn);
  for (const [field, column] of row.columns) {
    const keys = field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    converter.record(keys.reduce<string>(join, path), row.number, column);
  }
}

function readRow(
  converter: Converter,
  number: number,
  type: RowType,
  cells: string[],
  raw: string[],
  byName: Map<string, Header[]>,
): Row {
  const row: Row = {number, type, object: {}, columns: new Map()};
  // Every field this kind of row has, so a missing required value names its column too.
  for (const spec of COLUMNS) {
    const path = spec.fields[type];
    if (path?.length) row.columns.set(path.join('.'), labelOf(byName, spec.name));
  }
  if (type === 'plan' || type === 'commitment' || type === 'update') row.columns.set('period', labelOf(byName, 'end'));
  if (type === 'milestone') row.ownColumn = labelOf(byName, 'end');

  for (const [name, headers] of byName) {
    const filled = headers.filter((h) => (cells[h.index] ?? '') !== '');
    if (!filled.length) continue;
    const spec = headers[0].spec;
    const path = spec.fields[type];
    if (!path) {
      for (const h of filled) {
        converter.report(number, h.label, 'ignored', `a ${type} row does not use the column ${quote(h.label)}; the cell was ignored`, cells[h.index]);
      }
      continue;
    }
    if (name === 'commitment') {
      row.commitment = cells[filled[0].index];
      continue;
    }
    if (spec.kind === 'link-urls' || spec.kind === 'link-titles') continue;
    const value = readCell(converter, number, spec, headers, cells, raw);
    if (value === undefined) continue;
    setPath(row.object, path, value);
    // A malformed language tag is reported at `title["zh_TW"]`: name that language's column.
    if (spec.kind === 'text') {
      for (const h of filled) if (h.lang !== undefined) row.columns.set(`${path.join('.')}.${h.lang}`, h.label);
    }
  }
  const evidence = COLUMNS.find((spec) => spec.kind === 'link-urls')!.fields[type];
  if (evidence) {
    // A link's problems name the column of its part: the address, or the title.
    row.columns.set(evidence.join('.'), labelOf(byName, 'evidence url'));
    const urls = byName.get('evidence url') ?? [];
    const titles = byName.get('evidence title') ?? [];
    const links = readLinks(converter, number, urls, titles, cells, raw);
    if (links) {
      setPath(row.object, evidence, links);
      for (let i = 0; i < links.length; i++) {
        const at = `${evidence.join('.')}.${i}`;
        row.columns.set(`${at}.url`, labelOf(byName, 'evidence url'));
        row.columns.set(`${at}.title`, labelOf(byName, 'evidence title'));
        for (const h of titles) if (h.lang !== undefined) row.columns.set(`${at}.title.${h.lang}`, h.label);
      }
    }
  }
  return row;
}

/**
 * Links from an address column and title columns (a column per language), their items paired by
 * position. Items are lines when any of the cells has a line break, else separated by `;`.
 */
function readLinks(
  converter: Converter,
  number: number,
  urls: Header[],
  titles: Header[],
  cells: string[],
  raw: string[],
): Record<string, unknown>[] | undefined {
  const headers = [...urls, ...titles].filter((h) => (cells[h.index] ?? '') !== '');
  if (!headers.length) return undefined;
  const lines = headers.some((h) => /\n/.test(raw[h.index] ?? ''));
  const split = new Map(headers.map((h) => [h, splitTexts(raw[h.index] ?? '', lines)]));
  reportMismatches(converter, number, headers.map((h) => [h, split.get(h)!.filter(Boolean).length]));
  const url = (urls[0] && split.get(urls[0])) ?? [];
  const plain = titles.find((h) => h.lang === undefined);
  const langs = titles.filter((h) => h.lang !== undefined);
  const length = Math.max(0, ...[...split.values()].map((items) => items.length));
  const links: Record<string, unknown>[] = [];
  for (let i = 0; i < length; i++) {
    const link: Record<string, unknown> = {};
    if (url[i]) link.url = url[i];
    const title: Record<string, string> = {};
    for (const h of langs) {
      const item = split.get(h)?.[i];
      if (item) title[h.lang!] = item;
    }
    const bare = plain && split.get(plain)?.[i];
    if (Object.keys(title).length) link.title = title;
    else if (bare) link.title = bare;
    if (Object.keys(link).length) links.push(link);
  }
  return links.length ? links : undefined;
}

/** Reports the columns of a paired list whose number of items is not the largest one's. */
function reportMismatches(converter: Converter, number: number, counts: (readonly [Header, number])[]): void {
  if (!counts.length) return;
  const most = counts.reduce((a, b) => (b[1] > a[1] ? b : a), counts[0]);
  for (const [h, count] of counts) {
    if (count !== most[1]) {
      converter.report(
        number,
        h.label,
        'mismatch',
        `${quote(h.label)} lists ${count} item(s) but ${quote(most[0].label)} lists ${most[1]}; they are paired in order`,
      );
    }
  }
}

/**
 * `1-1-a: complete; 1-1-b: in progress` → `[{id: '1-1-a', status: 'complete'}, …]`. An item
 * without both an id and a status is reported and left out.
 */
function readStatuses(converter: Converter, number: number, header: Header, cell: string): Record<string, string>[] {
  const reports: Record<string, string>[] = [];
  for (const item of splitIds(cell)) {
    const colon = Math.max(item.lastIndexOf(':'), item.lastIndexOf('：'));
    const id = item.slice(0, Math.max(colon, 0)).trim();
    const status = colon < 0 ? '' : keyword(item.slice(colon + 1));
    if (!id || !status) {
      converter.report(
        number,
        header.label,
        'format',
        `${quote(item)} is not a milestone's id and status, such as "1-1-a: complete"; it was left out`,
        item,
      );
      continue;
    }
    reports.push({id, status});
  }
  return reports;
}

function readCell(
  converter: Converter,
  number: number,
  spec: ColumnSpec,
  headers: Header[],
  cells: string[],
  raw: string[],
): unknown {
  const cell = (h: Header) => cells[h.index] ?? '';
  const plain = headers.find((h) => h.lang === undefined);
  const langs = headers.filter((h) => h.lang !== undefined);
  switch (spec.kind) {
    case 'string':
      return plain && cell(plain) ? cell(plain) : undefined;
    case 'keyword':
      return plain && cell(plain) ? keyword(cell(plain)) : undefined;
    case 'ids':
      return plain ? splitIds(cell(plain)) : undefined;
    case 'keywords':
      return plain ? splitIds(cell(plain)).map(keyword) : undefined;
    case 'number':
      if (!plain || !cell(plain)) return undefined;
      return /^[+-]?\d+(\.\d+)?$/.test(cell(plain)) ? Number(cell(plain)) : cell(plain);
    case 'statuses': {
      const reports = plain && cell(plain) ? readStatuses(converter, number, plain, cell(plain)) : [];
      return reports.length ? reports : undefined;
    }
    case 'link-urls':
    case 'link-titles':
      return undefined;
    case 'text': {
      const text: Record<string, string> = {};
      for (const h of langs) if (cell(h)) text[h.lang!] = cell(h);
      if (!Object.keys(text).length) return plain && cell(plain) ? cell(plain) : undefined;
      if (plain && cell(plain)) {
        converter.report(
          number,
          plain.label,
          'ignored',
          `both ${quote(plain.label)} and a column with a language are filled; the one without a language was ignored`,
          cell(plain),
        );
      }
      return text;
    }
    case 'texts': {
      // Items are lines when any language's cell has a line break (kept, not trimmed, for this).
      const lines = headers.some((h) => cell(h) && /\n/.test(raw[h.index] ?? ''));
      const split = new Map(headers.filter((h) => cell(h)).map((h) => [h, splitTexts(raw[h.index] ?? '', lines)]));
      reportMismatches(
        converter,
        number,
        langs.filter((h) => split.has(h)).map((h) => [h, split.get(h)!.filter(Boolean).length] as const),
      );
      const length = Math.max(0, ...[...split.values()].map((items) => items.length));
      const items: Text[] = [];
      for (let i = 0; i < length; i++) {
        const text: Record<string, string> = {};
        for (const h of langs) {
          const item = split.get(h)?.[i];
          if (item) text[h.lang!] = item;
        }
        const bare = plain && split.get(plain)?.[i];
        if (Object.keys(text).length) items.push(text);
        else if (bare) items.push(bare);
      }
      return items.length ? items : undefined;
    }
  }
}

/**
 * Reads a CSV sheet and validates the plan in it: the validator's problems carry the row and
 * column they come from, after the sheet's own problems.
 */
export function readCsvPlan(text: string): ValidationResult {
  const csv = csvToPlan(text);
  if (!csv.plan) return {plan: null, problems: csv.problems};
  const result = validatePlan(csv.plan);
  return {plan: result.plan, problems: csv.withValidation(result.problems)};
}

/** The problems, each with the row and column its path came from when known. */
export function locateProblems(problems: Problem[], locate: CsvResult['locate']): Problem[] {
  return problems.map((problem) => {
    const place = locate(problem.path);
    return place ? {...problem, ...place} : problem;
  });
}

/** `row 7, column status`, `row 7`, `column type`, or `undefined` for a problem with no place. */
export function describeLocation(problem: Problem): string | undefined {
  const parts: string[] = [];
  if (problem.row !== undefined) parts.push(`row ${problem.row}`);
  if (problem.column !== undefined) parts.push(`column ${problem.column}`);
  return parts.length ? parts.join(', ') : undefined;
}

/** `row 7, column status: unknown value "done" …`, or the path for problems outside a sheet. */
export const formatCsvProblem = (problem: Problem): string =>
  `${describeLocation(problem) ?? (problem.path || '(document)')}: ${problem.message}`;

// Writing ------------------------------------------------------------------------------------

type Cells = Map<string, unknown>;

const getPath = (object: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), object);

/** Every language tag of the plan's texts, in the order they first appear. */
function languagesOf(value: unknown, found = new Set<string>(), textField = false): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) languagesOf(item, found, textField);
  } else if (value && typeof value === 'object') {
    for (const [key, sub] of Object.entries(value)) {
      if (textField) {
        if (typeof sub === 'string') found.add(key);
      } else languagesOf(sub, found, TEXT_FIELDS.has(key));
    }
  }
  return found;
}
const TEXT_FIELDS = new Set([
  'government',
  'title',
  'summary',
  'problem',
  'topics',
  'leadAgencies',
  'by',
  'note',
  'publisher',
  'progress',
  'challengesNote',
]);
for (const key of ['government', 'civilSociety']) TEXT_FIELDS.add(key);

/**
 * Writes a plan as a sheet in the layout of `docs/spreadsheets.md`: one header row, then the plan
 * row, the policy areas, and each commitment followed by its milestones, progress reports
 * (updates), assessments and links.
 * Every column of the layout is written, a column per language for texts. Fields the layout does
 * not have (extra fields of your own) and empty lists are not written.
 */
export function planToCsv(plan: ActionPlan): string {
  const rows: {type: RowType; commitment?: string; source: unknown}[] = [{type: 'plan', source: plan}];
  for (const area of plan.policyAreas ?? []) rows.push({type: 'area', source: area});
  for (const commitment of plan.commitments ?? []) {
    rows.push({type: 'commitment', source: commitment});
    for (const milestone of commitment.milestones ?? []) rows.push({type: 'milestone', commitment: commitment.id, source: milestone});
    // Until a plan is validated, its updates may be anything: write only a list of them.
    const updates: unknown[] = Array.isArray(commitment.updates) ? commitment.updates : [];
    for (const update of updates) rows.push({type: 'update', commitment: commitment.id, source: update});
    for (const assessment of commitment.assessments ?? []) rows.push({type: 'assessment', commitment: commitment.id, source: assessment});
    for (const link of commitment.links ?? []) rows.push({type: 'link', commitment: commitment.id, source: link});
  }
  const values: Cells[] = rows.map(({type, commitment, source}) => {
    const cells: Cells = new Map([['type', type]]);
    if (commitment !== undefined) cells.set('commitment', commitment);
    for (const spec of COLUMNS) {
      const path = spec.fields[type];
      if (path?.length) {
        const value = getPath(source, path);
        if (value !== undefined) cells.set(spec.name, value);
      }
    }
    return cells;
  });

  const languages = [...languagesOf(plan)];
  const columns: {header: string; cell(value: unknown): string}[] = [];
  for (const spec of COLUMNS) {
    if (spec.kind === 'text' || spec.kind === 'texts') {
      const all = values.map((cells) => cells.get(spec.name)).filter((v) => v !== undefined);
      const items = spec.kind === 'text' ? all : all.flatMap((list) => (Array.isArray(list) ? list : []));
      const bare = items.some((item) => typeof item === 'string') || !languages.length;
      const write = (pick: (item: unknown) => string) => (value: unknown) =>
        spec.kind === 'text' ? pick(value) : joinTexts(Array.isArray(value) ? value : [], pick, inLines(value));
      if (bare) columns.push({header: spec.name, cell: write((item) => (typeof item === 'string' ? item : ''))});
      for (const lang of languages) {
        columns.push({
          header: `${spec.name}@${lang}`,
          cell: write((item) => (item && typeof item === 'object' ? String((item as Record<string, unknown>)[lang] ?? '') : '')),
        });
      }
    } else if (spec.kind === 'link-urls' || spec.kind === 'link-titles') {
      const links = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value : []);
      // The addresses and the titles of one list are lines together, or `;`-separated together.
      const write = (pick: (link: Record<string, unknown>) => string) => (value: unknown) =>
        joinTexts(links(value), (link) => pick(link as Record<string, unknown>), linksInLines(links(value)));
      if (spec.kind === 'link-urls') {
        columns.push({header: spec.name, cell: write((link) => (typeof link.url === 'string' ? link.url : ''))});
        continue;
      }
      const titles = values.flatMap((cells) => links(cells.get(spec.name)).map((link) => link.title));
      const title = (link: Record<string, unknown>) => link.title;
      if (titles.some((item) => typeof item === 'string') || !languages.length) {
        columns.push({header: spec.name, cell: write((link) => (typeof title(link) === 'string' ? (title(link) as string) : ''))});
      }
      for (const lang of languages) {
        columns.push({
          header: `${spec.name}@${lang}`,
          cell: write((link) => {
            const text = title(link);
            return text && typeof text === 'object' ? String((text as Record<string, unknown>)[lang] ?? '') : '';
          }),
        });
      }
    } else if (spec.kind === 'statuses') {
      columns.push({
        header: spec.name,
        cell: (value) =>
          (Array.isArray(value) ? value : [])
            .map((report: Record<string, unknown>) => `${report?.id ?? ''}: ${report?.status ?? ''}`)
            .join('; '),
      });
    } else {
      columns.push({
        header: spec.name,
        cell: (value) => (Array.isArray(value) ? value.join('; ') : value === undefined ? '' : String(value)),
      });
    }
  }
  const names = columns.map((c) => normalizeColumnName(c.header.split('@')[0]));
  const table = [
    columns.map((c) => c.header),
    ...values.map((cells) => columns.map((c, i) => c.cell(cells.get(names[i])))),
  ];
  return `${csvFormatRows(table)}\n`;
}

/** True when a list has an item, in any language, with a `;` of its own: then items go one per line. */
function inLines(value: unknown): boolean {
  const strings = (item: unknown): unknown[] => (item && typeof item === 'object' ? Object.values(item) : [item]);
  return Array.isArray(value) && value.flatMap(strings).some((s) => typeof s === 'string' && /[;；]/.test(s));
}

/** True when a link's address or title, in any language, has a `;` of its own: then items go one per line. */
function linksInLines(links: Record<string, unknown>[]): boolean {
  return inLines(links.map((link) => link?.url)) || inLines(links.map((link) => link?.title));
}

/** A list cell: `A; B`, or one item per line (ending in a line break when there is one item). */
function joinTexts(items: unknown[], pick: (item: unknown) => string, lines: boolean): string {
  const picked = items.map((item) => pick(item).replace(/\s*\r?\n\s*/g, ' '));
  if (picked.every((item) => item === '')) return '';
  const cell = picked.join(lines ? '\n' : '; ');
  return lines && !cell.includes('\n') ? `${cell}\n` : cell;
}

/**
 * Reads a CSV sheet into a plan object (not validated yet), with the sheet's own problems and a
 * map from the object's paths to rows and columns. Never throws.
 */
export function csvToPlan(text: string): CsvResult {
  const converter = new Converter();
  const locate = converter.locate;
  /** Problems of one row read left to right; columns the sheet lacks come last. */
  const positions = new Map<string, number>();
  const columnOrder = (problem: Problem): number => positions.get(problem.column ?? '') ?? Number.MAX_SAFE_INTEGER;
  const withValidation = (problems: Problem[]): Problem[] =>
    [...converter.problems, ...locateProblems(problems, locate)]
      .map((problem, i) => [problem, i] as const)
      .sort(([a, i], [b, j]) => (a.row ?? 0) - (b.row ?? 0) || columnOrder(a) - columnOrder(b) || i - j)
      .map(([problem]) => problem);
  const body = text.replace(/^\uFEFF/, '');
  const rows = dsvFormat(delimiterOf(body)).parseRows(body);

  // The header is the first row with a "type" cell: rows above it (a title, notes) are skipped.
  const headerIndex = rows.findIndex((cells) => cells.some((cell) => normalizeColumnName(cell) === 'type'));
  if (headerIndex < 0) {
    converter.report(undefined, 'type', 'missing', 'no header row with a "type" column: this is not an action plan sheet');
    return {plan: null, problems: converter.problems, locate, withValidation};
  }
  const headerRow = headerIndex + 1;
  const headerCells = rows[headerIndex];
  const width = rows.reduce((most, cells) => Math.max(most, cells.length), 0);
  const headers: Header[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < width; index++) {
    const raw = (headerCells[index] ?? '').trim();
    if (raw.startsWith('#')) continue;
    if (!raw) {
      // Empty trailing columns are normal; data under a nameless header is not.
      if (rows.slice(headerIndex + 1).some((cells) => (cells[index] ?? '').trim() !== '')) {
        const letter = columnLetter(index);
        converter.report(headerRow, letter, 'ignored', `column ${letter} has no name in the header row; it was ignored`);
      }
      continue;
    }
    const at = raw.indexOf('@');
    const name = normalizeColumnName(at < 0 ? raw : raw.slice(0, at));
    const lang = at < 0 ? undefined : canonicalLanguage(raw.slice(at + 1));
    const spec = SPEC.get(name);
    if (!spec) {
      converter.report(headerRow, raw, 'ignored', `unknown column ${quote(raw)}; it was ignored (start a column's name with # to keep notes)`, raw);
      continue;
    }
    if (lang !== undefined && spec.kind !== 'text' && spec.kind !== 'texts' && spec.kind !== 'link-titles') {
      converter.report(headerRow, raw, 'ignored', `the column ${quote(name)} does not take a language; it was ignored`, raw);
      continue;
    }
    const key = `${name}@${lang ?? ''}`;
    if (seen.has(key)) {
      converter.report(headerRow, raw, 'ignored', `the column ${quote(raw)} appears twice; only the first is read`, raw);
      continue;
    }
    seen.add(key);
    headers.push({index, label: raw, spec, lang});
  }
  const typeHeader = headers.find((h) => h.spec.name === 'type')!;
  for (const h of headers) {
    const base = h.lang === undefined ? h.label : h.label.slice(0, h.label.indexOf('@')).trim();
    positions.set(h.label, h.index);
    if (!positions.has(base)) positions.set(base, h.index);
  }
  const byName = new Map<string, Header[]>();
  for (const header of headers) {
    if (header !== typeHeader) byName.set(header.spec.name, [...(byName.get(header.spec.name) ?? []), header]);
  }

  const read: Row[] = [];
  for (let r = headerIndex + 1; r < rows.length; r++) {
    // Line breaks inside quoted cells come as the file has them: CRLF from Excel and Google Sheets.
    const raw = rows[r].map((cell) => cell.replace(/\r\n?/g, '\n'));
    const cells = raw.map((cell) => cell.trim());
    const number = r + 1;
    if (cells.every((cell) => cell === '')) continue;
    const typeCell = cells[typeHeader.index] ?? '';
    if (typeCell.startsWith('#')) continue;
    if (!typeCell) {
      converter.report(number, typeHeader.label, 'missing', `the row has no type (${ROW_TYPES.join(', ')}); it was left out`);
      continue;
    }
    const type = ROW_TYPES.find((t) => t === keyword(typeCell) || `policy-${t}` === keyword(typeCell));
    if (!type) {
      converter.report(
        number,
        typeHeader.label,
        'unknown-value',
        `unknown value ${quote(typeCell)} (expected one of: ${ROW_TYPES.join(', ')}); the row was left out`,
        typeCell,
      );
      continue;
    }
    read.push(readRow(converter, number, type, cells, raw, byName));
  }

  // The plan row.
  const planRows = read.filter((row) => row.type === 'plan');
  for (const extra of planRows.slice(1)) {
    converter.report(extra.number, typeHeader.label, 'duplicate', 'a second plan row; only the first one is read', String(extra.object.id ?? 'plan'));
  }
  const planRow = planRows[0];
  const plan: Record<string, unknown> = {schemaVersion: 1, ...planRow?.object};
  if (planRow) recordRow(converter, '', planRow);
  else converter.report(undefined, typeHeader.label, 'missing', 'no row of type "plan": the plan has no id, title, government or stage');

  // Policy areas.
  plan.policyAreas = read
    .filter((row) => row.type === 'area')
    .map((row, i) => {
      recordRow(converter, join('policyAreas', i), row);
      row.object.topics ??= [];
      return row.object;
    });

  // Commitments, then the rows that belong to them, in sheet order.
  const byId = new Map<string, Record<string, unknown>>();
  const paths = new Map<Record<string, unknown>, string>();
  const commitments = read
    .filter((row) => row.type === 'commitment')
    .map((row, i) => {
      const object = row.object;
      // The id defaults to the number: many sheets number their commitments and stop there.
      if (object.id === undefined && typeof object.number === 'string') {
        object.id = object.number;
        row.columns.set('id', labelOf(byName, 'number'));
      }
      object.policyAreas ??= [];
      recordRow(converter, join('commitments', i), row);
      if (typeof object.id === 'string' && !byId.has(object.id)) byId.set(object.id, object);
      paths.set(object, join('commitments', i));
      return object;
    });
  const children: [RowType, string][] = [
    ['milestone', 'milestones'],
    ['update', 'updates'],
    ['assessment', 'assessments'],
    ['link', 'links'],
  ];
  for (const [type, field] of children) {
    for (const row of read.filter((r) => r.type === type)) {
      const column = labelOf(byName, 'commitment');
      if (row.commitment === undefined) {
        converter.report(row.number, column, 'missing', `a ${type} row must give its commitment's id; the row was left out`);
        continue;
      }
      const parent = byId.get(row.commitment);
      if (!parent) {
        converter.report(row.number, column, 'unknown-commitment', `no commitment with id ${quote(row.commitment)}; the ${type} was left out`, row.commitment);
        continue;
      }
      const list = (parent[field] ??= []) as unknown[];
      // Milestone ids are tedious to type: without one, a milestone is numbered in its commitment.
      if (type === 'milestone' && row.object.id === undefined) row.object.id = `${row.commitment}-${list.length + 1}`;
      recordRow(converter, join(join(paths.get(parent)!, field), list.length), row);
      list.push(ordered(row.object, FIELD_ORDER[type]));
    }
  }
  plan.commitments = commitments.map((object) => ordered(object, FIELD_ORDER.commitment));
  plan.policyAreas = (plan.policyAreas as Record<string, unknown>[]).map((area) => ordered(area, FIELD_ORDER.area));
  return {plan: ordered(plan, FIELD_ORDER.plan), problems: converter.problems, locate, withValidation};
}
