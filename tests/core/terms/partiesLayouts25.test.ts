/**
 * Parties laid out as a PDF reader gives them: cover lines, cover and order-form tables, an opening broken by a page,
 * signature blocks side by side, letters with a countersignature, purchase orders, amendments that name no party in
 * their opening, three-party deals with a guarantor, roles in capitals or without quotes, and former or trade names.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOf, partiesOfText } from './partiesProbe';
import { titleOf, titleOfText } from './titleProbe';

type Entry = Exclude<Parameters<typeof partiesOf>[1][number], string> | string;
const h = (text: string): Entry => ({ text, kind: 'heading' });
const row = (text: string): Entry => ({ text, kind: 'table-row' });
const SIGNED = 'IN WITNESS WHEREOF, the parties have signed this Agreement.';

describe('a cover page or a cover table', () => {
  it.each<[string, string, Entry[], string]>([
    ['centred lines', 'MASTER SERVICES AGREEMENT', ['between', 'HALVERSTON ROBOTICS INC.', 'and', 'QUILLMARK LOGISTICS LLC', 'Dated as of March 3, 2022'], 'HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC'],
    ['centred headings', 'MASTER SERVICES AGREEMENT', [h('between'), h('HALVERSTON ROBOTICS INC.'), h('and'), h('QUILLMARK LOGISTICS LLC')], 'HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC'],
    ['centred lines with "(as Licensor)"', 'LICENSE AGREEMENT', ['by and between', 'HALVERSTON ROBOTICS INC.', '(as Licensor)', 'and', 'QUILLMARK LOGISTICS LLC', '(as Licensee)'], 'HALVERSTON ROBOTICS INC. (Licensor); QUILLMARK LOGISTICS LLC (Licensee)'],
    ['three centred parties, each "as" its capacity with a comma', 'CREDIT AGREEMENT', ['by and among', 'HALVERSTON ROBOTICS INC.,', 'as Borrower,', 'DANA PRUITT,', 'as Guarantor,', 'and', 'FERRIS LANE BANK, N.A.,', 'as Lender', 'Dated as of June 1, 2021'], 'HALVERSTON ROBOTICS INC. (Borrower); DANA PRUITT (Guarantor); FERRIS LANE BANK, N.A. (Lender)'],
    ['"BETWEEN: | …" and "AND: | …" rows', 'AGREEMENT', [row('BETWEEN: | HALVERSTON ROBOTICS INC.'), row('AND: | QUILLMARK LOGISTICS LLC')], 'HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC'],
    ['"Between | name | short name" rows', 'AGREEMENT', [row('Between | Halverston Robotics Inc. | ("Buyer")'), row('And | Quillmark Logistics LLC | ("Seller")')], 'Halverston Robotics Inc. (Buyer); Quillmark Logistics LLC (Seller)'],
    ['centred lines with short names in capitals', 'DISTRIBUTION AGREEMENT', ['BETWEEN', 'HALVERSTON ROBOTICS INC.', '("SUPPLIER")', 'AND', 'QUILLMARK LOGISTICS LLC', '("DISTRIBUTOR")'], 'HALVERSTON ROBOTICS INC. (SUPPLIER); QUILLMARK LOGISTICS LLC (DISTRIBUTOR)'],
    ['numbered English cover', 'LICENCE AGREEMENT', ['DATED 3 March 2022', '(1) HALVERSTON ROBOTICS LIMITED', '(2) QUILLMARK LOGISTICS LIMITED'], 'HALVERSTON ROBOTICS LIMITED; QUILLMARK LOGISTICS LIMITED'],
    ['numbered English cover, the numbers at the right margin', 'LICENCE AGREEMENT', ['DATED 3 March 2022', 'HALVERSTON ROBOTICS LIMITED (1)', 'QUILLMARK LOGISTICS LIMITED (2)'], 'HALVERSTON ROBOTICS LIMITED; QUILLMARK LOGISTICS LIMITED'],
    ['"Customer: | …" rows', 'ORDER FORM', [row('Customer: | Halverston Robotics Inc.'), row('Supplier: | Quillmark Logistics LLC'), row('Effective Date: | March 3, 2022')], 'Halverston Robotics Inc. (Customer); Quillmark Logistics LLC (Supplier)'],
    ['rows without colons', 'ORDER FORM', [row('Customer | Halverston Robotics Inc.'), row('Supplier | Quillmark Logistics LLC')], 'Halverston Robotics Inc. (Customer); Quillmark Logistics LLC (Supplier)'],
    ['an opening naming the provider, the customer in a row', 'ORDER FORM', ['This Order Form is entered into between Quillmark Software, Inc. ("Quillmark") and the customer named below ("Customer").', row('Customer: | Halverston Robotics Inc.'), row('Address: | 400 Ferris Lane')], 'Quillmark Software, Inc. (Quillmark); Halverston Robotics Inc. (Customer)'],
  ])('%s', (_name, title, opening, want) => {
    expect(partiesOf(title, opening)).toBe(want);
  });

  it('reads the cover lines of a text file', async () => {
    expect(await partiesOfText('LICENCE AGREEMENT\n\nDated 3 March 2022\n\nHALVERSTON ROBOTICS LIMITED (1)\n\nQUILLMARK LOGISTICS LIMITED (2)')).toBe('HALVERSTON ROBOTICS LIMITED; QUILLMARK LOGISTICS LIMITED');
    expect(await partiesOfText('MASTER SERVICES AGREEMENT\n\nbetween\n\nHALVERSTON ROBOTICS INC.\n\nand\n\nQUILLMARK LOGISTICS LLC\n\nDated as of March 3, 2022')).toBe('HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC');
    expect(await partiesOfText('MASTER SERVICES AGREEMENT\n\nbetween\nHALVERSTON ROBOTICS INC.\nand\nQUILLMARK LOGISTICS LLC\n\nDated as of March 3, 2022')).toBe('HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC');
  });
});

describe('a purchase order', () => {
  it('reads "Vendor:" beside "Bill To:" or "Sold To:", never the "Ship To:" address', async () => {
    expect(partiesOf('PURCHASE ORDER', ['Vendor: Quillmark Logistics LLC', 'Bill To: Halverston Robotics Inc.', 'Ship To: 400 Ferris Lane, Dayton, Ohio'])).toBe('Quillmark Logistics LLC (Vendor); Halverston Robotics Inc. (Bill To)');
    expect(partiesOf('PURCHASE ORDER', [row('Sold To: | Halverston Robotics Inc.'), row('Seller: | Quillmark Logistics LLC')])).toBe('Halverston Robotics Inc. (Sold To); Quillmark Logistics LLC (Seller)');
    expect(await partiesOfText('PURCHASE ORDER\n\nVendor: Quillmark Logistics LLC\nBill To: Halverston Robotics Inc.\nShip To: 400 Ferris Lane, Dayton, Ohio')).toBe('Quillmark Logistics LLC (Vendor); Halverston Robotics Inc. (Bill To)');
  });

  it('reads the issuer on its letterhead and the one labelled party', async () => {
    expect(partiesOf('', ['Halverston Robotics Inc.', '400 Ferris Lane, Dayton, Ohio', h('PURCHASE ORDER'), row('Vendor: | Quillmark Logistics LLC'), row('PO Number: | 4471')])).toBe('Halverston Robotics Inc.; Quillmark Logistics LLC (Vendor)');
    expect(partiesOf('', ['Halverston Robotics Inc.', '400 Ferris Lane, Dayton, Ohio', h('PURCHASE ORDER'), 'Vendor: Quillmark Logistics LLC', 'PO Number: 4471'])).toBe('Halverston Robotics Inc.; Quillmark Logistics LLC (Vendor)');
    expect(await partiesOfText('QUILLMARK SOFTWARE, INC.\n\nORDER FORM\n\nCustomer: Halverston Robotics Inc.\n\nSubscription Term: 12 months')).toBe('QUILLMARK SOFTWARE, INC.; Halverston Robotics Inc. (Customer)');
  });

  it('reads the two columns of a "Vendor | Bill To" table', () => {
    expect(partiesOf('PURCHASE ORDER', [row('Vendor: | Bill To:'), row('Quillmark Logistics LLC | Halverston Robotics Inc.'), row('18 Harbor Road | 400 Ferris Lane')])).toBe('Quillmark Logistics LLC; Halverston Robotics Inc.');
  });
});

describe('an opening broken by a page', () => {
  it.each([
    ['inside the description', 'This Supply Agreement is made as of March 3, 2022 by and between Halverston Robotics Inc., a Delaware', 'corporation ("Buyer"), and Quillmark Logistics LLC, a Vermont limited liability company ("Seller").'],
    ['inside the name', 'This Supply Agreement is made as of March 3, 2022 by and between Halverston Robotics', 'Inc., a Nevada corporation ("Buyer"), and Quillmark Logistics LLC ("Seller").'],
  ])('%s', (_name, first, second) => {
    expect(partiesOf('SUPPLY AGREEMENT', [first, { text: second, page: 2 }])).toBe('Halverston Robotics Inc. (Buyer); Quillmark Logistics LLC (Seller)');
  });

  it('with a running header between the two halves', () => {
    expect(partiesOf('DISTRIBUTION AGREEMENT', ['This Distribution Agreement is made on March 3, 2022 by and between Halverston Robotics Inc., a Nevada', { text: 'Confidential - Page 2', page: 2 }, { text: 'corporation (the "Supplier"), and Quillmark Logistics LLC (the "Distributor").', page: 2 }])).toBe('Halverston Robotics Inc. (Supplier); Quillmark Logistics LLC (Distributor)');
  });

  it('in a text file, with a page number between', async () => {
    expect(await partiesOfText('SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of March 3, 2022 by and between Halverston Robotics Inc., a Delaware\n\n1\n\ncorporation ("Buyer"), and Quillmark Logistics LLC, a Vermont limited liability company ("Seller").')).toBe('Halverston Robotics Inc. (Buyer); Quillmark Logistics LLC (Seller)');
  });
});

describe('parties named only in the signature blocks', () => {
  const body = ['The parties agree as follows.'];
  it.each<[string, Entry[], string]>([
    ['two blocks side by side in a table', [SIGNED, row('HALVERSTON ROBOTICS INC. | QUILLMARK LOGISTICS LLC'), row('By: | By:'), row('Name: Dana Pruitt | Name: Omar Fenwick')], 'HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC'],
    ['two blocks run into one line', [SIGNED, 'HALVERSTON ROBOTICS INC. QUILLMARK LOGISTICS LLC', 'By: By:', 'Name: Dana Pruitt Name: Omar Fenwick'], 'HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC'],
    ['a row of labels over the row of names', [SIGNED, row('CUSTOMER: | PROVIDER:'), row('HALVERSTON ROBOTICS INC. | QUILLMARK SOFTWARE, INC.'), row('By: | By:')], 'HALVERSTON ROBOTICS INC. (CUSTOMER); QUILLMARK SOFTWARE, INC. (PROVIDER)'],
    ['a row of labels without colons, names in ordinary case', [SIGNED, row('Customer | Provider'), row('Halverston Robotics Inc. | Quillmark Software, Inc.'), row('By: | By:')], 'Halverston Robotics Inc. (Customer); Quillmark Software, Inc. (Provider)'],
    ['signing lines over the names give no role', [SIGNED, row('By: | By:'), row('HALVERSTON ROBOTICS INC. | QUILLMARK SOFTWARE, INC.')], 'HALVERSTON ROBOTICS INC.; QUILLMARK SOFTWARE, INC.'],
    ['role labels over the names', [SIGNED, 'BUYER:', 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'SELLER:', 'QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick'], 'HALVERSTON ROBOTICS INC. (BUYER); QUILLMARK LOGISTICS LLC (SELLER)'],
  ])('%s', (_name, tail, want) => {
    expect(partiesOf('SUPPLY AGREEMENT', body, tail)).toBe(want);
  });

  it('an amendment made "by the parties to the Agreement"', () => {
    const opening = ['This Amendment No. 2 is entered into as of June 1, 2021 by the parties to the Supply Agreement dated March 3, 2019 (the "Agreement").'];
    expect(partiesOf('AMENDMENT NO. 2 TO SUPPLY AGREEMENT', opening, ['IN WITNESS WHEREOF, the parties have signed this Amendment.', 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick'])).toBe('HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC');
    expect(partiesOf('AMENDMENT NO. 2 TO SUPPLY AGREEMENT', opening, ['IN WITNESS WHEREOF, the parties have signed this Amendment.', row('HALVERSTON ROBOTICS INC. | QUILLMARK LOGISTICS LLC'), row('By: /s/ Dana Pruitt | By: /s/ Omar Fenwick')])).toBe('HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC');
  });
});

describe('a letter agreement', () => {
  it('reads the letterhead company and the addressee', () => {
    expect(partiesOf('', ['Halverston Robotics Inc.', '400 Ferris Lane, Dayton, Ohio 45402', 'June 2, 2021', 'Quillmark Logistics LLC', '18 Harbor Road', 'Portland, Maine 04101', 'Attention: Omar Fenwick', 'Re: Letter Agreement regarding warehousing services', 'Dear Mr. Fenwick:', 'This letter sets out the terms on which Quillmark Logistics LLC will provide warehousing services to Halverston Robotics Inc.'], ['Very truly yours,', 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'ACCEPTED AND AGREED:', 'QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick'])).toBe('Halverston Robotics Inc.; QUILLMARK LOGISTICS LLC');
  });

  it('reads the countersigning company when the body names neither', () => {
    expect(partiesOf('', ['HALVERSTON ROBOTICS INC.', '400 Ferris Lane, Dayton, Ohio 45402', 'June 2, 2021', 'Quillmark Logistics LLC', '18 Harbor Road', 'Portland, Maine 04101', 'Dear Omar:', 'This letter confirms our agreement regarding warehousing services.'], ['Sincerely,', 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'Agreed and accepted on the date shown above:', 'QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick'])).toBe('HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC');
  });

  it('reads a person who countersigns', () => {
    expect(partiesOf('', ['Halverston Robotics Inc.', '400 Ferris Lane, Dayton, Ohio 45402', 'June 2, 2021', 'Mr. Omar Fenwick', '18 Harbor Road', 'Portland, Maine 04101', 'Dear Omar:', 'This letter confirms the terms of your consulting engagement with Halverston Robotics Inc. (the "Company").'], ['Very truly yours,', 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'ACCEPTED AND AGREED:', '/s/ Omar Fenwick', 'Omar Fenwick'])).toBe('Halverston Robotics Inc. (Company); Omar Fenwick');
  });
});

describe('a British letter with open punctuation', () => {
  const head = ['Halverston Robotics Limited', '400 Ferris Lane, Dayton', 'Quillmark Logistics Limited', '18 Harbour Road', 'Leeds LS1 4AB', '3 March 2022'];
  const body = ['Warehousing of stock', 'We write to record the terms on which you will store our stock.'];
  it.each([['Dear Sirs'], ['Dear Ms Okafor']])('"%s" with no stop after it', (salutation) => {
    expect(partiesOf('', [...head, salutation, ...body], ['Yours faithfully', 'for and on behalf of Halverston Robotics Limited', 'We agree to the above terms.', 'for and on behalf of Quillmark Logistics Limited'])).toBe('Halverston Robotics Limited; Quillmark Logistics Limited');
  });
});

describe('a guarantor as a third party', () => {
  it.each([
    ['three short names', 'This Lease is made as of May 1, 2020 among Ferris Lane Properties LLC ("Landlord"), Halverston Robotics Inc. ("Tenant") and Dana Pruitt ("Guarantor").', 'Ferris Lane Properties LLC (Landlord); Halverston Robotics Inc. (Tenant); Dana Pruitt (Guarantor)'],
    ['in capitals', 'THIS LEASE is made as of May 1, 2020 among FERRIS LANE PROPERTIES LLC, a Vermont limited liability company (hereinafter "LANDLORD"), HALVERSTON ROBOTICS INC., a Nevada corporation (hereinafter "TENANT"), and DANA PRUITT, an individual (hereinafter "GUARANTOR").', 'FERRIS LANE PROPERTIES LLC (LANDLORD); HALVERSTON ROBOTICS INC. (TENANT); DANA PRUITT (GUARANTOR)'],
    ['joined "solely for purposes of" a section', 'This Supply Agreement is made as of March 3, 2022 by and between Halverston Robotics Inc. ("Buyer") and Quillmark Logistics LLC ("Seller"), and, solely for purposes of Section 14, Quillmark Holdings, Inc. ("Guarantor").', 'Halverston Robotics Inc. (Buyer); Quillmark Logistics LLC (Seller); Quillmark Holdings, Inc. (Guarantor)'],
    ['joined "for the limited purposes set forth herein"', 'This Supply Agreement is made as of March 3, 2022 by and between Halverston Robotics Inc. ("Buyer") and Quillmark Logistics LLC ("Seller") and, for the limited purposes set forth herein, Quillmark Holdings, Inc. ("Guarantor").', 'Halverston Robotics Inc. (Buyer); Quillmark Logistics LLC (Seller); Quillmark Holdings, Inc. (Guarantor)'],
    ['each "as" its capacity, in a sentence', 'This Credit Agreement is made as of June 1, 2021 by and among Halverston Robotics Inc., as Borrower, Dana Pruitt, as Guarantor, and Ferris Lane Bank, N.A., as Lender.', 'Halverston Robotics Inc. (Borrower); Dana Pruitt (Guarantor); Ferris Lane Bank, N.A. (Lender)'],
  ])('%s', (_name, opening, want) => {
    expect(partiesOf('AGREEMENT', [opening])).toBe(want);
  });

  it('a guaranty in favor of a landlord, the tenant only named for the lease it concerns', () => {
    expect(partiesOf('GUARANTY', ['This Guaranty is given by Dana Pruitt ("Guarantor") in favor of Ferris Lane Properties LLC ("Landlord") with respect to the lease of Halverston Robotics Inc. ("Tenant").'])).toBe('Dana Pruitt (Guarantor); Ferris Lane Properties LLC (Landlord)');
  });
});

describe('roles in capitals or without quotes', () => {
  it.each([
    ['quoted capitals', 'between Halverston Robotics Inc. (hereinafter referred to as the "BUYER") and Quillmark Logistics LLC (hereinafter referred to as the "SELLER").', 'Halverston Robotics Inc. (BUYER); Quillmark Logistics LLC (SELLER)'],
    ['"hereinafter called BUYER" without quotes', 'between Halverston Robotics Inc., hereinafter called BUYER, and Quillmark Logistics LLC, hereinafter called SELLER.', 'Halverston Robotics Inc. (BUYER); Quillmark Logistics LLC (SELLER)'],
    ['"(hereinafter referred to as the Buyer)" without quotes', 'between Halverston Robotics Inc. (hereinafter referred to as the Buyer) and Quillmark Logistics LLC (hereinafter referred to as the Seller).', 'Halverston Robotics Inc. (Buyer); Quillmark Logistics LLC (Seller)'],
    ['", as Buyer," without quotes', 'between Halverston Robotics Inc., as Buyer, and Quillmark Logistics LLC, as Seller.', 'Halverston Robotics Inc. (Buyer); Quillmark Logistics LLC (Seller)'],
    ['two short names each', 'between Halverston Robotics Inc. ("BUYER" or "HALVERSTON") and Quillmark Logistics LLC ("SELLER" or "QUILLMARK").', 'Halverston Robotics Inc. (BUYER / HALVERSTON); Quillmark Logistics LLC (SELLER / QUILLMARK)'],
    ['capitals after "the"', 'between Halverston Robotics Inc., a Nevada corporation (the "COMPANY"), and Dana Pruitt (the "EXECUTIVE").', 'Halverston Robotics Inc. (COMPANY); Dana Pruitt (EXECUTIVE)'],
  ])('%s', (_name, list, want) => {
    expect(partiesOf('SUPPLY AGREEMENT', [`This Agreement is made on March 3, 2022 ${list}`])).toBe(want);
  });
});

describe('former names, trade names and successors', () => {
  it.each([
    ['"dba"', 'Halverston Robotics Inc. dba Halverston Automation ("Buyer")', 'Halverston Robotics Inc. dba Halverston Automation (Buyer)'],
    ['"D/B/A" in capitals', 'HALVERSTON ROBOTICS INC. D/B/A HALVERSTON AUTOMATION ("Buyer")', 'HALVERSTON ROBOTICS INC. D/B/A HALVERSTON AUTOMATION (Buyer)'],
    ['"(formerly known as …)"', 'Halverston Robotics Inc. (formerly known as Halverston Tools Inc.) ("Buyer")', 'Halverston Robotics Inc. (Buyer)'],
    ['", formerly …,"', 'Halverston Robotics Inc., formerly Halverston Tools Inc., a Nevada corporation ("Buyer"),', 'Halverston Robotics Inc. (Buyer)'],
    ['"formerly known as" without commas', 'Halverston Robotics Inc. formerly known as Halverston Tools Inc. ("Buyer")', 'Halverston Robotics Inc. (Buyer)'],
    ['"(f/k/a …)"', 'Halverston Robotics Inc. (f/k/a Halverston Tools Inc.) ("Buyer")', 'Halverston Robotics Inc. (Buyer)'],
    ['", as successor in interest to …,"', 'Halverston Robotics Inc., as successor in interest to Halverston Tools Inc. ("Buyer"),', 'Halverston Robotics Inc. (Buyer)'],
    ['"successor-in-interest" hyphenated', 'Halverston Robotics Inc., successor-in-interest to Halverston Tools Inc. ("Buyer"),', 'Halverston Robotics Inc. (Buyer)'],
    ['"(successor by merger to …)"', 'Halverston Robotics Inc. (successor by merger to Halverston Tools Inc.) ("Buyer")', 'Halverston Robotics Inc. (Buyer)'],
  ])('%s', (_name, first, want) => {
    expect(partiesOf('SUPPLY AGREEMENT', [`This Agreement is made between ${first} and Quillmark Logistics LLC ("Seller").`])).toBe(`${want}; Quillmark Logistics LLC (Seller)`);
  });

  it('"doing business as" after a comma', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Agreement is made between Quillmark Logistics LLC, doing business as Quillmark Freight, ("Seller") and Halverston Robotics Inc. ("Buyer").'])).toBe('Quillmark Logistics LLC, doing business as Quillmark Freight (Seller); Halverston Robotics Inc. (Buyer)');
  });
});

describe('the title of a laid-out head', () => {
  it.each<[string, string[], string, string]>([
    ['a title in the first cell of a header table', ['PURCHASE ORDER | PO No. 4471'], 'Vendor: Quillmark Logistics LLC', 'PURCHASE ORDER'],
    ['a title broken over two lines', ['MASTER SUPPLY', 'AGREEMENT'], 'This Master Supply Agreement is made on March 3, 2022.', 'MASTER SUPPLY AGREEMENT'],
    ['a cover line that names the parties', ['DISTRIBUTION AGREEMENT BETWEEN HALVERSTON ROBOTICS INC. AND QUILLMARK LOGISTICS LLC'], 'This Agreement is made on March 3, 2022.', 'DISTRIBUTION AGREEMENT'],
    ['a title under a letterhead and a date', ['HALVERSTON ROBOTICS INC.', 'March 3, 2022', 'SOFTWARE LICENSE AGREEMENT'], 'This Software License Agreement is made on March 3, 2022.', 'SOFTWARE LICENSE AGREEMENT'],
    ['a restated title over two lines', ['AMENDED AND RESTATED', 'MASTER SERVICES AGREEMENT'], 'This Amended and Restated Master Services Agreement is made on March 3, 2022.', 'AMENDED AND RESTATED MASTER SERVICES AGREEMENT'],
    ['an amendment over three lines', ['AMENDMENT NO. 2', 'TO', 'SUPPLY AGREEMENT'], 'This Amendment No. 2 is entered into as of June 1, 2021.', 'AMENDMENT NO. 2 TO SUPPLY AGREEMENT'],
  ])('%s', (_name, head, opening, want) => {
    expect(titleOf(head, opening)).toBe(want);
  });

  it('a cover page of a text file', async () => {
    expect(await titleOfText('MASTER SUPPLY\nAGREEMENT\n\nbetween\n\nHALVERSTON ROBOTICS INC.\n\nand\n\nQUILLMARK LOGISTICS LLC')).toBe('MASTER SUPPLY AGREEMENT');
  });
});
