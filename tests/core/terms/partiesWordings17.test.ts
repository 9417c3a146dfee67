/**
 * Parties where the layout differs from the one the rules first met: a short name in single quotes, a cover
 * page that sets "and" on a line of its own, and a term sheet whose table cells a text conversion ran
 * together ("SPONSOR: Name: Acme Grill Phone: …", "SHIPPER ACME S.A. TAX ID …"). Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';
import { perturbationNamed } from '../../eval/perturb';

const BODY = 'Orrin shall supply Vesk. The Supplier and the Distributor shall meet each quarter.';
const partiesOf = (head: readonly string[]): Party[] | undefined =>
  extractKeyTerms(makeDoc([...head, 'WHEREAS, the parties wish to work together.', { text: BODY, clause: '1.1' }])).terms.parties?.value as Party[] | undefined;

describe('a short name in single quotes', () => {
  it('is read as one in double quotes', () => {
    expect(partiesOf(["SUPPLY AGREEMENT This Agreement is made between Orrin Tools Limited, a company registered in England (the 'Supplier') and Vesk Labs Ltd ('Distributor')."])).toEqual([
      { name: 'Orrin Tools Limited', role: 'Supplier' },
      { name: 'Vesk Labs Ltd', role: 'Distributor' },
    ]);
    expect(partiesOf(['SUPPLY AGREEMENT This Agreement is made between Orrin Tools Limited (‘Supplier’) and Vesk Labs Ltd (‘Distributor’).'])).toEqual([
      { name: 'Orrin Tools Limited', role: 'Supplier' },
      { name: 'Vesk Labs Ltd', role: 'Distributor' },
    ]);
  });
});

describe('a cover page', () => {
  it('reads "A" / "and" / "B" on three lines', () => {
    expect(partiesOf(['CONSULTANCY AGREEMENT', '2 MARCH 2021', 'ORRIN TOOLS LIMITED', 'and', 'JANE PELLOW', 'Contents', '1. Interpretation 3'])).toEqual([
      { name: 'ORRIN TOOLS LIMITED' },
      { name: 'JANE PELLOW' },
    ]);
  });
});

describe('a term sheet whose cells were run together', () => {
  it('reads a role heading with its "Name:" row on one line, up to the next label', () => {
    expect(
      partiesOf([
        'SPONSORSHIP AGREEMENT SUMMARY',
        'SPONSOR: Name: Vesk Garden Cafe Phone: 555-0100 Address: 4 Mill Lane, Eastport Attn: Jane Pellow',
        'BENEFITS: Orrin Events LLC ("Orrin") shall give Sponsor the following benefits.',
      ]),
    ).toEqual([
      { name: 'Orrin Events LLC', role: 'Orrin' },
      { name: 'Vesk Garden Cafe', role: 'Sponsor' },
    ]);
  });

  it('reads a role label in capitals and the name after it, to its legal form', () => {
    expect(partiesOf(['FREIGHT CONTRACT SPECIAL TERMS', 'Date March 2, 2021', 'SENDER ORRIN MINING LIMITED', 'TAX ID 12.345.678-9', 'SHIPPER VESK ENERGIA S.A. TAX ID 98.765.432-1'])).toEqual([
      { name: 'ORRIN MINING LIMITED', role: 'Sender' },
      { name: 'VESK ENERGIA S.A.', role: 'Shipper' },
    ]);
  });
});

describe('a party list numbered after a colon', () => {
  it('reads a person by name, the list number and short name apart', () => {
    expect(partiesOf(['CONSULTING AGREEMENT', 'This Agreement is made on June 2, 2021 between:', '(1) Dr. Ann Pellow (the "Consultant"); and', '(2) Orrin Tools, Inc., a Delaware corporation ("Orrin").'])).toEqual([
      { name: 'Dr. Ann Pellow', role: 'Consultant' },
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
    ]);
  });

  it('gives the same parties before and after the parties-numbered rewrite', async () => {
    const text = 'CONSULTING AGREEMENT\n\nThis Agreement is made on June 2, 2021 by and between Ann Pellow ("Pellow") and Orrin Tools, Inc., a Delaware corporation ("Orrin").\n\nWHEREAS, the parties wish to work together.';
    const rewritten = (await perturbationNamed('parties-numbered').apply(text)) as string;
    expect(rewritten).toContain('between:\n\n(1) Ann Pellow ("Pellow"); and\n\n(2) Orrin Tools, Inc.');
    const read = (t: string): Party[] | undefined => partiesOf(t.split('\n\n'));
    expect(read(rewritten)).toEqual(read(text));
    expect(read(rewritten)).toEqual([
      { name: 'Ann Pellow', role: 'Pellow' },
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
    ]);
  });
});

describe('more ways to set out the party list', () => {
  it('reads the role named before the party ("the Supplier, Acme Inc., …")', () => {
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Agreement is made between the Supplier, Orrin Tools Inc., a Delaware corporation, and the Customer, Vesk Labs LLC, an Ohio limited liability company.'])).toEqual([
      { name: 'Orrin Tools Inc.', role: 'Supplier' },
      { name: 'Vesk Labs LLC', role: 'Customer' },
    ]);
  });

  it('drops a list letter or number closed by a bracket only ("a)", "2)")', () => {
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Agreement is made between:', 'a) Orrin Tools Inc., a Delaware corporation ("Orrin"); and', 'b) Vesk Labs LLC, an Ohio limited liability company ("Vesk").'])).toEqual([
      { name: 'Orrin Tools Inc.', role: 'Orrin' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
    ]);
  });
});
