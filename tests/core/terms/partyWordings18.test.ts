/**
 * Drafting habits around the parties that the development contracts show rarely or not at all: a cover and a long
 * table of contents before the opening, the English form's "(1) ACME LIMITED … (Supplier)", a trust known by its
 * deed's date, a deceased person's estate, a name a line break hyphenated. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const partiesOf = (entries: readonly Entry[]): Party[] | undefined => extractKeyTerms(makeDoc(entries)).terms.parties?.value as Party[] | undefined;
const BODY: Entry[] = [{ text: '1.1 The Supplier shall deliver the Goods. The Buyer shall pay for them.', clause: '1.1' }];

describe('a cover, then a long table of contents, then the opening', () => {
  // The contents as a PDF lays them out: a heading to each article, its clauses as short paragraphs.
  const contents: Entry[] = [{ text: 'TABLE OF CONTENTS', kind: 'heading' }];
  for (let i = 1; i <= 45; i++) contents.push({ text: `ARTICLE ${i}`, kind: 'heading' }, `${i}.1`, `Heading of clause ${i}.1.`, `${i}.2`);
  const opening = 'This Development Agreement is made as of May 1, 2020 by and between Arden Logic Inc., a Delaware corporation ("Arden"), and Bellamy Bio Ltd, a Bermuda company ("Bellamy").';
  it('gives the parties with the short names the opening gives them', () => {
    expect(partiesOf(['DEVELOPMENT AGREEMENT between ARDEN LOGIC INC.', 'and BELLAMY BIO LTD', 'Dated as of May 1, 2020', ...contents, { text: 'DEVELOPMENT AGREEMENT', kind: 'heading' }, opening, ...BODY])).toEqual([
      { name: 'Arden Logic Inc.', role: 'Arden' },
      { name: 'Bellamy Bio Ltd', role: 'Bellamy' },
    ]);
  });
  it('also when the cover names them without "between"', () => {
    expect(partiesOf(['DEVELOPMENT AGREEMENT', 'ARDEN LOGIC INC. and BELLAMY BIO LTD', ...contents, opening, ...BODY])).toEqual([
      { name: 'Arden Logic Inc.', role: 'Arden' },
      { name: 'Bellamy Bio Ltd', role: 'Bellamy' },
    ]);
  });
  it('keeps the cover\'s names when the later list names other parties', () => {
    const other = 'The Master Agreement was made between Corrin Ventures Inc. ("Corrin") and Dell Farms LLC ("Dell").';
    expect(partiesOf(['DEVELOPMENT AGREEMENT between ARDEN LOGIC INC.', 'and BELLAMY BIO LTD', ...contents, other, ...BODY])).toEqual([{ name: 'ARDEN LOGIC INC.' }, { name: 'BELLAMY BIO LTD' }]);
  });
});

describe('the English form of the parties clause', () => {
  it('reads the role in a parenthesis without quotes at the end of each entry', () => {
    expect(
      partiesOf([
        'SUPPLY AGREEMENT',
        'THIS AGREEMENT is dated 4 March 2021',
        'PARTIES',
        '(1) ARDEN LOGIC LIMITED incorporated and registered in England and Wales with company number 01234567 whose registered office is at 1 High Street, Leeds (Supplier).',
        '(2) BELLAMY FOODS LIMITED incorporated and registered in England and Wales with company number 07654321 whose registered office is at 2 Low Road, York (Buyer).',
        'BACKGROUND',
        '(A) The Supplier makes goods.',
        ...BODY,
      ]),
    ).toEqual([
      { name: 'ARDEN LOGIC LIMITED', role: 'Supplier' },
      { name: 'BELLAMY FOODS LIMITED', role: 'Buyer' },
    ]);
  });
});

describe('parties that are not companies', () => {
  it('a trust known by the date of its deed', () => {
    expect(partiesOf(['LOAN AGREEMENT', 'This Loan Agreement is made between the Benning Family Trust u/a/d June 1, 2001 (the "Trust"), and Arden Logic Inc. ("Borrower").', ...BODY])).toEqual([
      { name: 'Benning Family Trust', role: 'Trust' },
      { name: 'Arden Logic Inc.', role: 'Borrower' },
    ]);
  });
  it("a deceased person's estate acting through its executor", () => {
    expect(partiesOf(['SETTLEMENT AGREEMENT', 'This Settlement Agreement is made between the Estate of Harold P. Benning, by and through Anne Benning, its executor ("Estate"), and Arden Logic Inc. ("Arden").', ...BODY])).toEqual([
      { name: 'Estate of Harold P. Benning', role: 'Estate' },
      { name: 'Arden Logic Inc.', role: 'Arden' },
    ]);
  });
});

describe('a name that a line break hyphenated', () => {
  it('is written without the space the text file left after the hyphen', () => {
    expect(partiesOf(['SERVICES CONTRACT', 'The Client: Arden Logic Inc. (hereinafter referred to as Party A) and the Designer: Lin Wei- Ming Design Studio Co., Ltd. (hereinafter referred to as Party B) agree as follows.', ...BODY])).toEqual([
      { name: 'Arden Logic Inc.', role: 'Party A' },
      { name: 'Lin Wei-Ming Design Studio Co., Ltd.', role: 'Party B' },
    ]);
  });
});
