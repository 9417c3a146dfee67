/**
 * Titles as contracts head them: a limited liability company or limited partnership agreement, whose "LIMITED" is no
 * legal form ending a name glued before the title; a heading with a slip in "AGREEMENT", kept as written; and the common
 * layouts kept as guards (two heading lines, an exhibit number, "FORM OF", a definition after the name).
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const titleOf = (entries: readonly Entry[]): unknown => extractKeyTerms(makeDoc(entries)).terms.title?.value;
const heading = (text: string): Entry => ({ text, kind: 'heading' });
const opening = 'This Agreement is made as of May 1, 2014 by and between Saltmarsh Ventures, L.P. ("Saltmarsh") and Upland Orchards Inc. ("Upland").';
const titled = (...head: string[]): Entry[] => [...head.map(heading), opening, { text: '1. Term. This Agreement continues for two years.', clause: '1' }];

describe('"LIMITED" naming the kind of body', () => {
  it('an amended and restated limited liability company agreement keeps its whole name', () => {
    expect(titleOf(titled('SECOND AMENDED AND RESTATED LIMITED LIABILITY COMPANY AGREEMENT'))).toBe('SECOND AMENDED AND RESTATED LIMITED LIABILITY COMPANY AGREEMENT');
  });
  it('as does a limited partnership deed', () => {
    expect(titleOf(titled('AMENDED AND RESTATED LIMITED PARTNERSHIP DEED'))).toBe('AMENDED AND RESTATED LIMITED PARTNERSHIP DEED');
  });
  it('a name ending in "LIMITED" glued before the title is still cut off (a guard)', () => {
    expect(titleOf(titled('HOLLINS TRADING LIMITED DISTRIBUTION AGREEMENT'))).toBe('DISTRIBUTION AGREEMENT');
  });
});

describe('a slip in "AGREEMENT"', () => {
  it('two letters swapped: the heading is the title, as written', () => {
    expect(titleOf(titled('MARKETING AGREEMNET'))).toBe('MARKETING AGREEMNET');
  });
  it('a letter dropped, in title case', () => {
    expect(titleOf(titled('Software Reseller Agrement'))).toBe('Software Reseller Agrement');
  });
  it('a word that merely starts like it is no title (a guard)', () => {
    expect(titleOf(titled('AGRICULTURAL PRODUCE'))).toBe('Agreement');
  });
});

describe('an agreement that names itself noun first in its opening words', () => {
  const body: Entry = { text: '1. Price. The price is payable at closing.', clause: '1' };
  it('in capitals, with its definition after the name', () => {
    expect(titleOf(['THIS AGREEMENT OF PURCHASE AND SALE (this "Agreement") is made as of May 1, 2014 by and between Saltmarsh Ventures, L.P. ("Seller") and Upland Orchards Inc. ("Buyer").', body])).toBe('AGREEMENT OF PURCHASE AND SALE');
  });
  it('in ordinary case, before "is dated"', () => {
    expect(titleOf(['This Contract for Cleaning Services is dated 3 March 2016 and made between Saltmarsh Ventures, L.P. ("Client") and Upland Orchards Inc. ("Contractor").', body])).toBe('Contract for Cleaning Services');
  });
  it('another agreement the opening cites by name is not its title (a guard)', () => {
    expect(titleOf(['This Amendment No. 1 to the Agreement of Merger dated June 2, 2015 is made between Saltmarsh Ventures, L.P. ("Parent") and Upland Orchards Inc. ("Target").', body])).toBeUndefined();
  });
});

describe('common title layouts (guards)', () => {
  it('a title over two heading lines', () => {
    expect(titleOf(titled('MASTER EQUIPMENT', 'LEASE AGREEMENT'))).toBe('MASTER EQUIPMENT LEASE AGREEMENT');
  });
  it('"AMENDED AND RESTATED" on a line of its own', () => {
    expect(titleOf(titled('AMENDED AND RESTATED', 'DISTRIBUTION AGREEMENT'))).toBe('AMENDED AND RESTATED DISTRIBUTION AGREEMENT');
  });
  it('an exhibit number above the title', () => {
    expect(titleOf(titled('EXHIBIT 10.1', 'SUPPLY AGREEMENT'))).toBe('SUPPLY AGREEMENT');
  });
  it('an exhibit number on the title\'s line', () => {
    expect(titleOf(titled('Exhibit 10.14 SUPPLY AGREEMENT'))).toBe('SUPPLY AGREEMENT');
  });
  it('"FORM OF" stays, as the labels write it', () => {
    expect(titleOf(titled('FORM OF', 'WARRANT PURCHASE AGREEMENT'))).toBe('FORM OF WARRANT PURCHASE AGREEMENT');
  });
  it('a confidentiality legend above the title', () => {
    expect(titleOf(titled('CONFIDENTIAL TREATMENT REQUESTED', 'SOFTWARE LICENSE AGREEMENT'))).toBe('SOFTWARE LICENSE AGREEMENT');
  });
  it('no heading: the name the opening sentence defines', () => {
    const entries: Entry[] = ['This Equipment Lease Agreement (the "Agreement") is made as of May 1, 2014 by and between Saltmarsh Ventures, L.P. ("Lessor") and Upland Orchards Inc. ("Lessee").', { text: '1. Term. The lease runs two years.', clause: '1' }];
    expect(titleOf(entries)).toBe('Equipment Lease Agreement');
  });
  it('an amendment numbered over the agreement it amends', () => {
    expect(titleOf(titled('AMENDMENT NO. 2 TO', 'LICENSE AGREEMENT'))).toBe('AMENDMENT NO. 2 TO LICENSE AGREEMENT');
  });
});
