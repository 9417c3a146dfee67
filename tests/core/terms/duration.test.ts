import { describe, expect, it } from 'vitest';
import { findDurations, formatDuration, wordsToNumber } from '../../../electron/core/terms/duration';

const read = (text: string) => findDurations(text).map((d) => formatDuration(d));

describe('the duration grammar', () => {
  it('reads digits, words, words with digits and digits with words (the digits win)', () => {
    expect(read('within 30 days')).toEqual(['30 days']);
    expect(read('one hundred and eighty days, forty-five days and two hundred twenty days')).toEqual(['180 days', '45 days', '220 days']);
    expect(read('ninety (90) days and three (3) years')).toEqual(['90 days', '3 years']);
    expect(read('at least 90 (ninety) days prior and for 2 (two) years after and 7 (seven) Business Days')).toEqual(['90 days', '2 years', '7 business days']);
    expect(read('twelve (12) months and a 12-month period and a one-year term')).toEqual(['12 months', '12 months', '1 year']);
  });

  it('reads "full" or "consecutive" on either side of "calendar"', () => {
    expect(read('twelve (12) full calendar months and thirty (30) calendar consecutive days')).toEqual(['12 months', '30 days']);
    expect(read('six (6) consecutive calendar months')).toEqual(['6 months']);
  });

  it('never reads decimals other than a half year, or a number inside another token', () => {
    expect(read('1.75 years; 2.25 years; 0.5 months')).toEqual([]);
    expect(read('1.5 years')).toEqual(['18 months']);
    expect(read('A12 months')).toEqual([]);
  });

  it('turns number words into numbers', () => {
    expect(wordsToNumber('one hundred and eighty')).toBe(180);
    expect(wordsToNumber('twenty four')).toBe(24);
    expect(wordsToNumber('few')).toBeUndefined();
  });

  it('reads a length in years and a half as 12N + 6 months, once, and no half where none is given', () => {
    expect(read('for two and one-half (2 1/2) years; for 1.5 years; for three and a half years; a 2½-year term; for 4-1/2 years')).toEqual(['30 months', '18 months', '42 months', '30 months', '54 months']);
    expect(read('for two (2) years; one-half of the fee within 2 years; 1/2 of the 3 years')).toEqual(['2 years', '2 years', '3 years']);
  });

  it('gives the days beyond whole units when a length has them', () => {
    expect(formatDuration({ n: 1, unit: 'year', days: 30 })).toBe('1 year and 30 days');
    expect(formatDuration({ n: 2, unit: 'year' })).toBe('2 years');
  });
});

