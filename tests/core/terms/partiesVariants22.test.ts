/**
 * Parties in openings the earlier readers did not hold on: an opening made only of recitals, bound by "NOW, THEREFORE,
 * A and B agree"; a body and its subsidiary under one short name; a party called "the undersigned" whose name stands
 * only on the signature page; a company's own form that calls it "the Company" under its letterhead; and many common
 * drafting styles kept as guards. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const partiesOf = (entries: readonly Entry[]): Party[] | undefined => extractKeyTerms(makeDoc(entries)).terms.parties?.value as Party[] | undefined;
const heading = (text: string): Entry => ({ text, kind: 'heading' });
// Enough clauses that the signature page stands past the opening blocks, as in a real contract.
const clauses: Entry[] = Array.from({ length: 32 }, (_, k) => ({ text: `${k + 1}. Covenant. Each party shall perform its obligations under clause ${k + 1} in good faith.`, clause: String(k + 1) }));
const contract = (title: string, opening: readonly Entry[], signatures: readonly Entry[] = []): Entry[] => [heading(title), ...opening, ...clauses, 'IN WITNESS WHEREOF, the parties have signed this Agreement on the date first written above.', ...signatures];

describe('an opening made only of recitals', () => {
  it('takes the parties the recitals define and the binding words name by short name', () => {
    const opening = ['WHEREAS, Marrowfield Alloys Corp., a Delaware corporation ("Marrowfield"), produces nickel alloys;', 'WHEREAS, Tenby Castings LLC, an Ohio limited liability company ("Tenby"), wishes to buy such alloys;', 'NOW, THEREFORE, Marrowfield and Tenby agree as follows:'];
    expect(partiesOf(contract('SUPPLY AGREEMENT', opening))).toEqual([
      { name: 'Marrowfield Alloys Corp.', role: 'Marrowfield' },
      { name: 'Tenby Castings LLC', role: 'Tenby' },
    ]);
  });
  it('also when the binding words give the names in full after the consideration', () => {
    const opening = ['WHEREAS, Marrowfield Alloys Corp. produces nickel alloys; and', 'WHEREAS, Tenby Castings LLC wishes to buy such alloys;', 'NOW, THEREFORE, in consideration of the mutual covenants herein, Marrowfield Alloys Corp. and Tenby Castings LLC hereby agree as follows:'];
    expect(partiesOf(contract('SUPPLY AGREEMENT', opening))).toEqual([{ name: 'Marrowfield Alloys Corp.' }, { name: 'Tenby Castings LLC' }]);
  });
  it('with "the Company" among the short names', () => {
    const opening = ['WHEREAS, Orrin Valve Corp., a Texas corporation (the "Company"), manufactures valves; and', 'WHEREAS, Hadley Pump Co., a Kansas corporation ("Hadley"), desires to purchase valves from the Company;', 'NOW, THEREFORE, in consideration of the premises, the Company and Hadley hereby agree as follows:'];
    expect(partiesOf(contract('SUPPLY AGREEMENT', opening))).toEqual([
      { name: 'Orrin Valve Corp.', role: 'Company' },
      { name: 'Hadley Pump Co.', role: 'Hadley' },
    ]);
  });
  it('leaves out a body a recital defines that the binding words do not name', () => {
    const opening = ['WHEREAS, Westmoor University ("University") has licensed certain patents to Orrin Valve Corp. ("Orrin");', 'WHEREAS, Hadley Pump Co. ("Hadley") desires a sublicense under those patents;', 'NOW, THEREFORE, Orrin and Hadley agree as follows:'];
    expect(partiesOf(contract('SUBLICENSE AGREEMENT', opening))).toEqual([
      { name: 'Orrin Valve Corp.', role: 'Orrin' },
      { name: 'Hadley Pump Co.', role: 'Hadley' },
    ]);
  });
  it('lettered recitals under a RECITALS heading, bound "intending to be legally bound"', () => {
    const opening: Entry[] = [heading('RECITALS'), 'A. Ostrava Freight GmbH ("Ostrava") operates a rail yard in Brno.', 'B. Kettle Creek Logistics, Inc., a Pennsylvania corporation ("Kettle"), wishes to use the yard.', 'NOW, THEREFORE, intending to be legally bound hereby, Ostrava and Kettle agree as follows:'];
    expect(partiesOf(contract('YARD SERVICES AGREEMENT', opening))).toEqual([
      { name: 'Ostrava Freight GmbH', role: 'Ostrava' },
      { name: 'Kettle Creek Logistics, Inc.', role: 'Kettle' },
    ]);
  });
  it('binding words that say only "the parties" name no one: the signature page does (a guard)', () => {
    const opening = ['WHEREAS, the Company, Orrin Valve Corp., a Texas corporation, manufactures valves; and', 'WHEREAS, Hadley Pump Co. ("Hadley") desires to purchase valves from the Company;', 'NOW, THEREFORE, the parties hereby covenant and agree:'];
    const signatures: Entry[] = [heading('ORRIN VALVE CORP.'), 'By: /s/ Tom Orr Name: Tom Orr', heading('HADLEY PUMP CO.'), 'By: /s/ Jan Hadley Name: Jan Hadley'];
    expect(partiesOf(contract('SUPPLY AGREEMENT', opening, signatures))).toEqual([{ name: 'ORRIN VALVE CORP.' }, { name: 'HADLEY PUMP CO.' }]);
  });
});

describe('a body and its subsidiary under one short name', () => {
  it('are two parties, each known by the short name they share', () => {
    const opening = ['This License Agreement is entered into as of March 1, 2019 by and between Tessaro Inc., a Delaware corporation, and its subsidiary Tessaro Europe GmbH (together, "Tessaro"), and Brightwell Labs, Inc., a California corporation ("Licensee").'];
    expect(partiesOf(contract('LICENSE AGREEMENT', opening))).toEqual([
      { name: 'Tessaro Inc.', role: 'Tessaro' },
      { name: 'Tessaro Europe GmbH', role: 'Tessaro' },
      { name: 'Brightwell Labs, Inc.', role: 'Licensee' },
    ]);
  });
  it('also a wholly-owned subsidiary named last', () => {
    const opening = ['This License Agreement is entered into as of March 1, 2019 by and between Brightwell Labs, Inc. ("Licensee") and Orvale Holdings Ltd. and its wholly-owned subsidiary Orvale Pharma AG (collectively, "Orvale").'];
    expect(partiesOf(contract('LICENSE AGREEMENT', opening))).toEqual([
      { name: 'Brightwell Labs, Inc.', role: 'Licensee' },
      { name: 'Orvale Holdings Ltd.', role: 'Orvale' },
      { name: 'Orvale Pharma AG', role: 'Orvale' },
    ]);
  });
  it('a party "and its affiliates" with no joint short name stays one party (a guard)', () => {
    const opening = ['This Services Agreement is made as of May 5, 2017 between Kilnworth Data Inc. and its affiliates ("Kilnworth") and Ferro Analytics LLC ("Ferro").'];
    expect(partiesOf(contract('SERVICES AGREEMENT', opening))).toEqual([
      { name: 'Kilnworth Data Inc.', role: 'Kilnworth' },
      { name: 'Ferro Analytics LLC', role: 'Ferro' },
    ]);
  });
});

describe('"the undersigned"', () => {
  it('a subscriber named only on the signature page, under its short name', () => {
    const opening = ['The undersigned subscriber (the "Subscriber") hereby subscribes for 10,000 shares of common stock of Halvorsen Energy Corp., a Nevada corporation (the "Company"), on the terms set out below.'];
    const signatures: Entry[] = ['SUBSCRIBER:', '/s/ Marta Lindqvist', 'Name: Marta Lindqvist', 'ACCEPTED: HALVORSEN ENERGY CORP.', 'By: /s/ Paul Reyes Name: Paul Reyes Title: CEO'];
    expect(partiesOf(contract('SUBSCRIPTION AGREEMENT', opening, signatures))).toEqual([
      { name: 'Marta Lindqvist', role: 'Subscriber' },
      { name: 'Halvorsen Energy Corp.', role: 'Company' },
    ]);
  });
  it('a holder signing a lock-up', () => {
    const opening = ['The undersigned (the "Holder") understands that Tarnwood Bancorp, Inc. (the "Company") proposes to issue shares of its common stock.'];
    expect(partiesOf(contract('LOCK-UP AGREEMENT', opening, ['HOLDER:', '/s/ Evan Marsh', 'Name: Evan Marsh']))).toEqual([
      { name: 'Evan Marsh', role: 'Holder' },
      { name: 'Tarnwood Bancorp, Inc.', role: 'Company' },
    ]);
  });
  it('a fund joining an agreement the company is party to: the company, not the agreement\'s name', () => {
    const opening = ['The undersigned investor (the "Investor") hereby joins the Investors\' Rights Agreement of Pemberton Labs, Inc., a Delaware corporation (the "Company").'];
    const signatures: Entry[] = ['INVESTOR:', 'QUARTZ HILL CAPITAL FUND I, L.P.', 'By: /s/ Leo Park', 'Name: Leo Park'];
    expect(partiesOf(contract('JOINDER AGREEMENT', opening, signatures))).toEqual([
      { name: 'QUARTZ HILL CAPITAL FUND I, L.P.', role: 'Investor' },
      { name: 'Pemberton Labs, Inc.', role: 'Company' },
    ]);
  });
});

describe('"the Company" under a letterhead', () => {
  it('is the company whose name heads the document', () => {
    const entries = [heading('MERIDIAN OPTICS CORPORATION'), '455 Lakeview Parkway, Madison, WI 53703', ...contract('CONSULTING AGREEMENT', ['This Consulting Agreement is entered into as of April 2, 2018 between the Company and Adrian Holt ("Consultant").'])];
    expect(partiesOf(entries)).toEqual([
      { name: 'MERIDIAN OPTICS CORPORATION', role: 'Company' },
      { name: 'Adrian Holt', role: 'Consultant' },
    ]);
  });
  it('also written in title case', () => {
    const entries = [heading('Pinewood Analytics, Inc.'), ...contract('Employment Agreement', ['This Employment Agreement is made between the Company and Sofia Grant ("Employee") as of April 2, 2018.'])];
    expect(partiesOf(entries)).toEqual([
      { name: 'Pinewood Analytics, Inc.', role: 'Company' },
      { name: 'Sofia Grant', role: 'Employee' },
    ]);
  });
  it('a recital that speaks of another agreement "between the Company and" someone takes no letterhead (a guard)', () => {
    const entries = [heading('LINDEN MARINE, INC.'), heading('WAIVER AGREEMENT'), 'WHEREAS, a loan agreement between the Company and Ruth Okafor ("Lender") was signed in 2012; and', 'WHEREAS, Linden Marine, Inc. (the "Company") and Ruth Okafor ("Okafor") wish to waive a default;', ...clauses];
    expect(partiesOf(entries)).toEqual([
      { name: 'Linden Marine, Inc.', role: 'Company' },
      { name: 'Ruth Okafor', role: 'Okafor' },
    ]);
  });
});

describe('a party named with the capacity it signs in', () => {
  it('a company\'s operating agreement made by its sole member', () => {
    const opening = ['This Operating Agreement of Silverlake Holdings, LLC (the "Company") is entered into as of May 1, 2018 by Dana Whitcombe, as the sole member (the "Member").'];
    expect(partiesOf(contract('OPERATING AGREEMENT', opening))).toEqual([
      { name: 'Silverlake Holdings, LLC', role: 'Company' },
      { name: 'Dana Whitcombe', role: 'Member' },
    ]);
  });
});

describe('common opening styles (guards)', () => {
  const cases: [string, string, Party[]][] = [
    ['hereinafter referred to as', 'This Distribution Agreement is made by and between Kestrel Audio Ltd. (hereinafter referred to as "Kestrel"), and Morrow Sound Distribution, Inc. (hereinafter referred to as "Distributor").', [{ name: 'Kestrel Audio Ltd.', role: 'Kestrel' }, { name: 'Morrow Sound Distribution, Inc.', role: 'Distributor' }]],
    ['a person residing at an address', 'This Employment Agreement is entered into as of January 5, 2020 between Sunfield Robotics, Inc., a Delaware corporation (the "Company"), and John Q. Smithers, an individual residing at 14 Oak Court, Boulder, Colorado 80301 ("Executive").', [{ name: 'Sunfield Robotics, Inc.', role: 'Company' }, { name: 'John Q. Smithers', role: 'Executive' }]],
    ['d/b/a', 'This Franchise Agreement is made as of July 1, 2016 by and between Paloma Foods, Inc. d/b/a Paloma Grill, a Florida corporation ("Franchisor"), and Redbay Ventures LLC ("Franchisee").', [{ name: 'Paloma Foods, Inc. d/b/a Paloma Grill', role: 'Franchisor' }, { name: 'Redbay Ventures LLC', role: 'Franchisee' }]],
    ['acting through a division', 'This Supply Agreement is made as of July 1, 2016 by and between Dunmore Corporation, acting through its Industrial Coatings division ("Dunmore"), and Ferris Paint Co. ("Buyer").', [{ name: 'Dunmore Corporation', role: 'Dunmore' }, { name: 'Ferris Paint Co.', role: 'Buyer' }]],
    ['each a Party', 'This Collaboration Agreement is entered into as of June 2, 2021 by and between Varnum Biologics, Inc. ("Varnum") and Stellan Genomics Ltd. ("Stellan") (each a "Party" and together the "Parties").', [{ name: 'Varnum Biologics, Inc.', role: 'Varnum' }, { name: 'Stellan Genomics Ltd.', role: 'Stellan' }]],
    ['short names in single quotes', "This Agency Agreement is made on 2 February 2015 between Harlow Media Ltd ('Harlow') and Quayside Events Ltd ('the Agent').", [{ name: 'Harlow Media Ltd', role: 'Harlow' }, { name: 'Quayside Events Ltd', role: 'Agent' }]],
    ['short names without quotes', 'This Agency Agreement is made on 2 February 2015 between Harlow Media Ltd (the Company) and Quayside Events Ltd (the Agent).', [{ name: 'Harlow Media Ltd', role: 'Company' }, { name: 'Quayside Events Ltd', role: 'Agent' }]],
    ['names in capitals', 'THIS LEASE AGREEMENT is made as of May 1, 2014 by and between RIDGEWAY REALTY PARTNERS, L.P. ("Landlord") and COPPERLEAF SOFTWARE INC. ("Tenant").', [{ name: 'RIDGEWAY REALTY PARTNERS, L.P.', role: 'Landlord' }, { name: 'COPPERLEAF SOFTWARE INC.', role: 'Tenant' }]],
    ['of the one part', 'This Agreement is made by and between Quarrytown Stone Ltd., a company incorporated in Ireland ("Quarrytown") of the one part and Delmont Builders Inc. ("Delmont") of the other part.', [{ name: 'Quarrytown Stone Ltd.', role: 'Quarrytown' }, { name: 'Delmont Builders Inc.', role: 'Delmont' }]],
    ['two short names for one party', 'This Credit Agreement is made as of March 3, 2015 between Foxhollow Brands, Inc., a Delaware corporation (hereinafter "Foxhollow" or the "Borrower"), and Lindgren State Bank ("Lender").', [{ name: 'Foxhollow Brands, Inc.', role: 'Foxhollow / Borrower' }, { name: 'Lindgren State Bank', role: 'Lender' }]],
    ['a place in brackets inside a name', 'This Supply Agreement is made as of March 3, 2015 by and between Huaxin (Suzhou) Precision Co., Ltd. ("Huaxin") and Maplecrest Devices, Inc. ("Buyer").', [{ name: 'Huaxin (Suzhou) Precision Co., Ltd.', role: 'Huaxin' }, { name: 'Maplecrest Devices, Inc.', role: 'Buyer' }]],
    ['an address in French form', 'This Distribution Agreement is made as of March 3, 2015 between Lumière Cosmétiques SAS, having its registered office at 12 rue de la Paix, 75002 Paris, France (hereinafter "Lumière"), and Sable Beauty Inc., with offices at 100 Main Street, Newark, NJ 07102 (hereinafter "Distributor").', [{ name: 'Lumière Cosmétiques SAS', role: 'Lumière' }, { name: 'Sable Beauty Inc.', role: 'Distributor' }]],
    ['roles without quotes after "hereinafter"', 'This Services Agreement is made as of May 5, 2017 by and between Thornbury Health Systems, Inc., hereinafter the Client, and Midland Billing Solutions, LLC, hereinafter the Contractor.', [{ name: 'Thornbury Health Systems, Inc.', role: 'Client' }, { name: 'Midland Billing Solutions, LLC', role: 'Contractor' }]],
    ['a trustee', 'This Purchase Agreement is made as of July 1, 2016 by and between Helen Marsh, as trustee of the Marsh Family Trust ("Seller"), and Orchard Lane Properties LLC ("Buyer").', [{ name: 'Helen Marsh', role: 'Seller' }, { name: 'Orchard Lane Properties LLC', role: 'Buyer' }]],
  ];
  for (const [style, opening, want] of cases) {
    it(style, () => expect(partiesOf(contract('AGREEMENT', [opening]))).toEqual(want));
  }
  it('numbered parties under a PARTIES heading, British style', () => {
    const opening = ['THIS AGREEMENT is dated 4 May 2018', 'PARTIES', '(1) ALDERMOOR SYSTEMS LIMITED incorporated and registered in England and Wales with company number 04455667 whose registered office is at 3 Quay Street, Bristol BS1 4DB (the "Supplier")', '(2) FENBRIDGE HOUSING TRUST LIMITED incorporated and registered in England and Wales with company number 05566778 whose registered office is at 10 Mill Lane, Leeds LS1 2AB (the "Customer")', 'BACKGROUND'];
    expect(partiesOf(contract('SERVICES AGREEMENT', opening))).toEqual([
      { name: 'ALDERMOOR SYSTEMS LIMITED', role: 'Supplier' },
      { name: 'FENBRIDGE HOUSING TRUST LIMITED', role: 'Customer' },
    ]);
  });
  it('made by one party in favour of another', () => {
    const opening = ['This Deed of Guarantee is made on 3 June 2017 by Greyfriars Holdings plc (the "Guarantor") in favour of Northbank Finance Limited (the "Lender").'];
    expect(partiesOf(contract('DEED OF GUARANTEE', opening))).toEqual([
      { name: 'Greyfriars Holdings plc', role: 'Guarantor' },
      { name: 'Northbank Finance Limited', role: 'Lender' },
    ]);
  });
});
