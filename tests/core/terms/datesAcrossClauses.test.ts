import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: 'heading' | 'paragraph' | 'table-row'; clause?: string };
const terms = (...body: Entry[]) => extractKeyTerms(makeDoc([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, ...body])).terms;

/** Enough body that the opening and the signatures are not one short page. */
const clauses: Entry[] = [
  { text: '1. Supply. Seller shall supply the Goods that Buyer orders from time to time, in the quantities each order states.', clause: '1' },
  { text: '2. Price. Buyer shall pay the prices in Schedule 1 within thirty (30) days of each invoice.', clause: '2' },
  { text: '3. Quality. Seller shall make the Goods to the Specifications and keep records of every batch for three years.', clause: '3' },
];

describe('dates of making read from the signature lines (contracts written for the rule)', () => {
  it('reads a date set in a cell of its own beside a signature', () => {
    const t = terms(
      'THIS SUPPLY AGREEMENT is made by and between Ostrea Foods, Inc. ("Buyer") and Pell Mill Co. ("Seller").',
      ...clauses,
      'IN WITNESS WHEREOF, the parties sign this Agreement intending to be legally bound.',
      { text: '/s/ Rhea Quill | 9/14/21', kind: 'table-row' },
      { text: '/s/ Sol Tarn | 9/16/21', kind: 'table-row' },
    );
    expect(t.agreementDate?.value).toBe('2021-09-16');
  });

  it('takes the contract’s dated signature block when an undated exhibit signed on its own comes last', () => {
    const t = terms(
      'THIS SUPPLY AGREEMENT is made by and between Ostrea Foods, Inc. ("Buyer") and Pell Mill Co. ("Seller").',
      ...clauses,
      'IN WITNESS WHEREOF, the parties have executed this Agreement as of the last date below.',
      { text: 'Ostrea Foods, Inc. | Pell Mill Co.', kind: 'table-row' },
      { text: '3-02-2022 | 3-04-22', kind: 'table-row' },
      { text: 'EXHIBIT 2 QUALITY AGREEMENT', kind: 'heading' },
      'This Quality Agreement sets out how Seller releases each batch of the Goods and how Buyer reports a defect it finds on delivery.',
      'IN WITNESS WHEREOF, the parties have executed this Quality Agreement as of the Effective Date.',
      { text: 'By: | By:', kind: 'table-row' },
    );
    expect(t.agreementDate?.value).toBe('2022-03-04');
  });

  it('without IN WITNESS, reads the date lines of a signature page set before the exhibits', () => {
    const t = terms(
      'THIS SUPPLY AGREEMENT (this "Agreement") is made and entered into as of the latest date referenced on the signature page below (the "Effective Date"), by and between Ostrea Foods, Inc. ("Buyer") and Pell Mill Co. ("Seller").',
      ...clauses,
      { text: '4. Term. The term of this Agreement shall commence on the Effective Date and remain in effect for five (5) years (the "Initial Term").', clause: '4' },
      // A long body: the signature page stands well past the opening.
      ...Array.from({ length: 30 }, (_, i) => ({ text: `${i + 5}. Delivery ${i + 1}. Seller shall deliver lot ${i + 1} of the Goods to the warehouse Buyer names, packed as the Specifications require.`, clause: `${i + 5}` })),
      { text: 'OSTREA FOODS, INC.', kind: 'heading' },
      { text: 'By: /s/ Rhea Quill', kind: 'heading' },
      { text: 'Date: June 3, 2010', kind: 'heading' },
      { text: 'PELL MILL CO.', kind: 'heading' },
      { text: 'By: /s/ Sol Tarn', kind: 'heading' },
      { text: 'Date: June 7, 2010', kind: 'heading' },
      { text: 'EXHIBIT A DESCRIPTION OF THE GOODS', kind: 'heading' },
      // An exhibit longer than a signature block, so the end of the document holds no signatures.
      ...Array.from({ length: 20 }, (_, i) => `Grade ${i + 1}: oats milled to the grade in the Specifications and packed in lined sacks of twenty-five kilograms, delivered to the warehouse Buyer names.`),
    );
    expect(t.agreementDate?.value).toBe('2010-06-07');
    expect(t.effectiveDate?.value).toBe('2010-06-07');
    expect(t.expiration?.value).toBe('2015-06-07');
  });
});

describe('dates of other agreements are not the date of making (contracts written for the rule)', () => {
  it('an amendment is made on its own date, not on the date of the agreement it amends', () => {
    const t = terms('This Second Amendment ("Amendment") to the Supply and Packing Agreement dated May 2, 2016 between Ostrea Foods, Inc. ("Buyer") and Pell Mill Co. ("Seller") (the "Agreement") is made this 9 day of October 2019.', ...clauses);
    expect(t.agreementDate?.value).toBe('2019-10-09');
    const u = terms('This Amendment No. 1 (the "Amendment"), entered into by and between Ostrea Foods, Inc. ("Buyer") and Pell Mill Co. ("Seller"), is effective as of October 9, 2019 and amends that certain Supply Agreement between Buyer and Seller dated May 2, 2016 (the "Agreement").', ...clauses);
    expect(u.agreementDate?.value).toBe('2019-10-09');
  });

  it('passes over the dates of agreements a clause acts under, names with commas and a pair of parties included', () => {
    const t = terms(
      'SUPPLY AGREEMENT SUMMARY',
      'Buyer: Ostrea Foods, Inc. Seller: Pell Mill Co.',
      { text: '1. Term. The Term shall commence and end on the dates set forth in this Summary, but in no event shall the Term extend beyond the term of the Land Use Agreement by and between the Harbor Board and Pell Mill Co. dated as of February 1, 2000.', clause: '1' },
      { text: '2. Works. Seller shall keep the mill in good repair under the Engineering, Procurement and Construction Agreement dated March 30, 2001 (the "EPC Agreement").', clause: '2' },
      ...clauses,
      { text: 'Date: 4/21/08 | Date: 4/18/08', kind: 'table-row' },
    );
    expect(t.agreementDate?.value).toBe('2008-04-21');
  });
});

describe('the opening paragraph, read whole (contracts written for the rule)', () => {
  it('reads on through an address or a registered name the sentence splitter cut at its dots', () => {
    const t = terms('This Agreement is made and entered into by and between 40112 B.C. Ltd. dba Pell Mill, having an office at Str. Morii Nr. 11, Bl. D, Apt. 43, Constanta, Romania ("Seller") and Ostrea Foods SRL ("Buyer") as of the 1s t day of June, 2004.', ...clauses);
    expect(t.agreementDate?.value).toBe('2004-06-01');
  });

  it('never takes a date from a clause further on that only mentions the agreement', () => {
    const t = terms(
      'THIS SUPPLY AGREEMENT (this "Agreement") is made and entered into as of the date of the last signature below, by and between Ostrea Foods, Inc. ("Buyer") and Pell Mill Co. ("Seller").',
      { text: 'RECITALS', kind: 'heading' },
      'A. Seller mills grain at its plant in Vell.',
      'B. Buyer wishes to buy milled grain from Seller.',
      { text: 'ARTICLE 1', kind: 'heading' },
      { text: '1.1 Supply. Seller shall supply the Goods in accordance with this Agreement and the orders Buyer places after September 30, 2009, when Seller’s new line opens.', clause: '1.1' },
    );
    expect(t.agreementDate).toBeUndefined();
  });
});

describe('effective dates: a formula dates nothing, a term from a date does (contracts written for the rule)', () => {
  it('gives no effective date for "effective as of the date hereof" unless the date is named', () => {
    const opening = 'THIS SUPPLY AGREEMENT is made as of March 2, 2015 by and between Ostrea Foods, Inc. ("Buyer") and Pell Mill Co. ("Seller").';
    const t = terms(opening, ...clauses, { text: '9. This Agreement is effective as of the date hereof and shall remain in full force and effect until terminated by either party.', clause: '9' });
    expect(t.agreementDate?.value).toBe('2015-03-02');
    expect(t.effectiveDate).toBeUndefined();
    const u = terms(opening, ...clauses, { text: '9. The term of this Agreement shall commence on the date hereof (the "Commencement Date") and continue for two (2) years.', clause: '9' });
    expect(u.effectiveDate?.value).toBe('2015-03-02');
  });

  it('reads "the Effective Date of this Agreement" as the defined date, not the date of the agreement', () => {
    const t = terms(
      'THIS SUPPLY AGREEMENT is dated 05/05/98 and made by and between Ostrea Foods, Inc. ("Buyer") and Pell Mill Co. ("Seller").',
      ...clauses,
      { text: '"Effective Date" shall mean the time when the Parties have confirmed in writing that every approval of a Governmental Authority has been obtained.', clause: '4' },
      { text: 'b) | Seller will make an offer of employment to the Employees, to be effective on the Effective Date of this Agreement.', kind: 'table-row' },
    );
    expect(t.agreementDate?.value).toBe('1998-05-05');
    expect(t.effectiveDate).toBeUndefined();
  });

  it('dates the contract from the start of its term or contract period', () => {
    const t = terms(
      'THIS ENDORSEMENT AGREEMENT, made and entered into as of March 2, 2015, by and between Ostrea Foods, Inc. ("Company") and Pell Sports LLC ("Licensor").',
      ...clauses,
      { text: '"Contract Period" shall mean that period of time commencing on April 1, 2015 and concluding March 31, 2018, unless terminated sooner as provided herein.', clause: '4' },
    );
    expect(t.effectiveDate?.value).toBe('2015-04-01');
    expect(t.expiration?.value).toBe('2018-03-31');
    const u = terms('This is a hosting agreement between Ostrea Foods and Pell Hosting. The effective term is 12 months beginning March 1, 2005 and ending February 28, 2006.', ...clauses);
    expect(u.effectiveDate?.value).toBe('2005-03-01');
    // A payment period that starts on a date is not the contract's term.
    const v = terms('THIS SUPPLY AGREEMENT is made by and between Ostrea Foods, Inc. ("Buyer") and Pell Mill Co. ("Seller").', ...clauses, { text: '"Calendar Quarter" shall mean each period of three months commencing on January 1, April 1, July 1 and October 1.', clause: '5' });
    expect(v.effectiveDate).toBeUndefined();
  });
});
