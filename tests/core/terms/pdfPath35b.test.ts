/**
 * Key terms a PDF's layout or a typed slip could lose: a table's label cell wrapped over two lines
 * (its first words read as a block of their own), and signatures dated years before the date the
 * contract says it was made. Invented documents, built block by block as a PDF reads them.
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

describe('signatures dated years before the contract was made', () => {
  const body = (signed: string) => [
    { text: 'Consulting Agreement', kind: 'heading' as const },
    'This Consulting Agreement ("Agreement"), entered into on June 12th, 2017 by and between Marrow Lane Advisers Ltd ("Adviser") and Quillon Biotech LLC ("Client").',
    '2.1 This Agreement shall take effect on the date of signature of the Agreement by both parties and shall continue until the services are complete.',
    { text: 'Adviser | Client', kind: 'table-row' as const },
    { text: 'Signature /s/ Ada Rook | Signature /s/ Ben Tull', kind: 'table-row' as const },
    { text: `Date ${signed} | Date | ${signed}`, kind: 'table-row' as const },
  ];

  it('takes the date of making when the signatures are dated ten years before it', () => {
    const terms = termsOf(...body('12/06/2007'));
    expect(terms.effectiveDate?.value).toBe('2017-06-12');
  });

  it('takes the signatures\' date when they are dated after the date of making', () => {
    const terms = termsOf(...body('20/06/2017'));
    expect(terms.effectiveDate?.value).toBe('2017-06-20');
  });

  it('takes the signatures\' date when they are dated a few weeks before it', () => {
    const terms = termsOf(...body('30/05/2017'));
    expect(terms.effectiveDate?.value).toBe('2017-05-30');
  });
});
