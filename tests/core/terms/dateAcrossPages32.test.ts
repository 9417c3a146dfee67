/**
 * A page break inside a date ("… commencing January" / "1, 2008 and ending on …"): the sentence goes
 * on in the next block, so the term it states is read whole. A block that starts with a number after
 * a month's name in another sense, or a new clause, does not.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/document';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { continuesSentence } from '../../../electron/core/terms/termContext';
import { makeDoc } from './docFixture';

const block = (text: string, kind: Block['kind'] = 'paragraph'): Block => ({ id: 'x', page: 1, kind, text, section: [] });

describe('a date cut in two by a page break', () => {
  it('is read as one sentence, so the term it states is found', () => {
    const doc = makeDoc([
      { text: 'SUPPLY AGREEMENT', kind: 'heading' },
      'This Supply Agreement is made between Harrow Mills, Inc. ("Harrow") and Pendle Foods LLC ("Pendle").',
      { text: '2. Term. This Agreement shall be in effect for one (1) year, commencing March', clause: '2', page: 1 },
      { text: '1, 2011 and ending on February 29, 2012, unless terminated earlier under Section 9.', page: 2 },
    ]);
    const terms = extractKeyTerms(doc).terms;
    expect(terms.effectiveDate?.value).toBe('2011-03-01');
    expect(terms.expiration?.value).toBe('2012-02-29');
  });

  it('joins a month and its day and year, with or without an ordinal', () => {
    expect(continuesSentence(block('The term shall commence on January'), block('1, 2008 and end on December 31, 2008.'))).toBe(true);
    expect(continuesSentence(block('The first delivery is due on or before June'), block('15th 2009, at the Buyer’s warehouse.'))).toBe(true);
  });

  it('does not join a sentence that ended, a number that is no day and year, or a clause number', () => {
    expect(continuesSentence(block('The term shall commence on January 1, 2008.'), block('2, 2009 shipments are listed in Exhibit B.'))).toBe(false);
    expect(continuesSentence(block('The term shall commence in January'), block('12 units shall be delivered each month.'))).toBe(false);
    expect(continuesSentence(block('Deliveries begin in March'), block('3. Payment. The Buyer shall pay within thirty days.'))).toBe(false);
  });
});
