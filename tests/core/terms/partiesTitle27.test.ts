/**
 * Titles and parties whose case or layout earlier rules leaned on: a title in title case run into a form's first field, a
 * subject line under a title in title case, an attachment's caption before a guarantee's own heading, two heading lines run
 * together in title case. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOf, partiesOfText } from './partiesProbe';
import { titleOf, titleOfText } from './titleProbe';

describe('a title does not depend on its case', () => {
  it.each<[string, string, string]>([
    ['a form\'s first field after the title in title case', 'Form of Dealer Agreement Dealer Territory: ______ Agreement Date: ______', 'Form of Dealer Agreement'],
    ['the same in capitals', 'FORM OF DEALER AGREEMENT Dealer Territory: ______ Agreement Date: ______', 'FORM OF DEALER AGREEMENT'],
    ['a numbered field label after an exhibit number', 'Exhibit 99.2 Voting Support Agreement Holder (a): Lindqvist Partners LP Holder (b): Ostrava Capital LLC', 'Voting Support Agreement'],
    ['a guarantee after its attachment caption, in title case', 'Attachment C to Area Developer Agreement Guaranty of Area Developer Agreement As an inducement to Brightkettle Inc. to sign the agreement, the undersigned agree as follows.', 'Guaranty of Area Developer Agreement'],
    ['the same in capitals', 'ATTACHMENT C TO AREA DEVELOPER AGREEMENT GUARANTY OF AREA DEVELOPER AGREEMENT AS AN INDUCEMENT TO BRIGHTKETTLE INC. TO SIGN THE AGREEMENT, THE UNDERSIGNED AGREE AS FOLLOWS.', 'GUARANTY OF AREA DEVELOPER AGREEMENT'],
    ['a title-case title and its subject in capitals run into the opening', 'Agent Promotion and Support Agreement FOR FIXED INDEX ANNUITY POLICIES This Agent Promotion and Support Agreement for Fixed Index Annuity Policies (the "Agreement") takes effect on May 1, 2020, by and among Ortolan Life Company ("Issuer") and Vesper Securities LLC ("Distributor").', 'Agent Promotion and Support Agreement FOR FIXED INDEX ANNUITY POLICIES'],
    ['the same with its subject in title case', 'Agent Promotion and Support Agreement for Fixed Index Annuity Policies This Agent Promotion and Support Agreement for Fixed Index Annuity Policies (the "Agreement") takes effect on May 1, 2020, by and among Ortolan Life Company ("Issuer") and Vesper Securities LLC ("Distributor").', 'Agent Promotion and Support Agreement for Fixed Index Annuity Policies'],
    ['a guarantee opening "In consideration of"', 'Attachment 2 to Store Lease Guarantees of Store Lease In consideration of the lease of the premises to Tamsin Goods LLC, the guarantors agree as follows.', 'Guarantees of Store Lease'],
  ])('%s', async (_name, text, want) => {
    expect(await titleOfText(`${text}\n\nThe parties agree as follows.`)).toBe(want);
  });

  it.each<[string, string[], string]>([
    ['a subject line in capitals under a title in title case', ['Agent Promotion and Support Agreement', 'FOR FIXED INDEX ANNUITY POLICIES'], 'Agent Promotion and Support Agreement FOR FIXED INDEX ANNUITY POLICIES'],
    ['a subject line in title case under a title in title case', ['Agent Promotion and Support Agreement', 'for Fixed Index Annuity Policies'], 'Agent Promotion and Support Agreement for Fixed Index Annuity Policies'],
    ['the subject line set in capitals under a title in capitals', ['AGENT PROMOTION AND SUPPORT AGREEMENT', 'FOR FIXED INDEX ANNUITY POLICIES'], 'AGENT PROMOTION AND SUPPORT AGREEMENT FOR FIXED INDEX ANNUITY POLICIES'],
    ['no party\'s name under the title as its subject', ['Services Agreement', 'for Quillmark Logistics LLC'], 'Services Agreement'],
  ])('%s', (_name, head, want) => {
    expect(titleOf(head, 'This agreement is made on 3 March 2022 between Halverston Robotics Inc. and Quillmark Logistics LLC.')).toBe(want);
  });

  it.each<[string, string]>([
    ['in title case', 'Data Feed Agreement Supplement to the Master Newswire Agreement'],
    ['in capitals', 'DATA FEED AGREEMENT SUPPLEMENT TO THE MASTER NEWSWIRE AGREEMENT'],
  ])('a supplement\'s heading run into the title %s', async (_name, line) => {
    const want = line.split(/ supplement/i)[0];
    expect(await titleOfText(`DATED 3 MARCH 2022\n\nHALVERSTON ROBOTICS LIMITED\n\nAND\n\nQUILLMARK LOGISTICS LIMITED\n\n${line}\n\nThis agreement is made between the parties named above.`)).toBe(want);
  });
});

describe('a shared short name in an opening set in capitals', () => {
  const opening = 'This Trademark Agreement is made on May 3, 2021 between Marlowe Tools Inc., a Delaware corporation (hereinafter “Marlowe”) and Kestrel Hire Inc., an Ohio corporation (hereinafter “Kestrel”) (hereinafter referred to, collectively, as the “Parties”).';
  it('in ordinary case', async () => {
    expect(await partiesOfText(`Trademark Agreement\n\n${opening}`)).toBe('Marlowe Tools Inc. (Marlowe); Kestrel Hire Inc. (Kestrel)');
  });
  it('in capitals: the words before "COLLECTIVELY" are no short name', async () => {
    expect(await partiesOfText(`TRADEMARK AGREEMENT\n\n${opening.toUpperCase()}`)).toBe('MARLOWE TOOLS INC. (MARLOWE); KESTREL HIRE INC. (KESTREL)');
  });
  it('a quoted name before the collective word is the last party\'s own', () => {
    expect(partiesOf('NOTE PURCHASE AGREEMENT', ['THIS AGREEMENT IS MADE BETWEEN ORTOLAN FUNDING LLC (“ORTOLAN”) AND VESPER TRUST COMPANY (THE “NOTES TRUSTEE” AND COLLECTIVELY WITH ORTOLAN, THE “HOLDERS”).'])).toBe('ORTOLAN FUNDING LLC (ORTOLAN); VESPER TRUST COMPANY (NOTES TRUSTEE)');
  });
});

describe('a title with the dated event it is for', () => {
  const opening = 'LINDQVIST EVENTS INC. ("LEI"), A DELAWARE COMPANY, IS THE PROMOTER OF A REGATTA TO BE HELD IN TALLINN (THE "EVENT"). THE EVENT IS TO BE HELD ON JUNE 9, 2019, AND THIS SPONSORSHIP AGREEMENT (THE "AGREEMENT") DATED AS OF MAY 2, 2019 IS MADE BY AND BETWEEN OSTRAVA BREWING LTD ("OSTRAVA") AND LEI.';
  it.each<[string, string, string]>([
    ['in title case', 'Sponsorship Agreement for Harbour Regatta in Tallinn, on June 9, 2019', 'Sponsorship Agreement'],
    ['in capitals', 'SPONSORSHIP AGREEMENT for Harbour Regatta in Tallinn, on June 9, 2019', 'SPONSORSHIP AGREEMENT'],
  ])('%s, over an opening in capitals', (_name, heading, want) => {
    expect(titleOf([heading], opening)).toBe(want);
  });
  it('no heading: the opening names it, not the words of the sentence before', () => {
    expect(titleOf([], opening)).toBe('SPONSORSHIP AGREEMENT');
  });
});

describe('party lists as a typeset page gives them', () => {
  it('"d/b/a" broken over a line after its slash', async () => {
    expect(await partiesOfText('PROGRAMME LICENCE AGREEMENT\n\nThis Programme Licence Agreement (the "Agreement") is made between Harborview Music Group, Inc. d/b/\na Blue Fern Radio, located at 4 Mill Road, Danbury ("Blue Fern"), and Quillmark Cable Ltd. ("Distributor").')).toBe(
      'Harborview Music Group, Inc. d/b/a Blue Fern Radio (Blue Fern); Quillmark Cable Ltd. (Distributor)',
    );
  });
  it('a form\'s blank party described by its kinds is no name', async () => {
    expect(await partiesOfText('DEALERSHIP AGREEMENT\n\nThis Dealership Agreement is made by and between: Tamsin Goods LLC, an Oregon limited liability company ("we" or "us"); and a [natural person living in] [company formed in] the state of ______ ("you" or the "Dealer").')).toBe(
      'Tamsin Goods LLC (we / us)',
    );
  });
  it('committees the parties set up are no parties', async () => {
    expect(
      await partiesOfText(
        'CABLE SYSTEM UPKEEP AGREEMENT\n\n1. The members will set up a Steering Committee (the "Steering Committee"), to which these bodies will answer: (i) Budget and Audit Subcommittee (hereinafter called "B&ASC") (ii) Landing and Routing Subcommittee (hereinafter called "L&RSC") (iii) Network Operations Subcommittee (hereinafter called "NOSC").',
      ),
    ).toBeUndefined();
  });
  it('a national committee with its legal form stays a party', async () => {
    expect(await partiesOfText('SPONSORSHIP AGREEMENT\n\nThis Agreement is made between the Nordvik Olympic Committee ("NOC") and Ostrava Brewing Ltd ("Sponsor").')).toBe('Nordvik Olympic Committee (NOC); Ostrava Brewing Ltd (Sponsor)');
  });
});

describe('a person who undertakes in the first person', () => {
  it.each<[string, string, string]>([
    ['"I, …, residing at …, agree with"', 'I, Jane Roe, residing at 14 Larch Lane, Dover, Delaware, agree with Acme Widgets Inc., a Delaware corporation (the "Company"), as follows.', 'Jane Roe; Acme Widgets Inc. (Company)'],
    ['"I, …, of …, hereby undertake to"', 'I, Tobias Wren, of 22 Elm Row, Leeds, hereby undertake to Harrowgate Analytics Limited ("the Company") as follows:', 'Tobias Wren; Harrowgate Analytics Limited (Company)'],
    ['"I, …, hereby agree with" and no address', 'I, Mara Ellison, hereby agree with Pellucid Labs LLC that I will keep its information secret.', 'Mara Ellison; Pellucid Labs LLC'],
  ])('%s', async (_name, opening, want) => {
    expect(await partiesOfText(`GENERAL RELEASE\n\n${opening}`)).toBe(want);
  });
});

describe('an agent that signs or contracts for a body', () => {
  const SIGNED = 'IN WITNESS WHEREOF, the parties have signed this Agreement.';
  it.each<[string, string[], string]>([
    ['"Signed by X, for and on behalf of Y"', ['Signed by Halden Shipping Ltd, for and on behalf of Kessler Reederei GmbH', 'By: /s/ Ola Berg', 'Signed by QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick'], 'Kessler Reederei GmbH; QUILLMARK LOGISTICS LLC'],
    ['"X as agent for and on behalf of Y"', ['Halden Shipping Ltd as agent for and on behalf of Kessler Reederei GmbH', 'By: /s/ Ola Berg', 'Quillmark Logistics LLC', 'By: /s/ Omar Fenwick'], 'Kessler Reederei GmbH; Quillmark Logistics LLC'],
    ['"Y, by its agent X"', ['Kessler Reederei GmbH, by its agent Halden Shipping Ltd', 'By: /s/ Ola Berg', 'Quillmark Logistics LLC', 'By: /s/ Omar Fenwick'], 'Kessler Reederei GmbH; Quillmark Logistics LLC'],
    ['in capitals', ['HALDEN SHIPPING LTD, for and on behalf of KESSLER REEDEREI GMBH', 'By: /s/ Ola Berg', 'QUILLMARK LOGISTICS LLC', 'By: /s/ Omar Fenwick'], 'KESSLER REEDEREI GMBH; QUILLMARK LOGISTICS LLC'],
  ])('signs: %s', (_name, tail, want) => {
    expect(partiesOf('CHARTER AGREEMENT', ['The parties agree as follows.'], [SIGNED, ...tail])).toBe(want);
  });

  it('contracts in the opening: the principal takes the short name', () => {
    expect(partiesOf('CHARTER AGREEMENT', ['This Charter Agreement is made on 4 May 2022 between Halden Shipping Ltd, as agent for and on behalf of Kessler Reederei GmbH (the "Owner"), and Quillmark Logistics LLC (the "Charterer").'])).toBe('Kessler Reederei GmbH (Owner); Quillmark Logistics LLC (Charterer)');
  });
  it('an agent for lenders it does not name stays the party', () => {
    expect(partiesOf('CREDIT AGREEMENT', ['This Credit Agreement is made between Quillmark Logistics LLC (the "Borrower") and Ortolan Bank, N.A., as agent for and on behalf of the Lenders (the "Agent").'])).toBe('Quillmark Logistics LLC (Borrower); Ortolan Bank, N.A. (Agent)');
  });
});

describe('titles of constitutions, notices and policies', () => {
  const opening = 'This instrument is adopted by Northwick Systems, Inc. and Bramble Ridge Partners, L.P.';
  it.each<[string, string[], string]>([
    ['an LLC agreement over "OF" and the company', ['AMENDED AND RESTATED LIMITED LIABILITY COMPANY AGREEMENT', 'OF', 'BRAMBLE RIDGE HOLDINGS LLC'], 'AMENDED AND RESTATED LIMITED LIABILITY COMPANY AGREEMENT OF BRAMBLE RIDGE HOLDINGS LLC'],
    ['a partnership agreement over "OF" and the partnership', ['LIMITED PARTNERSHIP AGREEMENT', 'OF', 'BRAMBLE RIDGE PARTNERS, L.P.'], 'LIMITED PARTNERSHIP AGREEMENT OF BRAMBLE RIDGE PARTNERS, L.P.'],
    ['bylaws over "OF" and the company', ['AMENDED AND RESTATED BYLAWS', 'OF', 'NORTHWICK SYSTEMS, INC.'], 'AMENDED AND RESTATED BYLAWS OF NORTHWICK SYSTEMS, INC.'],
    ['a certificate over "OF" and the company', ['CERTIFICATE OF INCORPORATION', 'OF', 'NORTHWICK SYSTEMS, INC.'], 'CERTIFICATE OF INCORPORATION OF NORTHWICK SYSTEMS, INC.'],
    ['bylaws on one line in title case', ['Bylaws of Northwick Systems, Inc.'], 'Bylaws of Northwick Systems, Inc.'],
    ['an agreement of limited partnership', ['AGREEMENT OF LIMITED PARTNERSHIP OF BRAMBLE RIDGE PARTNERS, L.P.'], 'AGREEMENT OF LIMITED PARTNERSHIP OF BRAMBLE RIDGE PARTNERS, L.P.'],
    ['a certificate of designations', ['CERTIFICATE OF DESIGNATIONS'], 'CERTIFICATE OF DESIGNATIONS'],
    ['articles of association', ['ARTICLES OF ASSOCIATION'], 'ARTICLES OF ASSOCIATION'],
    ['a notice of an option grant', ['NOTICE OF STOCK OPTION GRANT'], 'NOTICE OF STOCK OPTION GRANT'],
    ['an award notice', ['Restricted Stock Unit Award Notice'], 'Restricted Stock Unit Award Notice'],
    ['a policy in capitals', ['INSIDER TRADING POLICY'], 'INSIDER TRADING POLICY'],
    ['a code of conduct', ['CODE OF BUSINESS CONDUCT AND ETHICS'], 'CODE OF BUSINESS CONDUCT AND ETHICS'],
  ])('%s', (_name, head, want) => {
    expect(titleOf(head, opening)).toBe(want);
  });
});

describe('cover rows with pipes that a text file runs into one paragraph', () => {
  it.each<[string, string, string]>([
    ['two roles, then a date row', 'Supplier | Harrowgate Analytics Limited\nCustomer | Quillmark Logistics LLC\nEffective Date | 3 March 2022', 'Harrowgate Analytics Limited (Supplier); Quillmark Logistics LLC (Customer)'],
    ['an order form\'s rows', 'Customer | Quillmark Logistics LLC\nProvider | Harrowgate Analytics Limited\nOrder Date | 3 March 2022\nTerm | 12 months', 'Quillmark Logistics LLC (Customer); Harrowgate Analytics Limited (Provider)'],
    ['rows a blank line apart', 'Supplier | Harrowgate Analytics Limited\n\nCustomer | Quillmark Logistics LLC', 'Harrowgate Analytics Limited (Supplier); Quillmark Logistics LLC (Customer)'],
  ])('%s', async (_name, rows, want) => {
    expect(await partiesOfText(`SUPPLY AGREEMENT\n\n${rows}\n\nThe parties agree as follows.`)).toBe(want);
  });
});

describe('a securities offering\'s cover run into one paragraph', () => {
  const letter = 'Vesper Securities LLC 12 Harbor Street, Boston As Sales Agent Ladies and Gentlemen: Northwick Systems, Inc. (the "Company"), a company formed in Maryland, confirms what it agreed with you.';
  it.each<[string, string, string]>([
    ['the title in title case after the preferred stock', `Exhibit 1.1 2,000,000 Shares NORTHWICK SYSTEMS, INC. 7.125% Series B Cumulative Preferred Stock Sales Agency Agreement June 3, 2021 ${letter}`, 'Sales Agency Agreement'],
    ['the title in capitals after the preferred stock', `Exhibit 1.1 2,000,000 Shares NORTHWICK SYSTEMS, INC. 7.125% Series B Cumulative Preferred Stock SALES AGENCY AGREEMENT June 3, 2021 ${letter}`, 'SALES AGENCY AGREEMENT'],
    ['the title in title case after notes with their due date', `Exhibit 1.1 NORTHWICK SYSTEMS, INC. 6.50% Senior Notes due 2031 Underwriting Agreement June 3, 2021 ${letter}`, 'Underwriting Agreement'],
  ])('%s', async (_name, text, want) => {
    expect(await titleOfText(text)).toBe(want);
  });
});

describe('drafting styles a lawyer would recognise', () => {
  it.each<[string, string, string]>([
    ['a note\'s "FOR VALUE RECEIVED" is no part of the maker\'s name', 'PROMISSORY NOTE\n\nFOR VALUE RECEIVED, Quillmark Logistics LLC, a Delaware limited liability company ("Maker"), promises to pay to the order of Ortolan Bank, N.A. ("Holder") the principal sum of $500,000.', 'Quillmark Logistics LLC (Maker); Ortolan Bank, N.A. (Holder)'],
    ['the same in capitals', 'PROMISSORY NOTE\n\nFOR VALUE RECEIVED, QUILLMARK LOGISTICS LLC, A DELAWARE LIMITED LIABILITY COMPANY ("MAKER"), PROMISES TO PAY TO THE ORDER OF ORTOLAN BANK, N.A. ("HOLDER") THE PRINCIPAL SUM OF $500,000.', 'QUILLMARK LOGISTICS LLC (MAKER); ORTOLAN BANK, N.A. (HOLDER)'],
    ['a deed poll\'s "KNOW ALL MEN BY THESE PRESENTS"', 'GRANT OF EASEMENT\n\nKNOW ALL MEN BY THESE PRESENTS, that Ortolan Holdings Inc., a Nevada corporation ("Grantor"), hereby grants to Vesper Trust Company ("Grantee") the following rights.', 'Ortolan Holdings Inc. (Grantor); Vesper Trust Company (Grantee)'],
    ['"of the One Part" and "of the Other Part"', 'LICENCE AGREEMENT\n\nThis Agreement is made at Mumbai on 3 March 2022 between Harrowgate Analytics Private Limited, having its office at Andheri (hereinafter called "the Licensor", an expression that takes in its successors) of the One Part and Quillmark Logistics Private Limited (hereinafter called "the Licensee", an expression that takes in its permitted assigns) of the Other Part.', 'Harrowgate Analytics Private Limited (Licensor); Quillmark Logistics Private Limited (Licensee)'],
    ['spouses who share a short name', 'PURCHASE AGREEMENT\n\nThis Agreement is made between Mr. Tobias Wren and Mrs. Lena Wren, husband and wife (together, "Sellers"), and Ortolan Homes LLC ("Buyer").', 'Mr. Tobias Wren (Sellers); Mrs. Lena Wren (Sellers); Ortolan Homes LLC (Buyer)'],
    ['a public authority', 'OPERATING AGREEMENT\n\nAgreement dated 3 March 2022 between the Secretary of State for Transport ("the Authority") and Quillmark Logistics Limited ("the Operator").', 'Secretary of State for Transport (Authority); Quillmark Logistics Limited (Operator)'],
  ])('%s', async (_name, text, want) => {
    expect(await partiesOfText(text)).toBe(want);
  });
});
