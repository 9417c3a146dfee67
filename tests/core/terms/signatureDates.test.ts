import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { signatureDate } from '../../../electron/core/terms/signatureDate';
import { buildTermContext } from '../../../electron/core/terms/termContext';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: 'heading' | 'paragraph' | 'table-row'; clause?: string };
const doc = (...body: Entry[]) => makeDoc([{ text: 'RESELLER AGREEMENT', kind: 'heading' }, ...body]);
const terms = (...body: Entry[]) => extractKeyTerms(doc(...body)).terms;

const signatures: Entry[] = [
  'IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.',
  { text: 'Reseller: | Quarry Net Inc.:', kind: 'table-row' },
  { text: 'By: /s/ Ada Lind | By: /s/ Bo Marsh', kind: 'table-row' },
  { text: '4/24/2018 | 04/25/2018', kind: 'table-row' },
  { text: 'Date | Date', kind: 'table-row' },
];

describe('dates read from the signature block (contracts written for the rule)', () => {
  it('takes the last signature as the date the contract was made and took effect', () => {
    const body: Entry[] = [
      'THIS RESELLER AGREEMENT ("Agreement") is entered into as of the Effective Date by and between Quarry Net Inc. ("Quarry") and Rill Mobile LLC ("Rill").',
      '"Effective Date" means the date of last signature on this Agreement.',
      ...signatures,
      { text: '1. APPOINTMENT', kind: 'heading' },
      'Quarry appoints Rill as a non-exclusive reseller of the Service in the Territory, subject to the terms and conditions of this Agreement, including the fees in the Exhibits, the acceptable use policy and the support terms, which Rill shall pass on to every end user it serves under this Agreement.',
    ];
    expect(signatureDate(buildTermContext(doc(...body)))?.iso).toBe('2018-04-25');
    const t = terms(...body);
    expect(t.agreementDate?.value).toBe('2018-04-25');
    expect(t.effectiveDate?.value).toBe('2018-04-25');
  });

  it('reads the date the IN WITNESS clause itself gives', () => {
    const t = terms(
      'THIS ENDORSEMENT AGREEMENT is made by and between Sorrel Watch Co. ("Company") and Tamsin Vale ("Talent").',
      'Talent shall appear at two Company events each year.',
      'IN WITNESS WHEREOF, the parties hereto have executed this Agreement as of this 4th day of April, 2003.',
      'SORREL WATCH CO. By: /s/ Una West',
    );
    expect(t.agreementDate?.value).toBe('2003-04-04');
  });

  it('dates a contract that "takes effect upon the signatures of both Parties" by the date lines at its end', () => {
    const t = terms(
      'Party A (Shipper): Vesta Parcel Co., Ltd. Party B (Carrier): Wren Haulage Ltd. Party A and Party B enter into this Agreement as follows:',
      '1. Party B shall carry parcels on the routes Party A names.',
      '14. This Agreement takes effect upon the signatures and seals of both Parties in triplicate.',
      { text: 'Party A: Vesta Parcel Co., Ltd. | Party B: Wren Haulage Ltd.', kind: 'table-row' },
      { text: 'Date: December 22, 2014 | Date: December 22, 2014', kind: 'table-row' },
    );
    expect(t.effectiveDate?.value).toBe('2014-12-22');
    expect(t.agreementDate?.value).toBe('2014-12-22');
  });

  it('does not date a contract by its signatures when it says its date is written above, nor from a counterparts clause', () => {
    const t = terms(
      'THIS ALLIANCE AGREEMENT is entered into by and between Yarrow Bio, Inc. ("Yarrow") and Zinnia Labs ("Zinnia") as of the date set forth above (the "Effective Date").',
      'This Agreement may be executed in counterparts and shall become effective when signed by both parties.',
      ...signatures,
    );
    expect(t.agreementDate).toBeUndefined();
    expect(t.effectiveDate).toBeUndefined();
  });
});
