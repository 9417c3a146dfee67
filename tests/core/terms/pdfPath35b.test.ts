/**
 * Key terms a PDF's layout could lose: a table's label cell wrapped over two lines (its first words
 * read as a block of their own). Invented documents, built block by block as a PDF reads them.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const termsOf = (...entries: Parameters<typeof makeDoc>[0]) => extractKeyTerms(makeDoc(entries)).terms;

describe('a term label cell wrapped over two lines', () => {
  const opening = 'RESELLER AGREEMENT';
  const parties = 'Harrowgate Instruments, Inc. ("HARROWGATE") appoints Bellmoor Systems LLC ("BELLMOOR") as a reseller of its meters on the terms below.';

  it('reads the end of the span beside the label\'s last word, with its first words in the block above', () => {
    const terms = termsOf(
      { text: opening, kind: 'heading' },
      parties,
      { text: 'INITIAL RESALE', kind: 'heading' },
      { text: 'PERIOD: | March 1, 2011 through August 31, 2011 (6 Months from the Effective Date)', kind: 'table-row', section: ['INITIAL RESALE'] },
      { text: 'PRODUCTS: | The Harrowgate M200 Flow Meter', kind: 'table-row', section: ['INITIAL RESALE'] },
    );
    expect(terms.expiration?.value).toBe('2011-08-31');
  });

  it('reads the same row the same way when the label is typed on one line', () => {
    const terms = termsOf(
      { text: opening, kind: 'heading' },
      parties,
      { text: 'INITIAL RESALE PERIOD: March 1, 2011 through August 31, 2011 (6 Months from the Effective Date)', kind: 'paragraph' },
    );
    expect(terms.expiration?.value).toBe('2011-08-31');
  });

  it('does not join a block above that is not a label\'s first words (a sentence, a number)', () => {
    const terms = termsOf(
      { text: opening, kind: 'heading' },
      parties,
      { text: 'Pricing is set out in Schedule 2.', kind: 'paragraph' },
      { text: 'PERIOD: | March 1, 2011 through August 31, 2011', kind: 'table-row' },
    );
    expect(terms.expiration).toBeUndefined();
  });

  it('does not read a wrapped label that names no term ("SHIPPING WINDOW: …")', () => {
    const terms = termsOf(
      { text: opening, kind: 'heading' },
      parties,
      { text: 'FIRST SHIPPING', kind: 'heading' },
      { text: 'WINDOW: | March 1, 2011 through August 31, 2011', kind: 'table-row', section: ['FIRST SHIPPING'] },
    );
    expect(terms.expiration).toBeUndefined();
  });
});
