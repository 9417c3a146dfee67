/**
 * Titles of documents with no heading: a letter agreement, which names itself in lower case in its first sentence, and
 * a deed, which names itself noun first ("THIS DEED OF COVENANT is made …").
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const titleOf = (entries: readonly Entry[]): unknown => extractKeyTerms(makeDoc(entries)).terms.title?.value;
const head: Entry[] = ['HARROWGATE CAPITAL PARTNERS, L.P. 400 Lexington Avenue New York, New York 10017', { text: 'April 14, 2021', kind: 'heading' }, 'Mr. Desmond Pryce Fenwick Orchard Holdings LLC 12 Main Street Hartford, Connecticut 06103', 'Dear Mr. Pryce:'];

describe('a letter agreement without a heading', () => {
  it('is titled by the name it gives itself', () => {
    expect(titleOf([...head, 'This letter agreement (this "Agreement") sets forth the terms on which Harrowgate Capital Partners, L.P. ("Harrowgate") will advise Fenwick Orchard Holdings LLC (the "Company").'])).toBe('Letter Agreement');
  });
  it('also when it names itself after a reference line', () => {
    expect(titleOf([...head, 'Re: Advisory engagement', 'We are pleased to set out in this letter agreement the terms of our engagement.'])).toBe('Letter Agreement');
  });
  it('a heading, where there is one, stays the title (a guard)', () => {
    expect(titleOf([{ text: 'ADVISORY AGREEMENT', kind: 'heading' }, ...head, 'This letter agreement sets forth the terms of our engagement.'])).toBe('ADVISORY AGREEMENT');
  });
  it('a letter that names no agreement has no title (a guard)', () => {
    expect(titleOf([...head, 'We write to confirm our telephone call of last week.'])).toBeUndefined();
  });
});

describe('a deed without a heading', () => {
  const deed = (opening: string): Entry[] => [opening, 'BETWEEN', '(1) ASHGROVE NOMINEES LIMITED (company number 03344556) (the "Covenantor"); and', '(2) WILLOW BANK PLC (the "Beneficiary").', { text: '1. Covenant. The Covenantor covenants to pay.', clause: '1' }];
  it('is titled by its noun-first name', () => {
    expect(titleOf(deed('THIS DEED OF COVENANT is made on 7 July 2020'))).toBe('DEED OF COVENANT');
  });
  it('with two nouns after its "of"', () => {
    expect(titleOf(deed('This Deed of Release and Indemnity is dated 7 July 2020'))).toBe('Deed of Release and Indemnity');
  });
  it('a deed that calls itself only "THIS DEED" is titled so, the words it uses (a guard)', () => {
    expect(titleOf(deed('THIS DEED is dated 1 March 2019 and made'))).toBe('DEED');
  });
  it('an instrument noun after "of" ends the name as before (a guard)', () => {
    expect(titleOf(deed('THIS DEED OF GUARANTEE is dated 4 April 2016 and made'))).toBe('DEED OF GUARANTEE');
  });
});
