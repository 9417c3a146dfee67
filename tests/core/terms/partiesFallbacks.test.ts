import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { partiesFromSignatures } from '../../../electron/core/terms/signatureParties';
import { makeDoc } from './docFixture';

type Entry = Parameters<typeof makeDoc>[0][number];
const parties = (entries: Entry[]): string[] => {
  const value = extractKeyTerms(makeDoc(entries)).terms.parties?.value;
  return Array.isArray(value) ? value.map((p) => p.name) : [];
};
const heading = (text: string): Entry => ({ text, kind: 'heading' });

describe('parties when the opening has no between/among list', () => {
  it('reads the signature blocks of an instrument signed by "the undersigned"', () => {
    const names = parties([
      heading('Exhibit A'),
      heading('JOINT FILING AGREEMENT'),
      'In accordance with Rule 13d-1(k) under the Securities Exchange Act of 1934, the undersigned hereby agree to the joint filing of a statement on Schedule 13G.',
      'IN WITNESS WHEREOF, the undersigned hereby execute this Agreement as of February 14, 2020.',
      heading('HARROW FUND IV-A, L.P.'),
      'By: Harrow IV GP, L.P., its general partner By: Harrow Advisors L.L.C., its general partner',
      'By: /s/ Jane Q. Example',
      heading('Name: Jane Q. Example'),
      heading('Title: Chief Legal Officer'),
      { text: 'HARROW IV GP, L.P. | HARROW ADVISORS L.L.C.', kind: 'table-row' },
      'its general partner By: /s/ Jane Q. Example Jane Q. Example Authorized Signatory HARROW HOLDINGS LTD.',
    ]);
    expect(names).toEqual(['HARROW FUND IV-A, L.P.', 'HARROW IV GP, L.P.', 'HARROW ADVISORS L.L.C.', 'HARROW HOLDINGS LTD.']);
  });

  it('never takes the signer, a role label or an instrument heading for a signatory party', () => {
    const blocks = ['By: ORBIT CAPITAL LLC, its manager', 'ASSIGNEE: LUMEN PARTNERS INC.', 'ADDENDUM TO LUMEN PARTNERS INC. FRANCHISE', 'LUMEN PART NERS INC.'].map((text, i) => ({ id: `b${i}`, page: 1, kind: 'paragraph' as const, text, section: [] }));
    expect(partiesFromSignatures(blocks).map((p) => p.name)).toEqual(['LUMEN PARTNERS INC.']);
  });

  it('reads a cover page that names the parties with "and", on one line or two', () => {
    expect(parties([heading('Exhibit 10.6'), 'OUTSOURCING AGREEMENT dated as of , 2012', heading('GRANITE POWER HOLDINGS, LLC and BLUEWATER LLC'), heading('TABLE OF CONTENTS')])).toEqual(['GRANITE POWER HOLDINGS, LLC', 'BLUEWATER LLC']);
    expect(parties(['Exhibit 10.2', 'Marlow Therapeutics Inc.', 'and Sakura Shinpo Company Ltd.', heading('Distributorship Agreement'), heading('Table of Contents')])).toEqual(['Marlow Therapeutics Inc.', 'Sakura Shinpo Company Ltd.']);
    // A sentence that mentions two companies is not a cover page.
    expect(parties([heading('SUPPLY AGREEMENT'), 'Prices follow the index of Acme Corp. and Bolt Ltd.'])).toEqual([]);
  });

  it('reads "Party B (Carrier): NAME" run on after the previous party\'s address', () => {
    expect(parties([heading('Road Transportation Agreement'), 'Party A (Shipper): Jade River Express Co., Ltd.', 'Address: Building 1, No. 16 Huazhi Road, Shanghai Party B (Carrier): Amber Line Logistics Ltd.', 'Address: 12 Floor, Tower Road, Zhejiang Province. Party A and Party B enter into this Agreement.'])).toEqual(['Jade River Express Co., Ltd.', 'Amber Line Logistics Ltd.']);
  });

  it('reads parties that are the subject of the opening ("A, with a place of business at … ("A") and B … agree")', () => {
    expect(parties([heading('CONSULTING AGREEMENT'), 'Orvell Biotech, Inc., with a place of business at 740 Elm Avenue, Berkeley, CA 94710 (“Orvell”) and Kestrel B.V. having an address at Canal Road 16, Leiden, the Netherlands, represented by Anna de Wit, (“Consultant”) agree to all terms and conditions of this Consulting Agreement.', 'Consultant will advise Orvell.'])).toEqual(['Orvell Biotech, Inc.', 'Kestrel B.V.']);
  });

  it('reads short names defined with more words in the parenthesis and parties "acting as agent"', () => {
    expect(parties([heading('400,000 Shares'), heading('EQUITY DISTRIBUTION AGREEMENT'), 'Granite Ridge REIT, Inc., a Maryland corporation (the “Company”), together with Granite Ridge Holdings, L.P., a Delaware limited partnership (the “Operating Partnership” and together with the Company, the “Transaction Entities”) and GRR Manager, LLC, a Delaware limited liability company (the “Manager”), agrees that it may issue and sell through Lakeside Research & Trading, LLC, acting as agent (the “Agent”), up to 400,000 shares.', 'The Agent shall use its efforts.'])).toEqual(['Granite Ridge REIT, Inc.', 'Granite Ridge Holdings, L.P.', 'GRR Manager, LLC', 'Lakeside Research & Trading, LLC']);
  });

  it('reads a letter-spaced "B E T W E E N:" and numbered parties after "BETWEEN"', () => {
    expect(parties(['THIS AGREEMENT made this 20 day of November, 1995.', 'B E T W E E N:', heading('NORTHLAND COURIER LTD.'), heading('("Northland")'), '- and -', heading('SWIFTWAY PARCEL SYSTEMS LTD.'), heading('("Swiftway")'), 'WHEREAS Northland delivers parcels;'])).toEqual(['NORTHLAND COURIER LTD.', 'SWIFTWAY PARCEL SYSTEMS LTD.']);
    expect(parties(['This AGREEMENT is made the 20 March day of 1998', heading('BETWEEN'), '1. Corvid Data Corp., a Delaware corporation ("Corvid"), having an address at 380 Elm Street, Malden, USA', heading('AND'), '2. Wren Science Limited a company registered in England ("Wren")', 'WHEREAS: Wren publishes journals;'])).toEqual(['Corvid Data Corp.', 'Wren Science Limited']);
  });
});

describe('parties from an opening set over many lines', () => {
  it('reads a party list with addresses over many short lines after "BETWEEN:"', () => {
    expect(parties(['THIS AGREEMENT made as of the 30th day of June 1999', 'BETWEEN:', 'NORTHWIND MEDIA, L.P., represented herein by its general partner', 'Northwind Media Inc.', 'a corporation incorporated under the laws of Ontario', heading('20 King Street East'), heading('Suite 600'), heading('Toronto, Ontario'), '(hereinafter called "NWM", or "Party")', '- and -', heading('HEALTHLINE.COM INC.'), 'a corporation incorporated under the laws of California', heading('6001 Shore Street, Suite 800'), '(hereinafter called "HLC" or "Party")', 'WHEREAS NWM hosts a web site;'])).toEqual(['NORTHWIND MEDIA, L.P.', 'HEALTHLINE.COM INC.']);
  });

  it('reads "between A and B Inc." as two parties when the first has no legal form', () => {
    expect(parties([heading('WEB HOSTING AGREEMENT'), 'This agreement replaces all previous agreements to this date between Quillcomm and Harbor Entertainment Inc.', 'Harbor Entertainment agrees to pay Quillcomm monthly.'])).toEqual(['Quillcomm', 'Harbor Entertainment Inc.']);
    // What follows "including" describes, it does not name.
    expect(parties([heading('MAINTENANCE AGREEMENT'), 'THIS AGREEMENT IS SUBJECT TO THE MASTER AGREEMENT BETWEEN ORBITEL AND FARMERS BANK, INCLUDING THE LIMITED WARRANTY.'])).toEqual(['ORBITEL', 'FARMERS BANK']);
  });

  it('reads a cover page with "(as Company)" roles, a G.I.E. and an ordinal date ending the list', () => {
    const value = extractKeyTerms(makeDoc([heading('GLOBAL MAINTENANCE AGREEMENT'), heading('Between'), heading('SOLARIS LINHAS S/A'), heading('(as Company)'), 'and', heading('AILES DU NORD, G.I.E.'), heading('(as Repairer)'), heading('March 9th, 2015'), heading('CONTENTS')])).terms.parties?.value;
    expect(value).toEqual([{ name: 'SOLARIS LINHAS S/A', role: 'Company' }, { name: 'AILES DU NORD, G.I.E.', role: 'Repairer' }]);
  });
});

describe('parties from a cover table or term sheet', () => {
  const row = (text: string): Entry => ({ text, kind: 'table-row' });
  const partiesWithRoles = (entries: Entry[]): unknown => extractKeyTerms(makeDoc(entries)).terms.parties?.value;

  it('reads "ROLE | NAME" rows of a specific-conditions table', () => {
    expect(partiesWithRoles([heading('FREIGHT CONTRACT'), heading('SPECIFIC CONDITIONS'), row('Date | Lisbon, March 3, 2015'), row('CONSIGNOR | HARBOUR GRAIN TRADING LIMITED'), row('TAX ID | 501.222.333-1'), row('CARRIER | WESTERN ORCHARD LINES S.A.'), 'The Carrier shall carry the goods the Consignor delivers.'])).toEqual([
      { name: 'HARBOUR GRAIN TRADING LIMITED', role: 'Consignor' },
      { name: 'WESTERN ORCHARD LINES S.A.', role: 'Carrier' },
    ]);
  });

  it('adds the party a form names to the one the opening names, under the role the opening leaves to it', () => {
    const value = partiesWithRoles([
      heading('CONTENT LICENSE AGREEMENT'),
      'This Content License Agreement (“Agreement”) is between Quillon Media, Inc., located at 4 Elm Road, Redding, Connecticut (“Quillon”), and Distributor, as set forth below.',
      heading('A. Distributor Information'),
      row('Provider Name: | Lumen Signal Ltd.'),
      row('Address: | 100 Harbour Road, Suite 9'),
      'Distributor shall distribute the Programming.',
    ]);
    expect(value).toEqual([{ name: 'Quillon Media, Inc.', role: 'Quillon' }, { name: 'Lumen Signal Ltd.', role: 'Distributor' }]);
  });

  it('reads a summary\'s "SPONSOR:" entry beside the party its first sentence defines, never a role word as a name', () => {
    const value = partiesWithRoles([
      heading('SPONSORSHIP AGREEMENT'),
      heading('AGREEMENT SUMMARY'),
      'SPONSOR:',
      row('Name: | Quayside Pizza Kitchen | Phone: | 555-0100'),
      row('Address: | 12 Pier Street, Harbour City'),
      'Tarrow Events LLC (“Tarrow”) shall provide Sponsor with the following benefits, subject to the General Provisions attached hereto (the “General Provisions”):',
      'Nothing herein makes a partnership between Tarrow and Sponsor or between Tarrow Arena L.P. and Sponsor.',
    ]);
    expect(value).toEqual([{ name: 'Tarrow Events LLC', role: 'Tarrow' }, { name: 'Quayside Pizza Kitchen', role: 'Sponsor' }]);
  });

  it('takes no name row without a role heading over it, and no role row whose cell is not a name', () => {
    expect(parties([heading('SERVICES AGREEMENT'), row('Name: | Jane Example'), row('Customer | see Schedule 1'), 'The services are described in Schedule 1.'])).toEqual([]);
  });
});
