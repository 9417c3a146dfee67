/**
 * Titles set as a heading in sentence case ("Master Subscription agreement", "Software license agreement", "Deed of
 * guarantee"), read as the title when they head the document; clause headings about the agreement ("Entire agreement",
 * "Termination of agreement") are not. Amendments and joinders keep their whole names. Every contract here is written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf } from './titleProbe';

const plain = 'This agreement is made on 2 June 2021 between Alder Ltd ("Alder") and Birch Ltd ("Birch").';
const named = 'This Agreement is made between Alder Inc. ("Alder") and Birch LLC ("Birch").';

describe('a heading in sentence case', () => {
  it('two capitalised words then "agreement"', () => {
    expect(titleOf(['Master Subscription agreement'], named)).toBe('Master Subscription agreement');
  });
  it('only the first word capitalised', () => {
    expect(titleOf(['Software license agreement'], named)).toBe('Software license agreement');
  });
  it('one word before "agreement"', () => {
    expect(titleOf(['Reseller agreement'], named)).toBe('Reseller agreement');
  });
  it('over an opening that names the agreement in lower case', () => {
    expect(titleOf(['Master Hosting agreement'], plain)).toBe('Master Hosting agreement');
  });
  it('a hyphenated word', () => {
    expect(titleOf(['Mutual non-solicitation agreement'], plain)).toBe('Mutual non-solicitation agreement');
  });
  it('two subjects joined by "and"', () => {
    expect(titleOf(['Software licence and support agreement'], plain)).toBe('Software licence and support agreement');
  });
  it('a first word with a hyphen', () => {
    expect(titleOf(['Non-exclusive distribution agreement'], plain)).toBe('Non-exclusive distribution agreement');
  });
  it('after an exhibit number', () => {
    expect(titleOf(['EXHIBIT 10.3', 'Master subscription agreement'], plain)).toBe('Master subscription agreement');
  });
  it('after a confidentiality legend', () => {
    expect(titleOf(['Confidential', 'Consulting agreement'], plain)).toBe('Consulting agreement');
  });
  it('under the letterhead that names the company', () => {
    expect(titleOf(['Alder Ltd', 'Framework agreement'], plain)).toBe('Framework agreement');
  });
  it('a lease', () => {
    expect(titleOf(['Commercial lease'], 'This lease is made on 2 June 2021 between Alder Ltd ("Landlord") and Birch Ltd ("Tenant").')).toBe('Commercial lease');
  });
  it('a joinder', () => {
    expect(titleOf(['Joinder agreement'], 'This Joinder Agreement is made on 2 June 2021 by Penhallow Ventures LLC ("Penhallow") and Tarn Holdings LLC ("Tarn").')).toBe('Joinder agreement');
  });
  it('a deed named noun first', () => {
    expect(titleOf(['Deed of guarantee'], 'This deed is made on 2 June 2021 by Alder Ltd ("Guarantor") in favour of Birch Ltd ("Lender").')).toBe('Deed of guarantee');
  });
  it('a heading the opening names with capitals keeps its own case (a guard)', () => {
    expect(titleOf(['Subscription agreement'], 'This Subscription Agreement (this "Agreement") is entered into between Alder Ltd ("Alder") and Birch Ltd ("Birch").')).toBe('Subscription agreement');
  });
});

describe('clause headings in sentence case are no title (guards)', () => {
  it('"Entire agreement" falls back to the opening\u2019s name', () => {
    expect(titleOf(['Entire agreement'], named)).toBe('Agreement');
  });
  it('"Termination of agreement" gives none', () => {
    expect(titleOf(['Termination of agreement'], 'This letter confirms that the agreement between Alder Ltd ("Alder") and Birch Ltd ("Birch") ends on 2 June 2021.')).toBeUndefined();
  });
  it('"Variation of agreement" gives none', () => {
    expect(titleOf(['Variation of agreement'], 'This amendment is made on 2 June 2021 between Alder Ltd ("Alder") and Birch Ltd ("Birch").')).toBeUndefined();
  });
  it('"This agreement" run over two lines gives none', () => {
    expect(titleOf(['This agreement'], 'is made on 2 June 2021 between Alder Ltd ("Alder") and Ann Lee ("Consultant").')).toBeUndefined();
  });
});

describe('amendments and joinders', () => {
  it('an amendment that names what it amends, in capitals', () => {
    expect(titleOf(['AMENDMENT NO. 2 TO THE SUPPLY AGREEMENT'], 'This Amendment No. 2 to the Supply Agreement (this "Amendment") is entered into as of May 1, 2020 by and between Carrow Paper Mills, Inc. ("Supplier") and Linden Print Co. ("Buyer").')).toBe('AMENDMENT NO. 2 TO THE SUPPLY AGREEMENT');
  });
  it('the same in title case', () => {
    expect(titleOf(['Amendment No. 2 to the Supply Agreement'], 'This Amendment is entered into as of May 1, 2020 by and between Carrow Paper Mills, Inc. ("Supplier") and Linden Print Co. ("Buyer").')).toBe('Amendment No. 2 to the Supply Agreement');
  });
  it('an amendment set over three heading lines', () => {
    expect(titleOf(['AMENDMENT NO. 2', 'TO THE', 'SUPPLY AGREEMENT'], 'This Amendment No. 2 (the "Amendment") is made as of June 2, 2021 between Carrow Paper Mills, Inc. ("Supplier") and Linden Print Co. ("Buyer").')).toBe('AMENDMENT NO. 2 TO THE SUPPLY AGREEMENT');
  });
  it('a second amendment to a master agreement', () => {
    expect(titleOf(['SECOND AMENDMENT TO MASTER SERVICES AGREEMENT'], 'This Second Amendment to Master Services Agreement (the "Second Amendment") is made as of June 2, 2021 by and between Kingsway Data Corp. ("Kingsway") and Ashdown Bank, N.A. ("Ashdown").')).toBe('SECOND AMENDMENT TO MASTER SERVICES AGREEMENT');
  });
  it('a joinder in capitals', () => {
    expect(titleOf(['JOINDER AGREEMENT'], 'This Joinder Agreement (this "Joinder") is entered into as of June 2, 2021 by and among Penhallow Ventures LLC (the "Joining Party"), Tarn Holdings LLC (the "Company") and Ostler Partners, L.P. ("Ostler").')).toBe('JOINDER AGREEMENT');
  });
});
