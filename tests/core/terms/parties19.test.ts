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
