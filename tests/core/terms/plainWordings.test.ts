/**
 * Common ways of stating the term, the start and the governing law that no development contract
 * happens to use: each rule must read the plain wording a lawyer would write, not only the
 * wordings met so far. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const opening = 'This Services Agreement is made as of March 3, 2016 (the "Effective Date") by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';

/** A short contract whose clause 5.1 is `clause`, followed by a right to end it early. */
const terms = (clause: string, first = opening) =>
  extractKeyTerms(
    makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      first,
      { text: 'NOW, THEREFORE, the parties agree as follows:' },
      { text: clause, clause: '5.1', section: ['Term'] },
      { text: 'Either party may terminate this Agreement for material breach on thirty (30) days written notice.', clause: '5.2' },
    ]),
  ).terms;

describe('expiration: the contract\'s duration in other verbs', () => {
  it('reads "is effective from X through Y" as an end on Y', () => {
    expect(terms('This Agreement is effective from April 1, 2016 through December 31, 2022.').expiration?.value).toBe('2022-12-31');
  });

  it('reads "in force", "run", "last" and "binding" for a length from the start', () => {
    expect(terms('This Agreement shall be in force for three years from the date of signature.').expiration?.value).toBe('2019-03-03');
    expect(terms('Unless terminated earlier, this Agreement will run for twenty-four (24) months from the Effective Date.').expiration?.value).toBe('2018-03-03');
    expect(terms('This Agreement shall last for two (2) years from the Effective Date.').expiration?.value).toBe('2018-03-03');
    expect(terms('This Agreement shall run for a period of two (2) years from the Effective Date.').expiration?.value).toBe('2018-03-03');
    expect(terms('This Agreement shall be binding for a period of 3 years.').expiration?.value).toBe('2019-03-03');
  });

  it('reads a contract "concluded" or "entered into" for a term', () => {
    expect(terms('This Agreement is entered into for a fixed term of three (3) years.').expiration?.value).toBe('2019-03-03');
    expect(terms('The Agreement is concluded for an indefinite period of time.').expiration?.value).toBe('perpetual');
  });

  it('reads an unlimited period as perpetual', () => {
    expect(terms('This Agreement shall be effective for an unlimited period of time.').expiration?.value).toBe('perpetual');
  });

  it('counts "the third (3rd) anniversary thereof" from the start the sentence names', () => {
    expect(terms('The term of this Agreement will commence on the Effective Date and expire on the third (3rd) anniversary thereof.').expiration?.value).toBe('2019-03-03');
  });

  it('still gives nothing for a contract that is only "in force" while something lasts', () => {
    expect(terms('Harrow shall keep the equipment insured while this Agreement is in force.').expiration).toBeUndefined();
  });
});

describe('effective date: coming into force', () => {
  const first = 'This Services Agreement is entered into as of January 15, 2019 by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';

  it('reads "shall come into force on", "enter into force on" and "come into effect on"', () => {
    expect(terms('This Agreement will come into force on February 1, 2019.', first).effectiveDate?.value).toBe('2019-02-01');
    expect(terms('This Agreement shall enter into force on February 1, 2019.', first).effectiveDate?.value).toBe('2019-02-01');
    expect(terms('This Agreement shall come into effect on 1 February 2019.', first).effectiveDate?.value).toBe('2019-02-01');
  });

  it('reads "The Effective Date of this Agreement is DATE", but not a price stated "on the Effective Date of this Agreement is …"', () => {
    expect(terms('The Effective Date of this Agreement is February 1, 2019.', first).effectiveDate?.value).toBe('2019-02-01');
    expect(terms('The discount on the Price List in effect on the Effective Date of this Agreement is [*] off the list price.', first).effectiveDate).toBeUndefined();
  });
});

describe('governing law: the place named before "law"', () => {
  it('reads "Texas law governs this Agreement" and "Swiss law shall govern"', () => {
    expect(terms('Governing Law. Texas law governs this Agreement.').governingLaw?.value).toBe('Texas, United States');
    expect(terms('Swiss law shall govern this Agreement and any dispute arising from it.').governingLaw?.value).toBe('Switzerland');
  });
});
