/**
 * Parties the opening does not list in a sentence: a letter agreement's sender and addressee, a party the opening leaves
 * to the signature page ("the consultant identified on the signature page"), and parties a cover sets side by side in
 * two columns, which text extraction runs together row by row. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const termsOf = (entries: readonly Entry[]) => extractKeyTerms(makeDoc(entries)).terms;
const partiesOf = (entries: readonly Entry[]): Party[] | undefined => termsOf(entries).parties?.value as Party[] | undefined;
const namesOf = (entries: readonly Entry[]): string[] | undefined => partiesOf(entries)?.map((p) => p.name);

describe('a letter agreement', () => {
  const letter = (opening: string, close: readonly Entry[], head?: readonly Entry[]): Entry[] => [
    ...(head ?? ['NORTHGLEN BIOSCIENCES, INC. 77 Harbor Drive San Diego, CA 92101', { text: 'June 2, 2020', kind: 'heading' }, 'Dr. Amelia Castellanos 1450 Ridgeview Lane La Jolla, California 92037']),
    'Dear Dr. Castellanos:',
    opening,
    '1. Services. You will advise the Company on its protein engineering programme.',
    '2. Compensation. The Company will pay you $300 per hour.',
    'Sincerely,',
    ...close,
  ];
  const signedByPerson: Entry[] = [{ text: 'NORTHGLEN BIOSCIENCES, INC.', kind: 'heading' }, 'By: /s/ Rupert Vale Name: Rupert Vale Title: President', 'Agreed and accepted:', '/s/ Amelia Castellanos Amelia Castellanos'];
  it('is between its sender and the person it is addressed to, when no body countersigns', () => {
    const entries = letter('This letter agreement confirms the terms of your engagement as a scientific consultant to Northglen Biosciences, Inc. (the "Company").', signedByPerson);
    expect(partiesOf(entries)).toEqual([{ name: 'NORTHGLEN BIOSCIENCES, INC.', role: 'Company' }, { name: 'Amelia Castellanos' }]);
  });
  it('is between its sender and the body that countersigns under "ACCEPTED AND AGREED"', () => {
    const head: Entry[] = ['STONEBRIDGE MEDICAL, INC. 1 Research Park Durham, NC 27709', { text: 'January 12, 2019', kind: 'heading' }, 'Via Email', 'Calder Pharma Services LLC 55 Market Street Lancaster, PA 17602 Attn: Mr. Owen Hart', 'Re: Packaging of clinical supplies'];
    const close: Entry[] = [{ text: 'STONEBRIDGE MEDICAL, INC.', kind: 'heading' }, 'By: /s/ Nora West Name: Nora West', 'ACCEPTED AND AGREED:', { text: 'CALDER PHARMA SERVICES LLC', kind: 'heading' }, 'By: /s/ Owen Hart Name: Owen Hart'];
    const entries = letter('This letter agreement confirms the terms on which the addressee will package clinical supplies for the sender.', close, head);
    expect(namesOf(entries)).toEqual(['STONEBRIDGE MEDICAL, INC.', 'CALDER PHARMA SERVICES LLC']);
  });
  it('reads the addressee body from the address block after the person it is marked for', () => {
    const head: Entry[] = ['STONEBRIDGE MEDICAL, INC.', '1 Research Park', 'Durham, NC 27709', { text: 'January 12, 2019', kind: 'heading' }, 'Mr. Owen Hart', 'Calder Pharma Services LLC', '55 Market Street', 'Lancaster, PA 17602'];
    const close: Entry[] = [{ text: 'STONEBRIDGE MEDICAL, INC.', kind: 'heading' }, 'By: /s/ Nora West Name: Nora West'];
    expect(namesOf(letter('This letter agreement confirms the terms on which the addressee will package clinical supplies.', close, head))).toEqual(['STONEBRIDGE MEDICAL, INC.', 'Calder Pharma Services LLC']);
  });
  it('addressed "Ladies and Gentlemen", its sender signing under the close and a cooperative countersigning', () => {
    const head: Entry[] = [{ text: 'May 3, 2018', kind: 'heading' }, 'Westfall Grain Cooperative 80 Depot Road Ames, Iowa 50010'];
    const entries: Entry[] = [...head, 'Ladies and Gentlemen:', 'This letter agreement sets out the terms on which we will buy your corn crop.', '1. Price. We will pay $4.10 per bushel.', 'Very truly yours,', { text: 'PRAIRIE MILLING COMPANY', kind: 'heading' }, 'By: /s/ Dale Ostrander Name: Dale Ostrander', 'Accepted and agreed as of the date above:', { text: 'WESTFALL GRAIN COOPERATIVE', kind: 'heading' }, 'By: /s/ Ruth Engel Name: Ruth Engel'];
    expect(namesOf(entries)).toEqual(['PRAIRIE MILLING COMPANY', 'WESTFALL GRAIN COOPERATIVE']);
  });
  it('in British form: "Dear Sirs,", a legal form in lower case, a letter marked for "The Directors"', () => {
    const entries: Entry[] = [
      { text: 'Pembury Holdings plc 2 Bishopsgate London EC2N 4AJ', kind: 'heading' },
      { text: '14 October 2019', kind: 'heading' },
      'The Directors Hawley Components Limited Unit 4, Riverside Park Reading RG1 8BT',
      'Dear Sirs,',
      'This letter records the terms on which Pembury Holdings plc ("Pembury") will lend working capital to Hawley Components Limited ("Hawley").',
      '1. Facility. Pembury shall make available up to £2,000,000.',
      'Yours faithfully,',
      'for and on behalf of PEMBURY HOLDINGS PLC',
    ];
    expect(partiesOf(entries)).toEqual([
      { name: 'Pembury Holdings plc', role: 'Pembury' },
      { name: 'Hawley Components Limited', role: 'Hawley' },
    ]);
  });
  it('its "you" is the addressee the letter is written to', () => {
    const entries: Entry[] = [
      { text: 'March 9, 2022', kind: 'heading' },
      'Brookfield Lane Partners LLC 300 Pine Street Seattle, WA 98101 Attention: Ms. Clara Boyd',
      'Re: Exclusivity',
      'Ladies and Gentlemen:',
      'This letter agreement sets forth the agreement between Osprey Retail Holdings, Inc. ("Osprey") and you regarding exclusivity in connection with the proposed acquisition.',
      '1. Exclusivity. For thirty days you shall not solicit other offers.',
      'Very truly yours,',
      { text: 'OSPREY RETAIL HOLDINGS, INC.', kind: 'heading' },
      'By: /s/ Grant Ivers Name: Grant Ivers Title: President',
      'Agreed to and accepted as of the date first written above:',
      { text: 'BROOKFIELD LANE PARTNERS LLC', kind: 'heading' },
      'By: /s/ Clara Boyd Name: Clara Boyd Title: Manager',
    ];
    expect(namesOf(entries)).toEqual(['Osprey Retail Holdings, Inc.', 'BROOKFIELD LANE PARTNERS LLC']);
  });
  it('a standard form that is no letter keeps "You" (a guard)', () => {
    const entries: Entry[] = [{ text: 'AFFILIATE PROGRAM AGREEMENT', kind: 'heading' }, 'This Affiliate Program Agreement is between Osprey Retail Holdings, Inc. ("Osprey") and you as an "Affiliate".', { text: '1. Links. You may place links to the Osprey site.', clause: '1' }];
    expect(namesOf(entries)).toEqual(['Osprey Retail Holdings, Inc.', 'You']);
  });
  it('a letter with no salutation is not read so (a guard): a notice quoting a letterhead names no parties', () => {
    const entries: Entry[] = ['NORTHGLEN BIOSCIENCES, INC. 77 Harbor Drive San Diego, CA 92101', { text: 'June 2, 2020', kind: 'heading' }, 'Notice of our new premises', 'Our offices move on July 1.', 'Sincerely,', 'NORTHGLEN BIOSCIENCES, INC.'];
    expect(partiesOf(entries)).toBeUndefined();
  });
});

describe('a party the opening leaves to the signature page', () => {
  const contract = (opening: string, signatures: readonly Entry[]): Entry[] => [
    { text: 'CONSULTING AGREEMENT', kind: 'heading' },
    opening,
    { text: '1. Services. Consultant shall provide the services described in Exhibit A.', clause: '1' },
    { text: '2. Compensation. The Company shall pay Consultant the fees set out in Exhibit A.', clause: '2' },
    'IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.',
    ...signatures,
  ];
  it('is the body signed under its short name', () => {
    const opening = 'This Consulting Agreement (this "Agreement") is made as of September 1, 2018 by and between Talbot Instruments Corp., a Delaware corporation (the "Company"), and the consultant identified on the signature page hereto ("Consultant").';
    const signatures: Entry[] = ['COMPANY:', 'TALBOT INSTRUMENTS CORP.', 'By: /s/ Helen Marsh Name: Helen Marsh Title: Chief Executive Officer', 'CONSULTANT:', 'QUILLON ADVISORY GROUP LLC', 'By: /s/ Peter Quillon Name: Peter Quillon Title: Managing Member'];
    expect(partiesOf(contract(opening, signatures))).toEqual([
      { name: 'Talbot Instruments Corp.', role: 'Company' },
      { name: 'QUILLON ADVISORY GROUP LLC', role: 'Consultant' },
    ]);
  });
  it('or the person who signs under it, when the block is run together on one line', () => {
    const opening = 'This Consulting Agreement is made as of May 1, 2015 between Orbis Dental Corp., a Nevada corporation (the "Company"), and the individual whose name appears on the signature page (the "Consultant").';
    const signatures: Entry[] = ['ORBIS DENTAL CORP. By: /s/ Neil Bram Name: Neil Bram Title: President', 'CONSULTANT /s/ Priya Anand Name: Priya Anand'];
    expect(partiesOf(contract(opening, signatures))).toEqual([
      { name: 'Orbis Dental Corp.', role: 'Company' },
      { name: 'Priya Anand', role: 'Consultant' },
    ]);
  });
  it('the name printed under the signature is not read twice', () => {
    const opening = 'This Consulting Agreement is made as of January 5, 2021 by and between Halcyon Robotics, Inc. (the "Company"), and the advisor named on the signature page hereto ("Advisor").';
    const signatures: Entry[] = ['HALCYON ROBOTICS, INC.', 'By: /s/ Mara Quist Name: Mara Quist Title: CEO', 'ADVISOR:', '/s/ Tobias Renner Tobias Renner'];
    expect(namesOf(contract(opening, signatures))).toEqual(['Halcyon Robotics, Inc.', 'Tobias Renner']);
  });
  it('a signature page without a block under that short name adds no party (a guard)', () => {
    const opening = 'This Consulting Agreement is made as of May 1, 2015 between Orbis Dental Corp. (the "Company") and Priya Anand, an individual (the "Consultant"), and the guarantor identified on the signature page ("Guarantor").';
    const signatures: Entry[] = ['ORBIS DENTAL CORP. By: /s/ Neil Bram Name: Neil Bram', '/s/ Priya Anand Name: Priya Anand'];
    expect(namesOf(contract(opening, signatures))).toEqual(['Orbis Dental Corp.', 'Priya Anand']);
  });
});

describe('parties set side by side in two columns', () => {
  const cover = (row: string): Entry[] => [{ text: 'LICENSE AGREEMENT', kind: 'heading' }, 'between', row, { text: 'Dated as of May 5, 2016', kind: 'heading' }, { text: '1. Grant. Licensor grants Licensee a licence to the Licensed Patents.', clause: '1' }];
  it('pairs each name with the short name in the same column', () => {
    expect(partiesOf(cover('ACME ROBOTICS CORP. BETA SENSORS LLC a Delaware corporation a Texas limited liability company ("Licensor") ("Licensee")'))).toEqual([
      { name: 'ACME ROBOTICS CORP.', role: 'Licensor' },
      { name: 'BETA SENSORS LLC', role: 'Licensee' },
    ]);
  });
  it('with a legal form of two words and no descriptions', () => {
    expect(namesOf([{ text: 'DISTRIBUTION AGREEMENT', kind: 'heading' }, 'NORTHSTAR FOODS, INC. PACIFIC RIM TRADING CO., LTD. ("Supplier") ("Distributor")', { text: 'Dated as of March 3, 2015', kind: 'heading' }])).toEqual([
      'NORTHSTAR FOODS, INC.',
      'PACIFIC RIM TRADING CO., LTD.',
    ]);
  });
  it('with an "and" between the columns', () => {
    expect(partiesOf([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, 'BRANDT METALS LIMITED and OKAFOR STEEL WORKS PLC (the "Supplier") (the "Purchaser")', { text: '1. Supply. The Supplier shall supply steel.', clause: '1' }])).toEqual([
      { name: 'BRANDT METALS LIMITED', role: 'Supplier' },
      { name: 'OKAFOR STEEL WORKS PLC', role: 'Purchaser' },
    ]);
  });
  it('a sentence that gives each party its short name in turn is read as before (a guard)', () => {
    const entries: Entry[] = [{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, 'This Supply Agreement is made on May 4, 2018 between Brandt Metals Limited ("Supplier") and Okafor Steel Works PLC ("Purchaser").'];
    expect(namesOf(entries)).toEqual(['Brandt Metals Limited', 'Okafor Steel Works PLC']);
  });
  it('more names than short names is no pair of columns (a guard)', () => {
    expect(partiesOf([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, 'BRANDT METALS LIMITED OKAFOR STEEL WORKS PLC KITO FREIGHT LTD ("Supplier") ("Purchaser")'])).toBeUndefined();
  });
});

describe('a Chinese-English contract', () => {
  const contract = (lines: readonly Entry[]): Entry[] => [{ text: '合作协议 COOPERATION AGREEMENT', kind: 'heading' }, ...lines, { text: '1. Cooperation. The parties shall jointly develop tooling.', clause: '1' }];
  it('reads the English of each bilingual party line', () => {
    const lines = ['甲方 Party A (甲方): 江苏华信机械有限公司 Jiangsu Huaxin Machinery Co., Ltd. 地址 Address: 苏州市长江路88号', '乙方 Party B (乙方): 德蒙特工具有限公司 Delmont Tooling Inc. 地址 Address: 400 Elm Street, Dayton, Ohio'];
    expect(partiesOf(contract(lines))).toEqual([
      { name: 'Jiangsu Huaxin Machinery Co., Ltd.', role: 'Party A' },
      { name: 'Delmont Tooling Inc.', role: 'Party B' },
    ]);
  });
  it('with full-width colons and parentheses', () => {
    const lines = ['甲方（Party A）：江苏华信机械有限公司 Jiangsu Huaxin Machinery Co., Ltd.', '乙方（Party B）：德蒙特工具有限公司 Delmont Tooling Inc.'];
    expect(namesOf(contract(lines))).toEqual(['Jiangsu Huaxin Machinery Co., Ltd.', 'Delmont Tooling Inc.']);
  });
  it('its bilingual heading gives the English title', () => {
    expect(termsOf(contract(['Party A: Jiangsu Huaxin Machinery Co., Ltd.', 'Party B: Delmont Tooling Inc.'])).title?.value).toBe('COOPERATION AGREEMENT');
  });
});

describe('a short name in single quotes with its article inside them', () => {
  it('is the short name without the article', () => {
    const opening = "THIS AGREEMENT is made the 4th day of June 2014 BETWEEN Thornbury Exports Limited whose registered office is at 6 Quay Lane, Bristol (hereinafter called 'the Principal') of the one part AND Okonjo Trading Company Limited of 12 Marina Road, Lagos, Nigeria (hereinafter called 'the Agent') of the other part.";
    expect(partiesOf([{ text: 'AGENCY AGREEMENT', kind: 'heading' }, opening, { text: '1. Appointment. The Principal appoints the Agent.', clause: '1' }])).toEqual([
      { name: 'Thornbury Exports Limited', role: 'Principal' },
      { name: 'Okonjo Trading Company Limited', role: 'Agent' },
    ]);
  });
});

describe('a lender group described in lower case between two named parties', () => {
  it('keeps its short name off the party before it', () => {
    const opening =
      'This Credit Agreement is dated as of May 2, 2019 among Pinecrest Retail Corp. and Pinecrest Stores LLC (each a "Borrower" and collectively, the "Borrowers"), the lenders from time to time party hereto (the "Lenders"), and Sterling Union Bank, N.A., as administrative agent (the "Agent").';
    expect(partiesOf([{ text: 'CREDIT AGREEMENT', kind: 'heading' }, opening, { text: '1. Loans. The Lenders shall make Loans.', clause: '1' }])).toEqual([
      { name: 'Pinecrest Retail Corp.', role: 'Borrower / Borrowers' },
      { name: 'Pinecrest Stores LLC', role: 'Borrower / Borrowers' },
      { name: 'Sterling Union Bank, N.A.', role: 'Agent' },
    ]);
  });
});

describe('openings the reader already reads, kept so (guards)', () => {
  const contract = (title: string, opening: string): Entry[] => [{ text: title, kind: 'heading' }, opening, { text: '1. Scope. The parties shall perform this Agreement.', clause: '1' }];
  it('a trustee of a family trust is the party by name', () => {
    const opening = 'This Loan Agreement is made on January 9, 2015 between Margaret Ellison, as trustee of the Ellison Family Trust dated May 1, 2001 ("Lender"), and Brightwater Farms LLC, a Vermont limited liability company ("Borrower").';
    expect(namesOf(contract('LOAN AGREEMENT', opening))).toEqual(['Margaret Ellison', 'Brightwater Farms LLC']);
  });
  it('a former name after "f/k/a" in a parenthesis is no part of the name', () => {
    const opening = 'This License Agreement is made as of June 1, 2019 between Solara Health Inc. (f/k/a Helios Medical Inc.), a Delaware corporation ("Licensor"), and Quintrell Labs Ltd. ("Licensee").';
    expect(namesOf(contract('LICENSE AGREEMENT', opening))).toEqual(['Solara Health Inc.', 'Quintrell Labs Ltd.']);
  });
  it('agents "in its capacity as" each keep their own short name', () => {
    const opening =
      'This Creditor Priority Agreement is dated as of October 3, 2018 among Granite Peak Bank, N.A., in its capacity as administrative agent for the First Lien Lenders (the "First Lien Agent"), Lakemoor Capital LLC, in its capacity as collateral agent for the Second Lien Lenders (the "Second Lien Agent"), and Trellis Foods, Inc. (the "Borrower").';
    expect(partiesOf(contract('CREDITOR PRIORITY AGREEMENT', opening))?.map((p) => p.role)).toEqual(['First Lien Agent', 'Second Lien Agent', 'Borrower']);
  });
  it('a person trading under another name is the party with the trade name', () => {
    const opening = 'This Services Agreement is made as of August 8, 2012 by and between Harlan Greer d/b/a Greer Landscaping ("Contractor") and Ridgemont Homeowners Association, Inc., a Georgia nonprofit corporation ("Association").';
    expect(namesOf(contract('SERVICES AGREEMENT', opening))).toEqual(['Harlan Greer d/b/a Greer Landscaping', 'Ridgemont Homeowners Association, Inc.']);
  });
  it('a numbered PARTIES clause with registered numbers and offices', () => {
    const entries: Entry[] = [
      { text: 'SHARE SALE AGREEMENT', kind: 'heading' },
      'THIS AGREEMENT is dated 14 February 2020',
      { text: 'PARTIES', kind: 'heading' },
      '(1) HOLLINS BRIDGE LIMITED incorporated and registered in England and Wales with company number 07654321 whose registered office is at 3 Wharf Street, Leeds LS2 7EQ (the "Seller").',
      '(2) MARLOW & TEMPLE HOLDINGS PLC incorporated and registered in Scotland with company number SC123456 whose registered office is at 40 George Street, Edinburgh EH2 2LE (the "Buyer").',
      { text: 'BACKGROUND', kind: 'heading' },
      '(A) The Seller is the legal and beneficial owner of the Shares.',
    ];
    expect(partiesOf(entries)).toEqual([
      { name: 'HOLLINS BRIDGE LIMITED', role: 'Seller' },
      { name: 'MARLOW & TEMPLE HOLDINGS PLC', role: 'Buyer' },
    ]);
  });
});

describe('a role in a parenthesis without quotes at the end of a numbered entry', () => {
  it('may be "Company", as English templates write it', () => {
    const entries: Entry[] = [
      { text: 'CONSULTANCY AGREEMENT', kind: 'heading' },
      'DATED 3 June 2019',
      { text: 'PARTIES', kind: 'heading' },
      '1. PEREGRINE ENGINEERING LIMITED incorporated and registered in England and Wales with company number 08812345 whose registered office is at 1 Quay Street, Bristol BS1 4DJ (Company).',
      '2. HALDANE CONSULTING LIMITED incorporated and registered in England and Wales with company number 09923456 whose registered office is at 7 King Street, Bath BA1 1AA (Consultant).',
      { text: 'AGREED TERMS', kind: 'heading' },
    ];
    expect(partiesOf(entries)).toEqual([
      { name: 'PEREGRINE ENGINEERING LIMITED', role: 'Company' },
      { name: 'HALDANE CONSULTING LIMITED', role: 'Consultant' },
    ]);
  });
  it('a place in a parenthesis is no role (a guard)', () => {
    const entries: Entry[] = [
      { text: 'CONSULTANCY AGREEMENT', kind: 'heading' },
      { text: 'PARTIES', kind: 'heading' },
      '1. PEREGRINE ENGINEERING (ASIA) LIMITED whose registered office is at 1 Quay Street, Singapore (Company).',
      '2. Haldane Consulting Limited of 7 King Street, Bath (Wales).',
      { text: 'AGREED TERMS', kind: 'heading' },
    ];
    expect(partiesOf(entries)?.[1]).toEqual({ name: 'Haldane Consulting Limited' });
  });
});
