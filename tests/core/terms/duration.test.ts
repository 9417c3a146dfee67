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

  it('never reads decimals or a number inside another token', () => {
    expect(read('1.5 years')).toEqual([]);
    expect(read('A12 months')).toEqual([]);
  });

  it('turns number words into numbers', () => {
    expect(wordsToNumber('one hundred and eighty')).toBe(180);
    expect(wordsToNumber('twenty four')).toBe(24);
    expect(wordsToNumber('few')).toBeUndefined();
  });
});
