import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { buildTermContext } from '../../../electron/core/terms/termContext';
import { makeDoc } from './docFixture';

// Contracts written for the rule: a paragraph cut by a page break goes on in the next block.
describe('a sentence cut by a page break', () => {
  it('is read as one sentence with the block that finishes it', () => {
    const ctx = buildTermContext(makeDoc([
      { text: '12. Governing Law. This Agreement shall be governed by and construed in accordance with', page: 3 },
      { text: 'the laws of the State of Oregon, without regard to its conflict of laws rules. Each party consents to venue.', page: 4 },
    ]));
    const law = ctx.sentences.find((s) => /governed/.test(s.text))!;
    expect(law.text).toBe('This Agreement shall be governed by and construed in accordance with the laws of the State of Oregon, without regard to its conflict of laws rules.');
    // Cited where it starts.
    expect(law.block.page).toBe(3);
    expect(ctx.sentences.at(-1)!.text).toBe('Each party consents to venue.');
  });

  it('reads a list item that a page break cuts as one sentence with the paragraph that finishes it', () => {
    const terms = extractKeyTerms(makeDoc([
      'This Hosting Agreement is made on May 9, 2016 between Penhallow Data LLC ("Host") and Grisedale Foods Inc. ("Customer").',
      { text: '(c) The term of this Agreement shall commence on the date first written above and shall', kind: 'list-item', clause: '8(c)', page: 2 },
      { text: 'continue for three (3) years, unless terminated earlier under Section 9.', page: 3 },
    ])).terms;
    expect(terms.expiration?.value).toBe('2019-05-09');
  });

  it('gives the terms a sentence states across the break', () => {
    const terms = extractKeyTerms(makeDoc([
      'This Supply Agreement is made on March 3, 2015 between Quillon Widgets, Inc. ("Quillon") and Tarrow Ltd ("Tarrow").',
      { text: '9.1 This Agreement shall be governed by the laws of the', page: 2 },
      { text: 'State of Oregon. The initial term of this Agreement is two (2) years and shall automatically renew for successive one (1) year', page: 3 },
      { text: 'terms unless either party gives notice of non-renewal at least sixty (60) days before the end of the then-current term.', page: 3 },
    ])).terms;
    expect(terms.governingLaw?.value).toMatch(/^Oregon/);
    expect(terms.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(terms.renewalNotice?.value).toBe('60 days');
  });

  it('does not join a finished paragraph, a heading or an enumerated item to the next', () => {
    const ctx = buildTermContext(makeDoc([
      'The Supplier shall deliver the goods.',
      'the Buyer shall pay on delivery.',
      'The Buyer shall pay the following',
      'a. the price; and',
      { text: 'Governing law', kind: 'heading' },
      'this Agreement is governed by the laws of Oregon.',
    ]));
    expect(ctx.sentences.map((s) => s.text)).toEqual(['The Supplier shall deliver the goods.', 'the Buyer shall pay on delivery.', 'The Buyer shall pay the following', 'a.', 'the price; and', 'this Agreement is governed by the laws of Oregon.']);
  });
});
