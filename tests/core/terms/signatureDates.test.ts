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
  it('reads the Date: fields of a signature block run into one paragraph', () => {
    const opening = 'THIS RESELLER AGREEMENT ("Agreement") is entered into as of the Effective Date by and between Quarry Net Inc. ("Quarry") and Rill Mobile LLC ("Rill").';
    const runOn = 'Quarry Net Inc. By: /s/ Ada Lind Name: Ada Lind Title: Chief Executive Officer Date: June 25, 2009 Rill Mobile LLC By: /s/ Bo Marsh Name: Bo Marsh Title: Managing Member Date: June 29, 2009 and the parties further acknowledge that this page may be delivered electronically and in counterparts, each an original.';
    // In the IN WITNESS paragraph itself, or in the paragraph after it.
    expect(terms(opening, `IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date. ${runOn}`).agreementDate?.value).toBe('2009-06-29');
    expect(terms(opening, 'IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.', runOn).agreementDate?.value).toBe('2009-06-29');
    // A long paragraph with one signer's fields is prose, not a signature block.
    expect(terms(opening, 'IN WITNESS WHEREOF, the parties have executed this Agreement.', `${'The Reseller shall report its sales each quarter. '.repeat(6)}Name: the Reseller's contact. Date: June 29, 2009.`).agreementDate).toBeUndefined();
  });

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

describe('dates left blank in a template or filed copy (contracts written for the rule)', () => {
  it('reports blank agreement and effective dates, and an end counted from a blank start as blank', () => {
    const t = terms(
      'This Collaboration Agreement ("Agreement"), effective as of June , 2010 (the "Effective Date"), is entered into by and between Alder Therapeutics, Inc. ("Alder") and Birch Pharma Co. ("Birch").',
      { text: 'This Agreement shall have a term of four (4) years from the Effective Date.', clause: '12.1' },
    );
    expect([t.agreementDate?.value, t.agreementDate?.blank]).toEqual(['June , 2010', true]);
    expect(t.effectiveDate?.blank).toBe(true);
    expect(t.expiration?.blank).toBe(true);
    expect(t.expiration?.value).toMatch(/\+ 4 years$/);
    const y = terms('AGREEMENT made as of , 2013, between Cedar Mortgage Corp. ("Cedar") and Dogwood Investment Corp. ("Dogwood").');
    expect([y.agreementDate?.value, y.agreementDate?.blank]).toEqual([', 2013', true]);
    const d = terms('THIS AGREEMENT, made as of the 1st day of December, (the "Effective Date") by and between Elm Media Inc. ("Elm") and Fir Sound Ltd. ("Fir").');
    expect(d.agreementDate?.blank).toBe(true);
    expect(d.effectiveDate?.blank).toBe(true);
  });

  it('reads an effective-date definition past an abbreviation, but never a full date as blank', () => {
    const t = terms(
      'THIS JOINT VENTURE AGREEMENT is made by and between Gorse Bio Inc. ("Gorse") and Heath Labs LLC ("Heath").',
      '"EFFECTIVE DATE" means 12:01 a.m. Eastern Standard Time on March 3, 2003.',
    );
    expect(t.effectiveDate?.value).toBe('2003-03-03');
    const f = terms('This Service Agreement is entered into on April 1, 2019 ("Effective Date") by and between Ivy Apps Ltd. ("Ivy") and Juniper Media Co. ("Juniper").');
    expect([f.effectiveDate?.value, f.effectiveDate?.blank]).toEqual(['2019-04-01', undefined]);
  });
});
