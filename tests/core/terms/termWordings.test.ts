import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

/** A short contract: a title, an opening that dates it, then one numbered clause per sentence given. */
const terms = (opening: string, ...clauses: string[]) =>
  extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, opening, ...clauses.map((text, i) => ({ text, clause: String(i + 1) }))])).terms;

const OPENING = 'This Services Agreement is made as of April 9, 2014 between Corvid Analytics, Inc. ("Corvid") and Heron Logistics LLC ("Heron").';

describe('expiration: a term stated in the present tense or with the term as subject', () => {
  it.each([
    ['This Agreement expires on March 31, 2017.', '2017-03-31'],
    ['This Agreement ends on March 31, 2017.', '2017-03-31'],
    ['This Agreement is in effect until March 31, 2017.', '2017-03-31'],
    ['The Term shall end on March 31, 2017.', '2017-03-31'],
    ['The Term ends three years after the Effective Date.', '2017-04-09'],
    ['This Agreement has a term of three (3) years.', '2017-04-09'],
    ['This Agreement runs for three (3) years from the Effective Date.', '2017-04-09'],
    ['This Agreement is valid until March 31, 2017.', '2017-03-31'],
    ['This Agreement commences on the Effective Date and ends on March 31, 2017.', '2017-03-31'],
    ['The Term begins on the Effective Date and continues for three (3) years.', '2017-04-09'],
    ['This Agreement shall be for a period of three (3) years commencing on the Effective Date.', '2017-04-09'],
    ['The duration of this Agreement shall be three (3) years from the Effective Date.', '2017-04-09'],
  ])('reads "%s"', (clause, iso) => {
    expect(terms(OPENING, clause).expiration?.value).toBe(iso);
  });
});

describe('expiration: ends counted from the contract\'s own date', () => {
  it('reads an anniversary of "the date hereof", "the date of this Agreement" or "the signing of this Agreement"', () => {
    expect(terms(OPENING, 'The Term shall end on the second anniversary of the date hereof.').expiration?.value).toBe('2016-04-09');
    expect(terms(OPENING, 'This Agreement shall continue in effect until the fourth anniversary of the date of this Agreement.').expiration?.value).toBe('2018-04-09');
    expect(terms(OPENING, 'This Agreement shall expire on the third anniversary of the signing of this Agreement.').expiration?.value).toBe('2017-04-09');
  });

  it('reads "the last day of the calendar month in which the Nth anniversary … occurs" as that month\'s end', () => {
    const t = terms(OPENING, 'This Agreement shall expire on the last day of the calendar month in which the second anniversary of the Effective Date occurs.');
    expect(t.expiration?.value).toBe('2016-04-30');
  });

  it('reads "at the end of the third (3rd) year following the Effective Date"', () => {
    expect(terms(OPENING, 'This Agreement shall remain in force until the end of the third (3rd) year following the Effective Date.').expiration?.value).toBe('2017-04-09');
  });

  it('reads an end date with its year in words', () => {
    const t = terms('This Services Agreement is made on the ninth day of April, two thousand fourteen, between Corvid Analytics, Inc. ("Corvid") and Heron Logistics LLC ("Heron").', 'This Agreement shall expire on the thirty first day of March, two thousand seventeen.');
    expect(t.agreementDate?.value).toBe('2014-04-09');
    expect(t.expiration?.value).toBe('2017-03-31');
  });
});

describe('renewal: a length renewed by notice', () => {
  it('reads "for two additional periods of five (5) years each by notice" as a five-year renewal, not a notice period', () => {
    const t = terms(OPENING, 'The initial term of this Agreement shall be five (5) years.', 'Heron may extend the term of this Agreement for two additional periods of five (5) years each by notice given no later than six (6) months before expiry.');
    expect(t.renewal?.value).toMatch(/^5 years each, by option/);
  });
});

describe('expiration: what only mentions the term or an anniversary', () => {
  it('takes no end from a price that changes "beginning on the second anniversary of the signing of this Agreement"', () => {
    const t = terms(OPENING, 'Beginning on the second anniversary of the signing of this Agreement and on each anniversary after it during the term of this Agreement, the prices shall be reviewed.');
    expect(t.expiration).toBeUndefined();
  });

  it('prefers the clause that states the term to one that acts "for the duration of this Agreement"', () => {
    const t = terms(
      OPENING,
      'Heron shall not, for the duration of this Agreement and for one year after it ends, offer competing services; provided that this shall not apply to services Heron offered before the Effective Date.',
      'Heron shall not, for the duration of this Agreement, hire any employee of Corvid; provided, however, that this Section shall not apply to employees who answer a general advertisement.',
      'Corvid may, for the duration of this Agreement, audit the records of Heron once a year; provided, however, that each audit shall be at the cost of Corvid.',
      'Any license granted under this Agreement shall terminate upon any expiration or termination of the term of this Agreement.',
      'This Agreement shall commence on the Effective Date and shall continue until terminated as provided herein.',
    );
    expect(t.expiration?.value).toBe('perpetual');
  });
});

describe('renewal: a length written with "additional" or "further"', () => {
  it('reads "renew for one additional year" and "two (2) further years" as the renewal\'s length', () => {
    expect(terms(OPENING, 'The initial term of this Agreement shall be two (2) years.', 'This Agreement shall automatically renew for one additional year unless either party gives notice of termination at least forty-five (45) days before the end of the initial term.').renewal?.value).toMatch(/^1 year each, automatic/);
    expect(terms(OPENING, 'The initial term of this Agreement shall be two (2) years.', 'Heron may extend this Agreement for two (2) further years by written notice.').renewal?.value).toMatch(/^2 years each, by option/);
  });
});

describe('dates given only to the month', () => {
  it('reports a cover page\'s "July 2013" as the agreement date with its day missing, and the end counted from it likewise', () => {
    const m = extractKeyTerms(makeDoc([{ text: 'HEAT SUPPLY AGREEMENT', kind: 'heading' }, 'July 2013', 'This Heat Supply Agreement is entered into by and between Pell Works Co. ("Pell") and Quarry Heat Ltd. ("Quarry").', { text: 'This agreement runs for twenty (20) years.', clause: '1' }])).terms;
    expect(m.agreementDate).toMatchObject({ value: 'July 2013', blank: true });
    expect(m.expiration).toMatchObject({ blank: true });
    expect(m.expiration?.value).toMatch(/^July 2013 \+ 20 years$/);
  });

  it('reads "made as of March 2015" as a date without its day, and keeps a whole date in the opening over a cover line\'s month', () => {
    expect(terms('This Agreement is made as of March 2015 between Corvid Analytics, Inc. ("Corvid") and Heron Logistics LLC ("Heron").').agreementDate).toMatchObject({ value: 'March 2015', blank: true });
    const whole = extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, 'March 2015', 'This Agreement, effective as of March 9, 2015, is between Corvid Analytics, Inc. ("Corvid") and Heron Logistics LLC ("Heron").'])).terms;
    expect(whole.agreementDate?.value).toBe('2015-03-09');
  });
});
