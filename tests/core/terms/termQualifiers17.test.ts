/**
 * A term stated as what the contract "has" ("This Agreement shall have a term of two (2) years …") in
 * the sentence that also renews it and says how much notice stops the renewal: the notice's "before
 * the end of the then current term" must not make the sentence read as one that only mentions the term.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const terms = (text: string) =>
  extractKeyTerms(
    makeDoc([
      { text: 'HAULAGE AGREEMENT', kind: 'heading' },
      'This Haulage Agreement is made as of March 3, 2016 between Pellworth Freight, Inc. ("Carrier") and Osier Grain LLC ("Shipper").',
      { text: '9. TERM', kind: 'heading', clause: '9' },
      { text, clause: '9.1', section: ['9. TERM'] },
    ]),
  ).terms;

describe('a term the contract "has", renewed in the same sentence', () => {
  it.each([
    ['This Agreement shall have a term of two (2) years from the Effective Date and will thereafter automatically renew for successive two (2) year terms, unless either party gives notice of non-renewal not less than ninety (90) days before the end of the then current term.', '2018-03-03', '90 days'],
    ['Unless earlier terminated, this Agreement has an initial term of three (3) years from the date hereof and renews for successive one (1) year terms unless either party gives notice of non-renewal at least sixty (60) days prior to the end of the then-current term.', '2019-03-03', '60 days'],
  ])('reads the end and the notice of "%s"', (text, end, notice) => {
    const t = terms(text);
    expect(t.expiration?.value).toBe(end);
    expect(t.renewalNotice?.value).toBe(notice);
  });

  it('does not take a cure period the other party "has" for the term', () => {
    const t = terms('The term of this Agreement is five (5) years from the Effective Date. Either party may terminate this Agreement if the other party has a period of thirty (30) days to cure a breach and fails to do so before the end of the then current term.');
    expect(t.expiration?.value).toBe('2021-03-03');
  });
});

describe('words that only qualify the sentence that states the term', () => {
  it.each([
    'Subject to Section 12, the Term shall be four (4) years.',
    'Unless earlier terminated as provided herein, the Term shall be four (4) years.',
    'Except as otherwise provided in this Agreement, this Agreement shall remain in effect for a period of four (4) years from the Effective Date.',
  ])('reads the end of "%s"', (text) => {
    expect(terms(text).expiration?.value).toBe('2020-03-03');
  });
});
