/**
 * A services contract that states its term as the length of the engagement or appointment it makes
 * ends that long after its start; a term stated for the contract itself still wins, and a length that
 * is not the engagement's (a non-compete's "engage in", records retained) gives no end. Invented contracts.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

function endOf(...clauses: string[]) {
  return extractKeyTerms(
    makeDoc([
      { text: 'CONSULTING AGREEMENT', kind: 'heading' },
      'This Consulting Agreement is made as of March 1, 2015 between Quillmark Systems, Inc. ("Company") and Dana Orrell ("Consultant").',
      ...clauses.map((text, i) => ({ text, clause: String(i + 1) })),
      { text: `${clauses.length + 1}. Fees. Company shall pay Consultant $5,000 per month.`, clause: String(clauses.length + 1) },
    ]),
  ).terms.expiration;
}

describe('the term stated as the engagement\'s length', () => {
  it.each([
    ['1. Engagement. The Company hereby engages the Consultant for a period of one (1) year commencing on the date hereof.', '2016-03-01'],
    ['1. The engagement shall be for a term of two (2) years from the date hereof.', '2017-03-01'],
    ['1. Engagement. The Company agrees to a one year engagement of the Consultant to advise on its products.', '2016-03-01'],
    ["1. The Consultant's engagement hereunder shall continue for two years.", '2017-03-01'],
    ['1. Company appoints Consultant as its adviser for a term of eighteen (18) months.', '2016-09-01'],
  ])('counts the engagement from the start: %s', (clause, end) => {
    expect(endOf(clause)?.value).toBe(end);
  });

  it("keeps the contract's own end over the engagement's length", () => {
    expect(endOf('1. The Company hereby engages the Consultant for a period of one (1) year.', '2. This Agreement shall terminate on June 30, 2019.')?.value).toBe('2019-06-30');
  });

  it.each([
    ['1. Consultant shall not engage in any business that competes with the Company for a period of two years.'],
    ['1. Consultant shall retain all records of the services for a period of three years.'],
    ['1. Company appoints Consultant as its adviser on marketing matters.'],
  ])('gives no end from a length that is not the engagement\'s: %s', (clause) => {
    expect(endOf(clause)).toBeUndefined();
  });

  it('reads a long sentence in linear time', () => {
    const clause = `1. Company appoints ${'the Consultant and '.repeat(30_000)}for nothing.`;
    const started = Date.now();
    endOf(clause);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
