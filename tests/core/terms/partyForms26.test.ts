/**
 * Parties in drafting styles earlier probes left open: a government body named after "the", a credit agreement's cover that
 * sets each name over its capacity ("as Borrower") with no "between", an opening written in the first person, co-trustees
 * who share one short name, a "PARTIES" heading over numbered entries, "Licensor:" / "Licensee:" cover lines, a fund acting
 * through its manager, parties left to a schedule and a consortium's member list. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOf, partiesOfText } from './partiesProbe';

type Entry = Exclude<Parameters<typeof partiesOf>[1][number], string> | string;
const row = (text: string): Entry => ({ text, kind: 'table-row' });
const SIGNED = 'IN WITNESS WHEREOF, the parties have signed this Agreement.';

describe('the article before a party\'s name', () => {
  it.each<[string, string, string]>([
    ['a city after "the"', 'This Agreement is made between the City of Dayton, Ohio (the "City") and Quillmark Logistics LLC ("Contractor").', 'City of Dayton, Ohio (City); Quillmark Logistics LLC (Contractor)'],
    ['a county after "the"', 'This Agreement is made between the County of Marlow, a political subdivision of the State of Calvera ("County"), and Quillmark Logistics LLC ("Contractor").', 'County of Marlow (County); Quillmark Logistics LLC (Contractor)'],
    ['a town after "the"', 'This Agreement is made between the Town of Fernley ("Town") and Quillmark Logistics LLC ("Contractor").', 'Town of Fernley (Town); Quillmark Logistics LLC (Contractor)'],
    ['a state after "the"', 'This Agreement is made between the State of Calvera, acting through its Department of Roads ("State"), and Quillmark Logistics LLC ("Contractor").', 'State of Calvera (State); Quillmark Logistics LLC (Contractor)'],
    ['"The Regents" keep their article', 'This Agreement is made between The Regents of the University of Calvera ("Licensor") and Quillmark Logistics LLC ("Licensee").', 'The Regents of the University of Calvera (Licensor); Quillmark Logistics LLC (Licensee)'],
  ])('%s', (_name, opening, want) => {
    expect(partiesOf('SERVICES AGREEMENT', [opening])).toBe(want);
  });
});

describe('a cover that sets each party over its capacity', () => {
  it.each<[string, Entry[], string]>([
    ['"as Borrower" and "as Administrative Agent"', ['dated as of March 3, 2022', 'HALVERSTON ROBOTICS INC.', 'as Borrower', 'FERRIS LANE BANK, N.A.', 'as Administrative Agent'], 'HALVERSTON ROBOTICS INC. (Borrower); FERRIS LANE BANK, N.A. (Administrative Agent)'],
    ['three parties, a comma after each capacity', ['HALVERSTON ROBOTICS INC.,', 'as Borrower,', 'FERRIS LANE BANK, N.A.,', 'as Administrative Agent,', 'and', 'ORRIN VALE SECURITIES LLC,', 'as Sole Lead Arranger'], 'HALVERSTON ROBOTICS INC. (Borrower); FERRIS LANE BANK, N.A. (Administrative Agent); ORRIN VALE SECURITIES LLC (Sole Lead Arranger)'],
    ['"among" alone over the names and capacities', ['dated as of March 3, 2022', 'among', 'HALVERSTON ROBOTICS INC.,', 'as Borrower,', 'THE LENDERS PARTY HERETO', 'and', 'FERRIS LANE BANK, N.A.,', 'as Administrative Agent'], 'HALVERSTON ROBOTICS INC. (Borrower); FERRIS LANE BANK, N.A. (Administrative Agent)'],
  ])('%s', (_name, opening, want) => {
    expect(partiesOf('CREDIT AGREEMENT', opening)).toBe(want);
  });

  it('in a text file that runs each capacity into its name\'s block', async () => {
    expect(await partiesOfText('CREDIT AGREEMENT\n\ndated as of March 3, 2022\n\namong\n\nHALVERSTON ROBOTICS INC.,\nas Borrower,\n\nTHE LENDERS PARTY HERETO\n\nand\n\nFERRIS LANE BANK, N.A.,\nas Administrative Agent')).toBe('HALVERSTON ROBOTICS INC. (Borrower); FERRIS LANE BANK, N.A. (Administrative Agent)');
  });

  it('in a text file', async () => {
    expect(await partiesOfText('CREDIT AGREEMENT\n\ndated as of March 3, 2022\n\nHALVERSTON ROBOTICS INC.\n\nas Borrower\n\nFERRIS LANE BANK, N.A.\n\nas Administrative Agent')).toBe('HALVERSTON ROBOTICS INC. (Borrower); FERRIS LANE BANK, N.A. (Administrative Agent)');
  });

  it('a title over "as amended" is no party', () => {
    expect(partiesOf('CREDIT AGREEMENT', ['HALVERSTON ROBOTICS INC. CREDIT AGREEMENT', 'as Amended and Restated', 'This Agreement is made between Halverston Robotics Inc. ("Borrower") and Ferris Lane Bank, N.A. ("Lender").'])).toBe('Halverston Robotics Inc. (Borrower); Ferris Lane Bank, N.A. (Lender)');
  });
});

describe('an opening in the first person', () => {
  it.each<[string, string, string]>([
    ['"We, Acme Inc., …" to the other', 'We, Halverston Robotics Inc., a Delaware corporation ("Halverston"), write to Quillmark Logistics LLC ("Quillmark") to confirm the terms below.', 'Halverston Robotics Inc. (Halverston); Quillmark Logistics LLC (Quillmark)'],
    ['"We, …" in a "between" sentence', 'We, Halverston Robotics Inc. ("Seller"), and Quillmark Logistics LLC ("Buyer") agree as follows between us.', 'Halverston Robotics Inc. (Seller); Quillmark Logistics LLC (Buyer)'],
  ])('%s', (_name, opening, want) => {
    expect(partiesOf('SIDE LETTER', [opening])).toBe(want);
  });
});

describe('a "PARTIES" heading over entries one to a line, without numbers', () => {
  it.each<[string, Entry[], string]>([
    ['each line closing on its short name', ['PARTIES:', 'Halverston Robotics Inc., a Delaware corporation ("Licensor")', 'Quillmark Logistics LLC, a Maine limited liability company ("Licensee")'], 'Halverston Robotics Inc. (Licensor); Quillmark Logistics LLC (Licensee)'],
    ['three entries, then the background', ['PARTIES:', 'Halverston Robotics Inc., a Delaware corporation ("Licensor")', 'Quillmark Logistics LLC, a Maine limited liability company ("Licensee")', 'Ferris Lane Labs Ltd. ("Guarantor")', 'BACKGROUND', 'The Licensor owns software.'], 'Halverston Robotics Inc. (Licensor); Quillmark Logistics LLC (Licensee); Ferris Lane Labs Ltd. (Guarantor)'],
    ['an address line under each name', ['PARTIES', 'Halverston Robotics Inc., a Delaware corporation', '400 Ferris Lane, Dayton, Ohio ("Licensor")', 'Quillmark Logistics LLC', '18 Harbor Road, Portland, Maine ("Licensee")'], 'Halverston Robotics Inc. (Licensor); Quillmark Logistics LLC (Licensee)'],
    ['a template\'s blanks', ['Parties:', '[Licensor Name]', '[Licensee Name]'], '[Licensor Name]; [Licensee Name]'],
  ])('%s', (_name, opening, want) => {
    expect(partiesOf('LICENSE AGREEMENT', opening)).toBe(want);
  });
});

describe('other drafting styles that already read right', () => {
  it.each<[string, string, Entry[], string]>([
    ['co-trustees sharing one short name', 'LOAN AGREEMENT', ['This Loan Agreement is made between Orrin Vale Bank, N.A. ("Lender") and Ann Lee and Bo Tran, as trustees of the Lee Family Trust (together, "Borrower").'], 'Orrin Vale Bank, N.A. (Lender); Ann Lee (Borrower); Bo Tran (Borrower)'],
    ['a "PARTIES" heading over numbered entries', 'SUPPLY AGREEMENT', ['THIS AGREEMENT is dated 3 March 2022', 'PARTIES', '1. HALVERSTON ROBOTICS LIMITED (company number 08812345) registered office: 4 Mill Yard, Leeds LS2 7QT ("Supplier").', '2. QUILLMARK LOGISTICS LIMITED (company number 09954321) registered office: 18 Harbour Road, York YO1 6HZ ("Customer").'], 'HALVERSTON ROBOTICS LIMITED (Supplier); QUILLMARK LOGISTICS LIMITED (Customer)'],
    ['"dated … and is made BETWEEN:"', 'SUPPLY AGREEMENT', ['THIS AGREEMENT is dated 3 March 2022 and is made BETWEEN:', '(1) HALVERSTON ROBOTICS LIMITED, a company incorporated in England (the "Supplier"); and', '(2) QUILLMARK LOGISTICS LIMITED, a company incorporated in Scotland (the "Customer").'], 'HALVERSTON ROBOTICS LIMITED (Supplier); QUILLMARK LOGISTICS LIMITED (Customer)'],
    ['"Licensor:" and "Licensee:" cover lines', 'LICENSE AGREEMENT', ['Licensor: Halverston Robotics Inc., a Delaware corporation', 'Licensee: Quillmark Logistics LLC, a Maine limited liability company', 'Effective Date: March 3, 2022'], 'Halverston Robotics Inc. (Licensor); Quillmark Logistics LLC (Licensee)'],
    ['a fund acting through its manager', 'SUBSCRIPTION AGREEMENT', ['This Agreement is made between Ferris Lane Growth Fund II, L.P., acting through its manager, Ferris Lane Capital LLC (the "Investor"), and Halverston Robotics Inc. (the "Company").'], 'Ferris Lane Growth Fund II, L.P. (Investor); Halverston Robotics Inc. (Company)'],
    ['a consortium\'s members in a list', 'CONSORTIUM AGREEMENT', ['This Agreement is made between the following parties:', '(a) Halverston Robotics Inc.;', '(b) Quillmark Logistics LLC; and', '(c) Ferris Lane Labs Ltd.'], 'Halverston Robotics Inc.; Quillmark Logistics LLC; Ferris Lane Labs Ltd.'],
  ])('%s', (_name, title, opening, want) => {
    expect(partiesOf(title, opening)).toBe(want);
  });

  it.each<[string, Entry[]]>([
    ['the person\'s label first', [SIGNED, row('CONSULTANT: | HALVERSTON ROBOTICS INC.'), row('/s/ Omar Fenwick | By: /s/ Dana Pruitt'), row('Omar Fenwick | Name: Dana Pruitt')]],
    ['the body\'s name first', [SIGNED, row('HALVERSTON ROBOTICS INC. | CONSULTANT:'), row('By: /s/ Dana Pruitt | /s/ Omar Fenwick'), row('Name: Dana Pruitt | Omar Fenwick')]],
  ])('a signature row that sets a body\'s name beside a person\'s label: %s', (_name, tail) => {
    expect(partiesOf('CONSULTING AGREEMENT', ['The parties agree as follows.'], tail)).toBe('HALVERSTON ROBOTICS INC.; Omar Fenwick (CONSULTANT)');
  });

  it('a signature table with the person\'s column first keeps the opening\'s order', () => {
    expect(partiesOf('CONSULTING AGREEMENT', ['This Agreement is made between Halverston Robotics Inc. (the "Company") and Omar Fenwick ("Consultant").'], [SIGNED, row('CONSULTANT: | HALVERSTON ROBOTICS INC.'), row('/s/ Omar Fenwick | By: /s/ Dana Pruitt'), row('Omar Fenwick | Name: Dana Pruitt')])).toBe('Halverston Robotics Inc. (Company); Omar Fenwick (Consultant)');
  });
});
