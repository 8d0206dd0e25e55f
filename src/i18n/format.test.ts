import {expect} from '@open-wc/testing';
import {formatNumber} from './format.js';
import {TARGET_LOCALES, SOURCE_LOCALE, type Locale} from './locale.js';

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
