import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

/** A short contract: a title, an opening that dates it, then one numbered clause per sentence given. */
const terms = (opening: string, ...clauses: string[]) =>
  extractKeyTerms(makeDoc([{ text: 'HOSTING SERVICES AGREEMENT', kind: 'heading' }, opening, ...clauses.map((text, i) => ({ text, clause: String(i + 1) }))])).terms;

const MADE = 'This Hosting Services Agreement is made as of April 9, 2014 between Larkspur Data, Inc. ("Larkspur") and Quillon Retail LLC ("Quillon").';
const DEFINED = 'This Hosting Services Agreement (the "Agreement") is entered into as of April 9, 2014 (the "Effective Date") between Larkspur Data, Inc. ("Larkspur") and Quillon Retail LLC ("Quillon").';

describe('expiration: the contract in effect over a span, or without an end', () => {
  it.each([
    ['This Agreement shall be in effect from the date hereof until December 31, 2025.', '2025-12-31'],
    ['This Agreement shall be effective commencing on May 1, 2014 and ending on April 30, 2016.', '2016-04-30'],
    ['This Agreement shall be in effect from the Effective Date until the date that is five (5) years after the Effective Date.', '2019-04-09'],
    ['The Agreement shall have an initial period ending December 31, 2025.', '2025-12-31'],
    ['This Agreement shall have a five-year term commencing on the Effective Date.', '2019-04-09'],
    ['This Agreement shall be of unlimited duration.', 'perpetual'],
  ])('reads "%s"', (clause, value) => {
    expect(terms(DEFINED, clause).expiration?.value).toBe(value);
  });

  it('reads a term line that gives its span with a dash, as a cover sheet does', () => {
    const doc = makeDoc([
      { text: 'HOSTING SERVICES AGREEMENT', kind: 'heading' },
      DEFINED,
      'Term: May 1, 2014 – April 30, 2016',
      { text: 'Larkspur shall host the Quillon web store.', clause: '1' },
    ]);
    expect(extractKeyTerms(doc).terms.expiration?.value).toBe('2016-04-30');
  });

  it('counts anniversaries past the twelfth', () => {
    expect(terms(DEFINED, 'This Agreement shall expire on the thirteenth anniversary of the Effective Date.').expiration?.value).toBe('2027-04-09');
    expect(terms(DEFINED, 'This Agreement shall expire on the eighteenth anniversary of the Effective Date.').expiration?.value).toBe('2032-04-09');
  });
});

describe('expiration: more subjects and verbs of the term sentence', () => {
  it.each([
    ['The Agreement shall automatically terminate on December 31, 2025 unless extended by the parties in writing.', '2025-12-31'],
    ['This Agreement is effective upon execution and will continue until December 31, 2025.', '2025-12-31'],
    ['This Agreement and the licenses granted hereunder shall continue for a period of five (5) years.', '2019-04-09'],
    ['This Agreement shall be perpetual unless terminated in accordance with Section 9.', 'perpetual'],
    ['This Agreement enters into force on the Effective Date and remains in force for five (5) years.', '2019-04-09'],
    ['This Agreement shall enter into force on the Effective Date and shall be valid for five (5) years.', '2019-04-09'],
    ['This Agreement shall enter into force on the Effective Date and shall continue for a term of ten (10) years.', '2024-04-09'],
    ['This Agreement shall come into effect on the Effective Date and continue for three (3) years.', '2017-04-09'],
    ['This Agreement shall take effect on the Effective Date and continue for three (3) years.', '2017-04-09'],
  ])('reads "%s"', (clause, value) => {
    expect(terms(DEFINED, clause).expiration?.value).toBe(value);
  });

  it.each([
    ['Contract Term: 24 months from the Effective Date.', '2016-04-09'],
    ['Agreement Term: Three (3) years', '2017-04-09'],
    ['Contract Period: July 1, 2014 to June 30, 2016', '2016-06-30'],
  ])('reads the label line "%s"', (line, value) => {
    const doc = makeDoc([{ text: 'HOSTING SERVICES AGREEMENT', kind: 'heading' }, DEFINED, line, { text: 'Larkspur shall host the Quillon web store.', clause: '1' }]);
    expect(extractKeyTerms(doc).terms.expiration?.value).toBe(value);
  });
});

describe('expiration: a length counted from a product\'s first sale has no date', () => {
  it.each([
    'This Agreement shall continue for five (5) years from the date of first commercial sale of the Product.',
    'The term of this Agreement shall be ten (10) years from the First Commercial Sale.',
    'This Agreement shall remain in force for twelve (12) years following the first commercial launch of the Licensed Product.',
  ])('gives no end for "%s"', (clause) => {
    expect(terms(DEFINED, clause).expiration).toBeUndefined();
  });

  it('still counts a length from the contract\'s own start', () => {
    expect(terms(DEFINED, 'This Agreement shall continue for five (5) years from the Effective Date.').expiration?.value).toBe('2019-04-09');
  });
});

describe('effective date: the start of the span the contract runs over', () => {
  it.each([
    'The term of this Agreement is from March 1, 2020 to February 28, 2022.',
    'This Agreement shall be effective for the period from March 1, 2020 to February 28, 2022.',
    'This Agreement shall be in effect for two (2) years beginning March 1, 2020.',
  ])('reads "%s"', (clause) => {
    const t = terms(MADE, clause);
    expect(t.effectiveDate?.value).toBe('2020-03-01');
    expect(t.expiration?.value).toBe(clause.includes('2022') ? '2022-02-28' : '2022-03-01');
  });
});
