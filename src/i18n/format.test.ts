import {expect} from '@open-wc/testing';
import {formatDate, formatDateRange, formatList, formatMonthsAgo, formatNumber} from './format.js';
import {TARGET_LOCALES, SOURCE_LOCALE, type Locale} from './locale.js';
import {loadTranslations, msgFor} from './msg.js';

describe('formatNumber', () => {
  it('writes every number as Intl.NumberFormat does in each of our languages, small counts included', () => {
    for (const locale of [SOURCE_LOCALE, ...TARGET_LOCALES] as Locale[]) {
      const intl = new Intl.NumberFormat(locale);
      for (const value of [...Array(1001).keys(), 1234, 10000, 1234567, -0, -1, -999, 0.5, 2.25, 999.5]) {
        expect(formatNumber(value, locale), `${value} in ${locale}`).to.equal(intl.format(value));
      }
    }
  });
});

describe('formatDate and formatDateRange', () => {
  before(() => loadTranslations('zh-TW'));
  const NBSP = '\u00a0';
  /** Shows no-break spaces as "~", so a failure says where they are. */
  const shown = (text: string) => text.replaceAll(NBSP, '~');

  it('writes English dates day, month, year, whole, with no-break spaces', () => {
    expect(shown(formatDate('2026', 'en'))).to.equal('2026');
    expect(shown(formatDate('2026-06', 'en'))).to.equal('June~2026');
    expect(shown(formatDate('2026-06-30', 'en'))).to.equal('30~June~2026');
    expect(shown(formatDate('2025-12-31', 'en'))).to.equal('31~December~2025');
    expect(shown(formatDate('2025-01-05', 'en'))).to.equal('5~January~2025');
  });

  it('writes Chinese dates with 年, 月 and 日', () => {
    expect(formatDate('2026', 'zh-TW')).to.equal('2026年');
    expect(formatDate('2026-06', 'zh-TW')).to.equal('2026年6月');
    expect(formatDate('2026-06-30', 'zh-TW')).to.equal('2026年6月30日');
    expect(formatDate('2025-12-31', 'zh-TW')).to.equal('2025年12月31日');
  });

  it('joins a period with one sign per language, each end at its own precision', () => {
    const ranges: [string, string, Locale, string][] = [
      ['2025', '2026', 'en', '2025~– 2026'],
      ['2025-01', '2026-06', 'en', 'January~2025~– June~2026'],
      ['2026-01-01', '2026-06-30', 'en', '1~January~2026~– 30~June~2026'],
      ['2025', '2026-12-31', 'en', '2025~– 31~December~2026'],
      ['2025', '2026', 'zh-TW', '2025年至2026年'],
      ['2025-01', '2026-06', 'zh-TW', '2025年1月至2026年6月'],
      ['2026-01-01', '2026-06-30', 'zh-TW', '2026年1月1日至2026年6月30日'],
      ['2025-01', '2026-06-30', 'zh-TW', '2025年1月至2026年6月30日'],
    ];
    for (const [start, end, locale, expected] of ranges) {
      const range = formatDateRange(start, end, {msg: msgFor(locale), locale});
      expect(shown(range), `${start}–${end} in ${locale}`).to.equal(expected);
    }
  });

  it('never leaves a breakable space inside a date, so "30 June" stays on one line', () => {
    for (const date of ['2026', '2026-06', '2026-06-30', '2026-09-30']) {
      for (const locale of [SOURCE_LOCALE, ...TARGET_LOCALES] as Locale[]) {
        expect(formatDate(date, locale), `${date} in ${locale}`).not.to.match(/[ \t\u2000-\u200b]/);
      }
    }
  });
});

describe('formatList', () => {
  it('joins a list with each language\'s own punctuation', () => {
    expect(formatList(['1-1', '1-2', '2'], 'en')).to.equal('1-1, 1-2, and 2');
    expect(formatList(['1-1', '1-2', '2'], 'zh-TW')).to.equal('1-1、1-2和2');
    expect(formatList(['4'], 'zh-TW')).to.equal('4');
  });
});

describe('formatMonthsAgo', () => {
  it('says months ago in words, the number kept with its unit by a no-break space', () => {
    expect(formatMonthsAgo(0, 'en')).to.equal('this month');
    expect(formatMonthsAgo(1, 'en')).to.equal('last month');
    expect(formatMonthsAgo(4, 'en')).to.equal('4\u00a0months ago');
    expect(formatMonthsAgo(23, 'zh-TW')).to.equal('23\u00a0個月前');
    expect(formatMonthsAgo(1, 'zh-TW')).to.equal('上個月');
  });
});
