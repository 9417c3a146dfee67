/**
 * Parties given on a cover page or in a label block rather than in an opening sentence: "Parties:"
 * lines and rows, and the role labels loan, assignment and transfer documents use, and drafts
 * translated from Chinese ("First Party:", "Transferor (Party A):"). Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = Parameters<typeof makeDoc>[0][number];
const partiesOf = (...head: Entry[]) =>
  extractKeyTerms(makeDoc([{ text: 'FACILITY AGREEMENT', kind: 'heading' }, ...head, { text: 'The parties agree to the terms below.', clause: '1' }])).terms.parties?.value as Party[] | undefined;

describe('parties after a "Parties" label on the same line', () => {
  it('reads "Parties: A and B" and a "PARTIES | A | B" row', () => {
    expect(partiesOf('Parties: Harrow Data, Inc. and Ilex Freight LLC')?.map((p) => p.name)).toEqual(['Harrow Data, Inc.', 'Ilex Freight LLC']);
    expect(partiesOf({ text: 'PARTIES | Harrow Data, Inc. | Ilex Freight LLC', kind: 'table-row' })?.map((p) => p.name)).toEqual(['Harrow Data, Inc.', 'Ilex Freight LLC']);
  });

  it('reads no party from a line that only mentions them', () => {
    expect(partiesOf('The parties to the loan are listed in the schedule.')).toBeUndefined();
  });
});

describe('role labels of loans, assignments, transfers and translated drafts', () => {
  it('reads "Lender:" / "Borrower:", "Assignor:" / "Assignee:", "Grantor:" / "Grantee:", also after "THE"', () => {
    expect(partiesOf('Lender: Harrow Capital Partners, L.P.', 'Borrower: Ilex Freight LLC')).toEqual([
      { name: 'Harrow Capital Partners, L.P.', role: 'Lender' },
      { name: 'Ilex Freight LLC', role: 'Borrower' },
    ]);
    expect(partiesOf('Assignor: Harrow Data, Inc.', 'Assignee: Ilex Freight LLC')?.map((p) => p.role)).toEqual(['Assignor', 'Assignee']);
    expect(partiesOf('Grantor: Harrow Land Trust', 'Grantee: Ilex Freight LLC')?.map((p) => p.role)).toEqual(['Grantor', 'Grantee']);
    expect(partiesOf('THE LENDER: HARROW CAPITAL PARTNERS, L.P.', 'THE BORROWER: ILEX FREIGHT LLC')?.map((p) => p.name)).toEqual(['HARROW CAPITAL PARTNERS, L.P.', 'ILEX FREIGHT LLC']);
  });

  it('reads "First Party:" / "Second Party:", "Party 1:" / "Party 2:" and "Transferor (Party A):"', () => {
    expect(partiesOf('First Party: Qingfeng Solar Technology Co., Ltd.', 'Second Party: Westlake Glass Manufacturing Co., Ltd.')?.map((p) => p.role)).toEqual(['First Party', 'Second Party']);
    expect(partiesOf('Party 1: Harrow Data, Inc.', 'Party 2: Ilex Freight LLC')?.map((p) => p.name)).toEqual(['Harrow Data, Inc.', 'Ilex Freight LLC']);
    expect(partiesOf('Transferor (Party A): Qingfeng Solar Technology Co., Ltd.', 'Transferee (Party B): Westlake Glass Manufacturing Co., Ltd.')?.map((p) => p.name)).toEqual([
      'Qingfeng Solar Technology Co., Ltd.',
      'Westlake Glass Manufacturing Co., Ltd.',
    ]);
  });
});
