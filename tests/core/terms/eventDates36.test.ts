/**
 * Dates and extensions set by events, each rule both ways, in short invented contracts read as plain text:
 * an extension of the contract's duration on a failure, whose condition has asides, is no renewal (a condition
 * about notice still renews); a "Commencement Date" that a recital gives to another event is not the contract's
 * start, while one the term clause gives still is. Also two ways of writing a date that keep the day: with its day of
 * the week before it ("Tuesday, June 1, 2010") and a start said inclusively ("commencing on and including …").
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../electron/core/terms/date';
import { contractText, expectProbe, probe, type Probe } from './probeValue';

const OPEN = 'This Supply Agreement (the "Agreement") is entered into on June 8, 2016 between Corvane Mills Inc. ("Seller") and Tessaly Foods LLC ("Buyer").';
const TERM = '3. Term. This Agreement runs for five (5) years from the date hereof.';
const doc = (...paras: string[]): string => contractText('SUPPLY AGREEMENT', ...paras);

const PROBES: Probe[] = [
  // --- an extension on an event, its condition set off by commas
  probe('ext-event-asides', doc(OPEN, TERM, '9. Shortfall. In the event that, in any month of the Term, Seller suffers a Shortfall, then the period of this Agreement shall automatically be extended by as many months as the Shortfall lasts.'), { renewal: null, expiration: '2021-06-08' }),
  probe('ext-event-term-of', doc(OPEN, TERM, '9. If, after the first Contract Year, the plant is closed by a Force Majeure event, the term of this Agreement shall be extended by the months the plant stays closed.'), { renewal: null }),
  probe('ext-notice-asides-renews', doc(OPEN, TERM, '9. Renewal. If, at the end of the Initial Term, neither party has given notice of termination, then the duration of this Agreement shall be extended for successive one (1) year periods.'), { renewal: '1 year each, automatic*' }),
  // --- a "Commencement Date" of another event, named in a recital
  probe('commencement-of-other-event', doc('This Transition Services Agreement (the "Agreement") is dated as of March 2, 2020 between Corvane Mills Inc. ("Corvane") and Tessaly Foods LLC ("Tessaly").', 'A. Effective April 6, 2020 (the "Commencement Date"), Tessaly is completing a sale of its shares to the public and thereafter will no longer be owned by Corvane.', '2. Services. Corvane shall provide the services in Exhibit A to Tessaly for twelve (12) months.'), { effectiveDate: null }),
  probe('commencement-of-term', doc(OPEN, '3. Term. The term of this Agreement will begin on July 1, 2016 (the "Commencement Date") and shall continue for three (3) years.'), { effectiveDate: '2016-07-01' }),
  // --- a date with its day of the week, and a start said inclusively
  probe('weekday-opening', doc('This Supply Agreement (the "Agreement") is effective as of Tuesday, June 1, 2010 between Corvane Mills Inc. ("Seller") and Tessaly Foods LLC ("Buyer").', TERM), { agreementDate: '2010-06-01', effectiveDate: '2010-06-01', expiration: '2015-06-01' }),
  probe('weekday-run-in-title', 'SUPPLY AGREEMENT Wednesday, May 25, 2016 Corvane Mills Inc. and Tessaly Foods LLC agree as follows.\n\n' + TERM + '\n', { title: 'SUPPLY AGREEMENT' }),
  probe('start-and-including', doc(OPEN, '3. Term. This Agreement shall commence on and including July 1, 2016 and end on June 30, 2019.'), { effectiveDate: '2016-07-01', expiration: '2019-06-30' }),
  probe('from-and-including-span', doc(OPEN, '3. Term. The Term is the period from and including 1 July 2016 to and including 30 June 2019.'), { effectiveDate: '2016-07-01', expiration: '2019-06-30' }),
  probe('start-date-of-services', doc(OPEN, '3. Services begin on July 1, 2016 (the "Start Date").'), { effectiveDate: '2016-07-01' }),
];

describe('words before a date that belong to it', () => {
  it('a day of the week right before the date is part of it; one further off is not', () => {
    expect(findDates('effective as of Tuesday, June 1, 2010')[0]).toMatchObject({ iso: '2010-06-01', text: 'Tuesday, June 1, 2010' });
    expect(findDates('on Fri. 3 March 2017')[0]).toMatchObject({ iso: '2017-03-03', text: 'Fri. 3 March 2017' });
    expect(findDates('every Tuesday until the end of June 1, 2010')[0]!.text).toBe('June 1, 2010');
  });

  it('"and including" after the word that starts or ends a period is part of the date; after other words it is not', () => {
    expect(findDates('commencing on and including 1 July 2011')[0]).toMatchObject({ iso: '2011-07-01', text: 'and including 1 July 2011' });
    expect(findDates('and including 1 July 2011')[0]!.text).toBe('and including 1 July 2011');
    expect(findDates('all goods shipped, and including 1 July 2011')[0]!.text).toBe('1 July 2011');
  });
});

describe('dates and extensions set by events, read from plain text', () => {
  it.each(PROBES.map((x) => [x.name, x] as const))('%s', async (_name, p) => {
    await expectProbe(p.text, p.expect);
  });
});
