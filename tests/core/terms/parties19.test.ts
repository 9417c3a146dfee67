/**
 * Parties as a text file gives them where the layout that set them apart is lost: a cover table's row run together on
 * one line, and a signature block whose name is in capitals but its legal form in ordinary case. Every contract here
 * is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const partiesOf = (entries: readonly Entry[]): Party[] | undefined => extractKeyTerms(makeDoc(entries)).terms.parties?.value as Party[] | undefined;

describe('a cover table whose row a text file ran together on one line', () => {
  const cover = (row: string): Entry[] => [
    { text: 'DEALER AGREEMENT', kind: 'heading' },
    { text: 'AGREEMENT NUMBER: 77-310', kind: 'heading' },
    { text: row, kind: 'heading' },
    { text: '14 QUARRY LANE ADDRESS: 501 HARBOR WAY', kind: 'heading' },
    'THE EFFECTIVE DATE OF THIS DEALER AGREEMENT SHALL BE: June 3, 2022',
    { text: '1. Dealer shall market the products of Quillon in the Territory.', clause: '1' },
  ];
  it('gives each cell\'s party, split after the short name in parentheses', () => {
    expect(partiesOf(cover('QUILLON SYSTEMS CORPORATION ("QUILLON") "DEALER" MARROW PARTS CORPORATION'))).toEqual([
      { name: 'QUILLON SYSTEMS CORPORATION', role: 'QUILLON' },
      { name: 'MARROW PARTS CORPORATION', role: 'DEALER' },
    ]);
  });
  it('also when the short name lost its closing quote', () => {
    expect(partiesOf(cover('QUILLON SYSTEMS CORPORATION ("QUILLON) "DEALER" MARROW PARTS CORPORATION'))?.map((p) => p.name)).toEqual(['QUILLON SYSTEMS CORPORATION', 'MARROW PARTS CORPORATION']);
  });
  it('is not a line whose second piece is no whole name', () => {
    const terms = partiesOf(cover('QUILLON SYSTEMS CORPORATION ("QUILLON") DEALER PRICES APPLY FROM JUNE'));
    expect(terms?.map((p) => p.name) ?? []).not.toContain('DEALER PRICES APPLY FROM JUNE');
  });
  it('is not a row of names over their signature lines', () => {
    const rows: Entry[] = [
      { text: 'DEALER AGREEMENT', kind: 'heading' },
      { text: 'QUILLON SYSTEMS CORPORATION ("QUILLON") "DEALER" MARROW PARTS CORPORATION', kind: 'heading' },
      'By: /s/ Ann Lee By: /s/ Bo Park',
    ];
    expect(partiesOf(rows)).toBeUndefined();
  });
});

describe('a signature block with the name in capitals and its legal form in ordinary case', () => {
  const body = (signatures: string): Entry[] => [
    { text: 'STATEMENT OF WORK', kind: 'heading' },
    'This Statement of Work is issued under the agreement between Developer and Client on the Effective Date.',
    { text: '1. Developer shall build the application described in Appendix A.', clause: '1' },
    { text: `2. Client accepts the terms of this Statement of Work. IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date. ${signatures}`, clause: '2' },
    'Acceptance by Client: LARKSPUR FOODS INC. By: /s/ Cy Moss Cy Moss, Director',
  ];
  it('reads the name with its form', () => {
    expect(partiesOf(body('Acceptance by Developer TIDEWATER CODE WORKS, Inc. By: /s/ Ann Lee Ann Lee, VP'))?.map((p) => p.name)).toEqual(['TIDEWATER CODE WORKS, Inc.', 'LARKSPUR FOODS INC.']);
  });
  it('also with "Ltd."', () => {
    expect(partiesOf(body('Acceptance by Developer TIDEWATER CODE WORKS Ltd. By: /s/ Ann Lee Ann Lee, VP'))?.map((p) => p.name)).toEqual(['TIDEWATER CODE WORKS Ltd.', 'LARKSPUR FOODS INC.']);
  });
  it('takes no name of a form after words in ordinary case', () => {
    // "Works, Inc." after words in ordinary case: no name in capitals, so only the other block's party is read.
    expect(partiesOf(body('Acceptance by Developer Tidewater Code Works, Inc. By: /s/ Ann Lee Ann Lee, VP'))).toBeUndefined();
  });
});

describe('one party named as two bodies joined by a slash', () => {
  const opening = (second: string): Entry[] => [
    { text: 'Promotion Agreement', kind: 'heading' },
    `This Agreement is effective as of May 2, 2021 by and between Harrow Fields, Inc., located at 1 Elm Street, Reno, NV 89501 (hereinafter "HFI"), and ${second} located at 9 Oak Road, Reno, NV 89502 (hereinafter "Tallis").`,
    { text: '1. HFI grants Tallis a licence to use its name in the Promotion.', clause: '1' },
  ];
  it('keeps both bodies in the one name', () => {
    expect(partiesOf(opening('Tallis Group, LLC / Tallis Labs, Inc.'))).toEqual([
      { name: 'Harrow Fields, Inc.', role: 'HFI' },
      { name: 'Tallis Group, LLC / Tallis Labs, Inc.', role: 'Tallis' },
    ]);
  });
  it('also in capitals', () => {
    expect(partiesOf(opening('TALLIS GROUP, LLC / TALLIS LABS, INC.'))?.map((p) => p.name)).toEqual(['Harrow Fields, Inc.', 'TALLIS GROUP, LLC / TALLIS LABS, INC.']);
  });
  it('leaves a name with one body as it was', () => {
    expect(partiesOf(opening('Tallis Group, LLC'))?.map((p) => p.name)).toEqual(['Harrow Fields, Inc.', 'Tallis Group, LLC']);
  });
});
