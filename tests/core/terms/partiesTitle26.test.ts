/**
 * Parties and titles in shapes earlier probes left open: a trade name whose "d/b/a" stays in lower case inside a signature
 * block set in capitals, a person who signs under a "CONSULTANT:" label beside a company's block, cover lines that give a
 * party's company number under its name, a letter titled only by its "Re:" line, a cover table of "Company | …" rows, and a
 * lone first initial before a surname and a role in quotes. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOf, partiesOfText } from './partiesProbe';
import { titleOf, titleOfText } from './titleProbe';

type Entry = Exclude<Parameters<typeof partiesOf>[1][number], string> | string;
const h = (text: string): Entry => ({ text, kind: 'heading' });
const row = (text: string): Entry => ({ text, kind: 'table-row' });
const SIGNED = 'IN WITNESS WHEREOF, the parties have signed this Agreement.';
const BODY = ['The parties agree as follows.'];

describe('a trade name in lower case inside a signature block in capitals', () => {
  it.each<[string, Entry[], string]>([
    ['blocks one under the other', [SIGNED, 'HARBORVIEW HOLDINGS LLC d/b/a BLUE FERN CAFE', 'By: /s/ Dana Pruitt', 'QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick'], 'HARBORVIEW HOLDINGS LLC d/b/a BLUE FERN CAFE; QUILLMARK LOGISTICS LLC'],
    ['blocks side by side in a table', [SIGNED, row('HARBORVIEW HOLDINGS LLC d/b/a BLUE FERN CAFE | QUILLMARK LOGISTICS LLC'), row('By: | By:')], 'HARBORVIEW HOLDINGS LLC d/b/a BLUE FERN CAFE; QUILLMARK LOGISTICS LLC'],
    ['under role labels', [SIGNED, 'BUYER:', 'HARBORVIEW HOLDINGS LLC d/b/a BLUE FERN CAFE', 'By: /s/ Dana Pruitt', 'SELLER:', 'QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick'], 'HARBORVIEW HOLDINGS LLC d/b/a BLUE FERN CAFE (BUYER); QUILLMARK LOGISTICS LLC (SELLER)'],
    ['"dba" in ordinary case over the signing line', [SIGNED, 'Harborview Holdings LLC dba Blue Fern Cafe', 'By: /s/ Dana Pruitt', 'Quillmark Logistics LLC', 'By: /s/ Omar Fenwick'], 'Harborview Holdings LLC dba Blue Fern Cafe; Quillmark Logistics LLC'],
  ])('%s', (_name, tail, want) => {
    expect(partiesOf('SUPPLY AGREEMENT', BODY, tail)).toBe(want);
  });

  it('in the opening sentence', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Agreement is made between Harborview Holdings LLC d/b/a Blue Fern Cafe ("Buyer") and Quillmark Logistics LLC ("Seller").'])).toBe('Harborview Holdings LLC d/b/a Blue Fern Cafe (Buyer); Quillmark Logistics LLC (Seller)');
  });
});

describe('a person who signs under a role label beside a company', () => {
  it.each<[string, string, Entry[], string]>([
    ['"CONSULTANT:" over "/s/" and the name', 'CONSULTING AGREEMENT', [SIGNED, 'COMPANY:', 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'Name: Dana Pruitt', 'Title: CEO', 'CONSULTANT:', '/s/ Omar Fenwick', 'Omar Fenwick'], 'HALVERSTON ROBOTICS INC.; Omar Fenwick (CONSULTANT)'],
    ['"EMPLOYEE:" over "/s/" and "Name:"', 'EMPLOYMENT AGREEMENT', [SIGNED, 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'EMPLOYEE:', '/s/ Omar Fenwick', 'Name: Omar Fenwick'], 'HALVERSTON ROBOTICS INC.; Omar Fenwick (EMPLOYEE)'],
    ['"CONTRACTOR:" over a rule to sign on', 'CONTRACTOR AGREEMENT', [SIGNED, 'HALVERSTON ROBOTICS INC.', 'By: ______________', 'Name: Dana Pruitt', 'CONTRACTOR:', '______________', 'Omar Fenwick'], 'HALVERSTON ROBOTICS INC.; Omar Fenwick (CONTRACTOR)'],
    ['"Guarantor:" in ordinary case', 'LEASE', [SIGNED, 'LANDLORD:', 'FERRIS LANE PROPERTIES LLC', 'By: /s/ Dana Pruitt', 'TENANT:', 'HALVERSTON ROBOTICS INC.', 'By: /s/ Omar Fenwick', 'Guarantor:', '/s/ Lena Marsh', 'Lena Marsh'], 'FERRIS LANE PROPERTIES LLC (LANDLORD); HALVERSTON ROBOTICS INC. (TENANT); Lena Marsh (Guarantor)'],
  ])('%s', (_name, title, tail, want) => {
    expect(partiesOf(title, BODY, tail)).toBe(want);
  });

  it.each<[string, Entry[]]>([
    ['a label row over columns', [SIGNED, row('COMPANY: | CONSULTANT:'), row('HALVERSTON ROBOTICS INC. | '), row('By: /s/ Dana Pruitt | /s/ Omar Fenwick'), row('Name: Dana Pruitt | Name: Omar Fenwick')]],
    ['a label row over the names', [SIGNED, row('COMPANY: | CONSULTANT:'), row('HALVERSTON ROBOTICS INC. | Omar Fenwick'), row('By: /s/ Dana Pruitt | /s/ Omar Fenwick')]],
    ['the signature and the printed name run together', [SIGNED, 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt Name: Dana Pruitt Title: CEO', 'CONSULTANT:', '/s/ Omar Fenwick Omar Fenwick']],
    ['"Name:" and "Date:" run together', [SIGNED, 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'CONSULTANT:', '/s/ Omar Fenwick Name: Omar Fenwick Date: March 3, 2022']],
  ])('%s', (_name, tail) => {
    expect(partiesOf('CONSULTING AGREEMENT', BODY, tail)).toBe('HALVERSTON ROBOTICS INC.; Omar Fenwick (CONSULTANT)');
  });

  it.each([['WITNESS:'], ['ATTEST:'], ['ACKNOWLEDGED AND AGREED:'], ['Notary Public:']])('a person under "%s" is no party', (label) => {
    expect(partiesOf('AGREEMENT', BODY, [SIGNED, 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick', label, '/s/ Lena Marsh', 'Lena Marsh'])).toBe('HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC');
  });

  it('an officer who signs "By:" under a label is no party of their own', () => {
    expect(partiesOf('SUPPLY AGREEMENT', BODY, [SIGNED, 'SELLER:', 'QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick', 'Name: Omar Fenwick', 'BUYER:', 'HALVERSTON ROBOTICS INC.', 'By: /s/ Dana Pruitt', 'Name: Dana Pruitt'])).toBe('QUILLMARK LOGISTICS LLC (SELLER); HALVERSTON ROBOTICS INC. (BUYER)');
  });
});

describe('a cover page with each party\'s registration under its name', () => {
  it.each<[string, string, Entry[], string]>([
    ['company numbers in brackets', 'SHARE PURCHASE AGREEMENT', ['between', 'HALVERSTON ROBOTICS LIMITED', '(Company No. 08812345)', 'and', 'QUILLMARK LOGISTICS LIMITED', '(Company No. 09954321)', 'Dated 3 March 2022'], 'HALVERSTON ROBOTICS LIMITED; QUILLMARK LOGISTICS LIMITED'],
    ['"registered in … under number …"', 'SHARE PURCHASE AGREEMENT', ['between', 'HALVERSTON ROBOTICS LIMITED', 'registered in England under number 08812345', 'and', 'QUILLMARK LOGISTICS LIMITED', 'registered in Scotland under number SC123456'], 'HALVERSTON ROBOTICS LIMITED; QUILLMARK LOGISTICS LIMITED'],
    ['a numbered cover, the number on the line below', 'LICENCE AGREEMENT', ['DATED 3 March 2022', '(1) HALVERSTON ROBOTICS LIMITED', 'Company number 08812345', '(2) QUILLMARK LOGISTICS LIMITED', 'Company number 09954321'], 'HALVERSTON ROBOTICS LIMITED; QUILLMARK LOGISTICS LIMITED'],
    ['a numbered cover, the registered office below', 'LICENCE AGREEMENT', ['DATED 3 March 2022', '(1) HALVERSTON ROBOTICS LIMITED', '(registered office: 4 Mill Yard, Leeds LS2 7QT)', '(2) QUILLMARK LOGISTICS LIMITED', '(registered office: 18 Harbour Road, York YO1 6HZ)'], 'HALVERSTON ROBOTICS LIMITED; QUILLMARK LOGISTICS LIMITED'],
    ['a numbered cover giving each capacity after "as"', 'FACILITY AGREEMENT', ['DATED 3 March 2022', '(1) HALVERSTON ROBOTICS LIMITED as the Borrower;', '(2) FERRIS LANE BANK PLC as Arranger and Agent'], 'HALVERSTON ROBOTICS LIMITED (Borrower); FERRIS LANE BANK PLC (Arranger and Agent)'],
    ['an address under each name', 'SUPPLY AGREEMENT', ['between', 'HALVERSTON ROBOTICS INC.', '400 Ferris Lane, Dayton, Ohio 45402', 'and', 'QUILLMARK LOGISTICS LLC', '18 Harbor Road, Portland, Maine 04101'], 'HALVERSTON ROBOTICS INC.; QUILLMARK LOGISTICS LLC'],
  ])('%s', (_name, title, opening, want) => {
    expect(partiesOf(title, opening)).toBe(want);
  });

  it('a numbered cover in a text file, the company number run into the name\'s block', async () => {
    expect(await partiesOfText('FACILITY AGREEMENT\n\nDATED 3 March 2022\n\n(1) HALVERSTON ROBOTICS LIMITED\nCompany number 08812345\n\n(2) FERRIS LANE BANK PLC\nCompany number 01234567')).toBe('HALVERSTON ROBOTICS LIMITED; FERRIS LANE BANK PLC');
  });

  it('in a text file', async () => {
    expect(await partiesOfText('SHARE PURCHASE AGREEMENT\n\nbetween\n\nHALVERSTON ROBOTICS LIMITED\n(Company No. 08812345)\n\nand\n\nQUILLMARK LOGISTICS LIMITED\n(Company No. 09954321)\n\nDated 3 March 2022')).toBe('HALVERSTON ROBOTICS LIMITED; QUILLMARK LOGISTICS LIMITED');
  });
});

describe('a letter titled by its subject line', () => {
  const head = 'Halverston Robotics Inc.\n400 Ferris Lane, Dayton, Ohio 45402\n\nJune 2, 2021\n\nMr. Omar Fenwick\n18 Harbor Road\nPortland, Maine 04101';
  it.each([
    ['Re: Consulting Engagement', 'Consulting Engagement'],
    ['RE: WAREHOUSING SERVICES', 'WAREHOUSING SERVICES'],
    ['Re: Letter Agreement regarding warehousing services', 'Letter Agreement regarding warehousing services'],
    ['Subject: Offer of Employment', 'Offer of Employment'],
  ])('%j', async (subject, want) => {
    expect(await titleOfText(`${head}\n\n${subject}\n\nDear Omar:\n\nThis letter confirms the terms of your engagement with Halverston Robotics Inc. (the "Company").`)).toBe(want);
  });

  it('under the salutation, as British letters set it', async () => {
    expect(await titleOfText('HALVERSTON ROBOTICS INC.\n400 Ferris Lane, Dayton, Ohio 45402\n\nMarch 3, 2022\n\nPRIVATE AND CONFIDENTIAL\n\nMs. Lena Marsh\n4 Mill Yard\nLeeds LS2 7QT\n\nDear Lena\n\nRe: Your secondment to the Leeds office\n\nWe write to confirm the terms of your secondment.')).toBe('Your secondment to the Leeds office');
  });

  it('a subject that names an instrument is a fuller title than "Letter Agreement"', async () => {
    expect(await titleOfText(`${head}\n\nRe: Separation Agreement and General Release\n\nDear Omar:\n\nThis letter agreement records the terms of your separation from Halverston Robotics Inc.`)).toBe('Separation Agreement and General Release');
  });

  it('not a reference number, nor a line outside a letter', async () => {
    expect(await titleOfText(`${head}\n\nRe: Our ref. 4471/OF\n\nDear Omar:\n\nThis letter confirms the terms of your engagement with Halverston Robotics Inc. (the "Company").`)).toBeUndefined();
    expect(titleOf(['SUPPLY AGREEMENT'], 'Re: Consulting Engagement')).toBe('SUPPLY AGREEMENT');
  });
});

describe('a cover table of role rows', () => {
  it.each<[string, Entry[], string]>([
    ['"Company | …" and "Supplier | …"', [row('Company | Norrland Timber AB'), row('Supplier | Quillmark Logistics LLC'), row('Date | 3 March 2022')], 'Norrland Timber AB (Company); Quillmark Logistics LLC (Supplier)'],
    ['"Company: | …" and "Consultant: | …"', [row('Company: | Norrland Timber AB'), row('Consultant: | Omar Fenwick')], 'Norrland Timber AB (Company); Omar Fenwick (Consultant)'],
    ['a registration number and a birth date after the names', [row('Employer | Norrland Timber AB, org. no. 556677-8899'), row('Employee | Lena Marsh, born 1 May 1985')], 'Norrland Timber AB (Employer); Lena Marsh (Employee)'],
    ['"Party A | …" and "Party B | …"', [row('Party A | Halverston Robotics Inc.'), row('Party B | Quillmark Logistics LLC')], 'Halverston Robotics Inc. (Party A); Quillmark Logistics LLC (Party B)'],
    ['"Employer | …" and "Employee | …"', [row('Employer | Norrland Timber AB'), row('Employee | Omar Fenwick'), row('Start date | 1 April 2022')], 'Norrland Timber AB (Employer); Omar Fenwick (Employee)'],
  ])('%s', (_name, opening, want) => {
    expect(partiesOf('AGREEMENT', opening)).toBe(want);
  });
});

describe('a lone first initial before a surname and a role in quotes', () => {
  it.each([
    ['in capitals, second', 'Halverston Robotics Inc. ("Company") and T. HARRINGTON ("Consultant")', 'Halverston Robotics Inc. (Company); T. HARRINGTON (Consultant)'],
    ['in ordinary case, with "the"', 'Halverston Robotics Inc. (the "Client") and A. Kumar (the "Consultant")', 'Halverston Robotics Inc. (Client); A. Kumar (Consultant)'],
    ['first in the list', 'A. Kumar ("Consultant") and Halverston Robotics Inc. ("Company")', 'A. Kumar (Consultant); Halverston Robotics Inc. (Company)'],
  ])('%s', (_name, list, want) => {
    expect(partiesOf('CONSULTING AGREEMENT', [`This Agreement is made between ${list}.`])).toBe(want);
  });

  it('a list lettered "A.", "B." in order: the letters are the items\'', () => {
    expect(partiesOf('CONSULTANCY AGREEMENT', ['This Agreement is made on 3 March 2022 between:', 'A. Halverston Robotics Limited ("Company"); and', 'B. Lena Marsh ("Consultant").'])).toBe('Halverston Robotics Limited (Company); Lena Marsh (Consultant)');
    expect(partiesOf('CONSULTANCY AGREEMENT', ['This Agreement is made on 3 March 2022 between: A. Halverston Robotics Limited ("Company"); and B. Lena Marsh ("Consultant").'])).toBe('Halverston Robotics Limited (Company); Lena Marsh (Consultant)');
  });

  it('a numbered English list', () => {
    expect(partiesOf('CONSULTANCY AGREEMENT', ['This Agreement is made on 3 March 2022 between:', '(1) Halverston Robotics Limited ("Company"); and', '(2) T. Harrington ("Consultant").'])).toBe('Halverston Robotics Limited (Company); T. Harrington (Consultant)');
  });
});

describe('parties in other drafting styles', () => {
  it.each<[string, string, string]>([
    ['a trustee for a trust', 'between Ferris Lane Bank, N.A. ("Lender") and Dana Pruitt, as trustee of the Pruitt Family Trust dated May 1, 2010 ("Borrower")', 'Ferris Lane Bank, N.A. (Lender); Dana Pruitt (Borrower)'],
    ['a trust company as trustee', 'between Ferris Lane Bank, N.A. ("Lender") and Harbor Trust Company, as trustee of the Marsh Irrevocable Trust ("Borrower")', 'Ferris Lane Bank, N.A. (Lender); Harbor Trust Company (Borrower)'],
    ['a fund acting by its general partner', 'between Quillmark Growth Fund II, L.P., acting by its general partner Quillmark GP LLC ("Fund"), and Halverston Robotics Inc. ("Company")', 'Quillmark Growth Fund II, L.P. (Fund); Halverston Robotics Inc. (Company)'],
    ['a partnership acting by its general partner', 'between Halverston Property Partnership, acting by its general partner Halverston GP Limited (the "Partnership"), and Quillmark Logistics Limited (the "Tenant")', 'Halverston Property Partnership (Partnership); Quillmark Logistics Limited (Tenant)'],
    ['a government department', 'between the Vermont Department of Economic Development (the "Agency") and Halverston Robotics Inc. (the "Grantee")', 'Vermont Department of Economic Development (Agency); Halverston Robotics Inc. (Grantee)'],
    ['a university "for and on behalf of" its campus', 'between The Regents of the University of Northvale, for and on behalf of its Northvale campus ("University"), and Halverston Robotics Inc. ("Sponsor")', 'The Regents of the University of Northvale (University); Halverston Robotics Inc. (Sponsor)'],
    ['"for and on behalf of" its school, second', 'between Halverston Robotics Inc. ("Sponsor") and Northvale University, for and on behalf of its School of Engineering ("University")', 'Halverston Robotics Inc. (Sponsor); Northvale University (University)'],
    ['a joint venture described as "between" its members', 'between Halverston-Quillmark JV, a joint venture between Halverston Robotics Inc. and Quillmark Logistics LLC (the "JV"), and Ferris Lane Bank, N.A. (the "Bank")', 'Halverston-Quillmark JV (JV); Ferris Lane Bank, N.A. (Bank)'],
    ['a partnership described as "between" its partners', 'between Ferris Lane Bank, N.A. (the "Bank") and Northgate Partners, a general partnership between Lena Marsh and Dana Pruitt (the "Borrower")', 'Ferris Lane Bank, N.A. (Bank); Northgate Partners (Borrower)'],
    ['a trustee company "in its capacity as trustee"', 'between Halverston Robotics Limited (the "Company") and Harbour Trustees Limited in its capacity as trustee of the Halverston Employee Benefit Trust (the "Trustee")', 'Halverston Robotics Limited (Company); Harbour Trustees Limited (Trustee)'],
    ['the Crown as represented by a minister', 'between Her Majesty the King in right of Northland, as represented by the Minister of Forests (the "Province"), and Norrland Timber Ltd. (the "Licensee")', 'Her Majesty the King in right of Northland (Province); Norrland Timber Ltd. (Licensee)'],
    ['a port authority', 'between the Northvale Port Authority, a body corporate and politic (the "Authority"), and Quillmark Logistics LLC ("Operator")', 'Northvale Port Authority (Authority); Quillmark Logistics LLC (Operator)'],
    ['a general partnership', 'between Halverston Robotics Inc. ("Buyer") and Northgate Partners, a general partnership ("Seller")', 'Halverston Robotics Inc. (Buyer); Northgate Partners (Seller)'],
  ])('%s', (_name, list, want) => {
    expect(partiesOf('AGREEMENT', [`This Agreement is made on March 3, 2022 ${list}.`])).toBe(want);
  });

  it('a short name shared by all the parties is not the last one\'s', () => {
    expect(partiesOf('AGREEMENT', ['This Agreement is made on 3 March 2022 between Halverston Robotics Inc. ("Halverston") and Quillmark Logistics LLC ("Quillmark") (each a "Venturer" and together the "Venturers").'])).toBe('Halverston Robotics Inc. (Halverston); Quillmark Logistics LLC (Quillmark)');
    expect(partiesOf('AGREEMENT', ['This Agreement is made on 3 March 2022 among Halverston Robotics Inc. ("Halverston"), Quillmark Logistics LLC ("Quillmark") and Ferris Lane Bank, N.A. (the "Bank" and together with Quillmark, the "Lenders").'])).toBe('Halverston Robotics Inc. (Halverston); Quillmark Logistics LLC (Quillmark); Ferris Lane Bank, N.A. (Bank)');
  });

  it('British openings with registration details and a numbered list', () => {
    expect(partiesOf('SHARE PURCHASE AGREEMENT', ['THIS AGREEMENT is dated 3 March 2022', h('PARTIES'), '(1) HALVERSTON ROBOTICS LIMITED, a company incorporated in England (No. 08812345), of 4 Mill Yard, Leeds LS2 7QT (the "Seller").', '(2) QUILLMARK LOGISTICS LIMITED, a company incorporated in Scotland (No. SC123456), of 18 Harbour Road, Perth PH1 5AB (the "Buyer").', h('BACKGROUND')])).toBe('HALVERSTON ROBOTICS LIMITED (Seller); QUILLMARK LOGISTICS LIMITED (Buyer)');
    expect(partiesOf('DEED OF GUARANTEE', ['THIS DEED is dated 3 March 2022 and made BETWEEN:', '(1) DANA PRUITT of 4 Mill Yard, Leeds LS2 7QT (the "Guarantor"); and', '(2) QUILLMARK LOGISTICS LIMITED (company number 09954321) (the "Landlord").'])).toBe('DANA PRUITT (Guarantor); QUILLMARK LOGISTICS LIMITED (Landlord)');
  });

  it('signatories of an instrument made "by and between the undersigned"', () => {
    expect(partiesOf('JOINT FILING AGREEMENT', ['This Agreement is made by and between the undersigned as of March 3, 2022.'], ['IN WITNESS WHEREOF, the undersigned have signed this Agreement.', 'HALVERSTON CAPITAL PARTNERS, L.P.', 'By: Halverston GP LLC, its general partner', 'By: /s/ Dana Pruitt', 'QUILLMARK FUND MANAGEMENT LLC', 'By: /s/ Omar Fenwick'])).toBe('HALVERSTON CAPITAL PARTNERS, L.P.; QUILLMARK FUND MANAGEMENT LLC');
  });

  it('the parties a schedule\'s table lists', () => {
    const opening = ['This Agreement is made on 3 March 2022 between Halverston Robotics Inc. (the "Issuer") and the persons listed in Schedule 1 (each an "Investor").'];
    expect(partiesOf('SUBSCRIPTION AGREEMENT', opening, [SIGNED, h('SCHEDULE 1'), row('Investor | Address | Shares'), row('Quillmark Ventures LLC | 18 Harbor Road | 10,000'), row('Lena Marsh | 4 Mill Yard | 5,000')])).toBe('Halverston Robotics Inc. (Issuer); Quillmark Ventures LLC (Investor); Lena Marsh (Investor)');
    expect(partiesOf('SHAREHOLDERS AGREEMENT', ['This Agreement is made on 3 March 2022 between the persons whose names are set out in Schedule 1 (the "Shareholders") and Halverston Robotics Limited (the "Company").'], [SIGNED, h('SCHEDULE 1'), row('Name | Address | Shares'), row('Quillmark Ventures Limited | 18 Harbour Road | 10,000'), row('Lena Marsh | 4 Mill Yard | 5,000')])).toBe('Halverston Robotics Limited (Company); Quillmark Ventures Limited (Shareholders); Lena Marsh (Shareholders)');
    expect(partiesOf('SUBSCRIPTION AGREEMENT', ['This Agreement is made on 3 March 2022 between Halverston Robotics Inc. (the "Issuer") and the entities named on Exhibit A (the "Purchasers").'], [SIGNED, h('EXHIBIT A'), h('Schedule of Purchasers'), row('Name | Commitment'), row('Quillmark Ventures LLC | $1,000,000'), row('Northgate Capital Partners LP | $500,000')])).toBe('Halverston Robotics Inc. (Issuer); Quillmark Ventures LLC (Purchasers); Northgate Capital Partners LP (Purchasers)');
  });
});

describe('titles in other drafting styles', () => {
  it.each<[string, string[], string, string]>([
    ['a first amendment', ['FIRST AMENDMENT TO LEASE'], 'This First Amendment to Lease is made on March 3, 2022.', 'FIRST AMENDMENT TO LEASE'],
    ['a first amendment over three lines', ['FIRST AMENDMENT', 'TO', 'MASTER SERVICES AGREEMENT'], 'This First Amendment is made on March 3, 2022.', 'FIRST AMENDMENT TO MASTER SERVICES AGREEMENT'],
    ['an amendment over four lines, the restating words on one', ['AMENDMENT NO. 1', 'TO THE', 'AMENDED AND RESTATED', 'SUPPLY AGREEMENT'], 'This Amendment No. 1 is made on March 3, 2022.', 'AMENDMENT NO. 1 TO THE AMENDED AND RESTATED SUPPLY AGREEMENT'],
    ['a deed of variation on a numbered cover', ['DATED 3 March 2022', '(1) HALVERSTON ROBOTICS LIMITED', '(2) QUILLMARK LOGISTICS LIMITED', 'DEED OF VARIATION'], 'relating to a lease of 4 Mill Yard, Leeds', 'DEED OF VARIATION'],
    ['an amendment to a restated agreement', ['FIRST AMENDMENT TO', 'AMENDED AND RESTATED', 'LOAN AND SECURITY AGREEMENT'], 'This First Amendment is made on March 3, 2022.', 'FIRST AMENDMENT TO AMENDED AND RESTATED LOAN AND SECURITY AGREEMENT'],
    ['under a letterhead with a telephone line', ['HALVERSTON ROBOTICS INC.', '400 Ferris Lane, Dayton, Ohio 45402', 'Tel: (937) 555-0100', 'MUTUAL NONDISCLOSURE AGREEMENT'], 'This Mutual Nondisclosure Agreement is made on March 3, 2022.', 'MUTUAL NONDISCLOSURE AGREEMENT'],
    ['in title case under a letterhead and a date', ['Halverston Robotics Inc.', '400 Ferris Lane, Dayton, Ohio 45402', 'March 3, 2022', 'Amendment to Consulting Agreement'], 'This amendment is made on March 3, 2022.', 'Amendment to Consulting Agreement'],
    ['a deed of amendment and restatement', ['DEED OF AMENDMENT AND RESTATEMENT'], 'This Deed is made on 3 March 2022.', 'DEED OF AMENDMENT AND RESTATEMENT'],
    ['a joinder', ['JOINDER AGREEMENT'], 'This Joinder Agreement is made on March 3, 2022.', 'JOINDER AGREEMENT'],
    ['a title broken after "FOR"', ['MASTER AGREEMENT FOR', 'PROFESSIONAL SERVICES'], 'This Master Agreement is made on March 3, 2022.', 'MASTER AGREEMENT FOR PROFESSIONAL SERVICES'],
    ['"… AGREEMENT FOR …" on one line', ['SUPPLY AGREEMENT FOR LABORATORY EQUIPMENT'], 'This Supply Agreement is made on March 3, 2022.', 'SUPPLY AGREEMENT FOR LABORATORY EQUIPMENT'],
    ['a restated title with an apostrophe', ['THIRD AMENDED AND RESTATED', 'INVESTORS\u2019 RIGHTS AGREEMENT'], 'This Third Amended and Restated Investors\u2019 Rights Agreement is made on March 3, 2022.', 'THIRD AMENDED AND RESTATED INVESTORS\u2019 RIGHTS AGREEMENT'],
    ['an amendment and waiver', ['AMENDMENT NO. 2 TO LOAN AGREEMENT AND WAIVER'], 'This Amendment is made on March 3, 2022.', 'AMENDMENT NO. 2 TO LOAN AGREEMENT AND WAIVER'],
    ['a supplemental indenture', ['FIRST SUPPLEMENTAL INDENTURE'], 'This First Supplemental Indenture is made on March 3, 2022.', 'FIRST SUPPLEMENTAL INDENTURE'],
    ['under a letterhead and a legend', ['HALVERSTON ROBOTICS INC.', 'CONFIDENTIAL', 'EMPLOYEE PROPRIETARY INFORMATION AND INVENTIONS ASSIGNMENT AGREEMENT'], 'In consideration of my employment, I agree as follows.', 'EMPLOYEE PROPRIETARY INFORMATION AND INVENTIONS ASSIGNMENT AGREEMENT'],
    ['a side letter', ['SIDE LETTER'], 'This side letter is made on March 3, 2022.', 'SIDE LETTER'],
    ['a waiver and consent', ['WAIVER AND CONSENT'], 'This Waiver and Consent is made on March 3, 2022.', 'WAIVER AND CONSENT'],
    ['a general release', ['GENERAL RELEASE'], 'For good consideration, Dana Pruitt releases Halverston Robotics Inc. from all claims.', 'GENERAL RELEASE'],
    ['an agreement and a mutual release', ['TERMINATION AGREEMENT AND MUTUAL RELEASE'], 'This Agreement is made on 3 March 2022.', 'TERMINATION AGREEMENT AND MUTUAL RELEASE'],
    ['a promissory note', ['PROMISSORY NOTE'], 'For value received, Halverston Robotics Inc. promises to pay Ferris Lane Bank, N.A. the principal sum below.', 'PROMISSORY NOTE'],
    ['a bill of sale', ['BILL OF SALE'], 'Dana Pruitt sells to Halverston Robotics Inc. the goods listed below.', 'BILL OF SALE'],
    ['a consent to assignment', ['CONSENT TO ASSIGNMENT'], 'This Consent to Assignment is made on 3 March 2022.', 'CONSENT TO ASSIGNMENT'],
    ['an assignment of rights', ['ASSIGNMENT OF PATENT AND DESIGN RIGHTS'], 'This Assignment is made on 3 March 2022.', 'ASSIGNMENT OF PATENT AND DESIGN RIGHTS'],
    ['an award under a plan named above it', ['HALVERSTON ROBOTICS INC.', '2022 EQUITY INCENTIVE PLAN', 'RESTRICTED STOCK UNIT AWARD AGREEMENT'], 'This Award Agreement is made on 3 March 2022.', 'RESTRICTED STOCK UNIT AWARD AGREEMENT'],
    ['an option agreement under a plan', ['HALVERSTON ROBOTICS INC. STOCK OPTION PLAN', 'NONQUALIFIED STOCK OPTION AGREEMENT'], 'Dana Pruitt has been granted an option on the terms below.', 'NONQUALIFIED STOCK OPTION AGREEMENT'],
    ['a plan alone', ['HALVERSTON ROBOTICS INC.', 'EMPLOYEE STOCK PURCHASE PLAN'], 'The purpose of this Plan is to let employees buy shares.', 'EMPLOYEE STOCK PURCHASE PLAN'],
  ])('%s', (_name, head, opening, want) => {
    expect(titleOf(head, opening)).toBe(want);
  });

  it('under a letterhead in a text file', async () => {
    expect(await titleOfText('[HALVERSTON ROBOTICS INC. LETTERHEAD]\n\nCONSULTING AGREEMENT\n\nThis Consulting Agreement is made on March 3, 2022.')).toBe('CONSULTING AGREEMENT');
    expect(await titleOfText('Halverston Robotics Inc. | 400 Ferris Lane | Dayton, Ohio 45402\n\nSUBSCRIPTION AGREEMENT\n\nThis Subscription Agreement is made on March 3, 2022.')).toBe('SUBSCRIPTION AGREEMENT');
    expect(await titleOfText('HALVERSTON ROBOTICS INC.\nA Delaware corporation\n\nBOARD OBSERVER AGREEMENT\n\nThis Agreement is made on March 3, 2022.')).toBe('BOARD OBSERVER AGREEMENT');
  });

  it('a restated title and a fee letter in a text file', async () => {
    expect(await titleOfText('SECOND AMENDED AND RESTATED\nCREDIT AGREEMENT\n\ndated as of March 3, 2022\n\namong\n\nHALVERSTON ROBOTICS INC.,\nas Borrower,\n\nand\n\nFERRIS LANE BANK, N.A.,\nas Lender')).toBe('SECOND AMENDED AND RESTATED CREDIT AGREEMENT');
    expect(await titleOfText('HALVERSTON ROBOTICS INC.\n400 Ferris Lane, Dayton, Ohio 45402\nwww.halverston.example\n\nCONSULTING SERVICES AGREEMENT\n\nThis Consulting Services Agreement is made on March 3, 2022.')).toBe('CONSULTING SERVICES AGREEMENT');
    expect(await titleOfText('AMENDED AND RESTATED FEE LETTER\n\nMarch 3, 2022\n\nHalverston Robotics Inc.\n400 Ferris Lane\n\nLadies and Gentlemen:\n\nReference is made to the credit agreement.')).toBe('AMENDED AND RESTATED FEE LETTER');
  });

  it('a clause heading "NO WAIVER" or a bare "LETTER" is no title', () => {
    expect(titleOf(['NO WAIVER'], 'A delay in enforcing a right is not a waiver of it.')).toBeUndefined();
    expect(titleOf(['LETTER'], 'A delay in enforcing a right is not a waiver of it.')).toBeUndefined();
    expect(titleOf(['Assignment of Rights'], 'Each party keeps the rights it holds under clause 4.')).toBeUndefined();
  });
});

describe('an exhibit list that ends on the first page', () => {
  it('is not the title: a caption over "[Form follows.]" names a form still to come', () => {
    const head = ['EXHIBIT C', 'FORM OF ESCROW AGREEMENT FOR DEPOSIT', '[Form follows.]', 'SECOND AMENDMENT TO', 'SUPPLY AGREEMENT'];
    const opening = 'THIS SECOND AMENDMENT TO SUPPLY AGREEMENT is made as of March 3, 2021 between Kestrel Mill Supply Inc., a Delaware corporation ("Supplier"), and Orrin Foods LLC, an Ohio limited liability company ("Buyer").';
    expect(titleOf(head, opening)).toBe('SECOND AMENDMENT TO SUPPLY AGREEMENT');
    // Without the note the caption is a title line (a form of agreement may be the document itself).
    expect(titleOf(['FORM OF ESCROW AGREEMENT FOR DEPOSIT'], 'This Escrow Agreement is made between Kestrel Mill Supply Inc. ("Depositor") and Orrin Trust Company ("Agent").')).toBe('FORM OF ESCROW AGREEMENT FOR DEPOSIT');
  });
});
