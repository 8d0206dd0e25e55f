/** Dates and numbers through Intl, with formatters cached per locale and style. */
import {str} from '@lit/localize';
import type {DateString} from '../data/types.js';
import type {Locale} from './locale.js';
import type {MsgFn} from './msg.js';

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat | Intl.RelativeTimeFormat;
const formatters = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const DATE_OPTIONS = {
  year: {year: 'numeric'},
  month: {year: 'numeric', month: 'long'},
  day: {year: 'numeric', month: 'long', day: 'numeric'},
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * The Intl locale our dates are written in. English dates go day, month, year ("30 June 2026"),
 * as in British and international English, which `en` alone (US order, "June 30, 2026") would not.
 */
const DATE_LOCALES: Record<Locale, string> = {en: 'en-GB', 'zh-TW': 'zh-TW'};

/** The precision a date string carries: `2025`, `2025-01` or `2025-01-31`. */
export const datePrecision = (date: DateString): keyof typeof DATE_OPTIONS =>
  date.length <= 4 ? 'year' : date.length <= 7 ? 'month' : 'day';

/** Parses a date string as UTC midnight of its first day. */
export function parseDate(date: DateString): Date {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * A date at its own precision, one style per language: "2026" / "2026年", "June 2026" / "2026年6月",
 * "30 June 2026" / "2026年6月30日". Its spaces are no-break, so a date never splits across lines.
 */
export function formatDate(date: DateString, locale: Locale): string {
  const precision = datePrecision(date);
  const formatter = cached(
    `d:${locale}:${precision}`,
    () => new Intl.DateTimeFormat(DATE_LOCALES[locale], {...DATE_OPTIONS[precision], timeZone: 'UTC'}),
  );
  return formatter.format(parseDate(date)).replace(/ /g, '\u00a0');
}

/**
 * A period: "January 2025 – December 2026", "2025年1月至2026年12月". Each end keeps its own
 * precision and its full form (Intl's formatRange would shorten one end, and writes
 * "2025/1至2026/12" for months in Chinese). The sign between is a translated string: in English
 * a spaced en dash whose first space is no-break, so the dash ends a line rather than starting
 * one; in Chinese 至 ("to"), the sign Intl's own zh-TW ranges use.
 */
export const formatDateRange = (start: DateString, end: DateString, {msg, locale}: {msg: MsgFn; locale: Locale}): string =>
  msg(str`${formatDate(start, locale)}\u00a0– ${formatDate(end, locale)}`, {
    desc: 'A period from one date to another; the space before the dash is a no-break space',
  });

export function formatNumber(value: number, locale: Locale): string {
  // Both our languages write 0–999 in plain ASCII digits (format.test.ts checks it against Intl),
  // and a list formats a few counts per commitment.
  if (value >= 0 && value < 1000 && Number.isInteger(value) && !Object.is(value, -0)) return String(value);
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

export function formatPercent(ratio: number, locale: Locale): string {
  return cached(`p:${locale}`, () => new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0})).format(
    ratio,
  );
}

/** A list in the language's own punctuation: "1-1, 1-2, and 2", "1-1、1-2和2". */
export function formatList(items: readonly string[], locale: Locale): string {
  return cached(`l:${locale}`, () => new Intl.ListFormat(locale, {type: 'conjunction'})).format(items);
}

/**
 * Whole months ago in words, as readers say it: "this month", "last month", "4\u00a0months ago"
 * ("本月", "上個月", "4\u00a0個月前"). The space after the number is no-break, so a number never
 * ends a line away from its unit.
 */
export function formatMonthsAgo(months: number, locale: Locale): string {
  const words = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, {numeric: 'auto'})).format(-months, 'month');
  return words.replace(/(\d) /g, '$1\u00a0');
}
