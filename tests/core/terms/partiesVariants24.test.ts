/**
 * Parties in openings of styles the earlier probes did not try: a party described at length before its short name
 * (registered number, seat, "represented by", "acting through"), parties set as a numbered list or as "Party A:" rows,
 * three or more parties "each a Party", people with titles and suffixes, amendments naming a successor in interest,
 * public bodies, hospitals and funds, parties named only on the signature page, and openings whose heading the text
 * runs into the first sentence, in capitals or in title case. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/document';
import { partiesOf, partiesOfText } from './partiesProbe';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const heading = (text: string): Entry => ({ text, kind: 'heading' });

describe('a party described at length before its short name', () => {
  it('registered number and office, then "acting through its" branch', () => {
    expect(partiesOf('LOGISTICS AGREEMENT', ['This Agreement is made on 3 March 2022 between Brackenridge Logistics Limited, a company incorporated in England and Wales under registered number 09876543, whose registered office is at 14 Canal Street, Leeds LS1 4AB, acting through its Leeds branch ("Brackenridge"), and Sallowfield Grocers Limited, a company incorporated in England and Wales (registered number 07654321) ("Sallowfield").'])).toBe('Brackenridge Logistics Limited (Brackenridge); Sallowfield Grocers Limited (Sallowfield)');
  });
  it('a German GmbH with its commercial register entry, represented by its managing director', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Supply Agreement is made between Talberg Maschinenbau GmbH, a company organised under the laws of Germany, with its registered seat in Stuttgart, registered with the commercial register of the local court of Stuttgart under HRB 72815, represented by its managing director Mr. Jonas Albrecht (hereinafter "Talberg"), and Quillfeather Inc., a Delaware corporation (hereinafter "Quillfeather").'])).toBe('Talberg Maschinenbau GmbH (Talberg); Quillfeather Inc. (Quillfeather)');
  });
  it('a French SAS with its share capital, register number and president', () => {
    expect(partiesOf('DISTRIBUTION AGREEMENT', ['This Agreement is entered into between Vermeil Cosmétiques SAS, a société par actions simplifiée with a share capital of EUR 50,000, registered with the Trade and Companies Register of Lyon under number 812 455 907, having its registered office at 5 rue des Tanneurs, 69002 Lyon, France, represented by Mrs. Claire Dumas, its President, duly authorised for the purposes hereof (the "Supplier"), and Harbourline Retail Ltd, a company incorporated in Ireland (the "Distributor").'])).toBe('Vermeil Cosmétiques SAS (Supplier); Harbourline Retail Ltd (Distributor)');
  });
  it('"duly represented by" a named officer', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is made between Orvieto Servizi S.r.l., with registered office in Via Roma 12, Perugia, Italy, tax code 04512870541, duly represented by its legal representative Mr. Paolo Bianchi ("Orvieto"), and Kessler Data Corp., a Nevada corporation ("Kessler").'])).toBe('Orvieto Servizi S.r.l. (Orvieto); Kessler Data Corp. (Kessler)');
  });
  it('an Australian ABN and address after the name', () => {
    expect(partiesOf('CONSULTING AGREEMENT', ['This Agreement is made on 9 August 2021 between Wattlebird Analytics Pty Ltd (ABN 12 345 678 901) of Level 3, 40 King Street, Sydney NSW 2000 ("Wattlebird") and Coolabah Mining Limited (ACN 009 876 543) of 88 Hay Street, Perth WA 6000 ("Coolabah").'])).toBe('Wattlebird Analytics Pty Ltd (Wattlebird); Coolabah Mining Limited (Coolabah)');
  });
  it('an Indian company with its CIN and registered office', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is executed between Deccan Softworks Private Limited, a company incorporated under the Companies Act, 2013, having CIN U72200KA2010PTC054321 and its registered office at 21 MG Road, Bengaluru 560001 (hereinafter referred to as "Deccan", which expression shall include its successors and permitted assigns) and Larkspur Health Inc., a Delaware corporation (hereinafter referred to as "Larkspur").'])).toBe('Deccan Softworks Private Limited (Deccan); Larkspur Health Inc. (Larkspur)');
  });
  it('a Dutch B.V. with its Chamber of Commerce number', () => {
    expect(partiesOf('LICENCE AGREEMENT', ['This Licence Agreement is made between Veldhoven Optics B.V., a private limited liability company with its corporate seat in Eindhoven, the Netherlands, registered with the Chamber of Commerce under number 17065432 ("Licensor"), and Marlstone Imaging Ltd ("Licensee").'])).toBe('Veldhoven Optics B.V. (Licensor); Marlstone Imaging Ltd (Licensee)');
  });
  it('"organized and existing under the laws of" and a principal place of business with a suite', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Services Agreement is entered into as of June 1, 2022 by and between Pelican Bay Software, Inc., a corporation organized and existing under the laws of the State of California, with its principal place of business at 200 Harbor Drive, Suite 400, San Diego, California 92101 ("Pelican"), and Greystone Clinics, LLC, a Texas limited liability company having its principal office at 5 Elm Plaza, Austin, Texas 78701 ("Greystone").'])).toBe('Pelican Bay Software, Inc. (Pelican); Greystone Clinics, LLC (Greystone)');
  });
  it('a Scottish company number and a company acting through its branch', () => {
    expect(partiesOf('FACILITY AGREEMENT', ['This Agreement is made on 2 May 2020 between Ardmore Distillers Limited (company number SC214365), whose registered office is at 4 Quay Road, Oban ("Ardmore"), and Nordhavn Bank A/S, acting through its London branch ("Nordhavn").'])).toBe('Ardmore Distillers Limited (Ardmore); Nordhavn Bank A/S (Nordhavn)');
  });
  it('a Japanese K.K. with its head office and representative director', () => {
    expect(partiesOf('LICENSE AGREEMENT', ['This Agreement is entered into between Hoshino Seiki Kabushiki Kaisha, a Japanese corporation having its head office at 2-4-1 Marunouchi, Chiyoda-ku, Tokyo, represented by its Representative Director ("Hoshino"), and Trellis Devices, Inc., a Delaware corporation ("Trellis").'])).toBe('Hoshino Seiki Kabushiki Kaisha (Hoshino); Trellis Devices, Inc. (Trellis)');
  });
  it('a Singapore company with its UEN', () => {
    expect(partiesOf('RESELLER AGREEMENT', ['This Reseller Agreement is made between Merlion Cloud Pte. Ltd. (UEN 201912345K), a company incorporated in Singapore ("Merlion"), and Banyan Networks Sdn. Bhd. (Company No. 1234567-X), a company incorporated in Malaysia ("Banyan").'])).toBe('Merlion Cloud Pte. Ltd. (Merlion); Banyan Networks Sdn. Bhd. (Banyan)');
  });
  it('"hereinafter referred to as" with the successors formula after it', () => {
    expect(partiesOf('AGREEMENT', ['This Agreement is made at Mumbai on this 5th day of January, 2021 by and between Konkan Agro Foods Limited, a company registered under the Companies Act, 1956 (hereinafter referred to as the "Company", which expression shall unless repugnant to the context include its successors) of the ONE PART and Suresh Patil, an adult Indian inhabitant (hereinafter referred to as the "Consultant") of the OTHER PART.'])).toBe('Konkan Agro Foods Limited (Company); Suresh Patil (Consultant)');
  });
});

describe('parties set as a list or as rows', () => {
  it('"PARTIES:" with numbered parties in one paragraph', () => {
    expect(partiesOf('SHARE SALE AGREEMENT', ['PARTIES: (1) Fenmore Holdings Limited, a company incorporated in England and Wales with registered number 05512345 (the "Seller"); and (2) Quaystone Capital LLP, a limited liability partnership (the "Buyer").'])).toBe('Fenmore Holdings Limited (Seller); Quaystone Capital LLP (Buyer)');
  });
  it('a "Parties" heading over numbered lines', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['DATE: 12 October 2021', heading('PARTIES'), '1. Tolworth Facilities Limited incorporated and registered in England and Wales with company number 08123456 whose registered office is at 7 Mill Street, Bristol BS1 2AA ("Supplier").', '2. Harcourt Insurance plc incorporated and registered in England and Wales with company number 01234567 whose registered office is at 1 Lime Street, London EC3M 7HA ("Customer").'])).toBe('Tolworth Facilities Limited (Supplier); Harcourt Insurance plc (Customer)');
  });
  it('"Party A:" and "Party B:" rows with addresses and legal representatives', () => {
    expect(partiesOf('COOPERATION AGREEMENT', ['Party A: Zhejiang Lanting Textile Co., Ltd.', 'Address: 88 Wenyi Road, Hangzhou', 'Legal Representative: Wang Lei', 'Party B: Shenzhen Qiaoxin Electronics Co., Ltd.', 'Address: 16 Keji Road, Shenzhen', 'Legal Representative: Liu Fang', 'Party A and Party B, through friendly negotiation, agree as follows:'])).toBe('Zhejiang Lanting Textile Co., Ltd. (Party A); Shenzhen Qiaoxin Electronics Co., Ltd. (Party B)');
  });
  it('"Party A (Licensor):" rows: the role is the label, as before', () => {
    expect(partiesOf('PROCESS TECHNOLOGY LICENSE AGREEMENT', ['Party A (Licensor): Suzhou Hengda Materials Co., Ltd.', 'Party B (Licensee): Northgate Polymers, Inc.', 'The parties agree as follows:'])).toBe('Suzhou Hengda Materials Co., Ltd. (Party A); Northgate Polymers, Inc. (Party B)');
  });
  it('lettered parties "(A)" and "(B)" in a sentence', () => {
    expect(partiesOf('FRAMEWORK AGREEMENT', ['This Agreement is dated 1 April 2022 and made between: (A) Coldharbour Energy Limited, a company registered in England with number 06543210 ("Coldharbour"); and (B) Westray Turbines AS, a company registered in Norway with organisation number 912 345 678 ("Westray").'])).toBe('Coldharbour Energy Limited (Coldharbour); Westray Turbines AS (Westray)');
  });
  it('roman numbered parties in a sentence', () => {
    expect(partiesOf('JOINT DEVELOPMENT AGREEMENT', ['This Agreement is entered into as of March 1, 2022 by and among (i) Corvid Therapeutics, Inc., a Delaware corporation ("Corvid"), (ii) Lindqvist Biologics AB, a Swedish company ("Lindqvist"), and (iii) Anselm Research Institute, a Massachusetts nonprofit corporation ("Anselm").'])).toBe('Corvid Therapeutics, Inc. (Corvid); Lindqvist Biologics AB (Lindqvist); Anselm Research Institute (Anselm)');
  });
  it('"BETWEEN" and "AND" lines with "of the one part" and "of the other part"', () => {
    expect(partiesOf('DEED OF LEASE', ['THIS LEASE is made the 6th day of April 2021', 'BETWEEN', 'ELMSWORTH ESTATES LIMITED whose registered office is at 3 Castle Street, Chester (the "Landlord") of the one part', 'AND', 'PEMBRIDGE BAKERY LIMITED whose registered office is at 19 Bridge Street, Chester (the "Tenant") of the other part.'])).toBe('ELMSWORTH ESTATES LIMITED (Landlord); PEMBRIDGE BAKERY LIMITED (Tenant)');
  });
  it('numbered parties each on a line with a "(1)" and a semicolon', () => {
    expect(partiesOf('SUBSCRIPTION AGREEMENT', ['THIS AGREEMENT is dated 14 July 2020', 'PARTIES', '(1) Barrowdale Ventures Limited (Company No. 11223344) (the "Company");', '(2) Ivo Sandström of Strandvägen 9, Stockholm, Sweden (the "Investor"); and', '(3) Marlow Nominees Limited (Company No. 09988776) (the "Nominee").'])).toBe('Barrowdale Ventures Limited (Company); Ivo Sandström (Investor); Marlow Nominees Limited (Nominee)');
  });
});

describe('three or more parties, "each a Party"', () => {
  it('"each, a "Party" and collectively, the "Parties"" after three', () => {
    expect(partiesOf('MASTER AGREEMENT', ['This Master Agreement is entered into as of April 4, 2022 by and among Halloway Cable Corp. ("Halloway"), Fennick Media Group, LLC ("Fennick") and Pardoe Broadcasting, Inc. ("Pardoe") (each, a "Party" and collectively, the "Parties").'])).toBe('Halloway Cable Corp. (Halloway); Fennick Media Group, LLC (Fennick); Pardoe Broadcasting, Inc. (Pardoe)');
  });
  it('"each a "Party"" inside the last parenthesis', () => {
    expect(partiesOf('MASTER AGREEMENT', ['This Agreement is made as of April 4, 2022 among Orland Minerals Ltd. ("Orland"), Basalt Ridge LLC ("Basalt"), and Cinder Point Corp. ("Cinder", and each of Orland, Basalt and Cinder, a "Party").'])).toBe('Orland Minerals Ltd. (Orland); Basalt Ridge LLC (Basalt); Cinder Point Corp. (Cinder)');
  });
  it('five parties with descriptions', () => {
    expect(partiesOf('INVESTORS RIGHTS AGREEMENT', ['This Agreement is made as of May 5, 2021 by and among Tidewell Robotics, Inc., a Delaware corporation (the "Company"), Amberlane Capital Fund III, L.P., a Delaware limited partnership ("Amberlane"), Sequin Growth Partners, L.P. ("Sequin"), Harriet Moss ("Moss") and Dorian Blake ("Blake").'])).toBe('Tidewell Robotics, Inc. (Company); Amberlane Capital Fund III, L.P. (Amberlane); Sequin Growth Partners, L.P. (Sequin); Harriet Moss (Moss); Dorian Blake (Blake)');
  });
  it('a borrower, a guarantor and a lender', () => {
    expect(partiesOf('LOAN AGREEMENT', ['This Loan Agreement is made as of January 10, 2022 by and among Kettering Foods, LLC, an Ohio limited liability company (the "Borrower"), Kettering Holdings, Inc., an Ohio corporation (the "Guarantor"), and Buckeye Community Bank, an Ohio state-chartered bank (the "Lender").'])).toBe('Kettering Foods, LLC (Borrower); Kettering Holdings, Inc. (Guarantor); Buckeye Community Bank (Lender)');
  });
  it('"each individually a "Party" and together the "Parties"" after two', () => {
    expect(partiesOf('NON-DISCLOSURE AGREEMENT', ['This Agreement is made as of February 2, 2022 between Quintal Foods Inc. ("Quintal") and Mirabel Packaging Co. ("Mirabel") (each individually a "Party" and together the "Parties").'])).toBe('Quintal Foods Inc. (Quintal); Mirabel Packaging Co. (Mirabel)');
  });
  it('a merger among a parent, a merger sub and the company with a stockholders representative', () => {
    expect(partiesOf('AGREEMENT AND PLAN OF MERGER', ['This Agreement and Plan of Merger is entered into as of July 7, 2021 by and among Corbel Industries, Inc., a Delaware corporation ("Parent"), Corbel Acquisition Sub, Inc., a Delaware corporation and wholly owned subsidiary of Parent ("Merger Sub"), Tansy Labs, Inc., a Delaware corporation (the "Company"), and Ferris Advisory LLC, solely in its capacity as the representative of the Stockholders (the "Stockholders\' Representative").'])).toBe("Corbel Industries, Inc. (Parent); Corbel Acquisition Sub, Inc. (Merger Sub); Tansy Labs, Inc. (Company); Ferris Advisory LLC (Stockholders' Representative)");
  });
});

describe('people', () => {
  it('"Ms." before an individual residing at an address', () => {
    expect(partiesOf('EMPLOYMENT AGREEMENT', ['This Employment Agreement is entered into as of March 1, 2022 between Halvorsen Marine, Inc., a Minnesota corporation (the "Company"), and Ms. Annika Lindqvist, an individual residing at 22 Birch Lane, Duluth, Minnesota 55802 ("Executive").'])).toBe('Halvorsen Marine, Inc. (Company); Ms. Annika Lindqvist (Executive)');
  });
  it('"Dr." and an individual', () => {
    expect(partiesOf('CONSULTING AGREEMENT', ['This Consulting Agreement is made as of August 8, 2021 by and between Ravenna Biosciences Corp. ("Ravenna") and Dr. Olusegun Adeyemi, an individual ("Consultant").'])).toBe('Ravenna Biosciences Corp. (Ravenna); Dr. Olusegun Adeyemi (Consultant)');
  });
  it('a person with "Jr." after the name', () => {
    expect(partiesOf('STOCK PURCHASE AGREEMENT', ['This Stock Purchase Agreement is made as of June 30, 2021 between Harold P. Winslow, Jr., an individual ("Seller"), and Brantley Equipment Co. ("Buyer").'])).toBe('Harold P. Winslow, Jr. (Seller); Brantley Equipment Co. (Buyer)');
  });
  it('a person doing business as a trade name', () => {
    expect(partiesOf('SUBCONTRACT', ['This Subcontract is made as of April 2, 2022 between Ridgeline Builders, Inc. ("Contractor") and Samuel Ortega doing business as Ortega Landscaping ("Subcontractor").'])).toBe('Ridgeline Builders, Inc. (Contractor); Samuel Ortega doing business as Ortega Landscaping (Subcontractor)');
  });
  it('"Mrs." of a Scottish address, British style', () => {
    expect(partiesOf('AGREEMENT', ['THIS AGREEMENT is made on 3 June 2021 BETWEEN Mrs. Fiona McAllister of 7 Glen Road, Inverness IV2 4AA ("the Owner") AND Strathglass Holidays Limited of 12 Ness Bank, Inverness ("the Agent").'])).toBe('Mrs. Fiona McAllister (Owner); Strathglass Holidays Limited (Agent)');
  });
  it('a person with a passport number', () => {
    expect(partiesOf('SHARE TRANSFER AGREEMENT', ['This Share Transfer Agreement is made on 1 March 2021 between Mr. Chen Wei (Passport No. E12345678) ("Transferor") and Jadeport Holdings Limited, a company incorporated in Hong Kong ("Transferee").'])).toBe('Mr. Chen Wei (Transferor); Jadeport Holdings Limited (Transferee)');
  });
  it('a name with an apostrophe', () => {
    expect(partiesOf('CONSULTING AGREEMENT', ['This Agreement is made as of May 3, 2022 between Kilbride Software Ltd. ("Kilbride") and Karen O\'Neill, an individual ("Consultant").'])).toBe("Kilbride Software Ltd. (Kilbride); Karen O'Neill (Consultant)");
  });
  it('an accented, hyphenated name', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is made as of May 3, 2022 between Almadena Foods, S.L. ("Almadena") and María José García-López, an individual resident in Seville, Spain ("Advisor").'])).toBe('Almadena Foods, S.L. (Almadena); María José García-López (Advisor)');
  });
  it('an employee named last with no description', () => {
    expect(partiesOf('EMPLOYMENT AGREEMENT', ['This Employment Agreement is made as of September 1, 2021 between Fernhill Robotics, Inc. (the "Company") and Devon Achebe ("Employee").'])).toBe('Fernhill Robotics, Inc. (Company); Devon Achebe (Employee)');
  });
  it('"an individual with an address at"', () => {
    expect(partiesOf('ADVISORY AGREEMENT', ['This Advisory Agreement is entered into as of October 4, 2021 by and between Saltmarsh Energy Corp., a Wyoming corporation ("Saltmarsh"), and Theo Vasquez, an individual with an address at 400 Pine Street, Casper, Wyoming ("Advisor").'])).toBe('Saltmarsh Energy Corp. (Saltmarsh); Theo Vasquez (Advisor)');
  });
  it('a sole proprietor trading as a studio', () => {
    expect(partiesOf('DESIGN SERVICES AGREEMENT', ['This Agreement is made on 2 February 2022 between Mossgrove Homes Ltd ("Client") and Priya Nair, a sole proprietor trading as Nair Design Studio ("Designer").'])).toBe('Mossgrove Homes Ltd (Client); Priya Nair (Designer)');
  });
  it('"Professor" before a name', () => {
    expect(partiesOf('CONSULTING AGREEMENT', ['This Agreement is made as of January 5, 2022 between Stellan Genomics, Inc. ("Stellan") and Professor Ingrid Solberg ("Consultant").'])).toBe('Stellan Genomics, Inc. (Stellan); Professor Ingrid Solberg (Consultant)');
  });
  it('an executive with a middle initial and "Mr."', () => {
    expect(partiesOf('SEPARATION AGREEMENT', ['This Separation Agreement is entered into as of November 30, 2021 by and between Mr. Warren T. Oakes ("Executive") and Calloway Brands Corporation, a Nevada corporation (the "Company").'])).toBe('Mr. Warren T. Oakes (Executive); Calloway Brands Corporation (Company)');
  });
});

describe('affiliates, successors and amendments', () => {
  it('"on behalf of itself and each of its subsidiaries"', () => {
    expect(partiesOf('PURCHASE AGREEMENT', ['This Purchase Agreement is made as of March 1, 2022 between Thornbury Chemicals Inc., on behalf of itself and each of its subsidiaries ("Thornbury"), and Galloway Resins LLC ("Supplier").'])).toBe('Thornbury Chemicals Inc. (Thornbury); Galloway Resins LLC (Supplier)');
  });
  it('"acting on its own behalf and on behalf of its Affiliates"', () => {
    expect(partiesOf('MASTER PURCHASE AGREEMENT', ['This Agreement is made as of March 1, 2022 between Cresswell Retail Group plc, acting on its own behalf and on behalf of its Affiliates ("Cresswell"), and Oakhanger Textiles Ltd ("Vendor").'])).toBe('Cresswell Retail Group plc (Cresswell); Oakhanger Textiles Ltd (Vendor)');
  });
  it('an amendment with a party "(as successor in interest to …)"', () => {
    expect(partiesOf('AMENDMENT NO. 2 TO LICENSE AGREEMENT', ['This Amendment Number 2 (this "Amendment") to the License Agreement dated as of June 1, 2018 (the "Agreement") is entered into as of May 1, 2021 by and between Pellucid Labs, Inc. (as successor in interest to Arbor Diagnostics, Inc.) ("Licensee") and Greywater University ("University").'])).toBe('Pellucid Labs, Inc. (Licensee); Greywater University (University)');
  });
  it('an amendment with a party ", as successor in interest to …,"', () => {
    expect(partiesOf('FIRST AMENDMENT TO LEASE', ['This First Amendment to Lease is made as of February 1, 2022 by and between Kingsbridge Office Partners, LLC, as successor in interest to Marbury Realty Trust ("Landlord"), and Halden Analytics, Inc. ("Tenant").'])).toBe('Kingsbridge Office Partners, LLC (Landlord); Halden Analytics, Inc. (Tenant)');
  });
  it('"successor-by-merger to"', () => {
    expect(partiesOf('AMENDMENT TO SUPPLY AGREEMENT', ['This Amendment is entered into as of June 6, 2022 between Norcastle Paper Company, successor-by-merger to Eastfield Pulp Corporation ("Supplier"), and Brightline Print, Inc. ("Customer").'])).toBe('Norcastle Paper Company (Supplier); Brightline Print, Inc. (Customer)');
  });
  it('"as assignee of"', () => {
    expect(partiesOf('SECOND AMENDMENT', ['This Second Amendment is made as of June 6, 2022 by and between Marlowe Storage LLC ("Landlord") and Peregrine Freight Inc., as assignee of Dunmore Logistics Inc. ("Tenant").'])).toBe('Marlowe Storage LLC (Landlord); Peregrine Freight Inc. (Tenant)');
  });
  it('"formerly known as" without a parenthesis', () => {
    expect(partiesOf('AMENDMENT NO. 1', ['This Amendment No. 1 is made as of June 6, 2022 between Vantage Orbital Corp., formerly known as Skyward Launch Corp. ("Vantage"), and Harlow Satellite Ltd. ("Harlow").'])).toBe('Vantage Orbital Corp. (Vantage); Harlow Satellite Ltd. (Harlow)');
  });
  it('an amended and restated agreement among three', () => {
    expect(partiesOf('AMENDED AND RESTATED SERVICES AGREEMENT', ['This Amended and Restated Services Agreement (this "Agreement") is entered into as of August 15, 2021 by and among Rookwood Capital Management, LLC (the "Manager"), Rookwood Income Fund, Inc. (the "Fund") and Fenwick Fund Services, Inc. (the "Administrator").'])).toBe('Rookwood Capital Management, LLC (Manager); Rookwood Income Fund, Inc. (Fund); Fenwick Fund Services, Inc. (Administrator)');
  });
  it('an assignment among assignor, assignee and consenting licensor', () => {
    expect(partiesOf('NOVATION AGREEMENT', ['This Assignment and Assumption Agreement is made as of March 3, 2022 by and among Quillon Media LLC ("Assignor"), Tessaract Studios, Inc. ("Assignee") and Brightwell Pictures Corp. ("Licensor").'])).toBe('Quillon Media LLC (Assignor); Tessaract Studios, Inc. (Assignee); Brightwell Pictures Corp. (Licensor)');
  });
});

describe('public bodies, universities, hospitals, partnerships and funds', () => {
  it('a university board of trustees', () => {
    expect(partiesOf('RESEARCH AGREEMENT', ['This Research Agreement is made as of July 1, 2021 by and between The Board of Trustees of Halvorsen State University, an educational institution of the State of Nebraska ("University"), and Pinnacle Agritech, Inc. ("Sponsor").'])).toBe('The Board of Trustees of Halvorsen State University (University); Pinnacle Agritech, Inc. (Sponsor)');
  });
  it('a not-for-profit hospital', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is made as of July 1, 2021 between Eastbury Presbyterian Hospital, a New York not-for-profit corporation ("Hospital"), and Veritas Imaging Partners, LLC ("Group").'])).toBe('Eastbury Presbyterian Hospital (Hospital); Veritas Imaging Partners, LLC (Group)');
  });
  it('a health system doing business as a medical center', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is made as of July 1, 2021 between Kingsmere Health System, a Tennessee nonprofit corporation d/b/a Kingsmere Medical Center ("Kingsmere"), and Apex Anesthesia Associates, PLLC ("Apex").'])).toBe('Kingsmere Health System (Kingsmere); Apex Anesthesia Associates, PLLC (Apex)');
  });
  it('a fund "acting by its manager"', () => {
    expect(partiesOf('SUBSCRIPTION AGREEMENT', ['This Agreement is made on 4 March 2022 between Blue Harbor Capital Fund II, L.P., acting by its manager, Blue Harbor Advisers LLP ("Fund"), and Corrie Technologies Limited ("Company").'])).toBe('Blue Harbor Capital Fund II, L.P. (Fund); Corrie Technologies Limited (Company)');
  });
  it('a partnership signing "by" its general partner', () => {
    expect(partiesOf('LETTER OF INTENT', ['This Agreement is made as of March 4, 2022 between Tallis Growth Partners LP, by Tallis Management LLC, its general partner ("Tallis"), and Orrin Cycles, Inc. ("Orrin").'])).toBe('Tallis Growth Partners LP (Tallis); Orrin Cycles, Inc. (Orrin)');
  });
  it('a port authority, a body corporate and politic', () => {
    expect(partiesOf('LEASE AGREEMENT', ['This Lease is made as of March 4, 2022 by and between the Kaimana Port Authority, a body corporate and politic of the State of Hawaii (the "Authority"), and Seaward Cold Storage, Inc. (the "Lessee").'])).toBe('Kaimana Port Authority (Authority); Seaward Cold Storage, Inc. (Lessee)');
  });
  it('a state agency acting by and through its director', () => {
    expect(partiesOf('GRANT AGREEMENT', ['This Grant Agreement is entered into by and between the Department of Natural Resources of the State of Larimer, acting by and through its Director (the "Department"), and Blackwater Watershed Council, a nonprofit corporation (the "Grantee").'])).toBe('Department of Natural Resources of the State of Larimer (Department); Blackwater Watershed Council (Grantee)');
  });
  it('a school district', () => {
    expect(partiesOf('SERVICES CONTRACT', ['This Contract is made as of August 1, 2021 between the Millbrook Unified School District, a public school district of the State of California (the "District"), and Brightpath Tutoring, Inc. (the "Contractor").'])).toBe('Millbrook Unified School District (District); Brightpath Tutoring, Inc. (Contractor)');
  });
  it('an LLLP and a limited partnership by general partner', () => {
    expect(partiesOf('PARTNERSHIP AGREEMENT', ['This Agreement is made as of March 4, 2022 among Redwater Partners, LLLP, a Colorado limited liability limited partnership ("Redwater"), Ostrander Properties, L.P., by its general partner Ostrander GP, Inc. ("Ostrander"), and Yarrow Land Co. ("Yarrow").'])).toBe('Redwater Partners, LLLP (Redwater); Ostrander Properties, L.P. (Ostrander); Yarrow Land Co. (Yarrow)');
  });
  it('a medical school foundation and a clinic', () => {
    expect(partiesOf('AFFILIATION AGREEMENT', ['This Affiliation Agreement is made as of July 1, 2022 between Caldwell College of Medicine Foundation, Inc. ("Foundation") and Westbrook Family Clinic, P.C. ("Clinic").'])).toBe('Caldwell College of Medicine Foundation, Inc. (Foundation); Westbrook Family Clinic, P.C. (Clinic)');
  });
  it('a national research council and a university', () => {
    expect(partiesOf('COLLABORATION AGREEMENT', ['This Collaboration Agreement is made between the National Research Council of Andoria, an agency of the Government of Andoria ("NRC"), and the University of Port Selwyn ("University").'])).toBe('National Research Council of Andoria (NRC); the University of Port Selwyn (University)');
  });
});

describe('parties named only on the signature page or a cover', () => {
  it('an opening "between the parties signing below" takes the blocks under their labels', () => {
    expect(partiesOf('EQUIPMENT LEASE', ['This Equipment Lease is entered into as of May 1, 2022 by and between the Lessor and the Lessee named below.'], ['IN WITNESS WHEREOF, the parties have signed this Lease.', 'LESSOR:', 'HOLLYBROOK LEASING LLC', 'By: ______________', 'Name: Aaron Pike', 'Title: Manager', 'LESSEE:', 'TAMARACK FARMS, INC.', 'By: ______________', 'Name: Joan Ellery', 'Title: President'])).toBe('HOLLYBROOK LEASING LLC (LESSOR); TAMARACK FARMS, INC. (LESSEE)');
  });
  it('a cover page: "between" and "and" around the two names', () => {
    expect(partiesOf('', [heading('DATED 1 JUNE 2022'), heading('(1) ASHCOMBE PROPERTIES LIMITED'), heading('(2) LINDEN CAFES LIMITED'), heading('LEASE'), 'relating to Unit 5, Market Square, Winchester', heading('THIS LEASE'), 'is dated 1 June 2022 and made between the Landlord and the Tenant named in the Particulars.'])).toBe('ASHCOMBE PROPERTIES LIMITED; LINDEN CAFES LIMITED');
  });
});

describe('openings whose heading the text runs into', () => {
  it('a caps title run into a title-case opening', async () => {
    expect(await partiesOfText('MASTER CLEANING SERVICES AGREEMENT This Master Cleaning Services Agreement (the "Agreement") is entered into as of April 1, 2021 (the "Effective Date") by and between Corvane Systems, Inc., a Delaware corporation with offices at 10 Quarry Road, Boston, Massachusetts ("Corvane"), and Mistral Health LLC, a Vermont limited liability company ("Client").')).toBe('Corvane Systems, Inc. (Corvane); Mistral Health LLC (Client)');
  });
  it('an exhibit number and a caps title run into a caps opening', async () => {
    expect(await partiesOfText('Exhibit 10.4 LICENSE AGREEMENT THIS LICENSE AGREEMENT ("Agreement") is made and entered into this 5th day of May, 2020, by and between HALCYON BEVERAGE COMPANY, a Florida corporation ("Halcyon"), and TIDEWATER DISTRIBUTORS, INC., a Georgia corporation ("Distributor").')).toBe('HALCYON BEVERAGE COMPANY (Halcyon); TIDEWATER DISTRIBUTORS, INC. (Distributor)');
  });
  it('an opening all in capitals', async () => {
    expect(await partiesOfText('DISTRIBUTION AGREEMENT\n\nTHIS DISTRIBUTION AGREEMENT (THE "AGREEMENT") IS MADE AND ENTERED INTO THIS 5TH DAY OF MAY, 2020, BY AND BETWEEN HALCYON BEVERAGE COMPANY, A FLORIDA CORPORATION ("HALCYON"), AND TIDEWATER DISTRIBUTORS, INC., A GEORGIA CORPORATION ("DISTRIBUTOR").')).toBe('HALCYON BEVERAGE COMPANY (HALCYON); TIDEWATER DISTRIBUTORS, INC. (DISTRIBUTOR)');
  });
  it('a title-case title run into the opening', async () => {
    expect(await partiesOfText('Software License Agreement This Software License Agreement is entered into as of March 15, 2022 by and between Brightfield Apps, Inc. ("Licensor") and Cumbria Water plc ("Licensee").')).toBe('Brightfield Apps, Inc. (Licensor); Cumbria Water plc (Licensee)');
  });
  it('an opening wrapped over several lines of a text file', async () => {
    expect(await partiesOfText('CONSULTING AGREEMENT\n\nThis Consulting Agreement (the "Agreement") is entered into as of\nJanuary 3, 2022, by and between Marrowbone Pharmaceuticals, Inc., a\nDelaware corporation (the "Company"), and Lucía Ferrer, an individual\n("Consultant").')).toBe('Marrowbone Pharmaceuticals, Inc. (Company); Lucía Ferrer (Consultant)');
  });
  it('a confidential-treatment legend and a title run into the opening', async () => {
    expect(await partiesOfText('CONFIDENTIAL TREATMENT REQUESTED SUPPLY AGREEMENT This Supply Agreement is made as of October 1, 2020 between Ostrava Components s.r.o. ("Supplier") and Glenrock Motors Corp. ("Buyer").')).toBe('Ostrava Components s.r.o. (Supplier); Glenrock Motors Corp. (Buyer)');
  });
  it('an amendment with its title run in and a successor in interest', async () => {
    expect(await partiesOfText('AMENDMENT NO. 3 TO MANUFACTURING AGREEMENT This Amendment No. 3 ("Amendment") is made as of July 1, 2021 by and between Bellhaven Pharma, Inc. (as successor in interest to Dorrit Labs, Inc.) ("Bellhaven") and Carraway Fill Finish LLC ("Manufacturer").')).toBe('Bellhaven Pharma, Inc. (Bellhaven); Carraway Fill Finish LLC (Manufacturer)');
  });
  it('three parties and "each a Party" in a text file', async () => {
    expect(await partiesOfText('JOINT VENTURE AGREEMENT\n\nThis Joint Venture Agreement is made as of June 1, 2021 by and among Sorrento Grid Corp. ("Sorrento"), Palisade Solar LLC ("Palisade") and Umber Storage, Inc. ("Umber") (each a "Party" and together the "Parties").')).toBe('Sorrento Grid Corp. (Sorrento); Palisade Solar LLC (Palisade); Umber Storage, Inc. (Umber)');
  });
});

describe('further openings in styles common to filed contracts', () => {
  it('"is made and entered into" with the date after the parties', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Supply Agreement is made and entered into by and between Juniper Creek Organics, LLC, a Colorado limited liability company ("Juniper"), and Maplestone Markets Inc., a Delaware corporation ("Maplestone"), effective as of the 1st day of October, 2019.'])).toBe('Juniper Creek Organics, LLC (Juniper); Maplestone Markets Inc. (Maplestone)');
  });
  it('"This Agreement, dated …, is between"', () => {
    expect(partiesOf('LICENSE AGREEMENT', ['This License Agreement, dated as of February 14, 2020, is between Quartzline Media Group, Inc. ("Licensor") and Ferncliff Games LLC ("Licensee").'])).toBe('Quartzline Media Group, Inc. (Licensor); Ferncliff Games LLC (Licensee)');
  });
  it('"by and between" with short names first: "Ocelot" means', () => {
    expect(partiesOf('HOSTING AGREEMENT', ['This Hosting Agreement is entered into on March 9, 2020 by and between Ocelot Web Services, Inc., with offices at 9 Lantern Way, Reno, Nevada ("Ocelot" or "Provider"), and Brindle Apparel Co., with offices at 31 Loom Street, Fall River, Massachusetts ("Brindle" or "Customer").'])).toBe('Ocelot Web Services, Inc. (Ocelot / Provider); Brindle Apparel Co. (Brindle / Customer)');
  });
  it('a caps opening with "THE COMPANY" and "THE CONSULTANT"', () => {
    expect(partiesOf('CONSULTING AGREEMENT', ['THIS CONSULTING AGREEMENT IS ENTERED INTO AS OF JULY 1, 2019 BY AND BETWEEN NORTHSTAR MINING CORP., A BRITISH COLUMBIA CORPORATION (THE "COMPANY"), AND GERALD FINCH (THE "CONSULTANT").'])).toBe('NORTHSTAR MINING CORP. (COMPANY); GERALD FINCH (CONSULTANT)');
  });
  it('a title-case opening: "By And Between"', () => {
    expect(partiesOf('Marketing Agreement', ['This Marketing Agreement Is Entered Into As Of May 1, 2020 By And Between Velvet Road Brands, Inc. ("Velvet") And Carrick Media Ltd. ("Carrick").'])).toBe('Velvet Road Brands, Inc. (Velvet); Carrick Media Ltd. (Carrick)');
  });
  it('"hereinafter referred to as" without quotes', () => {
    expect(partiesOf('DISTRIBUTION AGREEMENT', ['This Agreement is made between Belmont Valve Company, a Pennsylvania corporation, hereinafter referred to as "Belmont", and Sunda Industrial Supply Pte. Ltd., a Singapore company, hereinafter referred to as "Distributor".'])).toBe('Belmont Valve Company (Belmont); Sunda Industrial Supply Pte. Ltd. (Distributor)');
  });
  it('two parties with curly quotes and no "the"', () => {
    expect(partiesOf('REFERRAL AGREEMENT', ['This Referral Agreement is entered into as of May 2, 2019 by and between Oakridge Lending Corp. (“Oakridge”) and Sweetgum Realty LLC (“Referrer”).'])).toBe('Oakridge Lending Corp. (Oakridge); Sweetgum Realty LLC (Referrer)');
  });
  it('a company "and its Affiliates" as one party before the other', () => {
    expect(partiesOf('MASTER CLEANING SERVICES AGREEMENT', ['This Master Cleaning Services Agreement is entered into as of May 2, 2019 by and between Harwell Insurance Group, Inc. and its Affiliates ("Harwell") and Ironbark Consulting LLC ("Consultant").'])).toBe('Harwell Insurance Group, Inc. (Harwell); Ironbark Consulting LLC (Consultant)');
  });
  it('an "Incorporated" name and "L.L.C." with dots', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Services Agreement is made as of May 2, 2019 by and between Tillman Freight Lines, Incorporated ("Tillman") and Cobalt Dock Services, L.L.C. ("Cobalt").'])).toBe('Tillman Freight Lines, Incorporated (Tillman); Cobalt Dock Services, L.L.C. (Cobalt)');
  });
  it('"by and among" a company and its named founders', () => {
    expect(partiesOf('FOUNDERS AGREEMENT', ['This Agreement is made as of May 2, 2019 by and among Lumina Path, Inc., a Delaware corporation (the "Company"), Rafael Ortiz ("Ortiz"), Mei Tanaka ("Tanaka") and Jonah Weiss ("Weiss").'])).toBe('Lumina Path, Inc. (Company); Rafael Ortiz (Ortiz); Mei Tanaka (Tanaka); Jonah Weiss (Weiss)');
  });
  it('a party in a Canadian province with a "Ltd." and a "ULC"', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Supply Agreement is made as of June 3, 2020 between Fraser Timber Products Ltd., a corporation existing under the laws of British Columbia ("Fraser"), and Hudson Pulp ULC, an Alberta unlimited liability corporation ("Hudson").'])).toBe('Fraser Timber Products Ltd. (Fraser); Hudson Pulp ULC (Hudson)');
  });
  it('a cooperative association and an Inc.', () => {
    expect(partiesOf('MARKETING AGREEMENT', ['This Agreement is made as of June 3, 2020 between Prairie Gold Growers Cooperative Association ("Cooperative") and Harvest Table Foods, Inc. ("Buyer").'])).toBe('Prairie Gold Growers Cooperative Association (Cooperative); Harvest Table Foods, Inc. (Buyer)');
  });
  it('"the undersigned" and a named company', () => {
    expect(partiesOf('LOCK-UP AGREEMENT', ['This Agreement is made as of June 3, 2020 between Crestline Therapeutics, Inc. (the "Company") and Paloma Reyes (the "Holder").'])).toBe('Crestline Therapeutics, Inc. (Company); Paloma Reyes (Holder)');
  });
  it('a trust company as trustee and two LLCs', () => {
    expect(partiesOf('ESCROW AGREEMENT', ['This Escrow Agreement is made as of June 3, 2020 by and among Larkfield Buyer LLC ("Buyer"), Tamworth Seller LLC ("Seller") and Ironclad Trust Company, N.A., as escrow agent (the "Escrow Agent").'])).toBe('Larkfield Buyer LLC (Buyer); Tamworth Seller LLC (Seller); Ironclad Trust Company, N.A. (Escrow Agent)');
  });
  it('a Spanish S.L.U. and a Portuguese Lda.', () => {
    expect(partiesOf('DISTRIBUTION AGREEMENT', ['This Agreement is made between Cantabria Solar, S.L.U., a Spanish company ("Cantabria"), and Douro Energia, Lda., a Portuguese company ("Douro").'])).toBe('Cantabria Solar, S.L.U. (Cantabria); Douro Energia, Lda. (Douro)');
  });
  it('a Mexican S. de R.L. de C.V. and a Brazilian S.A.', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Agreement is made between Maquinados del Norte, S. de R.L. de C.V. ("Maquinados") and Pampulha Metais S.A. ("Pampulha").'])).toBe('Maquinados del Norte, S. de R.L. de C.V. (Maquinados); Pampulha Metais S.A. (Pampulha)');
  });
  it('a Korean Co., Ltd. and a Taiwanese Corporation', () => {
    expect(partiesOf('OEM AGREEMENT', ['This OEM Agreement is made as of June 3, 2020 between Hanbit Display Co., Ltd., a Korean corporation ("Hanbit"), and Formosa Circuit Corporation, a Taiwan corporation ("Formosa").'])).toBe('Hanbit Display Co., Ltd. (Hanbit); Formosa Circuit Corporation (Formosa)');
  });
  it('an opening with "Licensor" and "Licensee" given before the names', () => {
    expect(partiesOf('LICENSE AGREEMENT', ['This License Agreement is made as of June 3, 2020 between Licensor, Greenhollow Studios LLC, a Utah limited liability company, and Licensee, Petrel Toys Inc., an Oregon corporation.'])).toBe('Greenhollow Studios LLC (Licensor); Petrel Toys Inc. (Licensee)');
  });
  it('a health system doing business as a medical center, its short name used again', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is made as of July 1, 2021 between Ashgrove Health System, a Kentucky nonprofit corporation ("Ashgrove"), and Lantern Radiology, PLLC ("Lantern").', 'Ashgrove operates hospitals and Lantern provides radiology services.'])).toBe('Ashgrove Health System (Ashgrove); Lantern Radiology, PLLC (Lantern)');
  });
  it('"an adult Indian inhabitant" after a person', () => {
    expect(partiesOf('SERVICE AGREEMENT', ['This Agreement is made on 2 January 2021 between Sahyadri Pharma Limited, a company incorporated under the Companies Act, 2013 ("Company") and Anil Deshmukh, an adult Indian inhabitant residing at Pune ("Advisor").'])).toBe('Sahyadri Pharma Limited (Company); Anil Deshmukh (Advisor)');
  });
});

describe('names written in the ways companies spell themselves', () => {
  it('a name beginning with a digit, and one with an ordinal', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Supply Agreement is made as of May 1, 2020 between 4Front Robotics, Inc. ("4Front") and 21st Century Dairy LLC ("Dairy").'])).toBe('4Front Robotics, Inc. (4Front); 21st Century Dairy LLC (Dairy)');
  });
  it('a ".com" name and a lower-case brand', () => {
    expect(partiesOf('MARKETING AGREEMENT', ['This Marketing Agreement is made as of May 1, 2020 between Shopwise.com, Inc., a Delaware corporation ("Shopwise"), and zVelo Labs, Inc., a California corporation ("zVelo").'])).toBe('Shopwise.com, Inc. (Shopwise); zVelo Labs, Inc. (zVelo)');
  });
  it('an ampersand and an apostrophe in the names', () => {
    expect(partiesOf('FRANCHISE AGREEMENT', ['This Franchise Agreement is made as of May 1, 2020 between Bertie\'s Bakeries, Inc. ("Franchisor") and Hale & Sons Foods LLC ("Franchisee").'])).toBe("Bertie's Bakeries, Inc. (Franchisor); Hale & Sons Foods LLC (Franchisee)");
  });
  it('"Co." right before "and"', () => {
    expect(partiesOf('AGENCY AGREEMENT', ['This Agency Agreement is made on 3 May 2020 between Ashby & Co. and Brill Shipping Ltd.'])).toBe('Ashby & Co.; Brill Shipping Ltd.');
  });
  it('"on the one hand" and two parties "on the other hand"', () => {
    expect(partiesOf('SETTLEMENT AGREEMENT', ['This Settlement Agreement is entered into as of May 1, 2020 by and between Corran Medical Devices, Inc. ("Corran"), on the one hand, and Penwith Surgical Ltd. ("Penwith") and Ellery Holdings LLC ("Ellery"), on the other hand.'])).toBe('Corran Medical Devices, Inc. (Corran); Penwith Surgical Ltd. (Penwith); Ellery Holdings LLC (Ellery)');
  });
  it('"referred to herein as"', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Services Agreement is made as of May 1, 2020 between Redcliff Software Corporation (referred to herein as "Redcliff") and Umberleigh Water Company (referred to herein as "Umberleigh").'])).toBe('Redcliff Software Corporation (Redcliff); Umberleigh Water Company (Umberleigh)');
  });
  it('"Between:" and "And:" with colons in a sentence', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is dated 1 May 2020. Between: Gorsefield Farms Ltd ("Gorsefield") And: Kittiwake Foods plc ("Kittiwake").'])).toBe('Gorsefield Farms Ltd (Gorsefield); Kittiwake Foods plc (Kittiwake)');
  });
  it('an opening with no "This": "AGREEMENT made as of … among", stockholders listed on a schedule a party of their own', () => {
    expect(partiesOf('STOCKHOLDERS AGREEMENT', ['AGREEMENT made as of May 1, 2020 among Tamsworth Brewing Company, a Vermont corporation (the "Company"), and the stockholders of the Company listed on Schedule A (the "Stockholders").'])).toBe('Tamsworth Brewing Company (Company); stockholders of the Company (Stockholders)');
  });
  it('"L.L.C." in capitals; the article before a name in capitals is dropped as in ordinary case', () => {
    expect(partiesOf('CONSULTING AGREEMENT', ['THIS AGREEMENT is made as of May 1, 2020 by and between THE HARTWELL GROUP, INC. ("HARTWELL") and BRISTOW ADVISORS, L.L.C. ("BRISTOW").'])).toBe('HARTWELL GROUP, INC. (HARTWELL); BRISTOW ADVISORS, L.L.C. (BRISTOW)');
  });
  it('a short name in parentheses without quotes after each name', () => {
    expect(partiesOf('DISTRIBUTION AGREEMENT', ['This Agreement is made as of May 1, 2020 between Norwell Instruments Corp. (Norwell) and Saxby Lab Supply Inc. (Saxby).'])).toBe('Norwell Instruments Corp.; Saxby Lab Supply Inc.');
  });
  it('the opening run on after "WITNESSETH:" in a text file', async () => {
    expect(await partiesOfText('AGREEMENT\n\nTHIS AGREEMENT, made and entered into this 2nd day of March, 2018, by and between KEYSTONE AGGREGATES, INC., a Pennsylvania corporation (hereinafter "Keystone"), and LACKAWANNA HAULING CO., a Pennsylvania corporation (hereinafter "Hauler"). WITNESSETH: WHEREAS, Keystone quarries stone; and')).toBe('KEYSTONE AGGREGATES, INC. (Keystone); LACKAWANNA HAULING CO. (Hauler)');
  });
  it('a text file with the parties on lines of their own under "BETWEEN:"', async () => {
    expect(await partiesOfText('SUPPLY AGREEMENT\n\nTHIS AGREEMENT is made on 2 March 2018\n\nBETWEEN:\n\n(1) TREGONY CLAY LIMITED, a company registered in England (No. 02233445) ("Tregony"); and\n\n(2) ALDEBURGH CERAMICS LIMITED, a company registered in England (No. 03344556) ("Aldeburgh").')).toBe('TREGONY CLAY LIMITED (Tregony); ALDEBURGH CERAMICS LIMITED (Aldeburgh)');
  });
});

describe('people known by their address or an identity number', () => {
  it('a person "of" a flat and house name, no number first', () => {
    expect(partiesOf('OPTION AGREEMENT', ['This Option Agreement is made on 5 May 2021 between Rowena Pike of Flat 2, Mill House, Bath BA1 2QT ("Grantor") and Westerleigh Homes Limited ("Developer").'])).toBe('Rowena Pike (Grantor); Westerleigh Homes Limited (Developer)');
  });
  it('a bank named "of" a place keeps its whole name (a guard)', () => {
    expect(partiesOf('LOAN AGREEMENT', ['This Loan Agreement is made as of May 5, 2021 between First National Bank of Tillford, a national banking association ("Lender"), and Harrow Creek Farms LLC ("Borrower").'])).toBe('First National Bank of Tillford (Lender); Harrow Creek Farms LLC (Borrower)');
  });
  it('a person with a PRC identity card number', () => {
    expect(partiesOf('EQUITY TRANSFER AGREEMENT', ['This Equity Transfer Agreement is made on 5 May 2021 between Mr. Liu Yang, PRC ID No. 110101198001011234 ("Transferor"), and Shenzhen Qianhai Lianxin Technology Co., Ltd. ("Transferee").'])).toBe('Mr. Liu Yang (Transferor); Shenzhen Qianhai Lianxin Technology Co., Ltd. (Transferee)');
  });
  it('a person of a town, with no street', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is made on 5 May 2021 between Callum Fraser of Aviemore, Scotland ("Guide") and Cairngorm Adventures Ltd ("Company").'])).toBe('Callum Fraser (Guide); Cairngorm Adventures Ltd (Company)');
  });
});

describe('more public bodies, funds and capacities', () => {
  it('the Crown in right of a country, as represented by a minister', () => {
    expect(partiesOf('FUNDING AGREEMENT', ['This Funding Agreement is made between His Majesty the King in right of Canada, as represented by the Minister of Industry ("Canada"), and Borealis Quantum Inc., a corporation incorporated under the laws of Ontario ("Recipient").'])).toBe('His Majesty the King in right of Canada (Canada); Borealis Quantum Inc. (Recipient)');
  });
  it('a university acting on behalf of its school of medicine', () => {
    expect(partiesOf('CLINICAL TRIAL AGREEMENT', ['This Clinical Trial Agreement is made as of May 1, 2021 between Ridgeford University, acting on behalf of its School of Medicine ("Institution"), and Calyx Oncology, Inc. ("Sponsor").'])).toBe('Ridgeford University (Institution); Calyx Oncology, Inc. (Sponsor)');
  });
  it('a hospital company doing business as a medical center keeps the trade name', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is made as of May 1, 2021 between Mercy Vale Hospital, Inc. d/b/a Mercy Vale Medical Center ("Hospital") and Tidewater Lab Partners LLC ("Laboratory").'])).toBe('Mercy Vale Hospital, Inc. d/b/a Mercy Vale Medical Center (Hospital); Tidewater Lab Partners LLC (Laboratory)');
  });
  it('a fund that is a series of a trust', () => {
    expect(partiesOf('ADVISORY AGREEMENT', ['This Advisory Agreement is made as of May 1, 2021 between Harbor Point Income Fund, a series of Harbor Point Trust ("Fund"), and Seawall Asset Management LLC ("Adviser").'])).toBe('Harbor Point Income Fund (Fund); Seawall Asset Management LLC (Adviser)');
  });
  it('short names joined by "or" ("Company" or "we")', () => {
    expect(partiesOf('TERMS OF SERVICE', ['This Agreement is made between Lumenpath Inc. ("Lumenpath", "Company" or "we") and Tarn Valley Schools ("Customer" or "you").'])).toBe('Lumenpath Inc. (Lumenpath / Company / we); Tarn Valley Schools (Customer / you)');
  });
  it('a company "for and on behalf of" its division', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Agreement is made as of May 1, 2021 between Orchard Foods Corp., for and on behalf of its Fresh Juice division ("Orchard"), and Pipkin Packaging LLC ("Supplier").'])).toBe('Orchard Foods Corp. (Orchard); Pipkin Packaging LLC (Supplier)');
  });
});

describe('labels and tables run together in a text file', () => {
  it('"The parties to this Agreement are"', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['The parties to this Agreement are Marchbank Utilities Inc. ("Marchbank") and Orwell Metering Ltd. ("Orwell").'])).toBe('Marchbank Utilities Inc. (Marchbank); Orwell Metering Ltd. (Orwell)');
  });
  it('"Supplier:" and "Customer:" labels on one line', async () => {
    expect(await partiesOfText('SUPPLY AGREEMENT\n\nSupplier: Halden Glassworks Ltd. Customer: Pennant Bottling Co.\n\nThe Supplier and the Customer agree as follows:')).toBe('Halden Glassworks Ltd. (Supplier); Pennant Bottling Co. (Customer)');
  });
  it('"Party A:" and "Party B:" with addresses run together on one line', async () => {
    expect(await partiesOfText('PURCHASE CONTRACT\n\nParty A: Ningbo Haixing Trading Co., Ltd. Address: 9 Zhongshan Road, Ningbo Party B: Calder Marine Supplies Inc. Address: 77 Dock Street, Halifax\n\nParty A and Party B agree as follows:')).toBe('Ningbo Haixing Trading Co., Ltd. (Party A); Calder Marine Supplies Inc. (Party B)');
  });
  it('a table row per party: label, name', () => {
    expect(partiesOf('ORDER FORM', [{ text: 'Provider | Skybridge Analytics, Inc.', kind: 'table-row' }, { text: 'Customer | Fallowmere County Council', kind: 'table-row' }, 'This Order Form is governed by the Master Terms.'])).toBe('Skybridge Analytics, Inc. (Provider); Fallowmere County Council (Customer)');
  });
});

describe('openings that are hard to split', () => {
  it('a name with "and" inside it', () => {
    expect(partiesOf('AGENCY AGREEMENT', ['This Agreement is made on 1 June 2021 between Barrow and Finch Limited ("Barrow") and Quell Logistics Ltd ("Quell").'])).toBe('Barrow and Finch Limited (Barrow); Quell Logistics Ltd (Quell)');
  });
  it('a firm name with commas and "and"', () => {
    expect(partiesOf('ENGAGEMENT LETTER', ['This Agreement is made as of June 1, 2021 between Abbott, Kline and Moreno LLP ("Counsel") and Farrow Biotech, Inc. ("Client").'])).toBe('Abbott, Kline and Moreno LLP (Counsel); Farrow Biotech, Inc. (Client)');
  });
  it('the date clause between the title and "by and between"', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Services Agreement, effective as of the date of the last signature below (the "Effective Date"), is made by and between Quorra Data Systems, Inc. ("Quorra") and Lindel Transit Authority ("Lindel").'])).toBe('Quorra Data Systems, Inc. (Quorra); Lindel Transit Authority (Lindel)');
  });
  it('"Inc" without a full stop before a comma and a description', () => {
    expect(partiesOf('RESELLER AGREEMENT', ['This Reseller Agreement is made as of June 1, 2021 between Pivotal Arc Inc, a Delaware corporation ("Pivotal"), and Wren Digital Ltd, a company registered in England ("Reseller").'])).toBe('Pivotal Arc Inc (Pivotal); Wren Digital Ltd (Reseller)');
  });
  it('a blank template: the short names stand for the parties', () => {
    expect(partiesOf('CONSULTING AGREEMENT', ['This Consulting Agreement is made as of ____________, 2021 by and between Quillmark Software, Inc. ("Company") and ____________________ ("Consultant").'])).toBe('Quillmark Software, Inc. (Company); ____________________ (Consultant)');
  });
});

describe('addresses and contact details inside the opening', () => {
  it('a person "c/o" a management company', () => {
    expect(partiesOf('ARTIST AGREEMENT', ['This Agreement is made as of June 1, 2021 between Marisol Vega, c/o Harbor Lane Management, 5 Pier Road, Nashville, Tennessee ("Artist"), and Tinroof Records LLC ("Label").'])).toBe('Marisol Vega (Artist); Tinroof Records LLC (Label)');
  });
  it('an e-mail address in the parenthesis before the short name', () => {
    expect(partiesOf('SERVICES AGREEMENT', ['This Agreement is made as of June 1, 2021 between Keeling Robotics GmbH (e-mail: legal@keeling.example) ("Keeling") and Ostrow Automation Sp. z o.o. ("Ostrow").'])).toBe('Keeling Robotics GmbH (Keeling); Ostrow Automation Sp. z o.o. (Ostrow)');
  });
  it('a caps name with "AND" inside it', () => {
    expect(partiesOf('DISTRIBUTION AGREEMENT', ['THIS AGREEMENT IS MADE AS OF JUNE 1, 2021 BY AND BETWEEN HOLT AND PARRISH TRADING CO., A TEXAS CORPORATION ("HOLT"), AND MERIDIAN FOODS INC., A NEVADA CORPORATION ("MERIDIAN").'])).toBe('HOLT AND PARRISH TRADING CO. (HOLT); MERIDIAN FOODS INC. (MERIDIAN)');
  });
  it('a party whose office is given "at" with a zip code, no short name', () => {
    expect(partiesOf('LEASE', ['This Lease is made as of June 1, 2021 between Greyhaven Realty LLC, 400 Market Street, Wilmington, DE 19801, and Poplar Dental P.C., 12 Elm Avenue, Dover, DE 19901.'])).toBe('Greyhaven Realty LLC; Poplar Dental P.C.');
  });
});
