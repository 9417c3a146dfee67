/**
 * Ends of a term written without a calendar date: an anniversary of "the date first written above"
 * (the contract's own date, as "the date hereof"), and the end of a numbered calendar year. A year's
 * number before "calendar year" is never a count of years.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { findDurations } from '../../../electron/core/terms/duration';
import { makeDoc } from './docFixture';

function endOf(term: string) {
  return extractKeyTerms(
    makeDoc([
      { text: 'MAINTENANCE AGREEMENT', kind: 'heading' },
      'This Maintenance Agreement is entered into as of July 8, 2013 by and between Pellham Instruments, Inc. ("Pellham") and Norrow Clinics LLC ("Norrow").',
      { text: '1. Services. Pellham shall maintain the instruments listed in the Schedule.', clause: '1' },
      { text: `7. Term. ${term}`, clause: '7', section: ['7. Term'] },
    ]),
  ).terms.expiration?.value;
}

describe('the end of the term', () => {
  it.each([
    ['This Agreement expires on the second anniversary of the date first written above.', '2015-07-08'],
    ['This Agreement shall continue until the third anniversary of the date first above written.', '2016-07-08'],
    ['This Agreement shall remain in effect through the end of the 2015 calendar year.', '2015-12-31'],
    ['This Agreement shall remain in effect until the end of calendar year 2016.', '2016-12-31'],
    ['This Agreement shall continue until the close of 2016.', '2016-12-31'],
  ])('is read from: %s', (term, end) => {
    expect(endOf(term)).toBe(end);
  });

  it('is not the end of a fiscal year or a season that year, whose dates the text does not give', () => {
    expect(endOf('This Agreement shall continue until the end of the 2015 fiscal year.')).not.toBe('2015-12-31');
    expect(endOf('This Agreement shall continue until the end of the 2015 touring season.')).not.toBe('2015-12-31');
  });
});

describe('findDurations', () => {
  it('does not read a year\u2019s number as a count of years', () => {
    expect(findDurations('fees for the 2018 calendar year and the 2019 contract year')).toEqual([]);
    expect(findDurations('for two (2) years')[0]).toMatchObject({ n: 2, unit: 'year' });
  });
});
