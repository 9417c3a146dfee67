import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';

// Contracts written for the rule: a sentence a page break cuts is cited on both pages.
const contract = makeDoc([
  'This Hosting Agreement is made on May 4, 2016 between Varnel Systems, Inc. ("Varnel") and Ostry Foods LLC ("Ostry").',
  { text: '7.1 The initial term of this Agreement is three (3) years. Thereafter this Agreement shall automatically renew for successive one (1) year', page: 3, clause: '7.1' },
  { text: 'terms unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.', page: 4 },
  { text: '12.3 This Agreement shall be governed by the laws of the State of Ohio.', page: 6, clause: '12.3' },
]);

describe('a key term read across a page break', () => {
  it('cites the block where the sentence ends as well as where it starts', () => {
    const { terms } = extractKeyTerms(contract);
    expect(terms.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(terms.renewal?.citations.map((c) => c.blockId)).toEqual(['p3.1', 'p4.1']);
    expect(terms.renewal?.citations.map((c) => c.page)).toEqual([3, 4]);
    expect(terms.renewalNotice?.citations.map((c) => c.page)).toEqual([3, 4]);
  });

  it('leaves a term from a sentence within one block with its one citation', () => {
    const { terms } = extractKeyTerms(contract);
    expect(terms.governingLaw?.citations.map((c) => c.blockId)).toEqual(['p6.1']);
    // The first sentence of the term clause ends on its own page: no second citation.
    expect(terms.expiration?.citations.map((c) => c.blockId) ?? []).not.toContain('p4.1');
  });

  it('shows both pages on the Overview line', () => {
    const summary = extractiveSummary(contract.blocks);
    const renews = summary.overview.find((p) => /renews automatically/.test(p.text))!;
    expect(renews.citations.map((c) => c.page)).toEqual([3, 4]);
    expect(summary.markdown).toMatch(/renews automatically[^\n]*\[p\. 3, §7\.1\] \[p\. 4\]/);
  });
});
