import { describe, expect, it } from 'vitest';
import { findDate, toIsoDate } from '../../../electron/core/terms/parseDate';

describe('parseDate', () => {
  it.each([
    ['dated as of June 11, 2015, by and between', '2015-06-11'],
    ['executed this 23rd day of December, 2003', '2003-12-23'],
    ['Feb 10, 2014', '2014-02-10'],
    ['entered into as of JULY 17, 2023', '2023-07-17'],
    ['17 July 2023', '2023-07-17'],
    ['Dated: 15/07/2016', '2016-07-15'],
    ['2020-02-04', '2020-02-04'],
  ])('reads %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it('rejects impossible dates and blanks', () => {
    expect(toIsoDate('February 30, 2020')).toBeUndefined();
    expect(toIsoDate('[•], 2020')).toBeUndefined();
    expect(toIsoDate('201[ ]')).toBeUndefined();
  });

  it('returns the earliest date in the text with its wording', () => {
    expect(findDate('from March 1, 2020 until 1 April 2021')).toMatchObject({ iso: '2020-03-01', text: 'March 1, 2020' });
  });
});
