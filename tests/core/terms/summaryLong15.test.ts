import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { longStatement } from '../../../electron/core/terms/mainStatement';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { makeDoc } from './docFixture';

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

// Invented clauses, written for these tests, in the shapes that run past 150 words.
const CASE_A =
  '(a) the Distributor fails to pay any amount within thirty (30) days after the date on which that amount falls due under this Agreement or under any order placed by it';
const CASE_B =
  '(b) the Distributor fails to perform any other material obligation under this Agreement and does not remedy that failure within forty-five (45) days after written notice from the Supplier describing the failure in reasonable detail';
const CASE_C =
  '(c) the Distributor makes a general assignment for the benefit of its creditors, is declared insolvent by a court of competent jurisdiction, has a receiver, administrator or similar officer appointed over all or substantially all of its assets, or files or has filed against it any petition under any law relating to bankruptcy, insolvency or the relief of debtors that is not dismissed within sixty (60) days';
const THEN = 'then the Supplier may terminate this Agreement at once by written notice to the Distributor, without liability of any kind for that termination.';

describe('longStatement', () => {
  it('shows a listed condition by its first case and the statement it leads to', () => {
    const sentence = `If ${CASE_A}, ${CASE_B}, or ${CASE_C}, ${THEN}`;
    expect(words(sentence)).toBeGreaterThan(150);
    expect(longStatement(sentence)).toBe(`If ${CASE_A} … ${THEN}`);
  });

  it('shows a statement that lists its cases by its lead-in and first case', () => {
    const lead = 'The Distributor represents and warrants to the Supplier that, except as disclosed in writing before the date of this Agreement,';
    const sentence = `${lead} ${CASE_A.replace('fails to pay', 'has paid')}, ${CASE_B.replace('fails to perform', 'has performed')}, and ${CASE_C.replace('makes', 'has not made')}.`;
    expect(words(sentence)).toBeGreaterThan(150);
    expect(longStatement(sentence)).toBe(`${lead} ${CASE_A.replace('fails to pay', 'has paid')} …`);
  });

  it('shows a first case of a few words with the next one, cut to its own first case', () => {
    const lead = 'Each party acknowledges that the licences granted under this Agreement';
    const sentence = `${lead} (i) are perpetual and (ii) may not be revoked for any reason, except that ${CASE_A.replace('(a) the Distributor fails', '(a) the Supplier may revoke them where the Distributor fails')}, ${CASE_B}, and ${CASE_C}.`;
    expect(words(sentence)).toBeGreaterThan(150);
    expect(longStatement(sentence)).toBe(`${lead} (i) are perpetual and (ii) may not be revoked for any reason, except that ${CASE_A.replace('(a) the Distributor fails', '(a) the Supplier may revoke them where the Distributor fails')} …`);
  });

  it('cuts a sentence without a list after its first full statement, never inside a list of verbs', () => {
    const first =
      'The Distributor shall, and shall cause each of its sub-distributors to, on expiry of this Agreement stop all use of the Supplier’s trade marks, return every price list, brochure, sample and item of marketing material that the Supplier supplied to it and that is still in its possession or under its control, and deliver to the Supplier a list of all customers served in the Territory during the last twelve (12) months of the Term';
    const second =
      'any stock of the Products that the Supplier does not elect to buy back may be sold by the Distributor in the ordinary course of its business during a period of ninety (90) days after expiry, on the terms of this Agreement and at prices no lower than those in the current price list, provided that the Distributor pays every amount due for those Products before it sells them and keeps every record of those sales open to the Supplier’s inspection for two years after the end of that period of ninety days';
    const sentence = `${first}, and ${second}.`;
    expect(words(sentence)).toBeGreaterThan(150);
    expect(longStatement(sentence)).toBe(`${first} …`);
  });

  it('shows a long parenthesised aside as "(…)"', () => {
    const aside =
      '(provided that electronic copies held only in automatic back-up systems need not be erased so long as they are kept secure, are not restored except as the law requires, and are overwritten in the ordinary course of the Recipient’s back-up cycle)';
    const sentence = `Within thirty (30) days after the end of the engagement the Recipient shall return to the Discloser, or at the Discloser’s written election destroy, every document, file, note, analysis, compilation and other record in any form that contains or reflects any Confidential Information of the Discloser, together with every copy, extract or summary of any of them made by the Recipient or by any of its officers, employees, agents, contractors or professional advisers ${aside}, and shall confirm in writing, signed by one of its officers, that it has done so, and that none of them has kept any such record in any form, whether on paper, on any device or system it controls, or with any person to whom it gave that record during the engagement.`;
    expect(words(sentence)).toBeGreaterThan(150);
    const shown = longStatement(sentence);
    expect(shown).toContain('(…)');
    expect(shown).not.toContain('back-up');
    expect(words(shown)).toBeLessThanOrEqual(0.75 * words(sentence));
  });

  it('shows a sentence of up to 150 words whole', () => {
    const sentence = `If ${CASE_A}, or ${CASE_B}, ${THEN}`;
    expect(words(sentence)).toBeLessThanOrEqual(150);
    expect(longStatement(sentence)).toBe(sentence);
  });

  it('is what the summary shows for such a sentence', () => {
    const sentence = `If ${CASE_A}, ${CASE_B}, or ${CASE_C}, ${THEN}`;
    const doc = makeDoc([{ text: sentence, clause: '14.2' }]);
    const points = extractiveSummary(doc.blocks, { sentences: 4 }).points.map((p) => p.text);
    expect(points).toContain(`If ${CASE_A} … ${THEN}`);
  });
});

describe('a survival list read past its first section number', () => {
  it('is not picked from inside a parenthesis', () => {
    expect(needsPrevious('7.4.2 (solely for the periods set out there); 9.1 and 9.2 shall survive expiry of this Agreement.')).toBe(true);
  });
});
