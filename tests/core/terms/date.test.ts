import { describe, expect, it } from 'vitest';
import { addToDate, findDate, findDates, toIsoDate, writesDayFirst } from '../../../electron/core/terms/date';

describe('date', () => {
  it.each([
    ['dated as of June 11, 2015, by and between', '2015-06-11'],
    ['executed this 23rd day of December, 2003', '2003-12-23'],
    ['made on the first day of June, 2000', '2000-06-01'],
    ['Feb 10, 2014', '2014-02-10'],
    ['Sept. 1, 2000', '2000-09-01'],
    ['entered into as of JULY 17, 2023', '2023-07-17'],
    ['17 July 2023', '2023-07-17'],
    ['2020-02-04', '2020-02-04'],
  ])('reads %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it('reads numeric dates month first, as US filings write them, and flags the ambiguous ones', () => {
    expect(findDate('Dated: 06/11/2015')).toMatchObject({ iso: '2015-06-11', ambiguous: true });
    expect(findDate('Dated: 12/31/2014')).toMatchObject({ iso: '2014-12-31' });
    expect(findDate('Dated: 12/31/2014')?.ambiguous).toBeUndefined();
  });

  it('reads day first when the day is over 12 or the document is plainly day-first', () => {
    expect(toIsoDate('Dated: 15/07/2016')).toBe('2016-07-15');
    expect(toIsoDate('Dated: 06/11/2015', { dayFirst: true })).toBe('2015-11-06');
    expect(writesDayFirst('signed 15/07/2016 and amended 03/08/2016')).toBe(true);
    expect(writesDayFirst('signed 07/15/2016 and amended 15/07/2016')).toBe(false);
    expect(writesDayFirst('signed 06/11/2015')).toBe(false);
  });

  it('rejects impossible dates and blanks', () => {
    expect(toIsoDate('February 30, 2020')).toBeUndefined();
    expect(toIsoDate('[•], 2020')).toBeUndefined();
    expect(toIsoDate('201[ ]')).toBeUndefined();
  });

  it('returns every date in order with its wording', () => {
    expect(findDates('from March 1, 2020 until 1 April 2021').map((d) => [d.iso, d.text])).toEqual([
      ['2020-03-01', 'March 1, 2020'],
      ['2021-04-01', '1 April 2021'],
    ]);
  });

  it('reads a date a filled-in blank touches, and dotted numeric dates day first', () => {
    expect(toIsoDate('shall be effective as of _Dec. 8, 2005 (hereinafter "Effective Date")')).toBe('2005-12-08');
    expect(toIsoDate('made this _1st day of June, 2004')).toBe('2004-06-01');
    expect(toIsoDate('is effective as of the 1.4.2011 (the "Effective Date")')).toBe('2011-04-01');
    expect(toIsoDate('dated 4/1/2011')).toBe('2011-04-01');
    expect(toIsoDate('dated 13.04.2011')).toBe('2011-04-13');
  });

  it('reads a compound ordinal day written with a space, and a year written in words', () => {
    expect(toIsoDate('made this twenty first day of March, 2012')).toBe('2012-03-21');
    expect(toIsoDate('the thirty first day of October 2009')).toBe('2009-10-31');
    expect(toIsoDate('on the first day of March, two thousand twelve')).toBe('2012-03-01');
    expect(toIsoDate('the 9th day of August, Two Thousand and Seven (2007)')).toBe('2007-08-09');
    expect(toIsoDate('executed October 4, nineteen ninety-eight')).toBe('1998-10-04');
    expect(toIsoDate('the 2nd day of May, one thousand nine hundred ninety-six')).toBe('1996-05-02');
  });

  it('reads "March the 3rd, 2012", "the 3rd day of March of 2012", year-first dates with slashes and "3-MAR-12"', () => {
    expect(toIsoDate('dated March the 3rd, 2012')).toBe('2012-03-03');
    expect(toIsoDate('until December 31st of 2015')).toBe('2015-12-31');
    expect(toIsoDate('this 3rd day of March of 2012')).toBe('2012-03-03');
    expect(toIsoDate('Date: 2012/03/04')).toBe('2012-03-04');
    expect(toIsoDate('Date: 2012.3.4')).toBe('2012-03-04');
    expect(toIsoDate('Signed 3-MAR-12')).toBe('2012-03-03');
    expect(toIsoDate('version 2012.03.04.1')).toBeUndefined();
  });

  it('adds months (clamped to the month end) and days', () => {
    expect(addToDate('2014-05-08', { months: 12 })).toBe('2015-05-08');
    expect(addToDate('2014-01-31', { months: 1 })).toBe('2014-02-28');
    expect(addToDate('2019-12-20', { days: 30 })).toBe('2020-01-19');
  });
});
