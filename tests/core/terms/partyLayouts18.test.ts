/**
 * Openings that name their parties without "between": each party with its address and a short name in parentheses
 * ("… OF 12 PARK ROAD, IRVINE, CALIFORNIA 92614 (ACME) certifies …"), or a cover table that gives each party a cell of
 * one row. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const partiesOf = (entries: readonly Entry[]): Party[] | undefined => extractKeyTerms(makeDoc(entries)).terms.parties?.value as Party[] | undefined;

describe('parties named with their addresses and short names, no "between"', () => {
  const opening =
    'HALDEN FIELD SERVICES OF 410 MARKET STREET, SUITE 3, FRESNO, CALIFORNIA 93721 (HALDEN) certifies that the Products furnished under this agreement by CORVEX INSTRUMENTS, INC. OF 88 RIDGE ROAD, TULSA, OKLAHOMA 74103 (CORVEX) will be resold by HALDEN with its own systems.';
  const body = [{ text: '2. HALDEN shall buy the Products from CORVEX at the prices in Schedule 1.', clause: '2' }, { text: '3. CORVEX may end the appointment of HALDEN on notice.', clause: '3' }];
  it('are the parties, with their short names', () => {
    expect(partiesOf(['RESALE AGREEMENT', '1. CERTIFICATION:', opening, ...body])).toEqual([
      { name: 'HALDEN FIELD SERVICES', role: 'HALDEN' },
      { name: 'CORVEX INSTRUMENTS, INC.', role: 'CORVEX' },
    ]);
  });
  it('also in ordinary case, with the short names quoted', () => {
    const plain = 'Halden Field Services Ltd. of 410 Market Street, Fresno, California 93721 ("Halden") resells the Products made by Corvex Instruments, Inc. of 88 Ridge Road, Tulsa, Oklahoma 74103 ("Corvex") as set out below.';
    expect(partiesOf(['RESALE AGREEMENT', plain, { text: '2. Halden shall buy the Products from Corvex.', clause: '2' }])).toEqual([
      { name: 'Halden Field Services Ltd.', role: 'Halden' },
      { name: 'Corvex Instruments, Inc.', role: 'Corvex' },
    ]);
  });
  it('need two such parties: one address with a place in brackets is not an opening', () => {
    expect(partiesOf(['RESALE AGREEMENT', 'Deliveries go to the depot of 12 Mill Lane, Leeds (UK) each Monday.', { text: '2. The Reseller shall pay on delivery.', clause: '2' }])).toBeUndefined();
  });
});

describe('a cover table with one party to a cell', () => {
  it('gives each party with the role or short name beside it', () => {
    expect(
      partiesOf([
        'RESELLER AGREEMENT',
        'AGREEMENT NUMBER: 2021-118',
        { text: 'ORVANE CORPORATION ("ORVANE) | "RESELLER" TALLIS DATA CORPORATION', kind: 'table-row' },
        { text: '12 PEAK DRIVE | ADDRESS: 9 SHORE ROAD', kind: 'table-row' },
        'THE EFFECTIVE DATE OF THIS RESELLER AGREEMENT SHALL BE: March 1, 2021',
        { text: '1. Reseller shall market the products of Orvane.', clause: '1' },
      ]),
    ).toEqual([
      { name: 'ORVANE CORPORATION', role: 'ORVANE' },
      { name: 'TALLIS DATA CORPORATION', role: 'RESELLER' },
    ]);
  });
  it('is not a row of names over their signature lines', () => {
    const terms = extractKeyTerms(
      makeDoc([
        'JOINT FILING AGREEMENT',
        'The undersigned agree to the joint filing of a statement on Schedule 13G.',
        { text: 'ORVANE FUND L.P. | TALLIS CAPITAL L.P.', kind: 'table-row' },
        { text: 'By: Orvane GP LLC, its General Partner | By: Tallis GP LLC, its General Partner', kind: 'table-row' },
        { text: 'ORVANE GP LLC | TALLIS GP LLC', kind: 'table-row' },
        { text: 'By: /s/ Ann Lee | By: /s/ Bo Park', kind: 'table-row' },
      ]),
    ).terms.parties?.value as Party[];
    expect(terms.map((p) => p.name)).toEqual(['ORVANE FUND L.P.', 'TALLIS CAPITAL L.P.', 'ORVANE GP LLC', 'TALLIS GP LLC']);
  });
});
