import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the placement rules of this round.
const DUTY = 'Obligations';
const DATES = 'Dates and deadlines';

describe('a length in a duty', () => {
  it('is the duty\'s when it says how long or how much, not by when', () => {
    expect(sectionOf('The Miller must keep a technician on call to mend the rollers 24 hours per day, 7 days per week.', undefined)).toBe(DUTY);
    expect(sectionOf('Harbor Lane shall hold thirty (30) days of stock of malting barley at its silo to support sales.', undefined)).toBe(DUTY);
    expect(sectionOf('Each party shall keep a spare set of scales in working order for twelve (12) months.', undefined)).toBe(DUTY);
  });

  it('stays a deadline when the length is a time limit, when it names a date, or when no party is bound', () => {
    expect(sectionOf('The Miller shall deliver the flour within thirty (30) days of each order.', undefined)).toBe(DATES);
    expect(sectionOf('Harbor Lane shall send its sample to the Grower no later than ten (10) days before the harvest.', undefined)).toBe(DATES);
    expect(sectionOf('Nordlicht GmbH shall open the silo on March 3, 2031 for a period of two weeks.', undefined)).toBe(DATES);
    expect(sectionOf('All shares shall vest monthly over six months.', undefined)).toBe(DATES);
    expect(sectionOf('The Software shall be tested again for a new thirty day period.', undefined)).toBe(DATES);
  });

  it('stays fast on hostile input', () => {
    const start = Date.now();
    for (const piece of ['Kestrel shall ', 'A ', 'Each party ', ' ', 'thirty days ', 'Aa Bb Cc shall ']) sectionOf(piece.repeat(Math.ceil(100_000 / piece.length)) + ' 30 days', undefined);
    expect(Date.now() - start).toBeLessThan(5_000);
  });
});
